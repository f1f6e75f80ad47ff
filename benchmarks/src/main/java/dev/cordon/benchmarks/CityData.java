package dev.cordon.benchmarks;

import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.entry.HealthCodeColour;
import dev.cordon.core.entry.ItineraryCode;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.person.PhoneNumber;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.site.OpeningHours;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A city's prevention office (防控办) over {@code orgs} organisations of {@code staff} employees each,
 * every organisation with 5–10 controlled sites (entrances, a canteen or two, a service hall), and its
 * registration ledger day by day: on a working day each employee passes one of the organisation's
 * sites with probability {@code perPersonDay} (a quarter of that at weekends), plus one visitor for
 * every twenty employee rows. A few rows in a thousand break an entry rule (no temperature taken, a
 * fever, a yellow code let in, a visitor without a phone), so each day has findings. Deterministic:
 * the master data depends on the seed only, each day's ledger on the seed and the day.
 */
final class CityData {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final UnitId OFFICE = UnitId.of("U-CITY");
  private static final RegionCode CITY = RegionCode.of("150200");
  private static final String[] DISTRICTS = {"150202", "150203", "150204", "150205", "150206", "150207"};
  private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡";
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉春燕海波宁鹏飞宇浩文斌晓东亮俊峰鑫琳颖慧雪梅丹";
  private static final String[] MOBILE = {"130", "131", "132", "135", "136", "137", "138", "139", "150", "151",
      "152", "158", "159", "186", "187", "188"};
  private static final String[] PURPOSES = {"业务洽谈", "送审材料", "设备维保", "上级检查", "办事"};

  private final long seed;
  private final int orgs;
  private final int staff;
  private final double perPersonDay;
  private final List<Unit> units = new ArrayList<>();
  private final List<Site> sites = new ArrayList<>();
  /** Per organisation: its sites (the first is its main entrance). */
  private final List<List<Site>> sitesOf = new ArrayList<>();

  CityData(long seed, int orgs, int staff, double perPersonDay) {
    this.seed = seed;
    this.orgs = orgs;
    this.staff = staff;
    this.perPersonDay = perPersonDay;
    Random r = new Random(seed);
    units.add(Unit.builder().id(OFFICE).name("市疫情防控办公室").kind(UnitKind.GROUP).headcount(40).build());
    for (int o = 1; o <= orgs; o++) {
      UnitId u = org(o);
      units.add(Unit.builder().id(u).name("第" + o + "单位").kind(UnitKind.GRASSROOTS_UNIT).parent(OFFICE)
          .headcount(staff).build());
      String district = DISTRICTS[r.nextInt(DISTRICTS.length)];
      int n = 5 + r.nextInt(6);
      List<Site> own = new ArrayList<>();
      for (int s = 1; s <= n; s++) {
        SiteKind kind = s == 2 ? SiteKind.CANTEEN : s == 3 ? SiteKind.SERVICE_HALL
            : s == 7 ? SiteKind.CANTEEN : SiteKind.OFFICE_BUILDING;
        String hours = switch (kind) {
          case SERVICE_HALL -> "08:00-17:30";
          case CANTEEN -> "06:30-19:30";
          default -> "06:00-20:00";
        };
        Site site = Site.builder().id(SiteId.of(String.format("S-O%03d-%02d", o, s)))
            .name("第" + o + "单位" + (kind == SiteKind.CANTEEN ? "食堂" : kind == SiteKind.SERVICE_HALL ? "服务厅" : s + "号门"))
            .kind(kind).owner(u).region(RegionCode.of(district)).capacity(kind == SiteKind.CANTEEN ? 400 : 2000)
            .openingHours(OpeningHours.parse(hours)).build();
        own.add(site);
        sites.add(site);
      }
      sitesOf.add(own);
    }
  }

  static UnitId org(int o) {
    return UnitId.of(String.format("U-O%03d", o));
  }

  static PersonId person(int o, int i) {
    return PersonId.of(String.format("P-O%03d-%05d", o, i));
  }

  List<Unit> units() {
    return units;
  }

  List<Site> sites() {
    return sites;
  }

  int persons() {
    return orgs * staff;
  }

  /** The employees of organisation {@code o} (1-based), built on demand (200,000 in all are not kept). */
  List<Person> staffOf(int o) {
    Random r = new Random(seed * 31 + o);
    List<Person> out = new ArrayList<>(staff);
    for (int i = 1; i <= staff; i++) {
      out.add(Person.builder().id(person(o, i)).name(name(r)).category(PersonCategory.EMPLOYEE).unit(org(o))
          .build());
    }
    return out;
  }

  /** The ledger of {@code day}, ordered by time. */
  List<Entry> entriesOn(LocalDate day) {
    Random r = new Random(seed ^ day.toEpochDay() * 0x9E3779B97F4A7C15L);
    boolean workday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    double p = workday ? perPersonDay : perPersonDay / 4;
    String stamp = day.toString().replace("-", "");
    List<Entry> out = new ArrayList<>((int) (orgs * staff * p * 1.1) + 16);
    ItineraryCode home = ItineraryCode.of(false, CITY);
    for (int o = 1; o <= orgs; o++) {
      List<Site> own = sitesOf.get(o - 1);
      int[] seq = new int[own.size()];
      int employees = (int) Math.round(staff * p * (0.9 + 0.2 * r.nextDouble()));
      int visitors = Math.max(1, employees / 20);
      for (int k = 0; k < employees + visitors; k++) {
        int si = r.nextInt(own.size());
        Site site = own.get(si);
        EntryId id = EntryId.of(String.format("E-%s-%s-%05d", stamp, site.id().value(), ++seq[si]));
        int minute = site.kind() == SiteKind.CANTEEN ? 11 * 60 + r.nextInt(150) : 7 * 60 + r.nextInt(11 * 60);
        Instant at = day.atStartOfDay(ZONE).toInstant().plusSeconds(minute * 60L + r.nextInt(60));
        Entrant who;
        PersonId keeper = person(o, 1 + si);
        if (k < employees) {
          who = Entrant.employee(person(o, 1 + r.nextInt(staff)));
        } else {
          Entrant.Builder v = Entrant.builder().category(PersonCategory.VISITOR).name(name(r))
              .purpose(PURPOSES[r.nextInt(PURPOSES.length)]).host("值班员");
          if (r.nextInt(400) != 0) { // a visitor without a phone now and then (登记不全)
            v.phone(phone(r));
          }
          who = v.build();
        }
        Entry.Builder e = Entry.builder().id(id).site(site.id()).at(at).entrant(who).decision(Decision.ADMITTED)
            .recordedBy(keeper).itinerary(home);
        int odd = r.nextInt(10_000);
        if (odd < 20) { // no temperature taken
          e.healthCode(HealthCodeColour.GREEN);
        } else if (odd < 25) { // a fever, turned away
          e.temperature(new BigDecimal("37.8")).healthCode(HealthCodeColour.GREEN).decision(Decision.DENIED);
        } else if (odd < 27) { // a fever, let in
          e.temperature(new BigDecimal("37.6")).healthCode(HealthCodeColour.GREEN);
        } else if (odd < 32) { // a yellow code, let in
          e.temperature(temperature(r)).healthCode(HealthCodeColour.YELLOW);
        } else {
          e.temperature(temperature(r)).healthCode(HealthCodeColour.GREEN);
        }
        out.add(e.build());
      }
    }
    out.sort(Comparator.comparing(Entry::at).thenComparing(e -> e.id().value()));
    return out;
  }

  private static BigDecimal temperature(Random r) {
    return BigDecimal.valueOf(Math.round((36.4 + 0.3 * r.nextGaussian()) * 10), 1);
  }

  private static String name(Random r) {
    StringBuilder b = new StringBuilder().append(SURNAMES.charAt(r.nextInt(SURNAMES.length())));
    b.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
    if (r.nextInt(3) > 0) {
      b.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
    }
    return b.toString();
  }

  private static PhoneNumber phone(Random r) {
    return PhoneNumber.parse(MOBILE[r.nextInt(MOBILE.length)] + String.format("%08d", r.nextInt(100_000_000)));
  }
}

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
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small stand-in generator of realistic ledgers (employees and visitors at office buildings, most
 * checks done, a few fevers and yellow codes), used until the demo's generator is available.
 */
final class SyntheticLedger implements LedgerSource {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final int ENTRIES_PER_DAY = 2600;
  private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰";

  private final long seed;
  private final List<Unit> units = new ArrayList<>();
  private final List<Person> people = new ArrayList<>();
  private final List<Site> sites = new ArrayList<>();

  private SyntheticLedger(long seed) {
    this.seed = seed;
    Random r = new Random(seed);
    UnitId root = UnitId.of("U-GROUP");
    units.add(Unit.builder().id(root).name("包头市热力集团").kind(UnitKind.GROUP).headcount(14).build());
    for (int u = 1; u <= 12; u++) {
      UnitId id = UnitId.of(String.format("U-B%02d", u));
      units.add(Unit.builder().id(id).name("第" + u + "分公司").kind(UnitKind.GRASSROOTS_UNIT).parent(root)
          .headcount(80).build());
      for (int s = 1; s <= 2; s++) {
        sites.add(Site.builder().id(SiteId.of(String.format("S-B%02d-%d", u, s))).name("分公司" + u + "办公楼" + s)
            .kind(SiteKind.OFFICE_BUILDING).owner(id).region(RegionCode.of("150200")).capacity(200).build());
      }
      for (int p = 1; p <= 80; p++) {
        people.add(Person.builder().id(PersonId.of(String.format("P-B%02d-%03d", u, p))).name(name(r))
            .category(PersonCategory.EMPLOYEE).unit(id).phone(PhoneNumber.parse(mobile(r))).build());
      }
    }
  }

  static SyntheticLedger of(long seed) {
    return new SyntheticLedger(seed);
  }

  @Override
  public List<Unit> units() {
    return units;
  }

  @Override
  public List<Person> people() {
    return people;
  }

  @Override
  public List<Site> sites() {
    return sites;
  }

  @Override
  public LocalDate firstDay() {
    return LocalDate.of(2021, 10, 1);
  }

  @Override
  public List<Entry> entriesOn(LocalDate day) {
    Random r = new Random(seed ^ day.toEpochDay() * 0x9E3779B97F4A7C15L);
    List<Entry> out = new ArrayList<>(ENTRIES_PER_DAY);
    long start = day.atTime(7, 0).atZone(ZONE).toInstant().getEpochSecond();
    for (int i = 0; i < ENTRIES_PER_DAY; i++) {
      Site site = sites.get(r.nextInt(sites.size()));
      Entrant who;
      if (r.nextInt(10) < 7) {
        who = Entrant.employee(people.get(r.nextInt(people.size())).id());
      } else {
        Entrant.Builder v = Entrant.builder().category(PersonCategory.VISITOR).name(name(r))
            .purpose("业务洽谈").host(name(r));
        if (r.nextInt(20) > 0) {
          v.phone(PhoneNumber.parse(mobile(r)));
        }
        who = v.build();
      }
      int tenths = r.nextInt(50) == 0 ? 373 + r.nextInt(10) : 358 + r.nextInt(12);
      Entry.Builder e = Entry.builder()
          .id(EntryId.of(String.format("E-%s-%05d", day.toString().replace("-", ""), i)))
          .site(site.id())
          .at(java.time.Instant.ofEpochSecond(start + i * 12L + r.nextInt(12)))
          .entrant(who)
          .healthCode(r.nextInt(100) == 0 ? HealthCodeColour.YELLOW : HealthCodeColour.GREEN)
          .itinerary(ItineraryCode.of(false, RegionCode.of("150200")))
          .decision(tenths >= 373 ? Decision.DENIED : Decision.ADMITTED)
          .recordedBy(people.get(r.nextInt(people.size())).id());
      if (r.nextInt(40) > 0) {
        e.temperature(BigDecimal.valueOf(tenths, 1));
      }
      out.add(e.build());
    }
    return out;
  }

  private static String name(Random r) {
    return "" + SURNAMES.charAt(r.nextInt(SURNAMES.length())) + GIVEN.charAt(r.nextInt(GIVEN.length()))
        + (r.nextBoolean() ? "" + GIVEN.charAt(r.nextInt(GIVEN.length())) : "");
  }

  private static String mobile(Random r) {
    return "139" + String.format("%08d", r.nextInt(100_000_000));
  }
}

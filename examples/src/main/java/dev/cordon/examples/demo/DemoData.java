package dev.cordon.examples.demo;

import dev.cordon.core.disinfection.DisinfectionRecord;
import dev.cordon.core.disinfection.DisinfectionRecordId;
import dev.cordon.core.duty.Assignment;
import dev.cordon.core.duty.AssignmentId;
import dev.cordon.core.duty.Role;
import dev.cordon.core.duty.Scope;
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
import dev.cordon.core.person.Rank;
import dev.cordon.core.person.ResidentId;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import dev.cordon.core.supply.MovementKind;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockMovementId;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.supply.SupplyKind;
import dev.cordon.core.travel.Approval;
import dev.cordon.core.travel.ApprovalStatus;
import dev.cordon.core.travel.PurposeKind;
import dev.cordon.core.travel.ReturnReport;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelDeclarationId;
import dev.cordon.core.travel.TravelState;
import dev.cordon.core.validation.CordonValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates a deterministic, realistic October 2021 for a district-heating group of the source
 * document's shape: 包头市热力集团 with head-office departments (機關部室), grassroots heating branches
 * (供熱分公司) each with a customer-service hall (營業廳) and an office building, staff canteens, a
 * property-management company (物業公司) that disinfects, and a central supply reserve.
 *
 * <p>About 2,000 employees; about 2,000 registration-ledger rows on a working day, 500–750 at weekends
 * and in the National Day holiday week (when only the halls are busy with heating-fee payers), some
 * 45,000 in the month — sized so that the whole demo runs well within a minute on two cores. Everything
 * comes from a {@link Random} with a fixed seed — the same seed gives the same world, record for
 * record — and every name, phone number and resident ID number is generated, never real. ID numbers
 * carry a valid GB 11643 check character.
 *
 * <p>Planted among the ordinary records (see {@link Planted}): an employee back from 额济纳旗 who never
 * declared the trip, a fever admitted at 37.5 °C, a declaration filed after leaving, a declared trip to
 * a risk area, a rejected trip taken anyway, an overdue return, visitor rows without a phone, a hall
 * that skipped checks, a canteen and a hall with missed disinfections, masks below the reserve norm at
 * one branch, a service hall with no responsible person for six days and one whose only responsible
 * person is away, and a unit without a liaison leader.
 */
public final class DemoData {
  /** The seed of the published demo. */
  public static final long DEFAULT_SEED = 20211027L;

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDate FIRST = LocalDate.of(2021, 10, 1);
  static final LocalDate END = LocalDate.of(2021, 11, 1);
  static final RegionCode EJINA = RegionCode.of("152923");
  static final RegionCode HOME = RegionCode.of("150200");

  private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉春燕海波宁鹏飞宇浩文斌晓东亮俊峰鑫琳颖慧雪梅丹";
  private static final String[] MONGOLIAN = {"巴特尔", "乌力吉", "其其格", "斯琴", "那顺", "额尔敦", "宝音",
      "图雅", "苏和", "阿拉坦", "朝鲁", "萨仁", "格日勒", "孟和", "乌云", "达来", "巴雅尔", "敖登"};
  private static final String[] MOBILE_PREFIXES = {"130", "131", "132", "133", "135", "136", "137", "138",
      "139", "150", "151", "152", "153", "155", "156", "158", "159", "177", "180", "185", "186", "187", "188",
      "189", "199"};
  private static final String[] BIRTHPLACES = {"150202", "150203", "150204", "150205", "150206", "150207",
      "150221", "150222", "150223", "150102", "152921", "150602"};
  private static final String[] HALL_PURPOSES = {"缴纳采暖费", "缴纳采暖费", "缴纳采暖费", "办理供热报装",
      "室温不达标报修", "咨询收费标准", "办理停供申请", "更换用户信息"};
  private static final String[] VISIT_PURPOSES = {"业务洽谈", "工程验收", "送审材料", "设备维保", "上级检查"};

  private final long seed;

  private DemoData(long seed) {
    this.seed = seed;
  }

  /** The published demo world (seed {@value #DEFAULT_SEED}). */
  public static DemoWorld generate() {
    return generate(DEFAULT_SEED);
  }

  /** The demo world for {@code seed}: the same seed gives the same world. */
  public static DemoWorld generate(long seed) {
    return new DemoData(seed).build();
  }

  /** Local date and time in Asia/Shanghai as an instant. */
  static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(ZONE).toInstant();
  }

  // ---------------------------------------------------------------------------------------------
  // the organisation

  /** A branch: its id suffix, name, the district it serves, its hall and headcount. */
  private record Branch(String code, String name, String district, String hallName, int headcount) {}

  private static final List<Branch> BRANCHES = List.of(
      new Branch("B01", "东河供热分公司", "150202", "东河区营业厅", 245),
      new Branch("B02", "昆区供热分公司", "150203", "昆区营业厅", 265),
      new Branch("B03", "青山供热分公司", "150204", "青山区营业厅", 235),
      new Branch("B04", "九原供热分公司", "150207", "九原区营业厅", 195),
      new Branch("B05", "稀土高新区供热分公司", "150207", "稀土高新区营业厅", 155),
      new Branch("B06", "石拐供热分公司", "150205", "石拐区营业厅", 105),
      new Branch("B07", "白云鄂博供热分公司", "150206", "白云鄂博营业厅", 95),
      new Branch("B08", "土右旗供热分公司", "150221", "土右旗营业厅", 135),
      new Branch("B09", "固阳供热分公司", "150222", "固阳县营业厅", 115),
      new Branch("B10", "达茂旗供热分公司", "150223", "达茂旗营业厅", 105));

  private static final String[][] DEPARTMENTS = {
      {"D01", "办公室", "28"}, {"D02", "党群工作部", "18"}, {"D03", "人力资源部", "16"},
      {"D04", "财务资产部", "22"}, {"D05", "生产运行部", "35"}, {"D06", "安全环保部", "20"},
      {"D07", "工程技术部", "30"}, {"D08", "客户服务中心", "40"}};

  static final UnitId GROUP = UnitId.of("U-GROUP");
  static final UnitId OFFICE = UnitId.of("U-D01");
  static final UnitId PROPERTY = UnitId.of("U-PM");
  static final UnitId RESERVE = UnitId.of("U-RESERVE");
  static final SiteId HQ_BUILDING = SiteId.of("S-HQ-OB");
  static final SiteId HQ_CANTEEN = SiteId.of("S-HQ-CT");
  static final EntryId FEVER_ENTRY = EntryId.of("E-20211025-S-HQ-OB-F001");
  /** Set when the people are built: the employee of 稀土高新区 whose rows are copied (LEDGER-ROWS-COPIED). */
  private PersonId copiedEmployee;

  private final List<Unit> units = new ArrayList<>();
  private final List<Person> people = new ArrayList<>();
  private final List<Site> sites = new ArrayList<>();
  private final Map<UnitId, List<Person>> staffOf = new LinkedHashMap<>();
  /** Employees who enter each site on a working day, and who eat at each canteen. */
  private final Map<SiteId, List<PersonId>> regulars = new LinkedHashMap<>();
  private final Map<SiteId, List<PersonId>> diners = new LinkedHashMap<>();
  private final Map<SiteId, PersonId> doorKeeper = new LinkedHashMap<>();
  private final Map<SiteId, Site> siteById = new LinkedHashMap<>();
  private final Map<SiteId, String> hostName = new LinkedHashMap<>();
  private final Set<String> phonesUsed = new HashSet<>();
  private final Set<String> idsUsed = new HashSet<>();
  private Random random;

  private DemoWorld build() {
    random = new Random(seed);
    buildUnits();
    buildPeople();
    buildSites();
    List<SupplyItem> items = items();
    PersonId concealed = staffOf.get(UnitId.of("U-B04")).get(7).id();
    // the employee back from Ejina comes through his branch's office building every working day
    regulars.get(SiteId.of("S-B04-OB")).remove(concealed);
    regulars.get(SiteId.of("S-B04-OB")).add(0, concealed);

    List<Assignment> assignments = assignments();
    List<TravelDeclaration> travel = new ArrayList<>();
    Travel t = travel(travel);
    List<StockMovement> stock = stock(items);
    List<DisinfectionRecord> disinfection = disinfection();
    List<LocalDate> days = FIRST.datesUntil(END).toList();
    Planted planted = new Planted(concealed, FEVER_ENTRY, t.late(), t.risk(), t.rejected(), t.overdue(),
        UnitId.of("U-B07"), SiteId.of("S-B02-HL"), SiteId.of("S-B01-HL"), SiteId.of("S-B03-HL"), PROPERTY,
        SiteId.of("S-B04-HL"), SiteId.of("S-B06-HL"), copiedEmployee, SiteId.of("S-B05-HL"), SiteId.of("S-B08-HL"));
    long entrySeed = random.nextLong();
    List<TravelDeclaration> trips = List.copyOf(travel);
    return new DemoWorld(units, people, sites, items, assignments, travel, stock, disinfection, days,
        day -> new Ledger(entrySeed, day, trips, concealed).entries(), planted);
  }

  private void buildUnits() {
    units.add(Unit.builder().id(GROUP).name("包头市热力集团").kind(UnitKind.GROUP).headcount(14).build());
    for (String[] d : DEPARTMENTS) {
      units.add(Unit.builder().id(UnitId.of("U-" + d[0])).name(d[1]).kind(UnitKind.HEAD_OFFICE_DEPARTMENT)
          .parent(GROUP).headcount(Integer.parseInt(d[2])).build());
    }
    for (Branch b : BRANCHES) {
      units.add(Unit.builder().id(UnitId.of("U-" + b.code())).name(b.name()).kind(UnitKind.GRASSROOTS_UNIT)
          .parent(GROUP).headcount(b.headcount()).build());
    }
    units.add(Unit.builder().id(PROPERTY).name("包头热力物业服务有限公司").kind(UnitKind.PROPERTY_SERVICE)
        .parent(GROUP).headcount(150).build());
    units.add(Unit.builder().id(RESERVE).name("集团防疫物资储备库").kind(UnitKind.OTHER).parent(OFFICE)
        .headcount(6).build());
  }

  private void buildPeople() {
    int n = 0;
    for (Unit u : units) {
      List<Person> staff = new ArrayList<>();
      for (int i = 0; i < u.headcount(); i++) {
        Rank rank = u.id().equals(GROUP) && i < 7 ? Rank.GROUP_LEADER : i == 0 ? Rank.UNIT_PRINCIPAL : Rank.STAFF;
        Person p = Person.builder().id(PersonId.of(String.format("P-%05d", ++n))).name(name())
            .category(PersonCategory.EMPLOYEE).unit(u.id()).rank(rank)
            .phone(phone()).residentId(ResidentId.parse(residentId(1962, 2001))).build();
        staff.add(p);
        people.add(p);
      }
      staffOf.put(u.id(), staff);
    }
  }

  private void buildSites() {
    addSite(HQ_BUILDING, "集团机关办公楼", SiteKind.OFFICE_BUILDING, OFFICE, "150203", 600);
    addSite(HQ_CANTEEN, "集团机关食堂", SiteKind.CANTEEN, OFFICE, "150203", 160);
    List<PersonId> hq = new ArrayList<>();
    for (Unit u : units) {
      if (u.kind() == UnitKind.GROUP || u.kind() == UnitKind.HEAD_OFFICE_DEPARTMENT || u.id().equals(RESERVE)) {
        staffOf.get(u.id()).forEach(p -> hq.add(p.id()));
      }
    }
    // the property company's guards and cleaners at head office (the rest work on the estates)
    staffOf.get(PROPERTY).subList(0, 30).forEach(p -> hq.add(p.id()));
    regulars.put(HQ_BUILDING, hq);
    diners.put(HQ_CANTEEN, new ArrayList<>(hq));
    doorKeeper.put(HQ_BUILDING, staffOf.get(PROPERTY).get(1).id());
    doorKeeper.put(HQ_CANTEEN, staffOf.get(PROPERTY).get(2).id());
    for (Branch b : BRANCHES) {
      UnitId unit = UnitId.of("U-" + b.code());
      SiteId office = SiteId.of("S-" + b.code() + "-OB");
      SiteId hall = SiteId.of("S-" + b.code() + "-HL");
      addSite(office, b.name() + "办公楼", SiteKind.OFFICE_BUILDING, unit, b.district(), 300);
      addSite(hall, b.hallName(), SiteKind.SERVICE_HALL, unit, b.district(), 80);
      List<Person> staff = staffOf.get(unit);
      // staff 1-10 work in the hall, a quarter of the rest in the office, the others at the heating stations
      List<PersonId> hallStaff = staff.subList(1, 11).stream().map(Person::id).toList();
      List<PersonId> officeStaff = new ArrayList<>();
      officeStaff.add(staff.get(0).id());
      officeStaff.addAll(staff.subList(11, 11 + (staff.size() - 11) / 4).stream().map(Person::id).toList());
      regulars.put(office, officeStaff);
      if (b.code().equals("B05")) {
        copiedEmployee = staff.get(0).id();
      }
      regulars.put(hall, new ArrayList<>(hallStaff));
      doorKeeper.put(office, officeStaff.get(officeStaff.size() - 1));
      doorKeeper.put(hall, hallStaff.get(1));
      hostName.put(hall, staff.get(2).name());
      if (b.code().equals("B01") || b.code().equals("B02")) {
        SiteId canteen = SiteId.of("S-" + b.code() + "-CT");
        addSite(canteen, b.name() + "职工食堂", SiteKind.CANTEEN, unit, b.district(), 120);
        List<PersonId> eat = new ArrayList<>(officeStaff);
        eat.addAll(hallStaff);
        diners.put(canteen, eat);
        doorKeeper.put(canteen, hallStaff.get(2));
      }
    }
    hostName.put(HQ_BUILDING, staffOf.get(OFFICE).get(3).name());
  }

  private void addSite(SiteId id, String name, SiteKind kind, UnitId owner, String region, int capacity) {
    // opening hours (开放时间): halls serve 08:00-17:30, canteens 11:00-13:30, offices 07:00-19:00
    String hours = switch (kind) {
      case SERVICE_HALL -> "08:00-17:30";
      case CANTEEN -> "11:00-13:30";
      default -> "07:00-19:00";
    };
    Site site = Site.builder().id(id).name(name).kind(kind).owner(owner).region(RegionCode.of(region))
        .capacity(capacity).openingHours(dev.cordon.core.site.OpeningHours.parse(hours)).build();
    sites.add(site);
    siteById.put(id, site);
  }

  private static List<SupplyItem> items() {
    return List.of(
        item("I-MASK", "医用外科口罩", SupplyKind.MASK, "只", "1"),
        item("I-DISINF", "84消毒液", SupplyKind.DISINFECTANT, "升", "1"),
        item("I-THERMO", "红外额温枪", SupplyKind.THERMOMETER, "支", "1"),
        // counted in 500 ml bottles against a norm in litres: 2 bottles make 1 L
        item("I-SANIT", "免洗手消毒凝胶（500ml）", SupplyKind.HAND_SANITISER, "瓶", "2"),
        item("I-GLOVE", "一次性手套", SupplyKind.GLOVES, "副", "1"));
  }

  /** An item counted in {@code uom}, {@code perNormUnit} of which make one unit of the policy's norm. */
  private static SupplyItem item(String id, String name, SupplyKind kind, String uom, String perNormUnit) {
    return SupplyItem.builder().id(SupplyItemId.of(id)).name(name).kind(kind).unitOfMeasure(uom)
        .unitsPerNormUnit(new BigDecimal(perNormUnit)).build();
  }

  // ---------------------------------------------------------------------------------------------
  // duty

  private List<Assignment> assignments() {
    List<Assignment> a = new ArrayList<>();
    LocalDate since = LocalDate.of(2021, 1, 1);
    List<Person> leaders = staffOf.get(GROUP).subList(0, 7);
    int i = 0;
    for (Unit u : units) {
      if (u.id().equals(GROUP) || u.id().equals(PROPERTY)) {
        continue; // the property company was left without a liaison leader (planted)
      }
      Person leader = leaders.get(i++ % leaders.size());
      a.add(assign("A-LIAISON-" + u.id().value(), leader.id(), Role.LIAISON_LEADER, Scope.of(u.id()), since, null));
      if (u.kind() == UnitKind.HEAD_OFFICE_DEPARTMENT) {
        a.add(assign("A-SUPERVISE-" + u.id().value(), leader.id(), Role.SUPERVISING_LEADER, Scope.of(u.id()),
            since, null));
      }
      a.add(assign("A-PRINCIPAL-" + u.id().value(), staffOf.get(u.id()).get(0).id(), Role.UNIT_PRINCIPAL,
          Scope.of(u.id()), since, null));
    }
    a.add(assign("A-PRINCIPAL-U-PM", staffOf.get(PROPERTY).get(0).id(), Role.UNIT_PRINCIPAL, Scope.of(PROPERTY),
        since, null));
    for (int k = 1; k <= 3; k++) {
      a.add(assign("A-OFFICE-" + k, staffOf.get(OFFICE).get(k).id(), Role.PREVENTION_OFFICE, Scope.of(GROUP),
          since, null));
    }
    for (Site s : sites) {
      List<Person> staff = staffOf.get(s.owner());
      PersonId responsible = s.kind() == SiteKind.SERVICE_HALL ? staff.get(1).id()
          : s.kind() == SiteKind.CANTEEN ? staff.get(staff.size() - 1).id() : staff.get(0).id();
      String id = "A-SITE-" + s.id().value();
      if (s.id().equals(SiteId.of("S-B02-HL"))) {
        // the hall's responsible person moved on 10-12; the successor was named only on 10-18
        a.add(assign(id, responsible, Role.SITE_RESPONSIBLE, Scope.of(s.id()), since, LocalDate.of(2021, 10, 12)));
        a.add(assign(id + "-2", staff.get(3).id(), Role.SITE_RESPONSIBLE, Scope.of(s.id()),
            LocalDate.of(2021, 10, 18), null));
      } else {
        a.add(assign(id, responsible, Role.SITE_RESPONSIBLE, Scope.of(s.id()), since, null));
      }
    }
    return a;
  }

  private static Assignment assign(String id, PersonId person, Role role, Scope scope, LocalDate from, LocalDate to) {
    Assignment.Builder b = Assignment.builder();
    b.id(AssignmentId.of(id)).person(person).role(role).scope(scope).validFrom(from);
    if (to != null) {
      b.validTo(to);
    }
    return b.build();
  }

  // ---------------------------------------------------------------------------------------------
  // travel

  /** The planted declarations and who is away when. */
  private record Travel(TravelDeclarationId late, TravelDeclarationId risk, TravelDeclarationId rejected,
      TravelDeclarationId overdue) {}

  private Travel travel(List<TravelDeclaration> out) {
    RegionCode hohhot = RegionCode.of("150100");
    RegionCode ordos = RegionCode.of("150600");
    RegionCode[] business = {hohhot, hohhot, ordos, RegionCode.of("150900"), RegionCode.of("610100"),
        RegionCode.of("140100")};
    String[] purposes = {"参加全区供热行业安全生产会议", "热网改造项目设计联络", "供热计量培训", "换热站设备出厂验收",
        "上级公司业务汇报", "热源厂协调会"};
    PersonId approver = staffOf.get(GROUP).get(1).id();
    List<Person> pool = new ArrayList<>();
    staffOf.forEach((u, staff) -> pool.addAll(staff.subList(Math.min(12, staff.size()), staff.size())));
    // ordinary, well-kept business trips: declared two days ahead, approved, back, reported
    for (int k = 1; k <= 26; k++) {
      Person p = pool.get(random.nextInt(pool.size()));
      LocalDate dep = LocalDate.of(2021, 10, 8).plusDays(random.nextInt(18));
      LocalDate ret = dep.plusDays(1 + random.nextInt(3));
      int j = random.nextInt(business.length);
      out.add(TravelDeclaration.builder().id(TravelDeclarationId.of(String.format("T-2021-%03d", k)))
          .employee(p.id()).addDestinations(business[j]).purpose(purposes[j]).purposeKind(PurposeKind.BUSINESS)
          .plannedDeparture(dep).plannedReturn(ret).declaredAt(at(dep.minusDays(2), 9, 10 + k))
          .approval(Approval.decided(ApprovalStatus.APPROVED, approver, at(dep.minusDays(1), 16, 5)))
          .actualDeparture(dep).actualReturn(ret).state(TravelState.RETURNED)
          .returnReport(ReturnReport.of(at(ret, 18, 30), HealthCodeColour.GREEN)).build());
    }
    // 遲報: left for Hohhot on 10-10 (a family emergency), declared and approved the next morning
    TravelDeclarationId late = TravelDeclarationId.of("T-2021-101");
    out.add(TravelDeclaration.builder().id(late).employee(staffOf.get(UnitId.of("U-B03")).get(40).id())
        .addDestinations(hohhot).purpose("母亲住院陪护").purposeKind(PurposeKind.FAMILY_EMERGENCY)
        .plannedDeparture(LocalDate.of(2021, 10, 10)).plannedReturn(LocalDate.of(2021, 10, 13))
        .declaredAt(at(LocalDate.of(2021, 10, 11), 9, 32))
        .approval(Approval.decided(ApprovalStatus.APPROVED, approver, at(LocalDate.of(2021, 10, 11), 11, 0)))
        .actualDeparture(LocalDate.of(2021, 10, 10)).actualReturn(LocalDate.of(2021, 10, 13)).state(TravelState.RETURNED)
        .returnReport(ReturnReport.of(at(LocalDate.of(2021, 10, 13), 20, 15), HealthCodeColour.GREEN)).build());
    // a declared business trip to Ejina Banner, listed medium-risk on 10-19 and 10-20; no follow-up recorded
    TravelDeclarationId risk = TravelDeclarationId.of("T-2021-102");
    out.add(TravelDeclaration.builder().id(risk).employee(staffOf.get(UnitId.of("U-D07")).get(5).id())
        .addDestinations(EJINA).purpose("额济纳旗供热站改造技术交流").purposeKind(PurposeKind.BUSINESS)
        .plannedDeparture(LocalDate.of(2021, 10, 16)).plannedReturn(LocalDate.of(2021, 10, 20))
        .declaredAt(at(LocalDate.of(2021, 10, 13), 10, 5))
        .approval(Approval.decided(ApprovalStatus.APPROVED, approver, at(LocalDate.of(2021, 10, 14), 15, 40)))
        .actualDeparture(LocalDate.of(2021, 10, 16)).actualReturn(LocalDate.of(2021, 10, 20)).state(TravelState.RETURNED)
        .returnReport(ReturnReport.of(at(LocalDate.of(2021, 10, 20), 21, 0), HealthCodeColour.GREEN)).build());
    // 非必要不離包: a personal trip to Ordos, rejected, taken anyway
    TravelDeclarationId rejected = TravelDeclarationId.of("T-2021-103");
    out.add(TravelDeclaration.builder().id(rejected).employee(staffOf.get(UnitId.of("U-B05")).get(30).id())
        .addDestinations(ordos).purpose("参加朋友婚礼").purposeKind(PurposeKind.PERSONAL)
        .plannedDeparture(LocalDate.of(2021, 10, 23)).plannedReturn(LocalDate.of(2021, 10, 25))
        .declaredAt(at(LocalDate.of(2021, 10, 20), 14, 12))
        .approval(Approval.decided(ApprovalStatus.REJECTED, approver, at(LocalDate.of(2021, 10, 21), 9, 0)))
        .actualDeparture(LocalDate.of(2021, 10, 23)).actualReturn(LocalDate.of(2021, 10, 25)).state(TravelState.RETURNED)
        .returnReport(ReturnReport.of(at(LocalDate.of(2021, 10, 25), 19, 45), HealthCodeColour.GREEN)).build());
    // planned back on 10-28; no return recorded by the end of the month
    TravelDeclarationId overdue = TravelDeclarationId.of("T-2021-104");
    out.add(TravelDeclaration.builder().id(overdue).employee(staffOf.get(UnitId.of("U-B08")).get(50).id())
        .addDestinations(hohhot).purpose("自治区住建厅供热督查汇报").purposeKind(PurposeKind.BUSINESS)
        .plannedDeparture(LocalDate.of(2021, 10, 26)).plannedReturn(LocalDate.of(2021, 10, 28))
        .declaredAt(at(LocalDate.of(2021, 10, 22), 16, 0))
        .approval(Approval.decided(ApprovalStatus.APPROVED, approver, at(LocalDate.of(2021, 10, 25), 10, 30)))
        .actualDeparture(LocalDate.of(2021, 10, 26)).state(TravelState.DEPARTED).build());
    // the only responsible person of 东河区营业厅 away 10-25 … 10-27, no one standing in
    PersonId hallHead = staffOf.get(UnitId.of("U-B01")).get(1).id();
    out.add(TravelDeclaration.builder().id(TravelDeclarationId.of("T-2021-105")).employee(hallHead)
        .addDestinations(hohhot).purpose("客服业务技能竞赛").purposeKind(PurposeKind.BUSINESS)
        .plannedDeparture(LocalDate.of(2021, 10, 25)).plannedReturn(LocalDate.of(2021, 10, 28))
        .declaredAt(at(LocalDate.of(2021, 10, 21), 9, 0))
        .approval(Approval.decided(ApprovalStatus.APPROVED, approver, at(LocalDate.of(2021, 10, 22), 9, 30)))
        .actualDeparture(LocalDate.of(2021, 10, 25)).actualReturn(LocalDate.of(2021, 10, 28)).state(TravelState.RETURNED)
        .returnReport(ReturnReport.of(at(LocalDate.of(2021, 10, 28), 18, 0), HealthCodeColour.GREEN)).build());
    return new Travel(late, risk, rejected, overdue);
  }

  // ---------------------------------------------------------------------------------------------
  // supplies

  private List<StockMovement> stock(List<SupplyItem> items) {
    List<StockMovement> out = new ArrayList<>();
    PersonId keeper = staffOf.get(RESERVE).get(0).id();
    // in each item's own unit: sanitiser in 500 ml bottles (3,000 bottles = 1,500 L; 0.01 L = 0.02 bottles a head a day)
    Map<String, BigDecimal> received = Map.of("I-MASK", new BigDecimal("230000"), "I-DISINF", new BigDecimal("2400"),
        "I-THERMO", new BigDecimal("160"), "I-SANIT", new BigDecimal("3000"), "I-GLOVE", new BigDecimal("60000"));
    Map<String, String> perHeadDay = Map.of("I-MASK", "2", "I-DISINF", "0.02", "I-SANIT", "0.02", "I-GLOVE", "0.5");
    for (SupplyItem it : items) {
      out.add(StockMovement.builder().id(StockMovementId.of("M-0928-RCPT-" + it.id().value())).item(it.id())
          .kind(MovementKind.RECEIPT).at(at(LocalDate.of(2021, 9, 28), 9, 0)).holder(RESERVE).quantity(received.get(it.id().value()))
          .lot("2021-09-" + it.id().value()).expiry(LocalDate.of(2023, 9, 1)).recordedBy(keeper)
          .note("市应急管理局调拨").build());
    }
    // a second mask delivery on 10-20: what the supply plan allocates
    out.add(StockMovement.builder().id(StockMovementId.of("M-1020-RCPT-I-MASK")).item(SupplyItemId.of("I-MASK"))
        .kind(MovementKind.RECEIPT).at(at(LocalDate.of(2021, 10, 20), 10, 0)).holder(RESERVE)
        .quantity(new BigDecimal("60000")).lot("2021-10-I-MASK").expiry(LocalDate.of(2023, 10, 1))
        .recordedBy(keeper).note("集团采购").build());
    // issued before the National Day holiday, so every unit starts October equipped
    LocalDate issue = LocalDate.of(2021, 9, 29);
    for (Unit u : units) {
      if (u.id().equals(RESERVE)) {
        continue;
      }
      int h = u.headcount();
      boolean low = u.id().equals(UnitId.of("U-B07"));
      for (SupplyItem it : items) {
        BigDecimal q;
        if (it.kind() == SupplyKind.THERMOMETER) {
          q = BigDecimal.valueOf(2 + sites.stream().filter(s -> s.owner().equals(u.id())).count() * 3);
        } else {
          // 50 days' worth at the norm; the planted branch got 30 days' worth of masks and used them
          int days = low && it.kind() == SupplyKind.MASK ? 30 : 50;
          q = new BigDecimal(perHeadDay.get(it.id().value())).multiply(BigDecimal.valueOf((long) h * days))
              .setScale(0, RoundingMode.CEILING);
        }
        out.add(StockMovement.builder().id(StockMovementId.of("M-0929-" + u.id().value() + "-" + it.id().value()))
            .item(it.id()).kind(MovementKind.TRANSFER).at(at(issue, 10, 0)).holder(RESERVE).destination(u.id())
            .quantity(q).lot("2021-09-" + it.id().value()).expiry(LocalDate.of(2023, 9, 1)).recordedBy(keeper)
            .note("按需发放").build());
      }
      // weekly consumption at about one mask a head a day, recorded on Sundays
      LocalDate last = issue;
      for (LocalDate sunday : List.of(LocalDate.of(2021, 10, 3), LocalDate.of(2021, 10, 10), LocalDate.of(2021, 10, 17),
          LocalDate.of(2021, 10, 24), LocalDate.of(2021, 10, 31))) {
        long days = sunday.toEpochDay() - last.toEpochDay();
        last = sunday;
        for (SupplyItem it : items) {
          if (it.kind() == SupplyKind.THERMOMETER) {
            continue;
          }
          BigDecimal rate = new BigDecimal(perHeadDay.get(it.id().value())).divide(BigDecimal.valueOf(2));
          // rounded down: a small department does not open a new bottle every week
          BigDecimal used = rate.multiply(BigDecimal.valueOf(h * days)).setScale(0, RoundingMode.DOWN);
          if (used.signum() > 0) {
            out.add(StockMovement.builder()
                .id(StockMovementId.of("M-" + sunday.toString().substring(5).replace("-", "") + "-USE-"
                    + u.id().value() + "-" + it.id().value()))
                .item(it.id()).kind(MovementKind.CONSUMPTION).at(at(sunday, 17, 0)).holder(u.id()).quantity(used)
                .note("本周领用").build());
          }
        }
      }
    }
    out.sort(Comparator.comparing(StockMovement::at).thenComparing(m -> m.id().value()));
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // disinfection

  private List<DisinfectionRecord> disinfection() {
    List<DisinfectionRecord> out = new ArrayList<>();
    List<Person> cleaners = staffOf.get(PROPERTY).subList(30, 60);
    int k = 0;
    for (LocalDate day = FIRST; day.isBefore(END); day = day.plusDays(1)) {
      for (Site s : sites) {
        boolean laxDay = s.id().equals(SiteId.of("S-B03-HL")) && day.equals(LocalDate.of(2021, 10, 21));
        boolean canteenShort = s.id().equals(SiteId.of("S-B01-CT"))
            && (day.getDayOfMonth() == 8 || day.getDayOfMonth() == 9);
        int times = laxDay ? 0 : canteenShort ? 1 : 2;
        for (int t = 0; t < times; t++) {
          Person who = cleaners.get(k++ % cleaners.size());
          out.add(DisinfectionRecord.builder()
              .id(DisinfectionRecordId.of("D-" + day.toString().replace("-", "") + "-" + s.id().value() + "-" + (t + 1)))
              .site(s.id()).at(at(day, t == 0 ? 7 : 14, 10 + random.nextInt(40))).performedByUnit(PROPERTY)
              .performedBy(who.id()).areas(t == 0 ? "大厅、通道、电梯、卫生间" : "窗口台面、门把手、公共座椅")
              .agent("84消毒液 1:100").build());
        }
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // the registration ledger, a day at a time

  /** One day of entries, from its own random stream (so days can be generated in any order). */
  private final class Ledger {
    private final Random r;
    private final LocalDate day;
    private final List<TravelDeclaration> trips;
    private final PersonId concealed;
    private final List<Entry> out = new ArrayList<>();
    private final Map<SiteId, Integer> seq = new LinkedHashMap<>();
    private final Set<PersonId> travellers = new HashSet<>();
    private final ItineraryCode homeOnly = ItineraryCode.of(false, HOME);

    Ledger(long seed, LocalDate day, List<TravelDeclaration> trips, PersonId concealed) {
      this.r = new Random(seed ^ day.toEpochDay() * 0x9E3779B97F4A7C15L);
      this.day = day;
      this.trips = trips;
      this.concealed = concealed;
      trips.forEach(t -> travellers.add(t.employee()));
    }

    List<Entry> entries() {
      boolean workday = isWorkday(day);
      for (Site s : sites) {
        switch (s.kind()) {
          case OFFICE_BUILDING -> {
            if (workday) {
              for (PersonId p : regulars.get(s.id())) {
                if (present(p) && r.nextInt(100) < 92) {
                  employee(s, p, time(7, 30, 80));
                }
              }
              visitors(s, 2 + r.nextInt(6), VISIT_PURPOSES, 9, 480);
            }
          }
          case CANTEEN -> {
            if (workday) {
              for (PersonId p : diners.get(s.id())) {
                if (present(p) && r.nextInt(100) < 62) {
                  Instant lunch = time(11, 30, 100);
                  employee(s, p, lunch);
                  if (s.id().equals(HQ_CANTEEN)) {
                    // the head-office canteen is across the yard: back through the office building's door
                    employee(site(HQ_BUILDING), p, lunch.plusSeconds(1800 + r.nextInt(1800)));
                  }
                }
              }
            }
          }
          case SERVICE_HALL -> {
            for (PersonId p : regulars.get(s.id())) {
              if (present(p) && r.nextInt(100) < (workday ? 95 : 55)) {
                employee(s, p, time(8, 0, 25));
              }
            }
            // heating-fee season: the halls are busiest the week before heating starts on 10-15
            int base = day.isBefore(LocalDate.of(2021, 10, 16)) ? 90 : 60;
            visitors(s, (workday ? base : base / 2) + r.nextInt(40), HALL_PURPOSES, 8, 540);
          }
          default -> { }
        }
      }
      plant();
      out.sort(Comparator.comparing(Entry::at).thenComparing(e -> e.id().value()));
      return out;
    }

    private boolean present(PersonId p) {
      if (!travellers.contains(p)) {
        return !(p.equals(concealed) && !day.isBefore(LocalDate.of(2021, 10, 14))
            && day.isBefore(LocalDate.of(2021, 10, 20)));
      }
      for (TravelDeclaration t : trips) {
        if (t.employee().equals(p) && t.isAwayOn(day)) {
          return false;
        }
      }
      // the concealed trip: away 10-14 … 10-19 without a word to anyone
      return !(p.equals(concealed) && !day.isBefore(LocalDate.of(2021, 10, 14))
          && day.isBefore(LocalDate.of(2021, 10, 20)));
    }

    private Instant time(int hour, int minute, int spreadMinutes) {
      return day.atTime(LocalTime.of(hour, minute)).plusSeconds(r.nextInt(spreadMinutes * 60)).atZone(ZONE)
          .toInstant();
    }

    private EntryId nextId(Site s) {
      int n = seq.merge(s.id(), 1, Integer::sum);
      return EntryId.of(String.format("E-%s-%s-%04d", day.toString().replace("-", ""), s.id().value(), n));
    }

    /**
     * An honest reading at {@code s}: the site's thermometer reads 36.1-36.6 °C on average (a bias of
     * its own), people spread by 0.3 °C, shown to 0.1 °C; one row in fifty is written to the nearest
     * half degree by the door keeper (the honest heaping the LEDGER-* rules allow for).
     */
    private BigDecimal normalTemperature(Site s) {
      double bias = 36.1 + Math.floorMod(s.id().value().hashCode(), 6) / 10.0;
      double x = bias + 0.3 * r.nextGaussian();
      long tenths = r.nextInt(50) == 0 ? Math.round(x * 2) * 5 : Math.round(x * 10);
      return BigDecimal.valueOf(tenths, 1);
    }

    private ItineraryCode itinerary(PersonId p) {
      // back from Ejina on 10-19: the itinerary code shows 额济纳旗 for 14 days, starred (risk area)
      if (p != null && p.equals(concealed) && !day.isBefore(LocalDate.of(2021, 10, 20))
          && day.isBefore(LocalDate.of(2021, 11, 3))) {
        return ItineraryCode.of(true, HOME, EJINA);
      }
      if (p == null || !travellers.contains(p)) {
        return homeOnly;
      }
      for (TravelDeclaration t : trips) {
        if (p != null && t.employee().equals(p) && t.actualReturn().isPresent()
            && !day.isBefore(t.actualReturn().get()) && day.isBefore(t.actualReturn().get().plusDays(14))) {
          List<RegionCode> cities = new ArrayList<>();
          cities.add(HOME);
          cities.addAll(t.destinations());
          return ItineraryCode.of(t.destinations().contains(EJINA), cities.toArray(RegionCode[]::new));
        }
      }
      return ItineraryCode.of(false, HOME);
    }

    private void employee(Site s, PersonId p, Instant when) {
      out.add(Entry.builder().id(nextId(s)).site(s.id()).at(when).entrant(Entrant.employee(p))
          .temperature(normalTemperature(s)).healthCode(HealthCodeColour.GREEN).itinerary(itinerary(p))
          .decision(Decision.ADMITTED).recordedBy(doorKeeper.get(s.id())).build());
    }

    private void visitors(Site s, int count, String[] purposes, int openHour, int openMinutes) {
      for (int i = 0; i < count; i++) {
        Entrant.Builder v = Entrant.builder().category(PersonCategory.VISITOR).name(name())
            .phone(phone()).purpose(purposes[r.nextInt(purposes.length)])
            .host(hostName.getOrDefault(s.id(), "值班员"));
        if (r.nextInt(4) == 0) {
          v.residentId(ResidentId.parse(residentId(1950, 2003)));
        }
        out.add(Entry.builder().id(nextId(s)).site(s.id()).at(time(openHour, 0, openMinutes)).entrant(v.build())
            .temperature(normalTemperature(s)).healthCode(HealthCodeColour.GREEN).itinerary(homeOnly)
            .decision(Decision.ADMITTED).recordedBy(doorKeeper.get(s.id())).build());
      }
    }

    private String name() {
      return DemoData.this.nameFrom(r);
    }

    private PhoneNumber phone() {
      return DemoData.this.phoneFrom(r);
    }

    private String residentId(int from, int to) {
      return DemoData.this.residentIdFrom(r, from, to);
    }

    /** The planted entry cases of this day. */
    private void plant() {
      Site hq = site(HQ_BUILDING);
      Site laxHall = site(SiteId.of("S-B03-HL"));
      if (day.equals(LocalDate.of(2021, 10, 25))) {
        // 37.5 °C and let in (M2): the employee's only entry at head office that day
        PersonId p = staffOf.get(UnitId.of("U-D04")).get(6).id();
        out.removeIf(e -> e.entrant().personId().filter(p::equals).isPresent() && e.site().equals(hq.id()));
        out.add(Entry.builder().id(FEVER_ENTRY).site(hq.id()).at(at(day, 8, 12))
            .entrant(Entrant.employee(p)).temperature(new BigDecimal("37.5")).healthCode(HealthCodeColour.GREEN)
            .itinerary(ItineraryCode.of(false, HOME)).decision(Decision.ADMITTED)
            .recordedBy(doorKeeper.get(hq.id())).build());
      }
      if (day.equals(LocalDate.of(2021, 10, 12))) {
        // a visitor with a fever, correctly turned away
        out.add(Entry.builder().id(nextId(site(SiteId.of("S-B02-HL")))).site(SiteId.of("S-B02-HL"))
            .at(at(day, 10, 41)).entrant(Entrant.builder().category(PersonCategory.VISITOR).name(name())
                .phone(phone()).purpose("缴纳采暖费").host(hostName.get(SiteId.of("S-B02-HL")))
                .build())
            .temperature(new BigDecimal("37.8")).healthCode(HealthCodeColour.GREEN)
            .itinerary(ItineraryCode.of(false, HOME)).decision(Decision.DENIED).build());
      }
      if (day.equals(LocalDate.of(2021, 10, 21))) {
        // 青山区营业厅 waved five customers through without temperature or codes (P1)
        for (int i = 0; i < 5; i++) {
          out.add(Entry.builder().id(nextId(laxHall)).site(laxHall.id()).at(at(day, 14, 5 + 7 * i))
              .entrant(Entrant.builder().category(PersonCategory.VISITOR).name(name())
                  .phone(phone()).purpose("缴纳采暖费").host(hostName.get(laxHall.id())).build())
              .decision(Decision.ADMITTED).build());
        }
      }
      if (day.equals(LocalDate.of(2021, 10, 22))) {
        out.add(Entry.builder().id(nextId(laxHall)).site(laxHall.id()).at(at(day, 9, 18))
            .entrant(Entrant.builder().category(PersonCategory.VISITOR).name(name())
                .phone(phone()).purpose("办理供热报装").host(hostName.get(laxHall.id())).build())
            .temperature(new BigDecimal("36.4")).healthCode(HealthCodeColour.YELLOW)
            .itinerary(ItineraryCode.of(false, HOME)).decision(Decision.ADMITTED).build());
      }
      // 登記不全: a visitor row now and then without a phone number (P2)
      if (day.getDayOfMonth() % 5 == 3) {
        Site hall = sites.get(2 + 2 * (day.getDayOfMonth() % 7));
        out.add(Entry.builder().id(nextId(hall)).site(hall.id()).at(at(day, 15, 20))
            .entrant(Entrant.builder().category(PersonCategory.VISITOR).name(name()).purpose("缴纳采暖费").build())
            .temperature(normalTemperature(hall)).healthCode(HealthCodeColour.GREEN)
            .itinerary(ItineraryCode.of(false, HOME)).decision(Decision.ADMITTED).build());
      }
      fabricate();
    }

    /**
     * The ledgers written up rather than kept (台账不实), each for a LEDGER-* rule: 九原区营业厅 gives
     * every visitor 36.5 °C on 10-18; 石拐区营业厅 writes every reading to the half degree the week of
     * 10-18; an employee of 稀土高新区 is entered at 08:03 with 36.4 °C every working day 10-08 … 10-22;
     * 稀土高新区营业厅 types its visitors six minutes apart from 08:30 on 10-20; 土右旗营业厅 registers
     * three visitors after closing on 10-23.
     */
    private void fabricate() {
      for (int i = 0; i < out.size(); i++) {
        Entry e = out.get(i);
        String site = e.site().value();
        Entry.Builder b = Entry.builder().from(e);
        boolean changed = true;
        if (site.equals("S-B04-HL") && day.equals(LocalDate.of(2021, 10, 18)) && e.temperature().isPresent()) {
          b.temperature(new BigDecimal("36.5"));
        } else if (site.equals("S-B06-HL") && !day.isBefore(LocalDate.of(2021, 10, 18))
            && day.isBefore(LocalDate.of(2021, 10, 25)) && e.temperature().isPresent()) {
          b.temperature(BigDecimal.valueOf(e.temperature().get().multiply(BigDecimal.valueOf(2))
              .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact() * 5, 1));
        } else if (e.entrant().personId().filter(copiedEmployee::equals).isPresent() && site.equals("S-B05-OB")
            && !day.isBefore(LocalDate.of(2021, 10, 8)) && day.isBefore(LocalDate.of(2021, 10, 23))) {
          b.at(at(day, 8, 3)).temperature(new BigDecimal("36.4"));
        } else {
          changed = false;
        }
        if (changed) {
          out.set(i, b.build());
        }
      }
      if (day.equals(LocalDate.of(2021, 10, 20))) {
        int k = 0;
        for (int i = 0; i < out.size(); i++) {
          Entry e = out.get(i);
          if (e.site().value().equals("S-B05-HL") && !e.entrant().isEmployee()) {
            out.set(i, Entry.builder().from(e).at(at(day, 8, 30).plusSeconds(360L * k++)).build());
          }
        }
      }
      if (day.equals(LocalDate.of(2021, 10, 23))) {
        Site hall = site(SiteId.of("S-B08-HL"));
        for (int minute : new int[] {20 * 60 + 40, 21 * 60 + 15, 21 * 60 + 50}) {
          out.add(Entry.builder().id(nextId(hall)).site(hall.id()).at(at(day, minute / 60, minute % 60))
              .entrant(Entrant.builder().category(PersonCategory.VISITOR).name(name()).phone(phone())
                  .purpose("缴纳采暖费").host(hostName.get(hall.id())).build())
              .temperature(normalTemperature(hall)).healthCode(HealthCodeColour.GREEN)
              .itinerary(ItineraryCode.of(false, HOME)).decision(Decision.ADMITTED)
              .recordedBy(doorKeeper.get(hall.id())).build());
        }
      }
    }

    private Site site(SiteId id) {
      return siteById.get(id);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // personal data, generated

  private String name() {
    return nameFrom(random);
  }

  private PhoneNumber phone() {
    PhoneNumber p;
    do {
      p = phoneFrom(random);
    } while (!phonesUsed.add(p.value()));
    return p;
  }

  private String residentId(int fromYear, int toYear) {
    String id;
    do {
      id = residentIdFrom(random, fromYear, toYear);
    } while (!idsUsed.add(id));
    return id;
  }

  String nameFrom(Random r) {
    if (r.nextInt(100) < 7) {
      // Mongolian names, written with the interpunct (·) between the parts
      return MONGOLIAN[r.nextInt(MONGOLIAN.length)] + "·" + MONGOLIAN[r.nextInt(MONGOLIAN.length)];
    }
    StringBuilder b = new StringBuilder().append(SURNAMES.charAt(r.nextInt(SURNAMES.length())));
    b.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
    if (r.nextInt(3) > 0) {
      b.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
    }
    return b.toString();
  }

  PhoneNumber phoneFrom(Random r) {
    while (true) {
      String p = MOBILE_PREFIXES[r.nextInt(MOBILE_PREFIXES.length)] + String.format("%08d", r.nextInt(100_000_000));
      try {
        return PhoneNumber.parse(p);
      } catch (CordonValidationException e) {
        // a number libphonenumber does not accept as a mainland mobile: draw another
      }
    }
  }

  String residentIdFrom(Random r, int fromYear, int toYear) {
    LocalDate birth = LocalDate.of(fromYear, 1, 1).plusDays(r.nextInt(365 * (toYear - fromYear)));
    String first17 = BIRTHPLACES[r.nextInt(BIRTHPLACES.length)] + birth.toString().replace("-", "")
        + String.format("%03d", 1 + r.nextInt(998));
    return first17 + ResidentId.checkCharacter(first17);
  }

  /** Whether {@code day} is a working day of October 2021 (National Day week off, Saturday 10-09 on). */
  static boolean isWorkday(LocalDate day) {
    if (day.getMonthValue() == 10 && day.getDayOfMonth() <= 7) {
      return false;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
        || day.equals(LocalDate.of(2021, 10, 9));
  }
}

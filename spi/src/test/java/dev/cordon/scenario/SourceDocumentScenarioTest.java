package dev.cordon.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.Cordon;
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
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingStatus;
import dev.cordon.core.inspection.InspectionId;
import dev.cordon.core.inspection.ItemOutcome;
import dev.cordon.core.inspection.ItemResult;
import dev.cordon.core.notice.Notice;
import dev.cordon.core.notice.NoticeDraft;
import dev.cordon.core.notice.NoticeId;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.person.PhoneNumber;
import dev.cordon.core.person.Rank;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.rules.CheckRun;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import dev.cordon.core.supply.MovementKind;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockMovementId;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.supply.SupplyKind;
import dev.cordon.core.travel.PurposeKind;
import dev.cordon.core.travel.ReturnReport;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelDeclarationId;
import dev.cordon.spi.risk.RiskAreaSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The story of the source document, one week of October 2021 at a district-heating group in
 * Baotou (包頭市熱力集團): what the inspectors found [P1–P3, T2, R1] is planted in otherwise orderly
 * records, and the checks must find exactly that — no more, no less.
 *
 * <ul>
 *   <li>Two visitors registered at the Kunqu service hall without phone numbers (人員登記臺賬不完整).
 *   <li>A visitor admitted to the office building at 37.5 °C.
 *   <li>Wang Qiang left for Ordos on business and declared the trip only after leaving (遲報).
 *   <li>Li Na's itinerary code shows Ejina Banner — high-risk that week — and she never declared
 *       the trip (瞞報); the guard let her in anyway.
 *   <li>Zhao Gang, the only responsible person of the Qingshan service hall, is away on a trip and
 *       nobody stands in (責任到人 broken for three days).
 *   <li>The Kunqu branch holds masks for fewer days than the reserve norm (物資儲備不足).
 *   <li>A group leader inspects the Kunqu hall: the registration ledger is not complete.
 * </ul>
 *
 * <p>Everything else is in order: every unit has a liaison leader, every key site a responsible
 * person from its own unit, two disinfections a day, a full kit of supplies, all entry checks done.
 * The inspection office then confirms the findings of the Kunqu hall and names the branch in a
 * notice (通報) — only confirmed findings may be named.
 */
class SourceDocumentScenarioTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final LocalDate MONDAY = LocalDate.of(2021, 10, 25);
  private static final LocalDate NEXT_MONDAY = MONDAY.plusDays(7);

  private static final UnitId GROUP = UnitId.of("group");
  private static final UnitId OFFICE = UnitId.of("general-office");
  private static final UnitId SAFETY = UnitId.of("safety-dept");
  private static final UnitId KUNQU = UnitId.of("kunqu-branch");
  private static final UnitId QINGSHAN = UnitId.of("qingshan-branch");
  private static final UnitId PROPERTY = UnitId.of("property-co");

  private static final SiteId KUNQU_HALL = SiteId.of("kunqu-hall");
  private static final SiteId QINGSHAN_HALL = SiteId.of("qingshan-hall");
  private static final SiteId CANTEEN = SiteId.of("canteen");
  private static final SiteId TOWER = SiteId.of("office-building");

  private static final PersonId CHAIR = PersonId.of("chair");
  private static final PersonId VICE = PersonId.of("vice-chair");
  private static final PersonId KUNQU_HEAD = PersonId.of("kunqu-head");
  private static final PersonId ZHAO_GANG = PersonId.of("zhao-gang");
  private static final PersonId HOUSEKEEPER = PersonId.of("housekeeper");
  private static final PersonId WANG_QIANG = PersonId.of("wang-qiang");
  private static final PersonId LI_NA = PersonId.of("li-na");

  private Cordon cordon;

  private static Instant at(LocalDate day, int hour, int minute) {
    return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
  }

  @BeforeEach
  void theGroupAsItWasInOctober2021() {
    cordon = Cordon.open("memory:");
    cordon.loadRiskAreas(RiskAreaSource.china2021q4());

    // the organisation: the group, two head-office departments, two branches, the property company
    var dir = cordon.directory();
    dir.register(Unit.builder().id(GROUP).name("包头市热力集团").kind(UnitKind.GROUP).headcount(20).build());
    dir.register(unit(OFFICE, "综合办公室", UnitKind.HEAD_OFFICE_DEPARTMENT, 10));
    dir.register(unit(SAFETY, "安全生产部", UnitKind.HEAD_OFFICE_DEPARTMENT, 10));
    dir.register(unit(KUNQU, "昆区分公司", UnitKind.GRASSROOTS_UNIT, 40));
    dir.register(unit(QINGSHAN, "青山分公司", UnitKind.GRASSROOTS_UNIT, 30));
    dir.register(unit(PROPERTY, "物业公司", UnitKind.PROPERTY_SERVICE, 12));

    dir.register(person(CHAIR, "高建国", GROUP, Rank.GROUP_LEADER));
    dir.register(person(VICE, "巴特尔·额尔敦", GROUP, Rank.GROUP_LEADER));
    dir.register(person(KUNQU_HEAD, "刘伟", KUNQU, Rank.UNIT_PRINCIPAL));
    dir.register(person(ZHAO_GANG, "赵刚", QINGSHAN, Rank.STAFF));
    dir.register(person(HOUSEKEEPER, "孙丽", GROUP, Rank.STAFF));
    dir.register(person(WANG_QIANG, "王强", KUNQU, Rank.STAFF));
    dir.register(person(LI_NA, "李娜", QINGSHAN, Rank.STAFF));

    RegionCode kunDistrict = RegionCode.of("150203");
    RegionCode qingDistrict = RegionCode.of("150204");
    dir.register(site(KUNQU_HALL, "昆区营业厅", SiteKind.SERVICE_HALL, KUNQU, kunDistrict));
    dir.register(site(QINGSHAN_HALL, "青山营业厅", SiteKind.SERVICE_HALL, QINGSHAN, qingDistrict));
    dir.register(site(CANTEEN, "集团职工食堂", SiteKind.CANTEEN, GROUP, kunDistrict));
    dir.register(site(TOWER, "集团办公楼", SiteKind.OFFICE_BUILDING, GROUP, kunDistrict));

    // responsibility: group leaders answer for the units (聯繫點), a named person for each key site
    LocalDate since = LocalDate.of(2021, 9, 1);
    var duty = cordon.duty();
    duty.assign(assignment("liaison-office", CHAIR, Role.LIAISON_LEADER, Scope.of(OFFICE), since));
    duty.assign(assignment("liaison-safety", CHAIR, Role.LIAISON_LEADER, Scope.of(SAFETY), since));
    duty.assign(assignment("liaison-kunqu", VICE, Role.LIAISON_LEADER, Scope.of(KUNQU), since));
    duty.assign(assignment("liaison-qingshan", VICE, Role.LIAISON_LEADER, Scope.of(QINGSHAN), since));
    duty.assign(assignment("liaison-property", CHAIR, Role.LIAISON_LEADER, Scope.of(PROPERTY), since));
    duty.assign(assignment("resp-kunqu-hall", KUNQU_HEAD, Role.SITE_RESPONSIBLE, Scope.of(KUNQU_HALL), since));
    duty.assign(assignment("resp-qingshan-hall", ZHAO_GANG, Role.SITE_RESPONSIBLE, Scope.of(QINGSHAN_HALL), since));
    duty.assign(assignment("resp-canteen", HOUSEKEEPER, Role.SITE_RESPONSIBLE, Scope.of(CANTEEN), since));
    duty.assign(assignment("resp-tower", HOUSEKEEPER, Role.SITE_RESPONSIBLE, Scope.of(TOWER), since));

    // supplies: every key-site holder has its kit; Kunqu's 1,000 masks cover 12.5 days, not 30
    item("masks", "医用外科口罩", SupplyKind.MASK, "个");
    item("thermometers", "红外测温枪", SupplyKind.THERMOMETER, "把");
    item("sanitiser", "免洗手消毒液", SupplyKind.HAND_SANITISER, "L");
    item("disinfectant", "84消毒液", SupplyKind.DISINFECTANT, "L");
    item("gloves", "一次性手套", SupplyKind.GLOVES, "副");
    receive(KUNQU, "masks", "1000");
    receive(KUNQU, "thermometers", "2");
    receive(KUNQU, "sanitiser", "20");
    receive(KUNQU, "disinfectant", "40");
    receive(QINGSHAN, "masks", "3000");
    receive(QINGSHAN, "thermometers", "2");
    receive(QINGSHAN, "sanitiser", "20");
    receive(QINGSHAN, "disinfectant", "30");
    receive(GROUP, "masks", "2000");
    receive(GROUP, "thermometers", "3");
    receive(GROUP, "sanitiser", "10");
    receive(GROUP, "disinfectant", "20");
    receive(GROUP, "gloves", "400");

    for (LocalDate day = MONDAY; day.isBefore(NEXT_MONDAY); day = day.plusDays(1)) {
      // the property company disinfects every key site twice a day (消殺)
      for (SiteId s : List.of(KUNQU_HALL, QINGSHAN_HALL, CANTEEN, TOWER)) {
        for (int hour : new int[] {7, 14}) {
          cordon.disinfection().record(DisinfectionRecord.builder()
              .id(DisinfectionRecordId.of(s.value() + "-" + day + "-" + hour)).site(s).at(at(day, hour, 0))
              .performedByUnit(PROPERTY).areas("大厅、电梯、卫生间").agent("84消毒液 1:100").build());
        }
      }
      // the door: everyone checked, green codes, Baotou only — measured at the door, so the times and
      // readings vary as measured ones do (the same minute and reading every day is LEDGER-ROWS-COPIED)
      List<SiteId> doors = List.of(KUNQU_HALL, QINGSHAN_HALL, CANTEEN, TOWER);
      for (int i = 0; i < doors.size(); i++) {
        SiteId s = doors.get(i);
        int k = day.getDayOfMonth() + 3 * i;
        cordon.entries().record(employeeEntry(s.value() + "-" + day, s, KUNQU_HEAD, at(day, 8 + 2 * i, (k * 7) % 60),
            "36." + (1 + k % 7), ItineraryCode.of(false, RegionCode.of("150200"))));
      }
    }

    // [P2] two visitors at the Kunqu hall written down without a phone number
    cordon.entries().record(visitor("visitor-1", KUNQU_HALL, at(MONDAY, 9, 12), "张先生", null, "缴纳供热费"));
    cordon.entries().record(visitor("visitor-2", KUNQU_HALL, at(MONDAY, 9, 40), "郝女士", null, "报修暖气"));
    cordon.entries().record(visitor("visitor-3", KUNQU_HALL, at(MONDAY, 10, 5), "马先生", "13947212345", "办理过户"));

    // [M2] a visitor admitted to the office building at 37.5 °C
    cordon.entries().record(Entry.builder().id(EntryId.of("visitor-fever")).site(TOWER)
        .at(at(MONDAY.plusDays(1), 10, 30))
        .entrant(Entrant.builder().category(PersonCategory.VISITOR).name("钱先生")
            .phone(PhoneNumber.parse("13804721234")).purpose("洽谈管网改造").host("高建国").build())
        .temperature(new BigDecimal("37.5")).healthCode(HealthCodeColour.GREEN)
        .itinerary(ItineraryCode.of(false, RegionCode.of("150200"))).decision(Decision.ADMITTED).build());

    // [T2 遲報] Wang Qiang leaves for Ordos on Tuesday and declares it at 09:00 the same morning
    TravelDeclarationId ordos = TravelDeclarationId.of("trip-wang-ordos");
    cordon.travel().declare(trip(ordos, WANG_QIANG, "150600", MONDAY.plusDays(1), MONDAY.plusDays(3),
        at(MONDAY.plusDays(1), 9, 0)));
    cordon.travel().approve(ordos, VICE, at(MONDAY.plusDays(1), 10, 0));
    cordon.travel().depart(ordos, MONDAY.plusDays(1));
    cordon.travel().returned(ordos, MONDAY.plusDays(3));
    cordon.travel().reportReturn(ordos, ReturnReport.of(at(MONDAY.plusDays(3), 18, 0), HealthCodeColour.GREEN));

    // [T2 瞞報] Li Na's itinerary on Wednesday lists Ejina Banner (high-risk since 10-21); no declaration
    cordon.entries().record(employeeEntry("li-na-wednesday", QINGSHAN_HALL, LI_NA, at(MONDAY.plusDays(2), 8, 20),
        "36.6", ItineraryCode.of(true, RegionCode.of("150200"), RegionCode.of("152923"))));

    // [R1] Zhao Gang, the Qingshan hall's only responsible person, is away Thursday to Saturday
    TravelDeclarationId wuhai = TravelDeclarationId.of("trip-zhao-wuhai");
    cordon.travel().declare(trip(wuhai, ZHAO_GANG, "150300", MONDAY.plusDays(3), MONDAY.plusDays(6),
        at(MONDAY, 16, 0)));
    cordon.travel().approve(wuhai, VICE, at(MONDAY, 17, 0));
    cordon.travel().depart(wuhai, MONDAY.plusDays(3));
    cordon.travel().returned(wuhai, MONDAY.plusDays(6));
    cordon.travel().reportReturn(wuhai, ReturnReport.of(at(MONDAY.plusDays(6), 19, 0), HealthCodeColour.GREEN));

    // [R2] the vice-chair inspects her liaison unit's hall: the ledger is not complete
    var inspections = cordon.inspections();
    var checklist = inspections.checklist();
    var results = new java.util.ArrayList<ItemResult>();
    checklist.items().forEach(i -> results.add(ItemResult.of(i.id(),
        i.id().equals("registration") ? ItemOutcome.FAILED : ItemOutcome.PASSED)));
    inspections.record(inspections.start(InspectionId.of("inspection-kunqu-1027"), Scope.of(KUNQU_HALL), VICE,
        MONDAY.plusDays(2)).results(results).build());
  }

  @Test
  void theChecksFindExactlyWhatTheInspectorsFound() {
    CheckRun run = cordon.checks().run(MONDAY, NEXT_MONDAY);

    assertThat(run.findings()).extracting(f -> f.ruleId() + " " + f.subject() + " " + f.date())
        .containsExactlyInAnyOrder(
            "ENTRY-LEDGER-INCOMPLETE RECORD:visitor-1 2021-10-25",
            "ENTRY-LEDGER-INCOMPLETE RECORD:visitor-2 2021-10-25",
            "ENTRY-FEVER RECORD:visitor-fever 2021-10-26",
            "ENTRY-FEVER-ADMITTED RECORD:visitor-fever 2021-10-26",
            "TRAVEL-LATE RECORD:trip-wang-ordos 2021-10-26",
            "TRAVEL-CONCEALED PERSON:li-na 2021-10-27",
            "ENTRY-ITINERARY-ADMITTED RECORD:li-na-wednesday 2021-10-27",
            "DUTY-HOLDER-AWAY SITE:qingshan-hall 2021-10-28",
            "SUPPLY-RESERVE-LOW HOLDING:kunqu-branch/masks 2021-10-25",
            "INSPECTION-ITEM-FAILED SITE:kunqu-hall 2021-10-27");

    Finding away = only(run, "DUTY-HOLDER-AWAY");
    assertThat(away.until()).contains(MONDAY.plusDays(6)); // away Thursday, Friday, Saturday
    assertThat(only(run, "TRAVEL-CONCEALED").unit()).contains(QINGSHAN);
    assertThat(only(run, "SUPPLY-RESERVE-LOW").until()).contains(NEXT_MONDAY);
    // no personal data in any message
    assertThat(run.findings()).allSatisfy(f -> assertThat(f.messageEn() + f.messageZh())
        .doesNotContain("张先生", "郝女士", "钱先生", "王强", "李娜", "赵刚", "13804721234"));
  }

  /**
   * The finding ids of this fixture as release 0.1 derived them (before finding drafts became typed):
   * a stored finding keeps its id, and its review status, across the upgrade.
   */
  @Test
  void theFindingIdsAreThoseOfRelease01() {
    CheckRun run = cordon.checks().run(MONDAY, NEXT_MONDAY);
    assertThat(run.findings()).extracting(f -> f.id().value()).containsExactlyInAnyOrder(
        "DUTY-HOLDER-AWAY:51ed94c441901e43b54b",
        "ENTRY-FEVER-ADMITTED:7da2366ad5923c22b3cc",
        "ENTRY-FEVER:7da2366ad5923c22b3cc",
        "ENTRY-ITINERARY-ADMITTED:500bfaacc5cd87458b5c",
        "ENTRY-LEDGER-INCOMPLETE:ba744f46bcfdedcbbb58",
        "ENTRY-LEDGER-INCOMPLETE:ed5f18ed6661c939b200",
        "INSPECTION-ITEM-FAILED:e58a02d94ff27b7c513b",
        "SUPPLY-RESERVE-LOW:54fe7e6084a82af46359",
        "TRAVEL-CONCEALED:ff446e63a03e267d3e9a",
        "TRAVEL-LATE:84d57c70f4f8146b3736");
  }

  @Test
  void runningTheChecksAgainChangesNothing() {
    CheckRun first = cordon.checks().run(MONDAY, NEXT_MONDAY);
    CheckRun again = cordon.checks().run(MONDAY, NEXT_MONDAY);
    assertThat(again.created()).isZero();
    assertThat(again.updated()).isZero();
    assertThat(again.findings()).isEqualTo(first.findings());
  }

  @Test
  void onlyConfirmedFindingsMayBeNamedInANotice() {
    CheckRun run = cordon.checks().run(MONDAY, NEXT_MONDAY);
    List<Finding> kunqu = run.findings().stream()
        .filter(f -> f.unit().filter(KUNQU::equals).isPresent() && f.ruleId().startsWith("ENTRY-LEDGER")).toList();
    assertThat(kunqu).hasSize(2);

    NoticeDraft draft = NoticeDraft.builder().id(NoticeId.of("notice-1")).numberPrefix("包热防通")
        .title("关于昆区营业厅人员登记台账不完整的通报").issuer(GROUP).addUnits(KUNQU)
        .findings(kunqu.stream().map(Finding::id).toList()).issuedBy(CHAIR)
        .issuedAt(at(MONDAY.plusDays(6), 10, 0)).build();
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> cordon.notices().issue(draft)))
        .isInstanceOf(dev.cordon.core.validation.CordonValidationException.class);

    kunqu.forEach(f -> cordon.findings().confirm(f.id(), CHAIR, at(MONDAY.plusDays(5), 16, 0)));
    Notice notice = cordon.notices().issue(draft);
    assertThat(notice.sequence()).isEqualTo(1);
    assertThat(notice.number()).isEqualTo("包热防通〔2021〕1号");
    assertThat(cordon.findings().get(kunqu.get(0).id()).orElseThrow().status()).isEqualTo(FindingStatus.CONFIRMED);
    // the notice is in order: NOTICE-UNREVIEWED finds nothing
    assertThat(cordon.checks().run(MONDAY, NEXT_MONDAY).findings())
        .noneMatch(f -> f.ruleId().equals("NOTICE-UNREVIEWED"));
  }

  private static Finding only(CheckRun run, String rule) {
    return run.findings().stream().filter(f -> f.ruleId().equals(rule)).findFirst().orElseThrow();
  }

  private static Unit unit(UnitId id, String name, UnitKind kind, int headcount) {
    return Unit.builder().id(id).name(name).kind(kind).parent(GROUP).headcount(headcount).build();
  }

  private static Person person(PersonId id, String name, UnitId unit, Rank rank) {
    return Person.builder().id(id).name(name).category(PersonCategory.EMPLOYEE).unit(unit).rank(rank).build();
  }

  private static Site site(SiteId id, String name, SiteKind kind, UnitId owner, RegionCode region) {
    return Site.builder().id(id).name(name).kind(kind).owner(owner).region(region).capacity(120).build();
  }

  private static Assignment assignment(String id, PersonId person, Role role, Scope scope, LocalDate from) {
    return Assignment.builder().id(AssignmentId.of(id)).person(person).role(role).scope(scope).validFrom(from).build();
  }

  private void item(String id, String name, SupplyKind kind, String uom) {
    cordon.directory().register(SupplyItem.builder().id(SupplyItemId.of(id)).name(name).kind(kind)
        .unitOfMeasure(uom).build());
  }

  private void receive(UnitId holder, String item, String quantity) {
    cordon.stock().record(StockMovement.builder().id(StockMovementId.of(holder.value() + "-" + item))
        .item(SupplyItemId.of(item)).kind(MovementKind.RECEIPT).holder(holder).quantity(new BigDecimal(quantity))
        .at(at(LocalDate.of(2021, 10, 1), 9, 0)).build());
  }

  private static Entry employeeEntry(String id, SiteId site, PersonId who, Instant when, String temperature,
      ItineraryCode itinerary) {
    return Entry.builder().id(EntryId.of(id)).site(site).at(when).entrant(Entrant.employee(who))
        .temperature(new BigDecimal(temperature)).healthCode(HealthCodeColour.GREEN).itinerary(itinerary)
        .decision(Decision.ADMITTED).build();
  }

  private static Entry visitor(String id, SiteId site, Instant when, String name, String phone, String purpose) {
    Entrant.Builder e = Entrant.builder();
    e.category(PersonCategory.VISITOR).name(name).purpose(purpose);
    if (phone != null) {
      e.phone(PhoneNumber.parse(phone)).host("刘伟");
    }
    return Entry.builder().id(EntryId.of(id)).site(site).at(when).entrant(e.build())
        .temperature(new BigDecimal("36.5")).healthCode(HealthCodeColour.GREEN)
        .itinerary(ItineraryCode.of(false, RegionCode.of("150200"))).decision(Decision.ADMITTED).build();
  }

  private static TravelDeclaration trip(TravelDeclarationId id, PersonId who, String city, LocalDate out,
      LocalDate back, Instant declared) {
    return TravelDeclaration.builder().id(id).employee(who).addDestinations(RegionCode.of(city))
        .purpose("供热管网技术交流").purposeKind(PurposeKind.BUSINESS).plannedDeparture(out).plannedReturn(back)
        .declaredAt(declared).build();
  }
}

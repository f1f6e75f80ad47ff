package dev.cordon.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cordon.Cordon;
import dev.cordon.core.dining.DiningParty;
import dev.cordon.core.dining.DiningPlan;
import dev.cordon.core.dining.DiningPlanId;
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
import dev.cordon.core.finding.FindingFilter;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
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
import dev.cordon.core.person.ResidentId;
import dev.cordon.core.privacy.AccessRecord;
import dev.cordon.core.validation.PersonalField;
import dev.cordon.core.privacy.Redaction;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.report.DailyReport;
import dev.cordon.core.report.FindingsReport;
import dev.cordon.core.report.NoticeReport;
import dev.cordon.core.report.StockReport;
import dev.cordon.core.rules.CheckRun;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import dev.cordon.core.storage.RecordKind;
import dev.cordon.core.supply.MovementKind;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockMovementId;
import dev.cordon.core.supply.StockPosition;
import dev.cordon.core.supply.SupplyCover;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.supply.SupplyKind;
import dev.cordon.core.travel.PurposeKind;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelDeclarationId;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import dev.cordon.spi.report.ReportOptions;
import dev.cordon.spi.risk.RiskAreaSource;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Views scoped to a unit (层层负责): two sibling subtrees under one group, each with records of every
 * kind, and a view of one of them asked through every service and report for the other's records.
 */
class ScopedViewTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final LocalDate DAY = LocalDate.of(2021, 10, 25);
  private static final LocalDate FROM = LocalDate.of(2021, 10, 1);
  private static final LocalDate TO = LocalDate.of(2021, 11, 1);
  private static final UnitId GROUP = UnitId.of("group");
  private static final UnitId EAST = UnitId.of("east");
  private static final UnitId WEST = UnitId.of("west");
  private static final SupplyItemId MASKS = SupplyItemId.of("masks");

  /** The id prefix of each subtree's records; every record of a subtree has an id starting with it. */
  private static final List<String> SIDES = List.of("east", "west");

  private Cordon whole;

  private static Instant at(LocalDate day, int hour) {
    return day.atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant();
  }

  @BeforeEach
  void twoSiblingSubtrees() {
    whole = Cordon.open("memory:");
    whole.loadRiskAreas(RiskAreaSource.china2021q4());
    whole.directory().register(Unit.builder().id(GROUP).name("包头热力集团").kind(UnitKind.GROUP).headcount(20).build());
    whole.directory().register(SupplyItem.builder().id(MASKS).name("医用外科口罩").kind(SupplyKind.MASK)
        .unitOfMeasure("个").build());
    whole.directory().register(Person.builder().id(PersonId.of("chair")).name("高建国")
        .category(PersonCategory.EMPLOYEE).unit(GROUP).rank(Rank.GROUP_LEADER).build());
    for (String side : SIDES) {
      populate(side);
    }
  }

  @AfterEach
  void close() {
    whole.close();
  }

  /** A branch, a team under it, two staff, a hall and a canteen, and records of every kind. */
  private void populate(String s) {
    UnitId branch = UnitId.of(s);
    UnitId team = UnitId.of(s + "-team");
    PersonId head = PersonId.of(s + "-head");
    PersonId staff = PersonId.of(s + "-staff");
    SiteId hall = SiteId.of(s + "-hall");
    SiteId canteen = SiteId.of(s + "-canteen");
    var dir = whole.directory();
    dir.register(Unit.builder().id(branch).name(s.equals("east") ? "东河分公司" : "昆区分公司")
        .kind(UnitKind.GRASSROOTS_UNIT).parent(GROUP).headcount(40).build());
    dir.register(Unit.builder().id(team).name(s.equals("east") ? "东河维修班" : "昆区维修班")
        .kind(UnitKind.GRASSROOTS_UNIT).parent(branch).headcount(10).build());
    dir.register(Person.builder().id(head).name(s.equals("east") ? "刘伟" : "巴特尔").category(PersonCategory.EMPLOYEE)
        .unit(branch).rank(Rank.UNIT_PRINCIPAL).phone(PhoneNumber.parse(s.equals("east") ? "13904721111" : "13904722222"))
        .build());
    dir.register(Person.builder().id(staff).name(s.equals("east") ? "王小明" : "李娜").category(PersonCategory.EMPLOYEE)
        .unit(team).rank(Rank.STAFF).residentId(ResidentId.parse(s.equals("east") ? "150203199001011232" : "150203199001011259"))
        .build());
    dir.register(Site.builder().id(hall).name(s + "营业厅").kind(SiteKind.SERVICE_HALL).owner(team)
        .region(RegionCode.of("150203")).capacity(50).build());
    dir.register(Site.builder().id(canteen).name(s + "食堂").kind(SiteKind.CANTEEN).owner(branch)
        .region(RegionCode.of("150203")).capacity(40).build());

    whole.duty().assign(Assignment.builder().id(AssignmentId.of(s + "-resp-hall")).person(head)
        .role(Role.SITE_RESPONSIBLE).scope(Scope.of(hall)).validFrom(FROM).build());
    whole.duty().assign(Assignment.builder().id(AssignmentId.of(s + "-liaison")).person(head)
        .role(Role.LIAISON_LEADER).scope(Scope.of(branch)).validFrom(FROM).build());

    whole.stock().receive(StockMovementId.of(s + "-receipt"), MASKS, branch, new BigDecimal("500"), at(FROM, 9));
    whole.stock().transfer(StockMovementId.of(s + "-to-team"), MASKS, branch, team, new BigDecimal("100"), at(FROM, 10));
    whole.stock().consume(StockMovementId.of(s + "-used"), MASKS, team, new BigDecimal("20"), at(DAY, 10));

    whole.disinfection().record(DisinfectionRecord.builder().id(DisinfectionRecordId.of(s + "-disinfection"))
        .site(hall).at(at(DAY, 7)).performedByUnit(team).areas("大厅").agent("84消毒液").build());

    // a visitor admitted with a fever and without a phone number: findings
    whole.entries().record(Entry.builder().id(EntryId.of(s + "-visitor")).site(hall).at(at(DAY, 9))
        .entrant(Entrant.builder().category(PersonCategory.VISITOR).name(s.equals("east") ? "钱先生" : "赵女士")
            .purpose("缴纳供热费").build())
        .temperature(new BigDecimal("37.6")).healthCode(HealthCodeColour.GREEN)
        .itinerary(ItineraryCode.of(false, RegionCode.of("150200"))).decision(Decision.ADMITTED).build());
    whole.entries().record(Entry.builder().id(EntryId.of(s + "-staff-in")).site(canteen).at(at(DAY, 12))
        .entrant(Entrant.employee(staff)).temperature(new BigDecimal("36.4")).healthCode(HealthCodeColour.GREEN)
        .itinerary(ItineraryCode.of(false, RegionCode.of("150200"))).decision(Decision.ADMITTED).build());

    TravelDeclarationId trip = TravelDeclarationId.of(s + "-trip");
    whole.travel().declare(TravelDeclaration.builder().id(trip).employee(staff)
        .addDestinations(RegionCode.of("150600")).purpose(s.equals("east") ? "探望生病的母亲" : "参加婚礼")
        .purposeKind(PurposeKind.PERSONAL).plannedDeparture(DAY).plannedReturn(DAY.plusDays(2))
        .declaredAt(at(DAY.minusDays(1), 9)).build());

    var inspections = whole.inspections();
    List<ItemResult> results = new ArrayList<>();
    inspections.checklist().items().forEach(i -> results.add(ItemResult.of(i.id(),
        i.id().equals("registration") ? ItemOutcome.FAILED : ItemOutcome.PASSED)));
    inspections.record(inspections.start(InspectionId.of(s + "-inspection"), Scope.of(hall), head, DAY)
        .results(results).build());

    DiningPlan plan = whole.dining().plan(canteen, DAY, LocalTime.of(11, 30), LocalTime.of(13, 0),
        Duration.ofMinutes(30), Duration.ofMinutes(10), whole.dining().parties(List.of(branch, team)));
    whole.dining().adopt(plan);

    // a finding about a person, for the names in reports
    whole.storage().findings().put(Finding.builder().id(FindingId.of(s + "-about-staff")).ruleId("TRAVEL-LATE")
        .severity(Severity.MEDIUM).subject(Subject.of(SubjectKind.PERSON, staff.value())).unit(team).date(DAY)
        .messageEn("declared late: employee " + staff.value()).messageZh("迟报：员工 " + staff.value()).build());

    // a notice of the branch about its own confirmed finding
    Finding failed = inspections.findingsOf(InspectionId.of(s + "-inspection")).get(0);
    whole.findings().confirm(failed.id(), head, at(DAY, 16));
    whole.notices().issue(NoticeDraft.builder().id(NoticeId.of(s + "-notice")).numberPrefix(s + "防通")
        .title("关于营业厅登记不完整的通报").issuer(branch).addUnits(team).addFindings(failed.id()).issuedBy(head)
        .issuedAt(at(DAY, 17)).build());
  }

  // --- reads -----------------------------------------------------------------------------------

  @Test
  void theStorageOfAScopedViewHoldsOnlyItsSubtreeOfEveryKind() {
    Cordon east = whole.scopedTo(EAST);
    for (RecordKind<?, ?> kind : RecordKind.all()) {
      List<String> ids = idsOf(east, kind);
      if (kind == RecordKind.POLICIES || kind == RecordKind.PURGE_LOG) {
        continue;
      }
      if (kind == RecordKind.RISK_AREAS || kind == RecordKind.SUPPLY_ITEMS) {
        assertThat(ids).as("shared %s", kind.name()).isEqualTo(idsOf(whole, kind));
        continue;
      }
      if (kind == RecordKind.ACCESS_LOG) {
        assertThat(ids).isEmpty();
        continue;
      }
      List<String> expected = kind == RecordKind.FINDINGS
          ? whole.findings().find(FROM, TO, FindingFilter.all()).stream()
              .filter(f -> f.unit().orElseThrow().value().startsWith("east")).map(f -> f.id().value()).sorted().toList()
          : idsOf(whole, kind).stream().filter(id -> id.contains("east")).toList();
      assertThat(ids).as("%s through the view of east", kind.name()).isEqualTo(expected).isNotEmpty()
          .noneMatch(id -> id.contains("west"));
      assertThat(idsOf(whole, kind)).as("%s of the whole organisation", kind.name()).anyMatch(id -> !expected.contains(id));
      assertThat(east.storage().table(kind).count()).isEqualTo(expected.size());
    }
  }


  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<String> idsOf(Cordon c, RecordKind<?, ?> kind) {
    RecordKind k = kind;
    try (Stream<Object> s = c.storage().table(k).all()) {
      return s.map(v -> k.idText(k.idOf(v))).toList();
    }
  }

  @Test
  void everyServiceReturnsAndCountsOnlyTheSubtree() {
    Cordon east = whole.scopedTo(EAST);
    Instant end = at(TO, 0);

    // directory
    assertThat(east.directory().unit(EAST)).isPresent();
    assertThat(east.directory().unit(UnitId.of("east-team"))).isPresent();
    assertThat(east.directory().unit(WEST)).isEmpty();
    assertThat(east.directory().unit(GROUP)).isEmpty();
    assertThat(east.directory().subtree(EAST)).containsExactlyInAnyOrder(EAST, UnitId.of("east-team"));
    // entries
    try (Stream<Entry> s = east.entries().between(FROM, TO)) {
      assertThat(s.map(e -> e.id().value())).containsExactly("east-visitor", "east-staff-in");
    }
    // travel
    assertThat(east.travel().get(TravelDeclarationId.of("east-trip"))).isPresent();
    assertThat(east.travel().get(TravelDeclarationId.of("west-trip"))).isEmpty();
    // stock and supply planning: no holding of another subtree, not even the receiving end of a transfer
    assertThat(east.stock().positions(end)).extracting(p -> p.holding().holder().value())
        .containsExactlyInAnyOrder("east", "east-team");
    StockPosition westStock = east.stock().position(WEST, MASKS, end);
    assertThat(westStock.balance()).isZero();
    assertThat(east.stock().position(EAST, MASKS, end).balance())
        .isEqualTo(whole.stock().position(EAST, MASKS, end).balance());
    assertThat(east.supplyPlanning().covers(DAY)).extracting(c -> c.holding().holder())
        .allMatch(h -> h.value().startsWith("east"));
    assertThat(codesOf(() -> east.supplyPlanning().needs(MASKS, List.of(EAST, WEST), end)))
        .containsExactly("CORDON-STORE-002");
    // dining
    assertThat(east.dining().plans(FROM, TO)).extracting(p -> p.canteen().value()).containsExactly("east-canteen");
    assertThat(east.dining().adopted(DiningPlanId.of("dining/west-canteen/" + DAY))).isEmpty();
    // duty
    assertThat(east.duty().holders(Scope.of(SiteId.of("east-hall")), Role.SITE_RESPONSIBLE, DAY)).hasSize(1);
    assertThat(east.duty().holders(Scope.of(SiteId.of("west-hall")), Role.SITE_RESPONSIBLE, DAY)).isEmpty();
    // disinfection
    try (Stream<DisinfectionRecord> s = east.storage().disinfection().between(at(FROM, 0), end)) {
      assertThat(s.map(d -> d.id().value())).containsExactly("east-disinfection");
    }
    // findings, inspections, notices
    assertThat(east.findings().find(FROM, TO, FindingFilter.all())).isNotEmpty()
        .allMatch(f -> f.unit().orElseThrow().value().startsWith("east"));
    assertThat(whole.findings().find(FROM, TO, FindingFilter.all()))
        .anyMatch(f -> f.unit().orElseThrow().value().startsWith("west"));
    assertThat(east.inspections().between(FROM, TO)).extracting(i -> i.id().value()).containsExactly("east-inspection");
    assertThat(east.inspections().of(Scope.of(SiteId.of("west-hall")))).isEmpty();
    assertThat(east.inspections().get(InspectionId.of("west-inspection"))).isEmpty();
    assertThat(east.notices().between(FROM, TO)).extracting(n -> n.id().value()).containsExactly("east-notice");
    assertThat(east.notices().get(NoticeId.of("west-notice"))).isEmpty();
    // risk areas are shared reference data
    try (Stream<?> a = east.storage().riskAreas().all(); Stream<?> b = whole.storage().riskAreas().all()) {
      assertThat(a.count()).isEqualTo(b.count()).isPositive();
    }
    assertThat(east.describe()).containsEntry("scope", "unit east and its subtree");
  }

  @Test
  void checksThroughAViewJudgeAndStoreOnlyTheSubtree() {
    Cordon east = whole.scopedTo(EAST);
    CheckRun scoped = east.checks().run(FROM, TO);
    assertThat(scoped.findings()).isNotEmpty().allMatch(f -> f.unit().orElseThrow().value().startsWith("east"));

    // the whole organisation's check finds the same for east, and nothing new there
    CheckRun all = whole.checks().run(FROM, TO);
    List<Finding> eastOfAll = all.findings().stream()
        .filter(f -> f.unit().filter(u -> u.value().startsWith("east")).isPresent()).toList();
    assertThat(eastOfAll).containsExactlyInAnyOrderElementsOf(scoped.findings());
    assertThat(all.findings()).anyMatch(f -> f.unit().orElseThrow().value().startsWith("west"));
    // and a second scoped run writes nothing
    CheckRun again = east.checks().run(FROM, TO);
    assertThat(again.created()).isZero();
    assertThat(again.updated()).isZero();
  }

  @Test
  void reportsOfAViewAreTheWholeOrganisationsRestrictedToTheSubtree() {
    whole.checks().run(FROM, TO);
    Cordon east = whole.scopedTo(EAST);

    DailyReport daily = east.reports().daily(DAY, Optional.empty());
    DailyReport wholeDaily = whole.reports().daily(DAY, Optional.of(EAST));
    assertThat(daily.root()).isEqualTo(EAST);
    assertThat(daily.units()).isEqualTo(wholeDaily.units());
    assertThat(daily.names().units()).doesNotContainKeys("west", "west-team", "group");

    FindingsReport findings = east.reports().findings(FROM, TO, Optional.empty(), Set.of(), Set.of(), Set.of());
    FindingsReport wholeFindings = whole.reports().findings(FROM, TO, Optional.of(EAST), Set.of(), Set.of(), Set.of());
    assertThat(findings.findings()).isNotEmpty().isEqualTo(wholeFindings.findings());

    NoticeReport notices = east.reports().notices(FROM, TO, Optional.empty());
    assertThat(notices.notices()).isEqualTo(whole.reports().notices(FROM, TO, Optional.of(EAST)).notices());
    assertThat(notices.findings()).allMatch(f -> f.unit().orElseThrow().value().startsWith("east"));

    StockReport stock = east.reports().stock(DAY, 30);
    assertThat(stock.lines()).isEqualTo(whole.reports().stock(DAY, 30).lines().stream()
        .filter(l -> l.holder().startsWith("east")).toList());

    for (var report : List.of(daily, findings, notices, stock)) {
      for (String format : List.of("json", "html")) {
        String written = write(east, report, format);
        assertThat(written).as("%s %s", report.kind(), format).doesNotContainPattern("\\bwest\\b");
        assertThat(written).as("%s %s", report.kind(), format).doesNotContain("昆区", "巴特尔", "李娜", "赵女士");
      }
    }
  }

  // --- writes ----------------------------------------------------------------------------------

  @Test
  void writesOutsideTheSubtreeAreRefusedAndNothingIsStored() {
    Cordon east = whole.scopedTo(EAST);
    long before = totalRecords();
    UnitId westTeam = UnitId.of("west-team");
    SiteId westHall = SiteId.of("west-hall");
    PersonId westHead = PersonId.of("west-head");

    // through the storage ports: the scope's code, before anything is stored
    List<Runnable> direct = List.of(
        () -> east.storage().units().put(Unit.builder().id(UnitId.of("west-new")).name("新班组")
            .kind(UnitKind.GRASSROOTS_UNIT).parent(WEST).headcount(3).build()),
        () -> east.storage().people().put(Person.builder().id(PersonId.of("west-new")).name("新人")
            .category(PersonCategory.EMPLOYEE).unit(westTeam).build()),
        () -> east.storage().sites().put(Site.builder().id(SiteId.of("west-new")).name("新厅").kind(SiteKind.SERVICE_HALL)
            .owner(WEST).region(RegionCode.of("150203")).build()),
        () -> east.storage().entries().put(Entry.builder().id(EntryId.of("west-new")).site(westHall).at(at(DAY, 11))
            .entrant(Entrant.employee(westHead)).decision(Decision.ADMITTED).build()),
        () -> east.storage().travel().put(TravelDeclaration.builder().id(TravelDeclarationId.of("west-new"))
            .employee(westHead).addDestinations(RegionCode.of("150600")).purpose("出差").purposeKind(PurposeKind.BUSINESS)
            .plannedDeparture(DAY).plannedReturn(DAY.plusDays(1)).declaredAt(at(DAY, 8)).build()),
        () -> east.storage().stock().put(StockMovement.builder().id(StockMovementId.of("west-new")).item(MASKS)
            .kind(MovementKind.RECEIPT).holder(WEST).quantity(BigDecimal.TEN).at(at(DAY, 9)).build()),
        () -> east.storage().stock().put(StockMovement.builder().id(StockMovementId.of("east-to-west")).item(MASKS)
            .kind(MovementKind.TRANSFER).holder(EAST).destination(WEST).quantity(BigDecimal.TEN).at(at(DAY, 9)).build()),
        () -> east.storage().assignments().put(Assignment.builder().id(AssignmentId.of("west-new")).person(westHead)
            .role(Role.SITE_RESPONSIBLE).scope(Scope.of(westHall)).validFrom(DAY).build()),
        () -> east.storage().disinfection().put(DisinfectionRecord.builder().id(DisinfectionRecordId.of("west-new"))
            .site(westHall).at(at(DAY, 8)).build()),
        () -> east.storage().findings().put(Finding.builder().id(FindingId.of("west-new")).ruleId("X")
            .severity(Severity.LOW).subject(Subject.of(SubjectKind.UNIT, "west")).unit(WEST).date(DAY)
            .messageEn("x").messageZh("x").build()),
        () -> east.storage().findings().put(Finding.builder().id(FindingId.of("nowhere")).ruleId("X")
            .severity(Severity.LOW).subject(Subject.of(SubjectKind.UNIT, "west")).date(DAY)
            .messageEn("x").messageZh("x").build()),
        () -> east.storage().inspections().put(dev.cordon.core.inspection.Inspection.builder()
            .from(whole.inspections().get(InspectionId.of("west-inspection")).orElseThrow())
            .id(InspectionId.of("west-new")).build()),
        () -> east.storage().notices().put(Notice.builder().from(whole.notices().get(NoticeId.of("east-notice"))
            .orElseThrow()).id(NoticeId.of("east-new")).sequence(9).addUnits(WEST).build()),
        () -> east.storage().diningPlans().put(DiningPlan.builder().from(whole.dining().plans(FROM, TO).stream()
            .filter(p -> p.canteen().value().equals("west-canteen")).findFirst().orElseThrow())
            .id(DiningPlanId.of("west-new")).build()));
    for (Runnable write : direct) {
      assertThat(codesOf(write)).containsExactly("CORDON-SCOPE-001");
    }
    // shared reference data: read, never written
    assertThat(codesOf(() -> east.directory().register(SupplyItem.builder().id(SupplyItemId.of("gloves")).name("手套")
        .kind(SupplyKind.GLOVES).unitOfMeasure("副").build()))).containsExactly("CORDON-SCOPE-002");
    assertThat(codesOf(() -> east.storePolicies(whole.policies()))).containsExactly("CORDON-SCOPE-002");
    assertThat(codesOf(() -> east.loadRiskAreas(RiskAreaSource.china2021q4()))).isEmpty(); // all present already

    // through the services: what the service checks first — a record the view does not show is
    // unknown to it (CORDON-STORE-002) — or the scope's code
    List<Runnable> services = List.of(
        () -> east.directory().register(Unit.builder().id(UnitId.of("west-new")).name("新班组")
            .kind(UnitKind.GRASSROOTS_UNIT).parent(WEST).headcount(3).build()),
        () -> east.directory().update(Unit.builder().from(whole.directory().unit(WEST).orElseThrow()).name("改名").build()),
        () -> east.directory().update(Unit.builder().from(whole.directory().unit(EAST).orElseThrow()).parent(WEST).build()),
        () -> east.directory().register(Person.builder().id(PersonId.of("west-new")).name("新人")
            .category(PersonCategory.EMPLOYEE).unit(westTeam).build()),
        () -> east.directory().register(Site.builder().id(SiteId.of("west-new")).name("新厅").kind(SiteKind.SERVICE_HALL)
            .owner(WEST).region(RegionCode.of("150203")).build()),
        () -> east.entries().record(Entry.builder().id(EntryId.of("west-new")).site(westHall).at(at(DAY, 11))
            .entrant(Entrant.employee(PersonId.of("east-head"))).decision(Decision.ADMITTED).build()),
        () -> east.travel().approve(TravelDeclarationId.of("west-trip"), PersonId.of("east-head"), at(DAY, 8)),
        () -> east.stock().receive(StockMovementId.of("west-new"), MASKS, WEST, BigDecimal.TEN, at(DAY, 9)),
        () -> east.stock().transfer(StockMovementId.of("east-to-west"), MASKS, EAST, WEST, BigDecimal.TEN, at(DAY, 9)),
        () -> east.duty().assign(Assignment.builder().id(AssignmentId.of("west-new")).person(PersonId.of("east-head"))
            .role(Role.SITE_RESPONSIBLE).scope(Scope.of(westHall)).validFrom(DAY).build()),
        () -> east.duty().end(AssignmentId.of("west-resp-hall"), DAY),
        () -> east.disinfection().record(DisinfectionRecord.builder().id(DisinfectionRecordId.of("west-new"))
            .site(westHall).at(at(DAY, 8)).build()),
        () -> east.findings().confirm(FindingId.of("west-about-staff"), PersonId.of("east-head"), at(DAY, 18)),
        () -> east.inspections().record(east.inspections().start(InspectionId.of("west-new"), Scope.of(westHall),
            PersonId.of("east-head"), DAY).results(passed(east)).build()),
        () -> east.notices().issue(NoticeDraft.builder().id(NoticeId.of("east-new")).numberPrefix("east防通")
            .title("通报").issuer(EAST).addUnits(WEST).addFindings(FindingId.of("west-about-staff"))
            .issuedBy(PersonId.of("east-head")).issuedAt(at(DAY, 18)).build()),
        () -> east.dining().adopt(whole.dining().plans(FROM, TO).stream()
            .filter(p -> p.canteen().value().equals("west-canteen")).findFirst().orElseThrow()));
    for (Runnable write : services) {
      assertThat(codesOf(write)).isNotEmpty().allMatch(c -> c.equals("CORDON-SCOPE-001") || c.equals("CORDON-STORE-002"));
    }
    assertThat(totalRecords()).isEqualTo(before);
  }

  @Test
  void writesInsideTheSubtreeWorkThroughTheView() {
    Cordon east = whole.scopedTo(EAST);
    UnitId crew = UnitId.of("east-crew");
    east.directory().register(Unit.builder().id(crew).name("东河抢修队").kind(UnitKind.GRASSROOTS_UNIT).parent(EAST)
        .headcount(6).build());
    east.directory().register(Site.builder().id(SiteId.of("east-depot")).name("东河库房").kind(SiteKind.SERVICE_HALL)
        .owner(crew).region(RegionCode.of("150202")).build());
    east.stock().transfer(StockMovementId.of("east-to-crew"), MASKS, EAST, crew, BigDecimal.TEN, at(DAY, 11));
    assertThat(east.stock().position(crew, MASKS, at(TO, 0)).balance()).isEqualByComparingTo("10");
    east.entries().record(Entry.builder().id(EntryId.of("east-depot-in")).site(SiteId.of("east-depot"))
        .at(at(DAY, 14)).entrant(Entrant.employee(PersonId.of("east-head"))).decision(Decision.ADMITTED).build());
    // a travel step works on the stored record and returns what a read returns: the purpose withheld
    TravelDeclaration approved = east.travel().approve(TravelDeclarationId.of("east-trip"), PersonId.of("east-head"),
        at(DAY.minusDays(1), 10));
    assertThat(approved.purpose()).isEqualTo(Redaction.WITHHELD);
    assertThat(whole.travel().get(TravelDeclarationId.of("east-trip")).orElseThrow().purpose()).isEqualTo("探望生病的母亲");
    // a notice numbered among the whole organisation's
    Finding f = east.findings().find(FROM, TO, FindingFilter.all()).stream()
        .filter(x -> x.id().value().equals("east-about-staff")).findFirst().orElseThrow();
    east.findings().confirm(f.id(), PersonId.of("east-head"), at(DAY, 18));
    Notice n = east.notices().issue(NoticeDraft.builder().id(NoticeId.of("east-second")).numberPrefix("east防通")
        .title("通报").issuer(EAST).addUnits(EAST).addFindings(f.id()).issuedBy(PersonId.of("east-head"))
        .issuedAt(at(DAY, 19)).build());
    assertThat(n.sequence()).isEqualTo(3); // east's and west's notices hold 1 and 2
    // importing again through the view stores nothing twice
    Person head = whole.storage().people().get(PersonId.of("east-head")).orElseThrow();
    assertThat(east.directory().register(head)).isEqualTo(dev.cordon.core.storage.WriteOutcome.ALREADY_PRESENT);
  }

  @Test
  void anUnknownUnitCannotBeAScope() {
    assertThat(codesOf(() -> whole.scopedTo(UnitId.of("nowhere")))).containsExactly("CORDON-STORE-002");
    Cordon east = whole.scopedTo(EAST);
    assertThat(codesOf(() -> east.scopedTo(WEST))).containsExactly("CORDON-STORE-002");
    assertThat(east.scopedTo(UnitId.of("east-team")).directory().unit(EAST)).isEmpty();
  }

  // --- personal values and reveals ---------------------------------------------------------------

  @Test
  void withoutARevealNoPersonalValueIsReturned() {
    Cordon east = whole.scopedTo(EAST);
    try (Stream<Entry> s = east.entries().between(FROM, TO)) {
      assertThat(s.toList()).allSatisfy(e -> {
        assertThat(e.entrant().name()).isEmpty();
        assertThat(e.entrant().phone()).isEmpty();
        assertThat(e.entrant().purpose()).isEmpty();
      });
    }
    try (Stream<Person> s = east.storage().people().all()) {
      List<String> withheld;
      try (Stream<Person> stored = whole.storage().people().all()) {
        withheld = stored.filter(p -> p.id().value().startsWith("east")).map(p -> Redaction.withhold(p).name()).toList();
      }
      assertThat(s.toList()).extracting(Person::name)
          .containsExactlyInAnyOrderElementsOf(withheld).doesNotContain("刘伟", "王小明");
    }
    assertThat(east.storage().people().get(PersonId.of("east-head")).orElseThrow().phone()).isEmpty();
    assertThat(east.storage().people().history(PersonId.of("east-staff")))
        .allMatch(p -> p.residentId().isEmpty() && p.redacted().contains(PersonalField.RESIDENT_ID));
    assertThat(east.travel().get(TravelDeclarationId.of("east-trip")).orElseThrow().purpose())
        .isEqualTo(Redaction.WITHHELD);

    FindingsReport findings = east.reports().findings(FROM, TO, Optional.empty(), Set.of(), Set.of(), Set.of());
    assertThat(findings.names().people()).containsEntry("east-staff", "王*明");
    for (String format : List.of("json", "html")) {
      assertThat(write(east, findings, format)).doesNotContain("王小明", "刘伟", "钱先生", "13904721111", "探望");
    }
    try (Stream<AccessRecord> log = whole.storage().accessLog().all()) {
      assertThat(log.count()).isZero();
    }
    // the whole organisation returns records as stored, and logs nothing
    assertThat(whole.travel().get(TravelDeclarationId.of("east-trip")).orElseThrow().purpose()).isEqualTo("探望生病的母亲");
    assertThat(whole.showsPersonalData()).isTrue();
    assertThat(east.showsPersonalData()).isFalse();
  }

  @Test
  void aRevealShowsTheValuesAndLogsWhoWhenWhyAndWhichRecords() {
    Cordon revealed = whole.scopedTo(EAST).revealing("王科长", "核查10月25日发热访客的行程");
    assertThat(revealed.describe().get("personalData")).contains("王科长");
    Instant before = Instant.now();

    try (Stream<Entry> s = revealed.entries().between(FROM, TO)) {
      assertThat(s.toList()).extracting(e -> e.entrant().name().orElse("")).contains("钱先生");
    }
    List<AccessRecord> log = log();
    assertThat(log).hasSize(1);
    AccessRecord line = log.get(0);
    assertThat(line.by()).isEqualTo("王科长");
    assertThat(line.reason()).isEqualTo("核查10月25日发热访客的行程");
    assertThat(line.scope()).contains(EAST);
    assertThat(line.at()).isAfterOrEqualTo(before.minusSeconds(1));
    assertThat(line.what()).isEqualTo("read entry");
    // only the records whose personal values were shown: the visitor's name; an employee's entry holds none
    assertThat(line.records()).containsExactly("entry:east-visitor");
    assertThat(line.count()).isEqualTo(1);

    assertThat(revealed.travel().get(TravelDeclarationId.of("east-trip")).orElseThrow().purpose()).isEqualTo("探望生病的母亲");
    assertThat(revealed.storage().people().get(PersonId.of("east-head")).orElseThrow().phone()).isPresent();
    assertThat(log()).extracting(AccessRecord::what).containsExactly("read entry", "read travel declaration", "read person");
    assertThat(log().get(2).records()).containsExactly("person:east-head");
    // nothing outside the view is shown or logged
    assertThat(revealed.travel().get(TravelDeclarationId.of("west-trip"))).isEmpty();
    assertThat(log()).hasSize(3);

    // a report shows the names in full and logs them once
    FindingsReport report = revealed.reports().findings(FROM, TO, Optional.empty(), Set.of(), Set.of(), Set.of());
    assertThat(report.names().people()).containsEntry("east-staff", "王小明");
    assertThat(write(revealed, report, "html")).contains("王小明");
    AccessRecord reportLine = log().get(3);
    assertThat(reportLine.what()).startsWith("report findings 2021-10-01..2021-10-31");
    // the person the finding is about, and the inspector a message names
    assertThat(reportLine.records()).containsExactly("person:east-head", "person:east-staff");
    // checks and figures never log: they show no personal value
    revealed.checks().run(FROM, TO);
    revealed.reports().daily(DAY, Optional.empty());
    assertThat(log()).hasSize(4);
    // the view of another unit sees none of east's log lines
    try (Stream<AccessRecord> s = whole.scopedTo(WEST).storage().accessLog().all()) {
      assertThat(s.count()).isZero();
    }
    try (Stream<AccessRecord> s = whole.scopedTo(EAST).storage().accessLog().all()) {
      assertThat(s.count()).isEqualTo(4);
    }
  }

  @Test
  void theWholeOrganisationCanBeRevealedToo() {
    Cordon revealed = whole.revealing("审计员", "年度合规审计");
    assertThat(revealed.scope()).isEmpty();
    assertThat(revealed.travel().get(TravelDeclarationId.of("west-trip")).orElseThrow().purpose()).isEqualTo("参加婚礼");
    assertThat(log()).singleElement().satisfies(l -> {
      assertThat(l.scope()).isEmpty();
      assertThat(l.records()).containsExactly("travel declaration:west-trip");
    });
    FindingsReport names = revealed.reports().findings(FROM, TO, Optional.empty(), Set.of(), Set.of(), Set.of());
    assertThat(names.names().people()).containsEntry("west-staff", "李娜").containsEntry("east-staff", "王小明");
    // the unrevealed whole organisation's reports stay masked
    assertThat(whole.reports().findings(FROM, TO, Optional.empty(), Set.of(), Set.of(), Set.of()).names().people())
        .containsEntry("east-staff", "王*明");
  }

  @Test
  void aRevealNeedsWhoAndWhy() {
    assertThat(codesOf(() -> whole.scopedTo(EAST).revealing("王科长", " "))).containsExactly("CORDON-SCOPE-003");
    assertThat(codesOf(() -> whole.revealing(null, "核查"))).containsExactly("CORDON-SCOPE-003");
    assertThat(codesOf(() -> whole.revealing("王科长", "x".repeat(501)))).containsExactly("CORDON-VALUE-003");
  }

  @Test
  void theAccessLogIsAppendOnly() {
    whole.scopedTo(EAST).revealing("王科长", "核查").travel().get(TravelDeclarationId.of("east-trip"));
    AccessRecord line = log().get(0);
    assertThat(whole.storage().accessLog().put(line)).isEqualTo(dev.cordon.core.storage.WriteOutcome.ALREADY_PRESENT);
    AccessRecord changed = AccessRecord.builder().from(line).reason("另一个理由").build();
    assertThat(codesOf(() -> whole.storage().accessLog().put(changed))).containsExactly("CORDON-STORE-001");
    assertThat(codesOf(() -> whole.scopedTo(EAST).storage().accessLog().put(changed))).containsExactly("CORDON-STORE-001");
    assertThat(log()).containsExactly(line);
  }

  @Test
  void aViewIsClosedWithItsOrganisation() {
    Cordon east = whole.scopedTo(EAST);
    east.close();
    assertThat(whole.directory().unit(EAST)).isPresent(); // closing a view closes nothing else
    Cordon again = whole.scopedTo(EAST);
    whole.close();
    assertThat(catchThrowable(again::directory)).isInstanceOf(dev.cordon.core.CordonStorageException.class);
  }

  // --- helpers -----------------------------------------------------------------------------------

  private static List<ItemResult> passed(Cordon c) {
    return c.inspections().checklist().items().stream().map(i -> ItemResult.of(i.id(), ItemOutcome.PASSED)).toList();
  }

  private List<AccessRecord> log() {
    try (Stream<AccessRecord> s = whole.storage().accessLog().between(Instant.EPOCH, Instant.now().plusSeconds(60))) {
      return s.toList();
    }
  }

  private long totalRecords() {
    long n = 0;
    for (RecordKind<?, ?> kind : RecordKind.all()) {
      n += whole.storage().table(kind).count();
    }
    return n;
  }

  private static List<String> codesOf(Runnable r) {
    Throwable t = catchThrowable(r::run);
    if (t == null) {
      return List.of();
    }
    assertThat(t).isInstanceOf(CordonValidationException.class);
    return ((CordonValidationException) t).violations().stream().map(Violation::code).toList();
  }

  private static String write(Cordon c, dev.cordon.core.report.Report report, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      c.reportWriter(format).write(report, out, ReportOptions.defaults());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unused")
  private static <T> Function<T, T> same() {
    return Function.identity();
  }

  @SuppressWarnings("unused")
  private static DiningParty party(UnitId u) {
    return DiningParty.of(u, 1);
  }
}

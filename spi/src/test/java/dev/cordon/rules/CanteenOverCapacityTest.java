package dev.cordon.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cordon.Cordon;
import dev.cordon.core.dining.DiningPlan;
import dev.cordon.core.dining.DiningPlanId;
import dev.cordon.core.dining.Seating;
import dev.cordon.core.dining.Sitting;
import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.entry.HealthCodeColour;
import dev.cordon.core.entry.ItineraryCode;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PhoneNumber;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.rules.CheckRun;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import dev.cordon.core.storage.WriteOutcome;
import dev.cordon.core.validation.CordonValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CANTEEN-OVER-CAPACITY over adopted plans, through {@code Cordon.open}-style memory storage: the
 * canteen has 25 seats and the policy's density is 0.5, so a sitting may seat ⌊12.5⌋ = 12.
 */
class CanteenOverCapacityTest {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final String RULE = "CANTEEN-OVER-CAPACITY";
  static final LocalDate DAY = LocalDate.of(2021, 10, 25);
  static final UnitId GROUP = UnitId.of("U-GROUP");
  static final UnitId EAST = UnitId.of("U-EAST");
  static final UnitId HALL = UnitId.of("U-HALL");
  static final SiteId CANTEEN = SiteId.of("S-CANTEEN");
  static final SiteId OTHER_CANTEEN = SiteId.of("S-CANTEEN-2");
  static final SiteId OFFICE = SiteId.of("S-OFFICE");

  Cordon cordon;
  int entries;

  @BeforeEach
  void open() {
    open(PolicyHistory.of(PreventionPolicy.defaults().build()));
  }

  void open(PolicyHistory policies) {
    if (cordon != null) {
      cordon.close();
    }
    cordon = Cordon.builder().storage("memory:").policies(policies).discoverRules(false).build();
    cordon.directory().register(Unit.builder().id(GROUP).name("包头热力集团").kind(UnitKind.GROUP).headcount(10).build());
    cordon.directory().register(Unit.builder().id(EAST).name("东河供热分公司").kind(UnitKind.GRASSROOTS_UNIT)
        .parent(GROUP).headcount(40).build());
    cordon.directory().register(Unit.builder().id(HALL).name("东河区营业厅").kind(UnitKind.GRASSROOTS_UNIT)
        .parent(GROUP).headcount(20).build());
    cordon.directory().register(Site.builder().id(CANTEEN).name("职工食堂").kind(SiteKind.CANTEEN).owner(GROUP)
        .region(RegionCode.of("150202")).capacity(25).build());
    cordon.directory().register(Site.builder().id(OTHER_CANTEEN).name("东河食堂").kind(SiteKind.CANTEEN).owner(EAST)
        .region(RegionCode.of("150202")).capacity(25).build());
    cordon.directory().register(Site.builder().id(OFFICE).name("办公楼").kind(SiteKind.OFFICE_BUILDING).owner(GROUP)
        .region(RegionCode.of("150202")).capacity(200).build());
  }

  @AfterEach
  void close() {
    cordon.close();
  }

  static Sitting sitting(String start, String end, int people) {
    return new Sitting(LocalTime.parse(start), LocalTime.parse(end), List.of(new Seating(EAST, people)));
  }

  /** A plan of {@code canteen} on {@code date} made for 25 seats at 0.5, 30 min sittings, 10 min gap. */
  static DiningPlan plan(String id, SiteId canteen, LocalDate date, Sitting... sittings) {
    return DiningPlan.builder().id(DiningPlanId.of(id)).canteen(canteen).date(date).seats(25)
        .density(new BigDecimal("0.5")).windowStart(LocalTime.of(11, 30)).windowEnd(LocalTime.of(13, 30))
        .sittingLength(Duration.ofMinutes(30)).cleaningGap(Duration.ofMinutes(10)).addSittings(sittings).build();
  }

  static DiningPlan plan(String id, Sitting... sittings) {
    return plan(id, CANTEEN, DAY, sittings);
  }

  /** {@code n} admitted visitor rows at {@code site} from {@code first}, one a minute … or all at once. */
  List<Entry> admit(SiteId site, String first, int n, int minutesApart, Decision decision) {
    List<Entry> out = new ArrayList<>();
    LocalDateTime t = LocalDateTime.of(DAY, LocalTime.parse(first));
    for (int i = 0; i < n; i++) {
      out.add(Entry.builder().id(EntryId.of(String.format("E-%03d", ++entries))).site(site)
          .at(t.plusMinutes((long) i * minutesApart).atZone(ZONE).toInstant())
          .entrant(Entrant.builder().category(PersonCategory.VISITOR).name("王先生")
              .phone(PhoneNumber.parse("13812341234")).purpose("就餐").host("李四").build())
          .temperature(new BigDecimal("36.5")).healthCode(HealthCodeColour.GREEN)
          .itinerary(ItineraryCode.of(false, RegionCode.of("150200"))).decision(decision).build());
    }
    cordon.entries().recordAll(out);
    return out;
  }

  List<Finding> run(LocalDate from, LocalDate to) {
    return cordon.checks().run(from, to, List.of(RULE)).findings();
  }

  List<Finding> run() {
    return run(DAY, DAY.plusDays(1));
  }

  @Test
  void aSittingExactlyAtSeatsTimesDensityIsNoFindingOneMoreIs() {
    cordon.dining().adopt(plan("P-AT", sitting("11:30", "12:00", 12), sitting("12:10", "12:40", 12)));
    assertThat(run()).isEmpty();

    cordon.dining().adopt(plan("P-OVER", sitting("11:30", "12:00", 12), sitting("12:10", "12:40", 13)));
    List<Finding> found = run();
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(RULE);
      assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
      assertThat(f.subject()).isEqualTo(Subject.of(SubjectKind.SITE, CANTEEN.value()));
      assertThat(f.unit()).contains(GROUP);
      assertThat(f.date()).isEqualTo(DAY);
      assertThat(f.until()).isEmpty();
      assertThat(f.evidence()).containsExactly("P-OVER");
      assertThat(f.messageEn()).contains("S-CANTEEN", "P-OVER", "12:10", "13 people", "12 allowed");
      assertThat(f.messageZh()).contains("食堂", "P-OVER", "安排 13 人", "超过上限 12 人");
    });
  }

  @Test
  void theGapRequiredIsNoFindingOneMinuteLessIs() {
    cordon.dining().adopt(plan("P-GAP", sitting("11:30", "12:00", 10), sitting("12:10", "12:40", 10)));
    assertThat(run()).isEmpty();

    cordon.dining().adopt(plan("P-SHORT", sitting("11:30", "12:00", 10), sitting("12:09", "12:39", 10),
        sitting("12:49", "13:19", 10)));
    assertThat(run()).singleElement().satisfies(f -> {
      assertThat(f.evidence()).containsExactly("P-SHORT");
      assertThat(f.messageEn()).contains("12:09", "9 min", "10 min cleaning gap");
      assertThat(f.messageZh()).contains("间隔 9 分钟", "消杀间隔 10 分钟");
    });
  }

  @Test
  void overlappingSittingsHaveNoGapAndEachPairIsItsOwnFinding() {
    cordon.dining().adopt(plan("P-OVERLAP", sitting("11:30", "12:00", 10), sitting("11:50", "12:20", 10),
        sitting("12:25", "12:55", 10)));
    assertThat(run()).hasSize(2).allSatisfy(f -> assertThat(f.evidence()).containsExactly("P-OVERLAP"))
        .extracting(Finding::messageEn).anySatisfy(m -> assertThat(m).contains("11:50", "-10 min"))
        .anySatisfy(m -> assertThat(m).contains("12:25", "5 min"));
  }

  @Test
  void admittedEntriesAtTheLimitAreNoFindingOneMoreIs() {
    DiningPlan plan = plan("P-REAL", sitting("11:30", "12:00", 10), sitting("12:10", "12:40", 10));
    cordon.dining().adopt(plan);
    admit(CANTEEN, "11:30", 12, 2, Decision.ADMITTED);         // 11:30 … 11:52
    admit(CANTEEN, "12:10", 29, 1, Decision.DENIED);          // refused people are not counted
    admit(OTHER_CANTEEN, "12:10", 20, 1, Decision.ADMITTED);  // nor people at another canteen
    admit(CANTEEN, "12:40", 30, 0, Decision.ADMITTED);        // the end of a sitting is outside it
    assertThat(run()).isEmpty();

    List<Entry> one = admit(CANTEEN, "11:59", 1, 0, Decision.ADMITTED);
    assertThat(run()).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo(Subject.of(SubjectKind.SITE, CANTEEN.value()));
      assertThat(f.evidence()).hasSize(14).startsWith("P-REAL").contains(one.get(0).id().value());
      assertThat(f.messageEn()).contains("11:30", "admitted 13 people", "12 allowed");
      assertThat(f.messageZh()).contains("实际进入 13 人");
      assertThat(f.messageEn() + f.messageZh()).doesNotContain("王", "138");
    });
  }

  @Test
  void entriesInTheCleaningGapCountForNoSitting() {
    cordon.dining().adopt(plan("P-GAPFULL", sitting("11:30", "12:00", 10), sitting("12:10", "12:40", 10)));
    admit(CANTEEN, "12:00", 50, 0, Decision.ADMITTED);
    admit(CANTEEN, "12:09", 50, 0, Decision.ADMITTED);
    admit(CANTEEN, "11:29", 50, 0, Decision.ADMITTED);
    assertThat(run()).isEmpty();
  }

  @Test
  void aPlanDatedOutsideTheRangeIsNotChecked() {
    cordon.dining().adopt(plan("P-NEXT", CANTEEN, DAY.plusDays(1), sitting("11:30", "12:00", 30)));
    cordon.dining().adopt(plan("P-PREV", CANTEEN, DAY.minusDays(1), sitting("11:30", "12:00", 30)));
    assertThat(run()).isEmpty();
    assertThat(run(DAY.minusDays(1), DAY.plusDays(2))).extracting(Finding::date)
        .containsExactlyInAnyOrder(DAY.minusDays(1), DAY.plusDays(1));
  }

  @Test
  void reRunningFindsTheSameFindingsAndStoresNothingNew() {
    cordon.dining().adopt(plan("P-ALL", sitting("11:30", "12:00", 13), sitting("12:05", "12:35", 10)));
    admit(CANTEEN, "12:05", 13, 1, Decision.ADMITTED);
    CheckRun first = cordon.checks().run(DAY, DAY.plusDays(1), List.of(RULE));
    assertThat(first.created()).isEqualTo(3);
    CheckRun again = cordon.checks().run(DAY, DAY.plusDays(1), List.of(RULE));
    assertThat(again.created()).isZero();
    assertThat(again.updated()).isZero();
    assertThat(again.unchanged()).isEqualTo(3);
    assertThat(again.findings()).isEqualTo(first.findings());
    assertThat(cordon.findings().find(DAY, DAY.plusDays(1), dev.cordon.core.finding.FindingFilter.all().rule(RULE)))
        .hasSize(3);
  }

  @Test
  void theCanteensSeatsAndThePolicyOfThePlansDateDecideNotThePlansOwnNumbers() {
    PreventionPolicy base = PreventionPolicy.defaults().build();
    PreventionPolicy stricter = PreventionPolicy.defaults().effectiveFrom(DAY.plusDays(1))
        .canteenDensity(new BigDecimal("0.4")).build();
    open(PolicyHistory.of(base, stricter));
    // the plans claim 100 seats; the canteen has 25: 12 a sitting on the 25th, ⌊25 × 0.4⌋ = 10 on the 26th
    DiningPlan claims = DiningPlan.builder().from(plan("P-25", sitting("11:30", "12:00", 12))).seats(100).build();
    cordon.dining().adopt(claims);
    cordon.dining().adopt(DiningPlan.builder().from(plan("P-26a", CANTEEN, DAY.plusDays(1),
        sitting("11:30", "12:00", 10))).seats(100).build());
    cordon.dining().adopt(DiningPlan.builder().from(plan("P-26b", CANTEEN, DAY.plusDays(1),
        sitting("11:30", "12:00", 11))).seats(100).build());
    assertThat(claims.problems()).isEmpty();
    assertThat(run(DAY, DAY.plusDays(2))).singleElement()
        .satisfies(f -> assertThat(f.evidence()).containsExactly("P-26b"))
        .satisfies(f -> assertThat(f.messageEn()).contains("10 allowed"));
  }

  @Test
  void eachProblemOfEachPlanIsItsOwnFindingAboutItsCanteen() {
    cordon.dining().adopt(plan("P-A", sitting("11:30", "12:00", 13), sitting("12:05", "12:35", 13)));
    cordon.dining().adopt(plan("P-B", OTHER_CANTEEN, DAY, sitting("11:30", "12:00", 13)));
    List<Finding> found = run();
    assertThat(found).hasSize(4);
    assertThat(found).filteredOn(f -> f.evidence().contains("P-A")).hasSize(3)
        .allSatisfy(f -> assertThat(f.unit()).contains(GROUP));
    assertThat(found).filteredOn(f -> f.evidence().contains("P-B")).singleElement()
        .satisfies(f -> assertThat(f.subject()).isEqualTo(Subject.of(SubjectKind.SITE, OTHER_CANTEEN.value())))
        .satisfies(f -> assertThat(f.unit()).contains(EAST));
  }

  @Test
  void theRuleIsInTheBuiltInCatalogue() {
    assertThat(cordon.checks().rules()).anySatisfy(r -> {
      assertThat(r.id()).isEqualTo(RULE);
      assertThat(r.defaultSeverity()).isEqualTo(Severity.MEDIUM);
      assertThat(r.description().zh()).contains("消杀间隔");
    });
  }

  // --- DiningService: adopt and plans -----------------------------------------------------------

  @Test
  void adoptingStoresAPlanIdempotentlyAndARevisionAsANewVersion() {
    DiningPlan p1 = plan("P-1", sitting("11:30", "12:00", 10));
    assertThat(cordon.dining().adopt(p1)).isEqualTo(WriteOutcome.STORED);
    assertThat(cordon.dining().adopt(p1)).isEqualTo(WriteOutcome.ALREADY_PRESENT);
    DiningPlan p2 = plan("P-1", sitting("11:30", "12:00", 10), sitting("12:10", "12:40", 8));
    assertThat(cordon.dining().adopt(p2)).isEqualTo(WriteOutcome.STORED);
    assertThat(cordon.dining().adopted(DiningPlanId.of("P-1"))).contains(p2);
    assertThat(cordon.storage().diningPlans().history(DiningPlanId.of("P-1"))).containsExactly(p1, p2);
  }

  @Test
  void plansAreListedHalfOpenByDateThenId() {
    cordon.dining().adopt(plan("P-z", CANTEEN, DAY, sitting("11:30", "12:00", 10)));
    cordon.dining().adopt(plan("P-a", OTHER_CANTEEN, DAY, sitting("11:30", "12:00", 10)));
    cordon.dining().adopt(plan("P-next", CANTEEN, DAY.plusDays(1), sitting("11:30", "12:00", 10)));
    cordon.dining().adopt(plan("P-prev", CANTEEN, DAY.minusDays(1), sitting("11:30", "12:00", 10)));
    assertThat(cordon.dining().plans(DAY, DAY.plusDays(1))).extracting(p -> p.id().value())
        .containsExactly("P-a", "P-z");
    assertThat(cordon.dining().plans(DAY.minusDays(1), DAY.plusDays(2))).extracting(p -> p.id().value())
        .containsExactly("P-prev", "P-a", "P-z", "P-next");
  }

  @Test
  void adoptingAPlanOfAnUnknownCanteenOrUnitIsRefusedAndStoresNothing() {
    DiningPlan unknownSite = plan("P-X", SiteId.of("S-NOWHERE"), DAY, sitting("11:30", "12:00", 10));
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
        () -> cordon.dining().adopt(unknownSite));
    assertThat(e.codes()).containsExactly("CORDON-STORE-002");
    DiningPlan unknownUnit = DiningPlan.builder().from(plan("P-Y", sitting("11:30", "12:00", 10)))
        .addUnseated(new Seating(UnitId.of("U-NOWHERE"), 3)).build();
    assertThat(catchThrowableOfType(CordonValidationException.class, () -> cordon.dining().adopt(unknownUnit))
        .codes()).containsExactly("CORDON-STORE-002");
    DiningPlan office = plan("P-Z", OFFICE, DAY, sitting("11:30", "12:00", 10));
    assertThat(catchThrowableOfType(CordonValidationException.class, () -> cordon.dining().adopt(office))
        .codes()).containsExactly("CORDON-DINING-006");
    assertThat(cordon.dining().plans(DAY.minusDays(1), DAY.plusDays(1))).isEmpty();
  }
}

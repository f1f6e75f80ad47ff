package dev.cordon.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

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
import dev.cordon.core.inspection.InspectionId;
import dev.cordon.core.inspection.ItemOutcome;
import dev.cordon.core.inspection.ItemResult;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.risk.RiskArea;
import dev.cordon.core.risk.RiskAreaId;
import dev.cordon.core.risk.RiskLevel;
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
import dev.cordon.core.travel.Approval;
import dev.cordon.core.travel.ApprovalStatus;
import dev.cordon.core.travel.PurposeKind;
import dev.cordon.core.travel.ReturnReport;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelDeclarationId;
import dev.cordon.core.travel.TravelState;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.LedgerDate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The rules are robust to any value the validation lets through: with a hand-built policy whose
 * plausible window is as wide as the ledger years (1900 to 2200), records of every kind dated at the
 * window's edges — or at any instant at all, most of which are refused — are recorded and every
 * built-in rule runs over the days around them without an exception.
 */
class ExtremeDatesTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final UnitId HQ = UnitId.of("hq");
  private static final UnitId DEPOT = UnitId.of("depot");
  private static final SiteId HALL = SiteId.of("hall");
  private static final SiteId CANTEEN = SiteId.of("canteen");
  private static final PersonId ZHANG = PersonId.of("p-zhang");
  private static final PersonId BOSS = PersonId.of("p-boss");
  private static final SupplyItemId MASKS = SupplyItemId.of("masks");
  private static final RegionCode BAOTOU = RegionCode.of("150200");
  private static final RegionCode EJINA = RegionCode.of("152923");
  private static final LocalDate FIRST = LocalDate.of(LedgerDate.FIRST_YEAR, 1, 1);
  private static final LocalDate LAST = LocalDate.of(LedgerDate.LAST_YEAR, 12, 31);

  /** The widest window: from the first ledger year to ten years after "today" at the last one. */
  private static Cordon widest() {
    PreventionPolicy policy = PreventionPolicy.defaults().effectiveFrom(FIRST).plausibleFrom(FIRST)
        .plausibleDaysAhead(3650).build();
    Clock today = Clock.fixed(Instant.parse("2200-12-31T12:00:00Z"), ZoneOffset.UTC);
    Cordon c = Cordon.builder().storage("memory:").policies(PolicyHistory.of(policy)).clock(today)
        .discoverRules(false).build();
    c.directory().register(Unit.builder().id(HQ).name("集团").kind(UnitKind.GROUP).headcount(10).build());
    c.directory().register(Unit.builder().id(DEPOT).name("供热站").kind(UnitKind.GRASSROOTS_UNIT).parent(HQ)
        .headcount(5).build());
    c.directory().register(Site.builder().id(HALL).name("营业厅").kind(SiteKind.SERVICE_HALL).owner(HQ)
        .region(RegionCode.of("150203")).build());
    c.directory().register(Site.builder().id(CANTEEN).name("食堂").kind(SiteKind.CANTEEN).owner(DEPOT)
        .region(RegionCode.of("150203")).capacity(40).build());
    c.directory().register(Person.builder().id(ZHANG).name("张三").category(PersonCategory.EMPLOYEE).unit(DEPOT).build());
    c.directory().register(Person.builder().id(BOSS).name("李四").category(PersonCategory.EMPLOYEE).unit(HQ).build());
    c.directory().register(SupplyItem.builder().id(MASKS).name("口罩").kind(SupplyKind.MASK).unitOfMeasure("个").build());
    return c;
  }

  /** Instants at and around the edges of the ledger years, in UTC and in the policy's zone. */
  private static Gen<Instant> edgeInstants() {
    List<Instant> edges = List.of(LedgerDate.FIRST_INSTANT, LedgerDate.FIRST_INSTANT.plusSeconds(1),
        FIRST.atStartOfDay(ZONE).toInstant(), FIRST.plusDays(1).atStartOfDay(ZONE).toInstant(),
        LedgerDate.END_INSTANT.minusNanos(1_000), LedgerDate.END_INSTANT.minusSeconds(86_400),
        LAST.atStartOfDay(ZONE).toInstant(), LAST.atTime(23, 59, 59).atZone(ZONE).toInstant(),
        LedgerDate.FIRST_INSTANT.minusNanos(1_000), LedgerDate.END_INSTANT,
        Instant.parse("+999999999-12-31T06:00:00Z"), Instant.MIN, Instant.MAX);
    Gen<Instant> anywhere = longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
        .map(s -> Instant.ofEpochSecond(s));
    Gen<Instant> nearEdges = Generate.pick(edges).zip(integers().between(-3, 3), (i, d) -> {
      try {
        return i.plusSeconds(d * 86_400L);
      } catch (RuntimeException e) {
        return i;
      }
    });
    return Generate.frequency(List.of(org.quicktheories.api.Pair.of(4, Generate.pick(edges)),
        org.quicktheories.api.Pair.of(3, nearEdges), org.quicktheories.api.Pair.of(2, anywhere)));
  }

  /** Runs {@code r}; a refusal as malformed data is an allowed outcome, anything else is thrown. */
  private static boolean tryRecord(Runnable r) {
    try {
      r.run();
      return true;
    } catch (CordonValidationException refused) {
      return false;
    }
  }

  private static void recordEverything(Cordon c, Instant at) {
    // outside the ledger years, dated records get a day just outside them (refused as well)
    LocalDate day = at.isBefore(LedgerDate.FIRST_INSTANT) ? FIRST.minusDays(1)
        : at.isBefore(LedgerDate.END_INSTANT) ? at.atZone(ZONE).toLocalDate() : LAST.plusDays(1);
    tryRecord(() -> {
      c.entries().record(Entry.builder().id(EntryId.of("e-fever")).site(HALL).at(at)
          .entrant(Entrant.employee(ZHANG)).temperature(new BigDecimal("38.5")).healthCode(HealthCodeColour.RED)
          .itinerary(ItineraryCode.of(true, EJINA)).decision(Decision.ADMITTED).build());
      c.entries().record(Entry.builder().id(EntryId.of("e-visitor")).site(CANTEEN).at(at)
          .entrant(Entrant.builder().category(PersonCategory.VISITOR).build()).decision(Decision.ADMITTED).build());
      c.storage().riskAreas().put(RiskArea.builder().id(RiskAreaId.of("r-1")).region(EJINA).place("达来呼布镇")
          .level(RiskLevel.HIGH).inForceFrom(day).build());
      tryRecord(() -> c.travel().declare(TravelDeclaration.builder().id(TravelDeclarationId.of("t-1")).employee(ZHANG)
          .addDestinations(EJINA).purpose("探亲").purposeKind(PurposeKind.PERSONAL).plannedDeparture(day)
          .plannedReturn(day.plusDays(1)).declaredAt(at).state(TravelState.RETURNED)
          .approval(Approval.decided(ApprovalStatus.APPROVED, BOSS, at)).actualDeparture(day)
          .actualReturn(day.plusDays(1)).returnReport(ReturnReport.of(at, HealthCodeColour.YELLOW)).build()));
      tryRecord(() -> c.travel().declare(TravelDeclaration.builder().id(TravelDeclarationId.of("t-2")).employee(BOSS)
          .addDestinations(EJINA).purpose("出差").purposeKind(PurposeKind.BUSINESS).plannedDeparture(day.minusDays(3))
          .plannedReturn(day.minusDays(1)).declaredAt(at).state(TravelState.DEPARTED)
          .actualDeparture(day.minusDays(3)).build()));
      c.stock().record(StockMovement.builder().id(StockMovementId.of("m-1")).item(MASKS).kind(MovementKind.RECEIPT)
          .holder(DEPOT).quantity(new BigDecimal("100")).at(at).expiry(day).build());
      c.disinfection().record(DisinfectionRecord.builder().id(DisinfectionRecordId.of("d-1")).site(HALL).at(at).build());
      c.duty().assign(Assignment.builder().id(AssignmentId.of("a-1")).person(BOSS).role(Role.SITE_RESPONSIBLE)
          .scope(Scope.of(HALL)).validFrom(day).build());
      c.duty().assign(Assignment.builder().id(AssignmentId.of("a-2")).person(ZHANG).role(Role.SITE_RESPONSIBLE)
          .scope(Scope.of(HALL)).validFrom(day).build());
      var inspection = c.inspections().start(InspectionId.of("i-1"), Scope.of(HALL), BOSS, day);
      c.inspections().checklist().items().forEach(item -> inspection.addResults(ItemResult.builder()
          .itemId(item.id()).outcome(ItemOutcome.FAILED).build()));
      c.inspections().record(inspection.build());
    });
  }

  @Test
  void everyBuiltInRuleRunsWithoutAnExceptionOnRecordsAtTheEdgesOfTheWindow() {
    qt().withExamples(40).forAll(edgeInstants()).checkAssert(at -> {
      try (Cordon c = widest()) {
        recordEverything(c, at);
        // the days around the record, kept inside the ledger years
        LocalDate day = at.isBefore(LedgerDate.FIRST_INSTANT) ? FIRST
            : at.isBefore(LedgerDate.END_INSTANT) ? at.atZone(ZONE).toLocalDate() : LAST;
        LocalDate from = day.minusDays(2).isBefore(FIRST) ? FIRST : day.minusDays(2);
        CheckRun run = c.checks().run(from, day.plusDays(2));
        assertThat(run.findings()).allSatisfy(f -> assertThat(f.date().getYear()).isBetween(1899, 2201));
        c.checks().run(FIRST, FIRST.plusDays(3));
        c.checks().run(LAST.minusDays(2), LAST.plusDays(1));
      }
    });
  }

  @Test
  void theRecordsOnTheEdgesAreStoredAndJudged() {
    try (Cordon c = widest()) {
      Instant last = LAST.atTime(23, 59, 59).atZone(ZONE).toInstant();
      recordEverything(c, last);
      assertThat(c.storage().entries().contains(EntryId.of("e-fever"))).isTrue();
      CheckRun run = c.checks().run(LAST.minusDays(1), LAST.plusDays(1));
      assertThat(run.findings()).extracting(f -> f.ruleId()).contains("ENTRY-FEVER-ADMITTED", "INSPECTION-ITEM-FAILED");
    }
  }
}

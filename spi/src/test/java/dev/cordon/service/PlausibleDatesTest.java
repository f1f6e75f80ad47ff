package dev.cordon.service;

import static dev.cordon.core.Rejections.rejected;
import static dev.cordon.core.Rejections.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.Cordon;
import dev.cordon.core.Samples;
import dev.cordon.core.duty.Assignment;
import dev.cordon.core.duty.AssignmentId;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.inspection.Inspection;
import dev.cordon.core.inspection.InspectionId;
import dev.cordon.core.inspection.ItemOutcome;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.risk.PublishedRiskAreas;
import dev.cordon.core.supply.MovementKind;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockMovementId;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelDeclarationId;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every record date lies in the policy's plausible window — from {@code plausibleFrom} (default
 * 2019-01-01) to {@code plausibleDaysAhead} (default 366) days after today — or the record is
 * refused as malformed (CORDON-DATE-002) before anything is stored.
 */
class PlausibleDatesTest {
  /** Today is 2021-10-25 in Baotou. */
  private static final Clock TODAY = Clock.fixed(Instant.parse("2021-10-25T02:00:00Z"), ZoneOffset.UTC);
  /** 366 days after 2021-10-25. */
  private static final LocalDate LAST = LocalDate.of(2022, 10, 26);

  private Cordon cordon;

  @BeforeEach
  void open() {
    // a policy in force since 2018 so that the window's lower edge, not the first policy, decides
    PolicyHistory policies = PolicyHistory.of(PreventionPolicy.defaults().effectiveFrom(LocalDate.of(2018, 1, 1)).build());
    cordon = Cordon.builder().storage("memory:").policies(policies).clock(TODAY).discoverRules(false).build();
    cordon.directory().register(Samples.group());
    cordon.directory().register(Samples.branch());
    cordon.directory().register(Samples.employee());
    cordon.directory().register(dev.cordon.core.person.Person.builder().from(Samples.employee())
        .id(dev.cordon.core.person.PersonId.of("P-0002")).build());
    cordon.directory().register(Samples.serviceHall());
    cordon.directory().register(Samples.masks());
  }

  @AfterEach
  void close() {
    cordon.close();
  }

  private static Entry entryOn(String id, LocalDate day) {
    return Entry.builder().from(Samples.employeeEntry()).id(EntryId.of(id))
        .at(day.atTime(8, 0).atZone(Samples.ZONE).toInstant()).build();
  }

  @Test
  void anEntryOnTheEdgesOfTheWindowIsStored() {
    cordon.entries().record(entryOn("E-first", LocalDate.of(2019, 1, 1)));
    cordon.entries().record(entryOn("E-last", LAST));
    assertThat(cordon.storage().entries().contains(EntryId.of("E-last"))).isTrue();
  }

  @Test
  void anEntryJustOutsideTheWindowIsRefusedNamingTheWindow() {
    Violation v = rejectedWith(() -> cordon.entries().record(entryOn("E-1", LAST.plusDays(1))),
        "CORDON-DATE-002", "at");
    assertThat(v.message()).contains("2022-10-27").contains("2019-01-01 to 2022-10-26");
    assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).contains("2019-01-01 至 2022-10-26");
    rejectedWith(() -> cordon.entries().record(entryOn("E-2", LocalDate.of(2018, 12, 31))), "CORDON-DATE-002", "at");
  }

  @Test
  void aBatchWithOneImplausibleEntryStoresNothingAndNamesTheRow() {
    List<Entry> batch = List.of(entryOn("E-1", LocalDate.of(2021, 10, 24)),
        entryOn("E-2", LocalDate.of(2200, 12, 31)), entryOn("E-3", LocalDate.of(2021, 10, 25)));
    CordonValidationException e = rejected(() -> cordon.entries().recordAll(batch));
    assertThat(e.violations()).extracting(x -> x.code() + " @ " + x.field())
        .containsExactly("CORDON-DATE-002 @ [1].at");
    assertThat(cordon.storage().entries().contains(EntryId.of("E-1"))).isFalse();
    assertThat(cordon.storage().entries().contains(EntryId.of("E-3"))).isFalse();
  }

  @Test
  void problemsOfNamesAnImplausibleDateBeforeAnythingIsStored() {
    assertThat(cordon.entries().problemsOf(entryOn("E-1", LocalDate.of(2031, 10, 24))))
        .extracting(Violation::code).containsExactly("CORDON-DATE-002");
  }

  @Test
  void travelDeclarationsAndTheirLaterStepsAreJudged() {
    TravelDeclaration far = TravelDeclaration.builder().from(Samples.declaredTravel())
        .plannedReturn(LocalDate.of(2031, 10, 15)).build();
    rejectedWith(() -> cordon.travel().declare(far), "CORDON-DATE-002", "plannedReturn");

    TravelDeclaration ok = Samples.declaredTravel();
    cordon.travel().declare(ok);
    Instant typo = LocalDate.of(2012, 10, 11).atTime(10, 0).atZone(Samples.ZONE).toInstant();
    rejectedWith(() -> cordon.travel().approve(ok.id(), dev.cordon.core.person.PersonId.of("P-0002"), typo),
        "CORDON-DATE-002", "approval.decidedAt");
    rejectedWith(() -> cordon.travel().depart(ok.id(), LocalDate.of(2023, 1, 1)), "CORDON-DATE-002",
        "actualDeparture");
    assertThat(cordon.travel().get(TravelDeclarationId.of(ok.id().value())).orElseThrow()).isEqualTo(ok);
  }

  @Test
  void stockMovementsAreJudgedByTheirInstantNotTheirExpiry() {
    StockMovement receipt = StockMovement.builder().from(Samples.movement(MovementKind.RECEIPT))
        .expiry(LocalDate.of(2026, 10, 1)).build();
    cordon.stock().record(receipt);
    StockMovement late = StockMovement.builder().from(receipt).id(StockMovementId.of("M-late"))
        .at(LocalDate.of(2029, 1, 1).atStartOfDay(Samples.ZONE).toInstant()).build();
    rejectedWith(() -> cordon.stock().record(late), "CORDON-DATE-002", "at");
    assertThat(cordon.storage().stock().contains(StockMovementId.of("M-late"))).isFalse();
  }

  @Test
  void disinfectionsAssignmentsInspectionsAndRiskAreasAreJudged() {
    var d = dev.cordon.core.disinfection.DisinfectionRecord.builder().from(Samples.disinfection())
        .performedByUnit(java.util.Optional.empty())
        .at(LocalDate.of(1999, 10, 25).atTime(7, 0).atZone(Samples.ZONE).toInstant()).build();
    rejectedWith(() -> cordon.disinfection().record(d), "CORDON-DATE-002", "at");

    Assignment a = Assignment.builder().from(Samples.siteAssignment()).id(AssignmentId.of("A-9"))
        .validTo(LocalDate.of(2099, 12, 31)).build();
    rejectedWith(() -> cordon.duty().assign(a), "CORDON-DATE-002", "validTo");
    Assignment held = Assignment.builder().from(Samples.siteAssignment()).validTo(java.util.Optional.empty()).build();
    cordon.duty().assign(held);
    rejectedWith(() -> cordon.duty().end(held.id(), LocalDate.of(2109, 1, 1)), "CORDON-DATE-002", "validTo");

    Inspection.Builder i = cordon.inspections().start(InspectionId.of("I-1"),
        dev.cordon.core.duty.Scope.of(Samples.serviceHallId()), Samples.employeeId(), LocalDate.of(2102, 10, 25));
    cordon.inspections().checklist().items().forEach(item -> i.addResults(
        dev.cordon.core.inspection.ItemResult.builder().itemId(item.id()).outcome(ItemOutcome.PASSED).build()));
    rejectedWith(() -> cordon.inspections().record(i.build()), "CORDON-DATE-002", "date");

    String rows = "as_of_date\tas_of_time\tlevel\tgroup_as_published\tarea_as_published\tparse\tsource_file\n"
        + "2021-10-19\t10:00\thigh\t内蒙古\t额济纳旗达来呼布镇\tx\tx\n"
        + "2031-10-19\t10:00\thigh\t福建\t莆田市仙游县枫亭镇\tx\tx\n";
    PublishedRiskAreas published = PublishedRiskAreas.read(new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8)));
    CordonValidationException e = rejected(() -> cordon.riskAreas().load(published));
    assertThat(e.codes()).containsOnly("CORDON-DATE-002");
    assertThat(cordon.storage().riskAreas().overlapping(LocalDate.of(2021, 1, 1), LocalDate.of(2040, 1, 1)).count()).isZero();
  }

  @Test
  void noticesAndAdoptedDiningPlansAreJudged() {
    Instant typo = LocalDate.of(2102, 10, 25).atTime(9, 0).atZone(Samples.ZONE).toInstant();
    var draft = dev.cordon.core.notice.NoticeDraft.builder().id(dev.cordon.core.notice.NoticeId.of("N-1"))
        .numberPrefix("包热防通").title("关于防控检查情况的通报").issuer(Samples.groupId())
        .addUnits(Samples.groupId()).addFindings(dev.cordon.core.finding.FindingId.of("F-unknown"))
        .issuedBy(Samples.employeeId()).issuedAt(typo).build();
    dev.cordon.core.Rejections.rejectedAmong(() -> cordon.notices().issue(draft), "CORDON-DATE-002", "issuedAt");
    assertThat(cordon.storage().notices().contains(dev.cordon.core.notice.NoticeId.of("N-1"))).isFalse();

    dev.cordon.core.site.SiteId canteen = dev.cordon.core.site.SiteId.of("S-CANTEEN");
    cordon.directory().register(dev.cordon.core.site.Site.builder().id(canteen).name("职工食堂")
        .kind(dev.cordon.core.site.SiteKind.CANTEEN).owner(Samples.groupId()).region(Samples.baotou())
        .capacity(100).build());
    var plan = cordon.dining().plan(canteen, LocalDate.of(2021, 10, 26), java.time.LocalTime.of(11, 30),
        java.time.LocalTime.of(13, 0), java.time.Duration.ofMinutes(30), java.time.Duration.ofMinutes(10),
        List.of(dev.cordon.core.dining.DiningParty.of(Samples.groupId(), 20)));
    var far = dev.cordon.core.dining.DiningPlan.builder().from(plan).date(LocalDate.of(2031, 10, 26)).build();
    rejectedWith(() -> cordon.dining().adopt(far), "CORDON-DATE-002", "date");
    cordon.dining().adopt(plan);
    assertThat(cordon.dining().adopted(plan.id())).contains(plan);
  }

  @Test
  void theWindowIsPolicyDataWithDefaultsWhenAPolicyFileOmitsIt() throws Exception {
    PreventionPolicy custom = PreventionPolicy.defaults().plausibleFrom(LocalDate.of(2020, 1, 20))
        .plausibleDaysAhead(30).build();
    assertThat(CordonJson.read(CordonJson.write(custom), PreventionPolicy.class)).isEqualTo(custom);

    var json = (com.fasterxml.jackson.databind.node.ObjectNode) CordonJson.mapper().readTree(CordonJson.write(custom));
    json.remove("plausibleFrom");
    json.remove("plausibleDaysAhead");
    PreventionPolicy old = CordonJson.read(json.toString(), PreventionPolicy.class);
    assertThat(old.plausibleFrom()).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(old.plausibleDaysAhead()).isEqualTo(366);

    try (Cordon narrow = Cordon.builder().storage("memory:").clock(TODAY).discoverRules(false)
        .policies(PolicyHistory.of(PreventionPolicy.defaults().plausibleDaysAhead(0).build())).build()) {
      narrow.directory().register(Samples.group());
      narrow.directory().register(Samples.branch());
      narrow.directory().register(Samples.employee());
      narrow.directory().register(Samples.serviceHall());
      narrow.entries().record(entryOn("E-today", LocalDate.of(2021, 10, 25)));
      rejectedWith(() -> narrow.entries().record(entryOn("E-tomorrow", LocalDate.of(2021, 10, 26))),
          "CORDON-DATE-002", "at");
    }
  }
}

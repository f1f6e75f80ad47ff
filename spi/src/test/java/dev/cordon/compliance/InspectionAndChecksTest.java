package dev.cordon.compliance;

import static dev.cordon.compliance.Fixture.BOSS;
import static dev.cordon.compliance.Fixture.BRANCH;
import static dev.cordon.compliance.Fixture.HALL;
import static dev.cordon.compliance.Fixture.LI;
import static dev.cordon.compliance.Fixture.OFFICE;
import static dev.cordon.compliance.Fixture.at;
import static dev.cordon.compliance.Fixture.oct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordon.Cordon;
import dev.cordon.core.duty.Assignment;
import dev.cordon.core.duty.AssignmentId;
import dev.cordon.core.duty.Role;
import dev.cordon.core.duty.Scope;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingFilter;
import dev.cordon.core.finding.FindingStatus;
import dev.cordon.core.inspection.Checklist;
import dev.cordon.core.inspection.ChecklistId;
import dev.cordon.core.inspection.ChecklistItem;
import dev.cordon.core.inspection.Inspection;
import dev.cordon.core.inspection.InspectionId;
import dev.cordon.core.inspection.ItemOutcome;
import dev.cordon.core.inspection.ItemResult;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.rules.CheckRun;
import dev.cordon.core.storage.WriteOutcome;
import dev.cordon.core.validation.CordonValidationException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Inspections into findings, and the engine over the new rules: range extension, idempotence. */
class InspectionAndChecksTest {
  private final Cordon cordon = Fixture.open();

  @AfterEach
  void close() {
    cordon.close();
  }

  private Inspection inspection(String id) {
    return cordon.inspections().start(InspectionId.of(id), Scope.of(HALL), BOSS, oct(20))
        .addResults(ItemResult.of("registration", ItemOutcome.FAILED, "访客登记缺电话"),
            ItemResult.of("temperature", ItemOutcome.PASSED), ItemResult.of("supplies", ItemOutcome.FAILED))
        .build();
  }

  @Test
  void failedItemsBecomeFindingsAsSoonAsTheInspectionIsRecorded() {
    assertThat(cordon.inspections().record(inspection("i1"))).isEqualTo(WriteOutcome.STORED);
    List<Finding> found = cordon.inspections().findingsOf(InspectionId.of("i1"));
    assertThat(found).hasSize(2).allSatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("INSPECTION-ITEM-FAILED");
      assertThat(f.subject().toString()).isEqualTo("SITE:hall");
      assertThat(f.unit()).contains(BRANCH);
      assertThat(f.status()).isEqualTo(FindingStatus.OPEN);
    }).extracting(f -> f.evidence()).containsExactlyInAnyOrder(List.of("i1", "registration"),
        List.of("i1", "supplies"));
  }

  @Test
  void recordingTheSameInspectionAgainAndReRunningTheChecksAddNothing() {
    cordon.inspections().record(inspection("i1"));
    cordon.findings().confirm(cordon.inspections().findingsOf(InspectionId.of("i1")).get(0).id(), OFFICE,
        at(oct(21), 9));
    assertThat(cordon.inspections().record(inspection("i1"))).isEqualTo(WriteOutcome.ALREADY_PRESENT);
    CheckRun run = cordon.checks().run(oct(20), oct(21), List.of("INSPECTION-ITEM-FAILED"));
    assertThat(run.created()).isZero();
    assertThat(run.unchanged()).isEqualTo(2);
    // the review survives the re-run
    assertThat(cordon.inspections().findingsOf(InspectionId.of("i1"))).extracting(Finding::status)
        .contains(FindingStatus.CONFIRMED);
  }

  @Test
  void anInspectionByAnUnknownPersonIsRefused() {
    Inspection i = Inspection.builder().from(inspection("i1")).inspector(PersonId.of("ghost")).build();
    assertThatThrownBy(() -> cordon.inspections().record(i)).isInstanceOf(CordonValidationException.class);
    assertThat(cordon.inspections().between(oct(1), oct(31))).isEmpty();
  }

  @Test
  void anOrganisationsOwnChecklistIsUsed() {
    Checklist own = Checklist.builder().id(ChecklistId.of("own")).nameEn("Ours").nameZh("本单位")
        .addItems(ChecklistItem.of("masks", "Masks worn", "佩戴口罩")).build();
    try (Cordon c = Cordon.builder().storage("memory:").checklist(own).build()) {
      assertThat(c.inspections().checklist()).isEqualTo(own);
    }
  }

  @Test
  void aConditionSpanningTwoRunsGivesOneFindingWhoseRangeIsExtended() {
    // the hall has no responsible person at all: uncovered on every day
    CheckRun first = cordon.checks().run(oct(1), oct(5), List.of("DUTY-SITE-UNCOVERED"));
    assertThat(first.findings()).singleElement().satisfies(f -> assertThat(f.until()).contains(oct(5)));
    CheckRun second = cordon.checks().run(oct(5), oct(10), List.of("DUTY-SITE-UNCOVERED"));
    assertThat(second.created()).isZero();
    assertThat(second.updated()).isEqualTo(1);
    List<Finding> all = cordon.findings().find(oct(1), oct(31), FindingFilter.all().rule("DUTY-SITE-UNCOVERED"));
    assertThat(all).singleElement().satisfies(f -> {
      assertThat(f.id()).isEqualTo(first.findings().get(0).id());
      assertThat(f.date()).isEqualTo(oct(1));
      assertThat(f.until()).contains(oct(10));
    });
  }

  @Test
  void aResponsiblePersonFromTheFifthSplitsNothingAndReRunningIsIdempotent() {
    cordon.duty().assign(Assignment.builder().id(AssignmentId.of("a1")).person(LI).role(Role.SITE_RESPONSIBLE)
        .scope(Scope.of(HALL)).validFrom(oct(5)).build());
    CheckRun run = cordon.checks().run(oct(1), oct(10));
    assertThat(run.findings()).filteredOn(f -> f.ruleId().equals("DUTY-SITE-UNCOVERED")).singleElement()
        .satisfies(f -> assertThat(f.until()).contains(oct(5)));
    CheckRun again = cordon.checks().run(oct(1), oct(10));
    assertThat(again.created()).isZero();
    assertThat(again.updated()).isZero();
    assertThat(again.findings()).isEqualTo(run.findings());
  }

  @Test
  void twoRolesOfOneUnitAwayAtOnceStayTwoFindingsAcrossRuns() {
    cordon.directory().register(Fixture.person(PersonId.of("head"), BRANCH, dev.cordon.core.person.Rank.UNIT_PRINCIPAL));
    cordon.duty().assign(Assignment.builder().id(AssignmentId.of("l1")).person(BOSS).role(Role.LIAISON_LEADER)
        .scope(Scope.of(BRANCH)).validFrom(oct(1)).build());
    cordon.duty().assign(Assignment.builder().id(AssignmentId.of("p1")).person(PersonId.of("head"))
        .role(Role.UNIT_PRINCIPAL).scope(Scope.of(BRANCH)).validFrom(oct(1)).build());
    for (PersonId who : List.of(BOSS, PersonId.of("head"))) {
      cordon.storage().travel().put(dev.cordon.core.travel.TravelDeclaration.builder()
          .id(dev.cordon.core.travel.TravelDeclarationId.of("t-" + who)).employee(who)
          .addDestinations(dev.cordon.core.region.RegionCode.of("150100")).purpose("出差")
          .purposeKind(dev.cordon.core.travel.PurposeKind.BUSINESS).plannedDeparture(oct(2)).plannedReturn(oct(8))
          .declaredAt(at(oct(1), 9)).state(dev.cordon.core.travel.TravelState.RETURNED)
          .actualDeparture(oct(2)).actualReturn(oct(8)).build());
    }
    cordon.checks().run(oct(1), oct(5), List.of("DUTY-HOLDER-AWAY"));
    cordon.checks().run(oct(5), oct(10), List.of("DUTY-HOLDER-AWAY"));
    assertThat(cordon.findings().find(oct(1), oct(31), FindingFilter.all().rule("DUTY-HOLDER-AWAY")))
        .hasSize(2).allSatisfy(f -> {
          assertThat(f.date()).isEqualTo(oct(2));
          assertThat(f.until()).contains(oct(8));
        });
  }
}

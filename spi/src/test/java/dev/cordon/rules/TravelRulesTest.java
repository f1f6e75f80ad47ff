package dev.cordon.rules;

import static dev.cordon.rules.RulesFixture.BAOTOU;
import static dev.cordon.rules.RulesFixture.BOSS;
import static dev.cordon.rules.RulesFixture.DEPOT;
import static dev.cordon.rules.RulesFixture.EJINA;
import static dev.cordon.rules.RulesFixture.HOHHOT;
import static dev.cordon.rules.RulesFixture.KUNDULUN;
import static dev.cordon.rules.RulesFixture.LI;
import static dev.cordon.rules.RulesFixture.ZHANG;
import static dev.cordon.rules.RulesFixture.at;
import static dev.cordon.rules.RulesFixture.day;
import static dev.cordon.rules.RulesFixture.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.entry.HealthCodeColour;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.risk.RiskLevel;
import dev.cordon.core.rules.CheckRun;
import dev.cordon.core.travel.Approval;
import dev.cordon.core.travel.ApprovalStatus;
import dev.cordon.core.travel.PurposeKind;
import dev.cordon.core.travel.ReturnReport;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelState;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The TRAVEL-* rules judged per declaration, at their boundaries. */
class TravelRulesTest {
  private final RulesFixture fx = new RulesFixture();

  @AfterEach
  void close() {
    fx.close();
  }

  private static Approval approved(String when) {
    return Approval.decided(ApprovalStatus.APPROVED, BOSS, at(when));
  }

  private List<Finding> rule(CheckRun run, String id) {
    return of(run, id);
  }

  // --- TRAVEL-LATE

  @Test
  void declaredAt23_59TheDayBeforeDepartureIsOnTime() {
    fx.declare(fx.trip("t1", ZHANG, "2021-10-20", "2021-10-22", HOHHOT).declaredAt(at("2021-10-19T23:59:59"))
        .approval(approved("2021-10-19T23:59:59")).state(TravelState.APPROVED));
    assertThat(rule(fx.run("2021-10-19", "2021-10-21"), "TRAVEL-LATE")).isEmpty();
  }

  @Test
  void declaredAtMidnightStartingTheDepartureDayIsLate() {
    fx.declare(fx.trip("t1", ZHANG, "2021-10-20", "2021-10-22", HOHHOT).declaredAt(at("2021-10-20T00:00"))
        .approval(approved("2021-10-20T00:00")).state(TravelState.APPROVED));
    List<Finding> late = rule(fx.run("2021-10-19", "2021-10-21"), "TRAVEL-LATE");
    assertThat(late).hasSize(1);
    assertThat(late.get(0).date()).isEqualTo(day("2021-10-20"));
    assertThat(late.get(0).evidence()).containsExactly("t1");
    assertThat(late.get(0).unit()).contains(RulesFixture.HQ);
  }

  @Test
  void aDeclarationFiledAfterTheTripIsLateOnTheDayItWasFiled() {
    fx.declare(fx.trip("t1", LI, "2021-10-10", "2021-10-12", HOHHOT).declaredAt(at("2021-10-25T09:00"))
        .state(TravelState.RETURNED).actualDeparture(day("2021-10-10")).actualReturn(day("2021-10-12")));
    CheckRun run = fx.run("2021-10-25", "2021-10-26");
    assertThat(rule(run, "TRAVEL-LATE")).extracting(Finding::date).containsExactly(day("2021-10-25"));
    assertThat(rule(run, "TRAVEL-LATE").get(0).unit()).contains(DEPOT);
  }

  @Test
  void theActualDepartureDecidesLatenessWhenRecorded() {
    // planned 10-22, declared 10-21, but actually left 10-20
    fx.declare(fx.trip("t1", ZHANG, "2021-10-22", "2021-10-24", HOHHOT).declaredAt(at("2021-10-21T09:00"))
        .state(TravelState.DEPARTED).actualDeparture(day("2021-10-20")));
    assertThat(rule(fx.run("2021-10-20", "2021-10-23"), "TRAVEL-LATE")).hasSize(1);
  }

  // --- TRAVEL-UNAPPROVED

  @Test
  void approvalDecidedOnTheDepartureDayIsInTime() {
    fx.declare(fx.trip("t1", ZHANG, "2021-10-20", "2021-10-22", HOHHOT).approval(approved("2021-10-20T23:00"))
        .state(TravelState.DEPARTED).actualDeparture(day("2021-10-20")));
    assertThat(rule(fx.run("2021-10-20", "2021-10-21"), "TRAVEL-UNAPPROVED")).isEmpty();
  }

  @Test
  void approvalDecidedTheDayAfterDepartureIsUnapproved() {
    fx.declare(fx.trip("t1", ZHANG, "2021-10-20", "2021-10-22", HOHHOT).approval(approved("2021-10-21T08:00"))
        .state(TravelState.DEPARTED).actualDeparture(day("2021-10-20")));
    List<Finding> f = rule(fx.run("2021-10-20", "2021-10-21"), "TRAVEL-UNAPPROVED");
    assertThat(f).extracting(Finding::date).containsExactly(day("2021-10-20"));
    assertThat(f.get(0).messageEn()).contains("approved only after the departure");
  }

  @Test
  void leavingAfterARejectionIsUnapproved() {
    fx.declare(fx.trip("t1", ZHANG, "2021-10-20", "2021-10-22", HOHHOT)
        .approval(Approval.decided(ApprovalStatus.REJECTED, BOSS, at("2021-10-19T12:00")))
        .state(TravelState.DEPARTED).actualDeparture(day("2021-10-20")));
    assertThat(rule(fx.run("2021-10-20", "2021-10-21"), "TRAVEL-UNAPPROVED")).hasSize(1);
  }

  @Test
  void aTripInsideTheHomeCityNeedsNoApproval() {
    fx.declare(fx.trip("t1", ZHANG, "2021-10-20", "2021-10-22", KUNDULUN).state(TravelState.DEPARTED)
        .actualDeparture(day("2021-10-20")));
    assertThat(rule(fx.run("2021-10-20", "2021-10-21"), "TRAVEL-UNAPPROVED")).isEmpty();
  }

  @Test
  void aTripNotYetLeftIsNotUnapproved() {
    fx.declare(fx.trip("t1", ZHANG, "2021-10-20", "2021-10-22", HOHHOT));
    assertThat(rule(fx.run("2021-10-19", "2021-10-23"), "TRAVEL-UNAPPROVED")).isEmpty();
  }

  // --- TRAVEL-NON-ESSENTIAL

  @Test
  void aPersonalTripOutOfTheHomeCityIsNonEssentialEvenWhenApproved() {
    fx.declare(fx.trip("t1", ZHANG, "2021-10-20", "2021-10-22", BAOTOU, HOHHOT).purposeKind(PurposeKind.PERSONAL)
        .approval(approved("2021-10-19T12:00")).state(TravelState.APPROVED));
    List<Finding> f = rule(fx.run("2021-10-19", "2021-10-20"), "TRAVEL-NON-ESSENTIAL");
    assertThat(f).extracting(Finding::date).containsExactly(day("2021-10-19"));
    assertThat(f.get(0).messageEn()).contains("150100").doesNotContain("150200");
  }

  @Test
  void aPersonalTripInsideTheHomeCityOrAMedicalOneIsNotNonEssential() {
    fx.declare(fx.trip("t1", ZHANG, "2021-10-20", "2021-10-22", KUNDULUN).purposeKind(PurposeKind.PERSONAL));
    fx.declare(fx.trip("t2", LI, "2021-10-20", "2021-10-22", HOHHOT).purposeKind(PurposeKind.MEDICAL));
    assertThat(rule(fx.run("2021-10-19", "2021-10-20"), "TRAVEL-NON-ESSENTIAL")).isEmpty();
  }

  // --- TRAVEL-RISK-DESTINATION

  @Test
  void aDestinationWhoseCityHasARiskAreaOnTheReturnDayIsRiskDestination() {
    fx.riskArea("r1", RulesFixture.ALXA_LEFT, RiskLevel.HIGH, "2021-10-22", null);
    fx.declare(fx.trip("t1", ZHANG, "2021-10-20", "2021-10-22", EJINA).approval(approved("2021-10-19T12:00"))
        .state(TravelState.APPROVED));
    List<Finding> f = rule(fx.run("2021-10-20", "2021-10-25"), "TRAVEL-RISK-DESTINATION");
    assertThat(f).extracting(Finding::date).containsExactly(day("2021-10-22"));
    assertThat(f.get(0).evidence()).containsExactly("t1", "r1");
  }

  @Test
  void aRiskAreaFromTheDayAfterTheReturnIsNoRiskDestination() {
    fx.riskArea("r1", EJINA, RiskLevel.HIGH, "2021-10-23", null);
    fx.declare(fx.trip("t1", ZHANG, "2021-10-20", "2021-10-22", EJINA));
    assertThat(rule(fx.run("2021-10-15", "2021-10-30"), "TRAVEL-RISK-DESTINATION")).isEmpty();
  }

  @Test
  void theActualReturnWidensTheTravelDates() {
    fx.riskArea("r1", EJINA, RiskLevel.MEDIUM, "2021-10-24", null);
    fx.declare(fx.trip("t1", ZHANG, "2021-10-20", "2021-10-22", EJINA).state(TravelState.RETURNED)
        .actualDeparture(day("2021-10-20")).actualReturn(day("2021-10-24")));
    assertThat(rule(fx.run("2021-10-20", "2021-10-30"), "TRAVEL-RISK-DESTINATION")).hasSize(1);
  }

  // --- TRAVEL-OVERDUE

  @Test
  void aTripNotBackTheDayAfterThePlannedReturnIsOverdue() {
    fx.declare(fx.trip("t1", ZHANG, "2021-10-20", "2021-10-22", HOHHOT).state(TravelState.DEPARTED)
        .actualDeparture(day("2021-10-20")));
    assertThat(rule(fx.run("2021-10-22", "2021-10-23", "2021-10-22T23:59"), "TRAVEL-OVERDUE")).isEmpty();
    List<Finding> f = rule(fx.run("2021-10-22", "2021-10-23"), "TRAVEL-OVERDUE");
    assertThat(f).extracting(Finding::date).containsExactly(day("2021-10-23"));
  }

  @Test
  void aTripBackOrNeverLeftIsNotOverdue() {
    fx.declare(fx.trip("t1", ZHANG, "2021-10-20", "2021-10-22", HOHHOT).state(TravelState.RETURNED)
        .actualDeparture(day("2021-10-20")).actualReturn(day("2021-10-25")));
    fx.declare(fx.trip("t2", LI, "2021-10-20", "2021-10-22", HOHHOT));
    assertThat(rule(fx.run("2021-10-26", "2021-10-27"), "TRAVEL-OVERDUE")).isEmpty();
  }

  // --- TRAVEL-RETURN-UNREPORTED

  private TravelDeclaration.Builder returned(String id, String back) {
    return fx.trip(id, ZHANG, "2021-10-20", "2021-10-22", HOHHOT).approval(approved("2021-10-19T12:00"))
        .state(TravelState.RETURNED).actualDeparture(day("2021-10-20")).actualReturn(day(back));
  }

  @Test
  void aReturnReportedByTheEndOfTheDeadlineDayIsInTime() {
    // deadline 1 day: back 10-22, report by the end of 10-23
    fx.declare(returned("t1", "2021-10-22").returnReport(ReturnReport.of(at("2021-10-23T23:59"),
        HealthCodeColour.GREEN)));
    assertThat(rule(fx.run("2021-10-22", "2021-10-30"), "TRAVEL-RETURN-UNREPORTED")).isEmpty();
  }

  @Test
  void aReturnReportedAtMidnightAfterTheDeadlineIsUnreported() {
    fx.declare(returned("t1", "2021-10-22").returnReport(ReturnReport.of(at("2021-10-24T00:00"),
        HealthCodeColour.GREEN)));
    List<Finding> f = rule(fx.run("2021-10-22", "2021-10-30"), "TRAVEL-RETURN-UNREPORTED");
    assertThat(f).extracting(Finding::date).containsExactly(day("2021-10-24"));
  }

  @Test
  void noReportIsJudgedOnlyOnceTheDeadlineHasPassed() {
    fx.declare(returned("t1", "2021-10-22"));
    assertThat(rule(fx.run("2021-10-22", "2021-10-24", "2021-10-23T23:59"), "TRAVEL-RETURN-UNREPORTED")).isEmpty();
    assertThat(rule(fx.run("2021-10-22", "2021-10-24"), "TRAVEL-RETURN-UNREPORTED")).hasSize(1);
  }

  @Test
  void anEntryAtWorkWhileStillDepartedIsUnreported() {
    fx.declare(fx.trip("t1", ZHANG, "2021-10-20", "2021-10-28", HOHHOT).approval(approved("2021-10-19T12:00"))
        .state(TravelState.DEPARTED).actualDeparture(day("2021-10-20")));
    fx.record(fx.employeeEntry(ZHANG, "2021-10-20T08:00")); // the morning of the departure: not back
    assertThat(rule(fx.run("2021-10-20", "2021-10-21"), "TRAVEL-RETURN-UNREPORTED")).isEmpty();
    var e = fx.record(fx.employeeEntry(ZHANG, "2021-10-23T08:00"));
    List<Finding> f = rule(fx.run("2021-10-23", "2021-10-24"), "TRAVEL-RETURN-UNREPORTED");
    assertThat(f).extracting(Finding::date).containsExactly(day("2021-10-23"));
    assertThat(f.get(0).evidence()).containsExactly("t1", e.id().value());
  }

  // --- TRAVEL-FOLLOW-UP-OPEN

  private TravelDeclaration.Builder backFromRisk(String back) {
    fx.riskArea("r1", EJINA, RiskLevel.HIGH, "2021-10-21", "2021-11-11");
    return fx.trip("t1", ZHANG, "2021-10-18", "2021-10-22", EJINA).approval(approved("2021-10-17T12:00"))
        .state(TravelState.RETURNED).actualDeparture(day("2021-10-18")).actualReturn(day(back))
        .returnReport(ReturnReport.of(at(back + "T18:00"), HealthCodeColour.GREEN));
  }

  @Test
  void noFollowUpRecordedByTheReportDeadlineIsFollowUpOpen() {
    fx.declare(backFromRisk("2021-10-22"));
    assertThat(rule(fx.run("2021-10-22", "2021-10-24", "2021-10-23T23:59"), "TRAVEL-FOLLOW-UP-OPEN")).isEmpty();
    assertThat(rule(fx.run("2021-10-22", "2021-10-24"), "TRAVEL-FOLLOW-UP-OPEN"))
        .extracting(Finding::date).containsExactly(day("2021-10-24"));
  }

  @Test
  void aFollowUpStillRunningIsNoFinding() {
    fx.declare(backFromRisk("2021-10-22").followUpUntil(day("2021-11-12")));
    assertThat(rule(fx.run("2021-10-22", "2021-11-12", "2021-11-11T23:59"), "TRAVEL-FOLLOW-UP-OPEN")).isEmpty();
  }

  @Test
  void aFollowUpEndedAndNotClosedIsFollowUpOpen() {
    fx.declare(backFromRisk("2021-10-22").followUpUntil(day("2021-11-12")));
    assertThat(rule(fx.run("2021-11-11", "2021-11-12"), "TRAVEL-FOLLOW-UP-OPEN"))
        .extracting(Finding::date).containsExactly(day("2021-11-12"));
  }

  @Test
  void aFollowUpClosedIsNoFinding() {
    fx.declare(backFromRisk("2021-10-22").followUpUntil(day("2021-11-12"))
        .followUpClosedAt(at("2021-11-12T09:00")).state(TravelState.CLOSED));
    assertThat(rule(fx.run("2021-11-12", "2021-11-20"), "TRAVEL-FOLLOW-UP-OPEN")).isEmpty();
  }

  @Test
  void aReturnFromACityWithoutRiskNeedsNoFollowUp() {
    fx.declare(fx.trip("t1", ZHANG, "2021-10-18", "2021-10-20", HOHHOT).state(TravelState.RETURNED)
        .actualDeparture(day("2021-10-18")).actualReturn(day("2021-10-20")));
    assertThat(rule(fx.run("2021-10-20", "2021-11-30"), "TRAVEL-FOLLOW-UP-OPEN")).isEmpty();
  }

  @Test
  void travelFindingsAreOnePerDeclarationWhateverTheRange() {
    fx.declare(returned("t1", "2021-10-22").declaredAt(at("2021-10-20T09:00")).purposeKind(PurposeKind.PERSONAL)
        .approval(Approval.pending()));
    CheckRun first = fx.run("2021-10-01", "2021-11-01");
    assertThat(first.findings()).extracting(Finding::ruleId).containsExactlyInAnyOrder("TRAVEL-LATE",
        "TRAVEL-NON-ESSENTIAL", "TRAVEL-UNAPPROVED", "TRAVEL-RETURN-UNREPORTED");
    CheckRun daily = fx.run("2021-10-24", "2021-10-25");
    assertThat(daily.created()).isZero();
    assertThat(fx.cordon.storage().findings().count()).isEqualTo(4);
    assertThat(Optional.of(first.findings().get(0).unit())).isPresent();
  }
}

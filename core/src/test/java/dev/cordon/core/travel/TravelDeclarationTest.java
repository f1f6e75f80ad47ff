package dev.cordon.core.travel;

import static dev.cordon.core.Rejections.rejectedAmong;
import static dev.cordon.core.Rejections.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.Samples;
import dev.cordon.core.person.PersonId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TravelDeclarationTest {
  private static final LocalDate DEPARTED_ON = LocalDate.of(2021, 10, 12);

  private static TravelDeclaration.Builder returned() {
    return TravelDeclaration.builder().from(Samples.returnedTravel());
  }

  @Test
  void aSampleExistsInEveryState() {
    for (TravelState s : TravelState.values()) {
      assertThat(Samples.travel(s).state()).isEqualTo(s);
    }
  }

  // --- dates --------------------------------------------------------------------------------------

  @Test
  void anActualReturnOnTheDayOfDepartureIsAccepted() {
    TravelDeclaration t = returned().actualReturn(DEPARTED_ON).followUpUntil(DEPARTED_ON).build();
    assertThat(t.actualReturn()).contains(DEPARTED_ON);
  }

  @Test
  void anActualReturnTheDayBeforeDepartureIsTravel002() {
    var v = rejectedWith(() -> returned().actualReturn(DEPARTED_ON.minusDays(1)).followUpUntil(DEPARTED_ON).build(),
        "CORDON-TRAVEL-002", "actualReturn");
    assertThat(v.value()).contains("2021-10-11");
  }

  @Test
  void aPlannedReturnBeforeThePlannedDepartureIsTravel001AndTheSameDayIsAccepted() {
    rejectedWith(() -> returned().plannedReturn(LocalDate.of(2021, 10, 11)).build(),
        "CORDON-TRAVEL-001", "plannedReturn");
    assertThat(returned().plannedReturn(LocalDate.of(2021, 10, 12)).build().plannedReturn())
        .isEqualTo(LocalDate.of(2021, 10, 12));
  }

  @Test
  void aFollowUpEndingBeforeTheReturnIsTravel008AndOnTheReturnDayIsAccepted() {
    rejectedWith(() -> returned().followUpUntil(LocalDate.of(2021, 10, 14)).build(),
        "CORDON-TRAVEL-008", "followUpUntil");
    assertThat(returned().followUpUntil(LocalDate.of(2021, 10, 15)).build().followUpUntil()).isPresent();
  }

  @Test
  void aClosedFollowUpWithoutItsEndIsTravel004() {
    rejectedWith(() -> TravelDeclaration.builder().from(Samples.travel(TravelState.CLOSED))
        .followUpUntil(Optional.empty()).build(), "CORDON-TRAVEL-004", "followUpUntil");
  }

  @Test
  void noDestinationOrABlankPurposeIsRejected() {
    rejectedWith(() -> returned().destinations(List.of()).build(), "CORDON-VALUE-012", "destinations");
    rejectedWith(() -> returned().purpose(" ").build(), "CORDON-VALUE-002", "purpose");
  }

  // --- states and the dates they imply ------------------------------------------------------------

  @Test
  void closedBeforeReturnedIsTravel004() {
    rejectedWith(() -> TravelDeclaration.builder().from(Samples.travel(TravelState.DEPARTED))
        .state(TravelState.CLOSED).build(), "CORDON-TRAVEL-004", "actualReturn");
  }

  @Test
  void departedWithoutADepartureDateIsTravel004() {
    rejectedWith(() -> TravelDeclaration.builder().from(Samples.travel(TravelState.APPROVED))
        .state(TravelState.DEPARTED).build(), "CORDON-TRAVEL-004", "actualDeparture");
  }

  @Test
  void declaredWithADepartureDateIsTravel004() {
    rejectedWith(() -> TravelDeclaration.builder().from(Samples.declaredTravel())
        .actualDeparture(DEPARTED_ON).build(), "CORDON-TRAVEL-004", "actualDeparture");
  }

  @Test
  void approvedWithAPendingApprovalIsTravel004() {
    rejectedWith(() -> TravelDeclaration.builder().from(Samples.declaredTravel())
        .state(TravelState.APPROVED).build(), "CORDON-TRAVEL-004", "approval.status");
    rejectedAmong(() -> TravelDeclaration.builder().from(Samples.travel(TravelState.APPROVED))
        .state(TravelState.REJECTED).build(), "CORDON-TRAVEL-004", "approval.status");
  }

  @Test
  void leavingWhileStillDeclaredOrAfterARejectionIsRecordedNotRefused() {
    TravelDeclaration unapproved = TravelDeclaration.builder().from(Samples.declaredTravel())
        .state(TravelState.DEPARTED).actualDeparture(DEPARTED_ON).build();
    assertThat(unapproved.approval().status()).isEqualTo(ApprovalStatus.PENDING);
    TravelDeclaration rejected = TravelDeclaration.builder().from(Samples.travel(TravelState.REJECTED))
        .state(TravelState.DEPARTED).actualDeparture(DEPARTED_ON).build();
    assertThat(rejected.approval().status()).isEqualTo(ApprovalStatus.REJECTED);
  }

  @Test
  void aDeclarationFiledAfterTheFactCarriesItsActualDates() {
    TravelDeclaration late = returned()
        .declaredAt(LocalDate.of(2021, 10, 20).atStartOfDay(Samples.ZONE).toInstant()).build();
    assertThat(late.actualDeparture()).contains(DEPARTED_ON);
  }

  @Test
  void theTravellerIsAwayFromDepartureUpToTheDayBeforeReturn() {
    TravelDeclaration t = Samples.returnedTravel();
    assertThat(t.isAwayOn(LocalDate.of(2021, 10, 11))).isFalse();
    assertThat(t.isAwayOn(LocalDate.of(2021, 10, 12))).isTrue();
    assertThat(t.isAwayOn(LocalDate.of(2021, 10, 14))).isTrue();
    assertThat(t.isAwayOn(LocalDate.of(2021, 10, 15))).isFalse();
    assertThat(Samples.travel(TravelState.DEPARTED).isAwayOn(LocalDate.of(2022, 1, 1))).isTrue();
  }

  // --- the state machine --------------------------------------------------------------------------

  private static final Map<TravelState, Set<TravelState>> ALLOWED = Map.of(
      TravelState.DECLARED, EnumSet.of(TravelState.APPROVED, TravelState.REJECTED, TravelState.DEPARTED),
      TravelState.APPROVED, EnumSet.of(TravelState.DEPARTED),
      TravelState.REJECTED, EnumSet.of(TravelState.DEPARTED),
      TravelState.DEPARTED, EnumSet.of(TravelState.RETURNED),
      TravelState.RETURNED, EnumSet.of(TravelState.CLOSED),
      TravelState.CLOSED, EnumSet.noneOf(TravelState.class));

  @Test
  void everyAllowedTransitionIsAllowed() {
    int allowed = 0;
    for (TravelState from : TravelState.values()) {
      for (TravelState to : ALLOWED.get(from)) {
        assertThat(from.canMoveTo(to)).as(from + " -> " + to).isTrue();
        allowed++;
      }
    }
    assertThat(allowed).isEqualTo(7);
  }

  @Test
  void everyOtherTransitionIsRefusedIncludingStaysAndStepsBackwards() {
    int refused = 0;
    for (TravelState from : TravelState.values()) {
      for (TravelState to : TravelState.values()) {
        if (!ALLOWED.get(from).contains(to)) {
          assertThat(from.canMoveTo(to)).as(from + " -> " + to).isFalse();
          refused++;
        }
      }
    }
    assertThat(refused).isEqualTo(36 - 7);
    assertThat(TravelState.RETURNED.canMoveTo(TravelState.DEPARTED)).isFalse();
    assertThat(TravelState.DEPARTED.canMoveTo(TravelState.CLOSED)).isFalse();
  }

  @Test
  void departedAndReturnedAreDerivedFromTheState() {
    assertThat(EnumSet.allOf(TravelState.class).stream().filter(TravelState::hasDeparted))
        .containsExactlyInAnyOrder(TravelState.DEPARTED, TravelState.RETURNED, TravelState.CLOSED);
    assertThat(EnumSet.allOf(TravelState.class).stream().filter(TravelState::hasReturned))
        .containsExactlyInAnyOrder(TravelState.RETURNED, TravelState.CLOSED);
  }

  // --- approvals ----------------------------------------------------------------------------------

  @Test
  void aDecidedApprovalWithoutApproverOrTimeIsTravel006() {
    rejectedWith(() -> Approval.builder().status(ApprovalStatus.APPROVED).decidedAt(Instant.EPOCH).build(),
        "CORDON-TRAVEL-006", "approver");
    rejectedWith(() -> Approval.builder().status(ApprovalStatus.REJECTED).approver(PersonId.of("P-2")).build(),
        "CORDON-TRAVEL-006", "approver");
    assertThat(Approval.pending().isDecided()).isFalse();
  }

  @Test
  void anEmptyApprovalNoteIsRejected() {
    rejectedWith(() -> Approval.builder().status(ApprovalStatus.PENDING).note("").build(),
        "CORDON-VALUE-003", "note");
  }

  @Test
  void instantsAreKeptToTheMicrosecond() {
    Instant precise = Instant.parse("2021-10-11T02:00:00.987654321Z");
    assertThat(Approval.decided(ApprovalStatus.APPROVED, PersonId.of("P-2"), precise).decidedAt())
        .contains(Instant.parse("2021-10-11T02:00:00.987654Z"));
    assertThat(ReturnReport.of(precise, dev.cordon.core.entry.HealthCodeColour.GREEN).reportedAt())
        .isEqualTo(Instant.parse("2021-10-11T02:00:00.987654Z"));
    assertThat(returned().declaredAt(precise).build().declaredAt())
        .isEqualTo(Instant.parse("2021-10-11T02:00:00.987654Z"));
  }
}

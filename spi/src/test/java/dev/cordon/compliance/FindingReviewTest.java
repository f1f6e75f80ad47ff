package dev.cordon.compliance;

import static dev.cordon.compliance.Fixture.BRANCH;
import static dev.cordon.compliance.Fixture.GROUP;
import static dev.cordon.compliance.Fixture.OFFICE;
import static dev.cordon.compliance.Fixture.OTHER;
import static dev.cordon.compliance.Fixture.TEAM;
import static dev.cordon.compliance.Fixture.at;
import static dev.cordon.compliance.Fixture.oct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordon.Cordon;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingFilter;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.finding.FindingStatus;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The review of findings (甄別): every legal and illegal move, the review trail, the queries. */
class FindingReviewTest {
  private final Cordon cordon = Fixture.open();
  private static final FindingId F = FindingId.of("F-1");

  @AfterEach
  void close() {
    cordon.close();
  }

  private Finding inStatus(FindingStatus status) {
    return inStatus(cordon, status);
  }

  /** Brings F to {@code status} through legal moves. */
  private static Finding inStatus(Cordon cordon, FindingStatus status) {
    Fixture.finding(cordon, F.value(), "DUTY-SITE-UNCOVERED", Severity.HIGH, BRANCH, oct(2));
    return switch (status) {
      case OPEN -> cordon.findings().get(F).orElseThrow();
      case CONFIRMED -> cordon.findings().confirm(F, OFFICE, at(oct(3), 9));
      case DISMISSED -> cordon.findings().dismiss(F, OFFICE, at(oct(3), 9), "误报：当日闭店");
      case RECTIFIED -> {
        cordon.findings().confirm(F, OFFICE, at(oct(3), 9));
        yield cordon.findings().rectify(F, oct(4));
      }
    };
  }

  private static Finding move(Cordon cordon, FindingStatus to) {
    return switch (to) {
      case OPEN -> throw new IllegalArgumentException("nothing moves back to OPEN");
      case CONFIRMED -> cordon.findings().confirm(F, OFFICE, at(oct(5), 9));
      case DISMISSED -> cordon.findings().dismiss(F, OFFICE, at(oct(5), 9), "理由");
      case RECTIFIED -> cordon.findings().rectify(F, oct(5));
    };
  }

  @ParameterizedTest
  @EnumSource(FindingStatus.class)
  void everyMoveTheStateMachineAllowsSucceedsAndEveryOtherIsRefused(FindingStatus from) {
    for (FindingStatus to : EnumSet.of(FindingStatus.CONFIRMED, FindingStatus.DISMISSED, FindingStatus.RECTIFIED)) {
      try (Cordon c = Fixture.open()) {
        Finding before = inStatus(c, from);
        if (from.canMoveTo(to)) {
          assertThat(move(c, to).status()).as(from + " → " + to).isEqualTo(to);
        } else {
          assertThatThrownBy(() -> move(c, to)).as(from + " → " + to)
              .isInstanceOfSatisfying(CordonValidationException.class, e -> assertThat(e.violations())
                  .extracting(Violation::code).containsExactly("CORDON-FINDING-001"));
          assertThat(c.findings().get(F)).contains(before);
        }
      }
    }
  }

  @Test
  void theSameStepRepeatedReturnsTheFindingAndStoresNothing() {
    Finding confirmed = inStatus(FindingStatus.CONFIRMED); // by OFFICE at 10-03 09:00
    assertThat(cordon.findings().confirm(F, OFFICE, at(oct(3), 9))).isEqualTo(confirmed);
    Finding rectified = cordon.findings().rectify(F, oct(4));
    assertThat(cordon.findings().rectify(F, oct(4))).isEqualTo(rectified);
    assertThat(cordon.findings().history(F)).extracting(Finding::status)
        .containsExactly(FindingStatus.OPEN, FindingStatus.CONFIRMED, FindingStatus.RECTIFIED);
  }

  @Test
  void aDifferentReviewOfAReviewedFindingIsStillRefused() {
    inStatus(FindingStatus.CONFIRMED); // by OFFICE at 10-03 09:00
    for (Runnable other : List.<Runnable>of(() -> cordon.findings().confirm(F, OFFICE, at(oct(3), 10)),
        () -> cordon.findings().confirm(F, Fixture.BOSS, at(oct(3), 9)))) {
      assertThatThrownBy(other::run).isInstanceOfSatisfying(CordonValidationException.class,
          e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("CORDON-FINDING-001"));
    }
    cordon.findings().rectify(F, oct(4));
    assertThatThrownBy(() -> cordon.findings().rectify(F, oct(5))).isInstanceOf(CordonValidationException.class);
    assertThatThrownBy(() -> cordon.findings().confirm(F, OFFICE, at(oct(3), 9)))
        .isInstanceOf(CordonValidationException.class);
  }

  @Test
  void aDismissalRepeatedWithTheSameReasonIsTheSameDismissal() {
    Finding dismissed = inStatus(FindingStatus.DISMISSED);
    assertThat(cordon.findings().dismiss(F, OFFICE, at(oct(3), 9), "误报：当日闭店")).isEqualTo(dismissed);
    assertThatThrownBy(() -> cordon.findings().dismiss(F, OFFICE, at(oct(3), 9), "另一理由"))
        .isInstanceOf(CordonValidationException.class);
    assertThat(cordon.findings().history(F)).hasSize(2);
  }

  @Test
  void theLegalPairsAreExactlyOpenToConfirmedOrDismissedAndConfirmedToRectified() {
    assertThat(FindingStatus.OPEN.next()).containsExactlyInAnyOrder(FindingStatus.CONFIRMED, FindingStatus.DISMISSED);
    assertThat(FindingStatus.CONFIRMED.next()).containsExactly(FindingStatus.RECTIFIED);
    assertThat(FindingStatus.DISMISSED.next()).isEmpty();
    assertThat(FindingStatus.RECTIFIED.next()).isEmpty();
  }

  @Test
  void aDismissalNeedsAReason() {
    inStatus(FindingStatus.OPEN);
    for (String blank : new String[] {null, "", "  "}) {
      assertThatThrownBy(() -> cordon.findings().dismiss(F, OFFICE, at(oct(3), 9), blank))
          .isInstanceOfSatisfying(CordonValidationException.class, e -> {
            assertThat(e.violations()).extracting(Violation::code).containsExactly("CORDON-FINDING-002");
            assertThat(e.violations().get(0).message(Locale.SIMPLIFIED_CHINESE)).contains("理由");
          });
    }
    assertThat(cordon.findings().get(F).orElseThrow().status()).isEqualTo(FindingStatus.OPEN);
  }

  @Test
  void anUnknownReviewerOrFindingIsRefused() {
    inStatus(FindingStatus.OPEN);
    assertThatThrownBy(() -> cordon.findings().confirm(F, PersonId.of("nobody"), at(oct(3), 9)))
        .isInstanceOfSatisfying(CordonValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code).containsExactly("CORDON-STORE-002"));
    assertThatThrownBy(() -> cordon.findings().confirm(FindingId.of("nope"), OFFICE, at(oct(3), 9)))
        .isInstanceOf(CordonValidationException.class);
  }

  @Test
  void aFindingIsNotRectifiedBeforeItWasConfirmed() {
    inStatus(FindingStatus.CONFIRMED); // confirmed on 10-03
    assertThatThrownBy(() -> cordon.findings().rectify(F, oct(2)))
        .isInstanceOfSatisfying(CordonValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code).containsExactly("CORDON-FINDING-003"));
    assertThat(cordon.findings().rectify(F, oct(3)).rectifiedOn()).contains(oct(3));
  }

  @Test
  void everyStepIsANewVersionAndTheHistoryIsTheReviewTrail() {
    inStatus(FindingStatus.RECTIFIED);
    List<Finding> trail = cordon.findings().history(F);
    assertThat(trail).extracting(Finding::status)
        .containsExactly(FindingStatus.OPEN, FindingStatus.CONFIRMED, FindingStatus.RECTIFIED);
    assertThat(trail.get(1).review().orElseThrow().reviewer()).isEqualTo(OFFICE);
    assertThat(trail.get(2).review()).isEqualTo(trail.get(1).review());
  }

  @Test
  void findingsAreQueriedByUnitSubtreeRuleSeverityAndStatus() {
    Fixture.finding(cordon, "F-group", "DUTY-UNIT-NO-LIAISON", Severity.MEDIUM, GROUP, oct(2));
    Fixture.finding(cordon, "F-branch", "DUTY-SITE-UNCOVERED", Severity.HIGH, BRANCH, oct(2));
    Fixture.finding(cordon, "F-team", "DISINFECTION-MISSED", Severity.LOW, TEAM, oct(3));
    Fixture.finding(cordon, "F-other", "DISINFECTION-MISSED", Severity.MEDIUM, OTHER, oct(3));
    Fixture.finding(cordon, "F-late", "DISINFECTION-MISSED", Severity.MEDIUM, TEAM, oct(9));
    cordon.findings().confirm(FindingId.of("F-team"), OFFICE, at(oct(4), 9));
    var f = cordon.findings();
    assertThat(ids(f.find(oct(1), oct(9), FindingFilter.all())))
        .containsExactly("F-branch", "F-group", "F-other", "F-team");
    assertThat(ids(f.find(oct(1), oct(9), FindingFilter.all().under(BRANCH)))).containsExactly("F-branch", "F-team");
    assertThat(ids(f.find(oct(1), oct(9), FindingFilter.all().rule("DISINFECTION-MISSED"))))
        .containsExactly("F-other", "F-team");
    assertThat(ids(f.find(oct(1), oct(9), FindingFilter.all().atLeast(Severity.MEDIUM))))
        .containsExactly("F-branch", "F-group", "F-other");
    assertThat(ids(f.find(oct(1), oct(9), FindingFilter.all().severity(Severity.LOW)))).containsExactly("F-team");
    assertThat(ids(f.find(oct(1), oct(9), FindingFilter.all().under(BRANCH).status(FindingStatus.OPEN))))
        .containsExactly("F-branch");
  }

  private static List<String> ids(List<Finding> fs) {
    return fs.stream().map(x -> x.id().value()).toList();
  }
}

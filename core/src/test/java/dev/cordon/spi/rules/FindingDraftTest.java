package dev.cordon.spi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordon.core.finding.FindingId;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.report.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The kind of a finding draft is its type, and the kind decides the key the finding id is derived
 * from — the same keys release 0.1 derived from positional factories, so stored findings keep their
 * ids across the upgrade.
 */
class FindingDraftTest {
  private static final LocalDate OCT_5 = LocalDate.of(2021, 10, 5);
  private static final Text MSG = Text.of("m", "消息");
  private static final Optional<UnitId> HQ = Optional.of(UnitId.of("hq"));
  private static final Subject SITE = Subject.of(SubjectKind.SITE, "S-1");

  @Test
  void aFindingAboutRecordsIsKeyedByTheSortedRecordIdsWhateverTheDay() {
    FindingDraft.OfRecords d = FindingDraft.forRecords(Subject.of(SubjectKind.RECORD, "a-2"), HQ, OCT_5, MSG,
        List.of("a-2", "a-1"));
    assertThat(d.key()).containsExactly("a-1", "a-2");
    assertThat(d.until()).isEmpty();
    assertThat(d.idFor("DUTY-OVERLAP")).isEqualTo(FindingId.derive("DUTY-OVERLAP", "a-1", "a-2"));
    FindingDraft.OfRecords later = FindingDraft.forRecords(Subject.of(SubjectKind.RECORD, "a-2"), HQ,
        OCT_5.plusDays(3), MSG, List.of("a-1", "a-2"));
    assertThat(later.idFor("DUTY-OVERLAP")).isEqualTo(d.idFor("DUTY-OVERLAP"));
  }

  @Test
  void narrowingToTheRecordsItIsAboutKeepsTheEvidenceAndAspectsFollowTheRecords() {
    FindingDraft.OfRecords d = FindingDraft.forRecords(SITE, HQ, OCT_5, MSG, List.of("insp-1", "registration"))
        .about("insp-1").aspect("registration");
    assertThat(d.evidence()).containsExactly("insp-1", "registration");
    assertThat(d.key()).containsExactly("insp-1", "registration");
    assertThat(d.idFor("INSPECTION-ITEM-FAILED"))
        .isEqualTo(FindingId.derive("INSPECTION-ITEM-FAILED", "insp-1", "registration"));
  }

  @Test
  void aFindingOnOneDayIsKeyedBySubjectAndDay() {
    FindingDraft.OfDay d = FindingDraft.forDay(SITE, HQ, OCT_5, MSG, List.of());
    assertThat(d.key()).containsExactly("SITE:S-1", "2021-10-05");
    assertThat(d.date()).isEqualTo(OCT_5);
    assertThat(d.until()).isEmpty();
    assertThat(d.aspect("noon").key()).containsExactly("SITE:S-1", "noon", "2021-10-05");
  }

  @Test
  void aFindingOverDaysIsKeyedBySubjectAspectsAndFirstDayAndCarriesTheRange() {
    FindingDraft.OfDays d = FindingDraft.forDays(SITE, HQ, DayRange.of(OCT_5, OCT_5.plusDays(3)), MSG, List.of());
    assertThat(d.key()).containsExactly("SITE:S-1", "2021-10-05");
    assertThat(d.date()).isEqualTo(OCT_5);
    assertThat(d.until()).contains(OCT_5.plusDays(3));
    FindingDraft.OfDays role = d.aspect("SITE_RESPONSIBLE");
    assertThat(role.key()).containsExactly("SITE:S-1", "SITE_RESPONSIBLE", "2021-10-05");
    assertThat(role.startingOn(OCT_5.minusDays(4)).key())
        .containsExactly("SITE:S-1", "SITE_RESPONSIBLE", "2021-10-01");
    assertThat(role.startingOn(OCT_5.minusDays(4)).until()).contains(OCT_5.plusDays(3));
  }

  @Test
  void theKindsAreTheOnlyThreeAndEachIsTellableApartByType() {
    List<FindingDraft> drafts = List.of(
        FindingDraft.forRecords(SITE, HQ, OCT_5, MSG, List.of("e-1")),
        FindingDraft.forDay(SITE, HQ, OCT_5, MSG, List.of()),
        FindingDraft.forDays(SITE, HQ, DayRange.ofDay(OCT_5), MSG, List.of()));
    assertThat(drafts).extracting(FindingDraftTest::kind).containsExactly("records", "day", "days");
  }

  @Test
  void malformedDraftsAreRefused() {
    assertThatThrownBy(() -> FindingDraft.forRecords(SITE, HQ, OCT_5, MSG, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DayRange.of(OCT_5, OCT_5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FindingDraft.forDay(SITE, HQ, OCT_5, MSG, List.of()).aspect((String) null))
        .isInstanceOf(NullPointerException.class);
  }

  private static String kind(FindingDraft d) {
    if (d instanceof FindingDraft.OfRecords) {
      return "records";
    } else if (d instanceof FindingDraft.OfDay) {
      return "day";
    } else if (d instanceof FindingDraft.OfDays) {
      return "days";
    }
    throw new AssertionError(d);
  }
}

package dev.cordon.compliance;

import static dev.cordon.compliance.Fixture.BRANCH;
import static dev.cordon.compliance.Fixture.GROUP;
import static dev.cordon.compliance.Fixture.OFFICE;
import static dev.cordon.compliance.Fixture.OTHER;
import static dev.cordon.compliance.Fixture.at;
import static dev.cordon.compliance.Fixture.oct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordon.Cordon;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.notice.Notice;
import dev.cordon.core.notice.NoticeDraft;
import dev.cordon.core.notice.NoticeId;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Named notices (通報): only reviewed findings, numbered per year, immutable; NOTICE-UNREVIEWED. */
class NoticeServiceTest {
  private final Cordon cordon = Fixture.open();

  @AfterEach
  void close() {
    cordon.close();
  }

  private static NoticeDraft draft(String id, Instant at, String... findings) {
    NoticeDraft.Builder b = NoticeDraft.builder().id(NoticeId.of(id)).numberPrefix("包热防通")
        .title("关于部分单位疫情防控措施落实不到位的通报").issuer(GROUP).issuedBy(OFFICE).issuedAt(at);
    for (String f : findings) {
      b.addFindings(FindingId.of(f));
    }
    return b.build();
  }

  private Finding confirmed(String id, dev.cordon.core.org.UnitId unit) {
    Fixture.finding(cordon, id, "DUTY-SITE-UNCOVERED", Severity.HIGH, unit, oct(2));
    return cordon.findings().confirm(FindingId.of(id), OFFICE, at(oct(3), 9));
  }

  @Test
  void aNoticeCitingAnOpenFindingIsRefusedAndUsesNoNumber() {
    confirmed("F-ok", BRANCH);
    Fixture.finding(cordon, "F-open", "DUTY-SITE-UNCOVERED", Severity.HIGH, BRANCH, oct(2));
    assertThatThrownBy(() -> cordon.notices().issue(draft("n1", at(oct(27), 9), "F-ok", "F-open")))
        .isInstanceOfSatisfying(CordonValidationException.class, e -> {
          assertThat(e.violations()).extracting(Violation::code).containsExactly("CORDON-NOTICE-001");
          assertThat(e.violations().get(0).field()).isEqualTo("findings[1]");
          assertThat(e.violations().get(0).message()).contains("OPEN");
        });
    assertThat(cordon.storage().notices().count()).isZero();
    assertThat(cordon.notices().issue(draft("n2", at(oct(27), 9), "F-ok")).sequence()).isEqualTo(1);
  }

  @Test
  void aDismissedOrUnknownFindingIsRefusedToo() {
    Fixture.finding(cordon, "F-d", "DUTY-SITE-UNCOVERED", Severity.HIGH, BRANCH, oct(2));
    cordon.findings().dismiss(FindingId.of("F-d"), OFFICE, at(oct(3), 9), "误报");
    assertThatThrownBy(() -> cordon.notices().issue(draft("n1", at(oct(27), 9), "F-d", "F-none")))
        .isInstanceOfSatisfying(CordonValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code).containsExactly("CORDON-NOTICE-001", "CORDON-STORE-002"));
  }

  @Test
  void confirmedAndRectifiedFindingsAreAcceptedAndNumbered1Then2WithinTheYearAndFrom1TheNextYear() {
    confirmed("F-1", BRANCH);
    confirmed("F-2", OTHER);
    cordon.findings().rectify(FindingId.of("F-2"), oct(5));
    Notice first = cordon.notices().issue(draft("n1", at(oct(27), 9), "F-1", "F-2"));
    Notice second = cordon.notices().issue(draft("n2", at(oct(28), 9), "F-1"));
    Notice nextYear = cordon.notices().issue(draft("n3", at(LocalDate.of(2022, 1, 4), 9), "F-1"));
    assertThat(first.number()).isEqualTo("包热防通〔2021〕1号");
    assertThat(first.units()).containsExactly(BRANCH, OTHER); // the findings' units, none given
    assertThat(first.date()).isEqualTo(oct(27));
    assertThat(second.number()).isEqualTo("包热防通〔2021〕2号");
    assertThat(nextYear.number()).isEqualTo("包热防通〔2022〕1号");
    assertThat(cordon.notices().between(oct(1), oct(31))).containsExactly(first, second);
  }

  @Test
  void theYearIsTheLocalYearOfIssue() {
    confirmed("F-1", BRANCH);
    // 2021-12-31T16:30Z is already 2022-01-01 00:30 in Baotou
    Notice n = cordon.notices().issue(draft("n1", Instant.parse("2021-12-31T16:30:00Z"), "F-1"));
    assertThat(n.year()).isEqualTo(2022);
    assertThat(n.date()).isEqualTo(LocalDate.of(2022, 1, 1));
  }

  @Test
  void issuingTheSameDraftAgainReturnsTheIssuedNoticeAndADifferentOneUnderItsIdIsRefused() {
    confirmed("F-1", BRANCH);
    Notice n = cordon.notices().issue(draft("n1", at(oct(27), 9), "F-1"));
    assertThat(cordon.notices().issue(draft("n1", at(oct(27), 9), "F-1"))).isEqualTo(n);
    assertThatThrownBy(() -> cordon.notices().issue(draft("n1", at(oct(28), 9), "F-1")))
        .isInstanceOfSatisfying(CordonValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code).containsExactly("CORDON-STORE-001"));
    assertThat(cordon.storage().notices().nextNumber(2021)).isEqualTo(2);
  }

  @Test
  void theStorageRefusesASecondNoticeWithATakenNumber() {
    confirmed("F-1", BRANCH);
    Notice n = cordon.notices().issue(draft("n1", at(oct(27), 9), "F-1"));
    Notice clash = Notice.builder().from(n).id(NoticeId.of("n-clash")).build();
    assertThatThrownBy(() -> cordon.storage().notices().put(clash))
        .isInstanceOfSatisfying(CordonValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code).containsExactly("CORDON-NOTICE-003"));
  }

  @Test
  void concurrentIssuersNeverShareANumber() throws Exception {
    confirmed("F-1", BRANCH);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Notice>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String id = "n" + i;
        futures.add(pool.submit(() -> cordon.notices().issue(draft(id, at(oct(27), 9), "F-1"))));
      }
      List<Integer> numbers = new java.util.ArrayList<>();
      for (Future<Notice> f : futures) {
        numbers.add(f.get().sequence());
      }
      assertThat(numbers).doesNotHaveDuplicates().hasSize(40);
      assertThat(numbers.stream().mapToInt(Integer::intValue).max().orElse(0)).isEqualTo(40);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aNoticeStoredDirectlyWithAnUnreviewedFindingIsFlaggedNoticeUnreviewedOnce() {
    Fixture.finding(cordon, "F-open", "DUTY-SITE-UNCOVERED", Severity.HIGH, BRANCH, oct(2));
    confirmed("F-ok", BRANCH);
    cordon.storage().notices().put(Notice.builder().id(NoticeId.of("imported")).numberPrefix("包热防通").year(2021)
        .sequence(7).title("导入的通报").issuer(GROUP).addUnits(BRANCH)
        .addFindings(FindingId.of("F-ok"), FindingId.of("F-open")).issuedBy(OFFICE).issuedAt(at(oct(20), 9))
        .date(oct(20)).build());
    var run = cordon.checks().run(oct(20), oct(21), List.of("NOTICE-UNREVIEWED"));
    assertThat(run.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("NOTICE-UNREVIEWED");
      assertThat(f.evidence()).containsExactly("imported", "F-open");
      assertThat(f.severity()).isEqualTo(Severity.HIGH);
    });
    var again = cordon.checks().run(oct(1), oct(31));
    assertThat(again.findings()).filteredOn(f -> f.ruleId().equals("NOTICE-UNREVIEWED")).hasSize(1);
    assertThat(cordon.notices().issue(draft("n-next", at(oct(27), 9), "F-ok")).sequence()).isEqualTo(8);
  }
}

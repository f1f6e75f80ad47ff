package dev.cordon.core.rules;

import static dev.cordon.core.rules.World.BRANCH;
import static dev.cordon.core.rules.World.GROUP;
import static dev.cordon.core.rules.World.at;
import static dev.cordon.core.rules.World.oct;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.duty.Scope;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.finding.FindingStatus;
import dev.cordon.core.finding.Review;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.inspection.Checklist;
import dev.cordon.core.inspection.Inspection;
import dev.cordon.core.inspection.InspectionId;
import dev.cordon.core.inspection.ItemOutcome;
import dev.cordon.core.inspection.ItemResult;
import dev.cordon.core.notice.Notice;
import dev.cordon.core.notice.NoticeId;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.rules.disinfection.DisinfectionMissed;
import dev.cordon.core.rules.inspection.InspectionItemFailed;
import dev.cordon.core.rules.notice.NoticeUnreviewed;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import dev.cordon.spi.rules.FindingDraft;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** DISINFECTION-MISSED, NOTICE-UNREVIEWED and INSPECTION-ITEM-FAILED by example. */
class DisinfectionNoticeInspectionRulesTest {

  @Test
  void twoDisinfectionsRequiredAndTwoDoneGiveNoFinding() {
    World w = World.withBranch();
    w.site("hall", SiteKind.SERVICE_HALL, BRANCH);
    w.disinfect("d1", "hall", at(oct(5), 8));
    w.disinfect("d2", "hall", at(oct(5), 23));
    assertThat(w.run(new DisinfectionMissed(), oct(5), oct(6))).isEmpty();
  }

  @Test
  void twoRequiredAndOneDoneGiveOneFindingForThatSiteAndDay() {
    World w = World.withBranch();
    w.site("hall", SiteKind.SERVICE_HALL, BRANCH);
    w.site("station", SiteKind.HEATING_STATION, BRANCH); // the policy requires none there
    w.disinfect("d1", "hall", at(oct(5), 8));
    w.disinfect("d2", "hall", at(oct(6), 0)); // the next local day
    assertThat(w.run(new DisinfectionMissed(), oct(5), oct(6))).singleElement().satisfies(d -> {
      assertThat(d.subject()).isEqualTo(Subject.of(SubjectKind.SITE, "hall"));
      assertThat(d.date()).isEqualTo(oct(5));
      assertThat(d.until()).isEmpty();
      assertThat(d.evidence()).containsExactly("d1");
      assertThat(d.message().en()).contains("1 of 2");
    });
  }

  @Test
  void aDayWithoutAnyDisinfectionIsAFindingWithoutEvidenceAndEachDayIsItsOwn() {
    World w = World.withBranch();
    w.site("hall", SiteKind.SERVICE_HALL, BRANCH);
    assertThat(w.run(new DisinfectionMissed(), oct(5), oct(8))).hasSize(3)
        .allSatisfy(d -> assertThat(d.evidence()).isEmpty())
        .extracting(FindingDraft::key).doesNotHaveDuplicates();
  }

  private static Finding finding(String id, FindingStatus status, Instant reviewedAt) {
    Finding.Builder b = Finding.builder().id(FindingId.of(id)).ruleId("DUTY-SITE-UNCOVERED")
        .severity(Severity.HIGH).subject(Subject.of(SubjectKind.SITE, "hall")).unit(BRANCH).date(oct(2))
        .messageEn("m").messageZh("m").status(status);
    if (reviewedAt != null) {
      b.review(Review.of(PersonId.of("reviewer"), reviewedAt, null));
    }
    return b.build();
  }

  private static Notice notice(String... findings) {
    Notice.Builder b = Notice.builder().id(NoticeId.of("n1")).numberPrefix("包热防通").year(2021).sequence(3)
        .title("关于部分单位疫情防控措施落实不到位的通报").issuer(GROUP).addUnits(BRANCH)
        .issuedBy(PersonId.of("office")).issuedAt(at(oct(10), 9)).date(oct(10));
    for (String f : findings) {
      b.addFindings(FindingId.of(f));
    }
    return b.build();
  }

  @Test
  void aNoticeNamingAnOpenFindingIsUnreviewed() {
    World w = World.withBranch();
    w.findings.add(finding("F-open", FindingStatus.OPEN, null));
    w.findings.add(finding("F-ok", FindingStatus.CONFIRMED, at(oct(9), 9)));
    w.notices.add(notice("F-ok", "F-open", "F-missing"));
    assertThat(w.run(new NoticeUnreviewed(), oct(1), oct(31))).singleElement().satisfies(d -> {
      assertThat(d.evidence()).containsExactly("n1", "F-open", "F-missing");
      assertThat(d.date()).isEqualTo(oct(10));
      assertThat(d.message().zh()).contains("包热防通〔2021〕3号");
    });
  }

  @Test
  void aNoticeOfConfirmedOrRectifiedFindingsIsReviewed() {
    World w = World.withBranch();
    w.findings.add(finding("F-1", FindingStatus.CONFIRMED, at(oct(9), 9)));
    w.findings.add(Finding.builder().from(finding("F-2", FindingStatus.RECTIFIED, at(oct(8), 9)))
        .rectifiedOn(oct(9)).build());
    w.notices.add(notice("F-1", "F-2"));
    assertThat(w.run(new NoticeUnreviewed(), oct(1), oct(31))).isEmpty();
  }

  @Test
  void aFindingConfirmedOnlyAfterTheNoticeWasIssuedWasNotReviewedForIt() {
    World w = World.withBranch();
    w.findings.add(finding("F-late", FindingStatus.CONFIRMED, at(oct(11), 9)));
    w.notices.add(notice("F-late"));
    assertThat(w.run(new NoticeUnreviewed(), oct(1), oct(31))).hasSize(1);
  }

  @Test
  void failedChecklistItemsBecomeFindingsAboutTheInspectedScope() {
    World w = World.withBranch();
    w.site("hall", SiteKind.SERVICE_HALL, BRANCH);
    w.inspections.add(Inspection.builder().id(InspectionId.of("i1")).scope(Scope.of(SiteId.of("hall")))
        .inspector(PersonId.of("boss")).date(oct(20)).checklist(Checklist.defaults())
        .addResults(ItemResult.of("registration", ItemOutcome.FAILED, "台账缺页"),
            ItemResult.of("temperature", ItemOutcome.PASSED),
            ItemResult.of("staggered-dining", ItemOutcome.NOT_APPLICABLE),
            ItemResult.of("supplies", ItemOutcome.FAILED))
        .build());
    assertThat(w.run(new InspectionItemFailed(), oct(20), oct(21))).hasSize(2).allSatisfy(d -> {
      assertThat(d.subject()).isEqualTo(Subject.of(SubjectKind.SITE, "hall"));
      assertThat(d.unit()).contains(BRANCH);
      assertThat(d.date()).isEqualTo(oct(20));
      assertThat(d.evidence().get(0)).isEqualTo("i1");
    }).extracting(d -> d.evidence().get(1)).containsExactly("registration", "supplies");
  }
}

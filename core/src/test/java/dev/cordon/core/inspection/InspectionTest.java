package dev.cordon.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordon.core.duty.Scope;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.notice.Notice;
import dev.cordon.core.notice.NoticeDraft;
import dev.cordon.core.notice.NoticeId;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Checklists, inspections and notices: structure, JSON round trip, the default ten points. */
class InspectionTest {
  private static Inspection.Builder inspection() {
    return Inspection.builder().id(InspectionId.of("i1")).scope(Scope.of(SiteId.of("hall")))
        .inspector(PersonId.of("boss")).date(LocalDate.of(2021, 10, 20)).checklist(Checklist.defaults());
  }

  @Test
  void theDefaultChecklistHasTenItemsInBothLanguages() {
    Checklist c = Checklist.defaults();
    assertThat(c.items()).hasSize(10).allSatisfy(i -> {
      assertThat(i.textEn()).isNotBlank();
      assertThat(i.textZh()).isNotBlank();
    });
    assertThat(c.items()).extracting(ChecklistItem::id).contains("registration", "temperature", "codes",
        "disinfection", "supplies", "staggered-dining", "travel-screening", "responsible-on-duty",
        "contingency-plan", "publicity");
  }

  @Test
  void aChecklistIsDataThatRoundTripsThroughJson() {
    Checklist own = Checklist.builder().id(ChecklistId.of("own")).nameEn("Ours").nameZh("本单位检查表")
        .addItems(ChecklistItem.of("masks", "Masks worn", "佩戴口罩")).build();
    String json = CordonJson.write(own);
    assertThat(CordonJson.read(json, Checklist.class)).isEqualTo(own);
    assertThat(CordonJson.read(CordonJson.write(Checklist.defaults()), Checklist.class))
        .isEqualTo(Checklist.defaults());
  }

  @Test
  void anInspectionRoundTripsThroughJson() {
    Inspection i = inspection().addResults(ItemResult.of("codes", ItemOutcome.FAILED, "未查验行程码")).build();
    assertThat(CordonJson.read(CordonJson.write(i), Inspection.class)).isEqualTo(i);
  }

  @Test
  void duplicateItemIdsInAChecklistAreRefused() {
    assertThatThrownBy(() -> Checklist.builder().id(ChecklistId.of("c")).nameEn("c").nameZh("c")
        .addItems(ChecklistItem.of("a", "A", "甲"), ChecklistItem.of("a", "A2", "乙")).build())
        .isInstanceOfSatisfying(CordonValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code).containsExactly("CORDON-INSPECTION-001"));
  }

  @Test
  void aResultForAnItemNotOnTheChecklistOrTwoResultsForOneItemAreRefused() {
    assertThatThrownBy(() -> inspection().addResults(ItemResult.of("no-such-item", ItemOutcome.FAILED),
        ItemResult.of("codes", ItemOutcome.PASSED), ItemResult.of("codes", ItemOutcome.FAILED)).build())
        .isInstanceOfSatisfying(CordonValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code).containsExactly("CORDON-INSPECTION-002", "CORDON-INSPECTION-003"));
  }

  @Test
  void aNoticeCarriesItsDocumentNumberAndRoundTripsThroughJson() {
    Notice n = Notice.builder().id(NoticeId.of("n1")).numberPrefix("包热防通").year(2021).sequence(3)
        .title("通报").issuer(UnitId.of("group")).addUnits(UnitId.of("branch"))
        .addFindings(FindingId.of("F-1")).issuedBy(PersonId.of("office"))
        .issuedAt(Instant.parse("2021-10-27T02:00:00Z")).date(LocalDate.of(2021, 10, 27)).build();
    assertThat(n.number()).isEqualTo("包热防通〔2021〕3号");
    assertThat(CordonJson.read(CordonJson.write(n), Notice.class)).isEqualTo(n);
    NoticeDraft d = NoticeDraft.builder().id(NoticeId.of("n1")).numberPrefix("包热防通").title("通报")
        .issuer(UnitId.of("group")).addFindings(FindingId.of("F-1")).issuedBy(PersonId.of("office"))
        .issuedAt(Instant.parse("2021-10-27T02:00:00Z")).build();
    assertThat(CordonJson.read(CordonJson.write(d), NoticeDraft.class)).isEqualTo(d);
  }

  @Test
  void aNoticeWithoutFindingsOrUnitsIsMalformed() {
    assertThatThrownBy(() -> Notice.builder().id(NoticeId.of("n1")).numberPrefix("包热防通").year(2021).sequence(0)
        .title("通报").issuer(UnitId.of("group")).issuedBy(PersonId.of("office"))
        .issuedAt(Instant.parse("2021-10-27T02:00:00Z")).date(LocalDate.of(2021, 10, 27)).build())
        .isInstanceOfSatisfying(CordonValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field).contains("findings", "units", "sequence"));
  }
}

package dev.cordon.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.duty.Scope;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.inspection.Checklist;
import dev.cordon.core.inspection.Inspection;
import dev.cordon.core.inspection.InspectionId;
import dev.cordon.core.inspection.ItemOutcome;
import dev.cordon.core.inspection.ItemResult;
import dev.cordon.core.notice.Notice;
import dev.cordon.core.notice.NoticeId;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.storage.WriteOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The contract of the inspection and notice stores: idempotent writes, refused rewrites, half-open
 * ordered date queries, the full default checklist round trip, and notice numbers per year without
 * gaps or duplicates, also under concurrent issuers, none used by a rolled-back issue.
 */
public abstract class InspectionNoticeContract extends StorageContract {
  private static Inspection inspection(String id, Scope scope, String date, ItemOutcome first) {
    Checklist list = Checklist.defaults();
    List<ItemResult> results = new ArrayList<>();
    list.items().forEach(i -> results.add(ItemResult.of(i.id(), ItemOutcome.PASSED)));
    results.set(0, ItemResult.of(list.items().get(0).id(), first, "登记台账缺联系电话 · no phone numbers"));
    return Inspection.builder().id(InspectionId.of(id)).scope(scope).inspector(PersonId.of("leader-1"))
        .date(LocalDate.parse(date)).checklist(list).results(results).build();
  }

  private static Notice notice(String id, int year, int sequence, String date) {
    return Notice.builder().id(NoticeId.of(id)).numberPrefix("包热防通").year(year).sequence(sequence)
        .title("关于昆区营业厅防控措施落实不到位的通报").issuer(UnitId.of("hq")).addUnits(UnitId.of("branch-1"))
        .addFindings(FindingId.of("ENTRY-LEDGER-INCOMPLETE:0123456789abcdef0123"))
        .issuedBy(PersonId.of("office-1")).issuedAt(TckData.at(date + "T10:00")).date(LocalDate.parse(date))
        .build();
  }

  @Test
  void inspectionsRoundTripAreIdempotentAndRefuseRewrites() {
    Inspection i = inspection("i1", Scope.of(SiteId.of("hall-1")), "2021-10-25", ItemOutcome.FAILED);
    assertThat(storage.inspections().put(i)).isEqualTo(WriteOutcome.STORED);
    assertThat(storage.inspections().put(i)).isEqualTo(WriteOutcome.ALREADY_PRESENT);
    assertThat(storage.inspections().get(i.id())).contains(i);
    Inspection other = inspection("i1", Scope.of(SiteId.of("hall-1")), "2021-10-25", ItemOutcome.PASSED);
    assertThat(refusal(() -> storage.inspections().put(other)).codes()).containsExactly("CORDON-STORE-001");
    assertThat(storage.inspections().get(i.id())).contains(i);
  }

  @Test
  void inspectionsAreQueriedByHalfOpenDatesAndByScope() {
    Scope hall = Scope.of(SiteId.of("hall-1"));
    Scope unit = Scope.of(UnitId.of("branch-1"));
    storage.inspections().putAll(List.of(
        inspection("i3", hall, "2021-10-26", ItemOutcome.PASSED),
        inspection("i2", unit, "2021-10-25", ItemOutcome.FAILED),
        inspection("i1", hall, "2021-10-25", ItemOutcome.FAILED),
        inspection("i0", hall, "2021-10-24", ItemOutcome.PASSED)));
    assertThat(list(storage.inspections().between(LocalDate.parse("2021-10-25"), LocalDate.parse("2021-10-26"))))
        .extracting(x -> x.id().value()).containsExactly("i1", "i2");
    assertThat(list(storage.inspections().of(hall))).extracting(x -> x.id().value()).containsExactly("i0", "i1", "i3");
    assertThat(list(storage.inspections().of(unit))).extracting(x -> x.id().value()).containsExactly("i2");
  }

  @Test
  void noticeNumbersRunPerYearFromOne() {
    assertThat(storage.notices().nextNumber(2021)).isEqualTo(1);
    storage.notices().put(notice("n1", 2021, 1, "2021-10-27"));
    storage.notices().put(notice("n2", 2021, 2, "2021-10-28"));
    assertThat(storage.notices().nextNumber(2021)).isEqualTo(3);
    assertThat(storage.notices().nextNumber(2022)).isEqualTo(1);
    assertThat(storage.notices().put(notice("n1", 2021, 1, "2021-10-27"))).isEqualTo(WriteOutcome.ALREADY_PRESENT);
    assertThat(refusal(() -> storage.notices().put(notice("n9", 2021, 2, "2021-10-29"))).codes())
        .containsExactly("CORDON-NOTICE-003");
    assertThat(list(storage.notices().between(LocalDate.parse("2021-10-27"), LocalDate.parse("2021-10-28"))))
        .extracting(n -> n.id().value()).containsExactly("n1");
  }

  @Test
  void aRolledBackIssueUsesNoNumber() {
    try {
      storage.inTransaction(() -> {
        int n = storage.notices().nextNumber(2021);
        storage.notices().put(notice("n1", 2021, n, "2021-10-27"));
        throw new IllegalStateException("the issue fails after the number was taken");
      });
    } catch (IllegalStateException expected) {
      // rolled back
    }
    assertThat(storage.notices().get(NoticeId.of("n1"))).isEmpty();
    assertThat(storage.notices().nextNumber(2021)).isEqualTo(1);
  }

  @Test
  void concurrentIssuersGetDistinctNumbersWithoutGaps() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    Set<Integer> numbers = ConcurrentHashMap.newKeySet();
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      String id = "n" + i;
      futures.add(pool.submit(() -> storage.inTransaction(() -> {
        int n = storage.notices().nextNumber(2021);
        storage.notices().put(notice(id, 2021, n, "2021-10-27"));
        numbers.add(n);
        return null;
      })));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    assertThat(numbers).hasSize(24).allSatisfy(n -> assertThat(n).isBetween(1, 24));
    assertThat(storage.notices().nextNumber(2021)).isEqualTo(25);
  }
}

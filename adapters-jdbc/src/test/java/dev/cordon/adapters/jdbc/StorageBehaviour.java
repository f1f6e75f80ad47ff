package dev.cordon.adapters.jdbc;

import static dev.cordon.tck.TckData.at;
import static dev.cordon.tck.TckData.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cordon.core.CordonStorageException;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.duty.Scope;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.inspection.Checklist;
import dev.cordon.core.inspection.Inspection;
import dev.cordon.core.inspection.InspectionId;
import dev.cordon.core.inspection.ItemOutcome;
import dev.cordon.core.inspection.ItemResult;
import dev.cordon.core.notice.Notice;
import dev.cordon.core.notice.NoticeId;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.storage.BatchOutcome;
import dev.cordon.core.storage.WriteOutcome;
import dev.cordon.core.supply.Holding;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.tck.TckData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDBC storage's own behaviour tests, run on H2 and on PostgreSQL by the subclasses. */
abstract class StorageBehaviour {
  JdbcStorage storage;

  abstract JdbcStorage open();

  @BeforeEach
  void openStorage() {
    storage = open();
  }

  @AfterEach
  void closeStorage() {
    storage.close();
  }

  static <T> List<T> list(Stream<T> s) {
    try (s) {
      return s.toList();
    }
  }

  static String code(Throwable t) {
    return ((CordonValidationException) t).violations().get(0).code();
  }

  static Entry entry(int n, String site, String when) {
    return TckData.employeeEntry(String.format("E-%03d", n), site, "emp-" + (n % 3), at(when));
  }

  @Test
  void versionedPutIsIdempotentAndRefusesADifferentRecordUnderTheSameId() {
    Unit u = TckData.unit("u1", "供热一分公司");
    assertThat(storage.units().put(u)).isEqualTo(WriteOutcome.STORED);
    assertThat(storage.units().put(u)).isEqualTo(WriteOutcome.ALREADY_PRESENT);
    Throwable t = catchThrowableOfType(CordonValidationException.class,
        () -> storage.units().put(TckData.unit("u1", "another name")));
    assertThat(code(t)).isEqualTo("CORDON-STORE-001");
    assertThat(storage.units().get(u.id())).contains(u);
    assertThat(storage.units().count()).isEqualTo(1);
  }

  @Test
  void updatesKeepEveryVersionAndAnOldVersionIsAlreadyPresent() {
    Unit v1 = TckData.unit("u1", "一分公司");
    Unit v2 = Unit.builder().from(v1).headcount(45).build();
    Unit v3 = Unit.builder().from(v1).headcount(50).build();
    storage.units().put(v1);
    assertThat(storage.units().update(v2)).isEqualTo(WriteOutcome.STORED);
    assertThat(storage.units().update(v2)).isEqualTo(WriteOutcome.ALREADY_PRESENT);
    assertThat(storage.units().update(v3)).isEqualTo(WriteOutcome.STORED);
    assertThat(storage.units().get(v1.id())).contains(v3);
    assertThat(storage.units().history(v1.id())).containsExactly(v1, v2, v3);
    assertThat(storage.units().put(v1)).isEqualTo(WriteOutcome.ALREADY_PRESENT);
    assertThat(storage.units().count()).isEqualTo(1);
    assertThat(list(storage.units().all())).containsExactly(v3);
    Throwable t = catchThrowableOfType(CordonValidationException.class,
        () -> storage.units().update(TckData.unit("nobody", "x")));
    assertThat(code(t)).isEqualTo("CORDON-STORE-002");
  }

  @Test
  void aCorrectionSupersedesAndTheOldRecordStaysInTheAuditTrail() {
    Entry e1 = entry(1, "s1", "2021-10-25T08:00");
    Entry e2 = TckData.correctionOf(e1, "E-001-fix", "37.5");
    storage.entries().put(e1);
    storage.entries().put(e2);
    assertThat(list(storage.entries().between(at("2021-10-25T00:00"), at("2021-10-26T00:00")))).containsExactly(e2);
    assertThat(storage.entries().history(e1.id())).containsExactly(e1, e2);
    assertThat(storage.entries().get(e1.id())).contains(e1);
    assertThat(storage.entries().count()).isEqualTo(2);
    assertThat(list(storage.entries().all())).containsExactly(e1, e2);

    Throwable again = catchThrowableOfType(CordonValidationException.class,
        () -> storage.entries().put(TckData.correctionOf(e1, "E-001-fix2", "37.6")));
    assertThat(code(again)).isEqualTo("CORDON-STORE-003");
    Throwable missing = catchThrowableOfType(CordonValidationException.class,
        () -> storage.entries().put(TckData.correctionOf(entry(9, "s1", "2021-10-25T09:00"), "E-x", "36.6")));
    assertThat(code(missing)).isEqualTo("CORDON-STORE-002");
  }

  @Test
  void aBatchIsAllOrNothingAndAReimportStoresNothingTwice() {
    List<Entry> batch = IntStream.range(0, 10).mapToObj(i -> entry(i, "s1", "2021-10-25T08:0" + i)).toList();
    assertThat(storage.entries().putAll(batch)).isEqualTo(new BatchOutcome(10, 0));
    assertThat(storage.entries().putAll(batch)).isEqualTo(new BatchOutcome(0, 10));

    List<Entry> bad = new ArrayList<>();
    bad.add(entry(20, "s1", "2021-10-25T10:00"));
    bad.add(entry(21, "s1", "2021-10-25T10:01"));
    bad.add(TckData.employeeEntry("E-003", "other-site", "emp-1", at("2021-10-25T10:02")));
    Throwable t = catchThrowableOfType(CordonValidationException.class, () -> storage.entries().putAll(bad));
    assertThat(code(t)).isEqualTo("CORDON-STORE-001");
    assertThat(storage.entries().count()).isEqualTo(10);
    assertThat(storage.entries().get(bad.get(0).id())).isEmpty();
  }

  @Test
  void aBatchMayHoldARecordAndItsCorrectionAndDuplicates() {
    Entry e1 = entry(1, "s1", "2021-10-25T08:00");
    Entry e2 = TckData.correctionOf(e1, "E-001-fix", "37.5");
    assertThat(storage.entries().putAll(List.of(e1, e2, e1))).isEqualTo(new BatchOutcome(2, 1));
    assertThat(storage.entries().history(e1.id())).containsExactly(e1, e2);
  }

  @Test
  void rangeQueriesAreHalfOpenOrderedByInstantThenIdAndCrossPages() {
    List<Entry> all = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      all.add(entry(i, i % 2 == 0 ? "s1" : "s2", "2021-10-2" + (4 + i / 6) + "T" + (10 + i % 3) + ":00"));
    }
    storage.entries().putAll(all);
    Instant from = at("2021-10-24T00:00");
    Instant to = at("2021-10-25T11:00");
    List<Entry> expected = all.stream()
        .filter(e -> !e.at().isBefore(from) && e.at().isBefore(to))
        .sorted(java.util.Comparator.comparing(Entry::at).thenComparing(Entry::id)).toList();
    assertThat(list(storage.entries().between(from, to))).containsExactlyElementsOf(expected);
    assertThat(list(storage.entries().ofSite(SiteId.of("s1"), from, to)))
        .containsExactlyElementsOf(expected.stream().filter(e -> e.site().value().equals("s1")).toList());
    assertThat(list(storage.entries().ofEmployee(PersonId.of("emp-1"), from, to))).containsExactlyElementsOf(
        expected.stream().filter(e -> e.entrant().personId().orElseThrow().value().equals("emp-1")).toList());
    assertThat(list(storage.entries().between(to, to))).isEmpty();
    assertThat(list(storage.entries().all())).hasSize(12);
  }

  @Test
  void dateRangeQueriesOfVersionedAggregates() {
    TravelDeclaration t1 = TckData.travel("t1", "emp-1", day("2021-10-20"), day("2021-10-23"));
    TravelDeclaration t2 = TckData.travel("t2", "emp-2", day("2021-10-25"), day("2021-10-28"));
    storage.travel().putAll(List.of(t1, t2));
    assertThat(list(storage.travel().overlapping(day("2021-10-24"), day("2021-10-25")))).as("span end is the day after the planned return").isEmpty();
    assertThat(list(storage.travel().overlapping(day("2021-10-22"), day("2021-10-26")))).containsExactly(t1, t2);
    assertThat(list(storage.travel().ofEmployee(PersonId.of("emp-2")))).containsExactly(t2);

    storage.riskAreas().put(TckData.riskArea("r1", TckData.EJINA, day("2021-10-19"), null));
    assertThat(list(storage.riskAreas().overlapping(day("2022-01-01"), day("2022-01-02")))).hasSize(1);
    assertThat(list(storage.riskAreas().overlapping(day("2021-10-01"), day("2021-10-19")))).isEmpty();

    storage.assignments().put(TckData.siteResponsible("a1", "p1", "s1", day("2021-10-01"), day("2021-10-15")));
    assertThat(list(storage.assignments().overlapping(day("2021-10-15"), day("2021-10-16")))).isEmpty();
    assertThat(list(storage.assignments().overlapping(day("2021-10-14"), day("2021-10-15")))).hasSize(1);

    Finding f1 = TckData.finding("f1", "s1", day("2021-10-25"));
    Finding f2 = TckData.finding("f0", "s1", day("2021-10-26"));
    storage.findings().putAll(List.of(f1, f2));
    storage.findings().update(TckData.confirmed(f1, "reviewer", at("2021-10-26T09:00")));
    assertThat(list(storage.findings().between(day("2021-10-25"), day("2021-10-27"))))
        .extracting(Finding::id).extracting(Object::toString).containsExactly("f1", "f0");
    assertThat(storage.findings().history(f1.id())).hasSize(2);
  }

  @Test
  void theStockLedgerRefusesAMovementThatWouldMakeABalanceNegative() {
    String item = "mask";
    StockMovement in = TckData.receipt("m1", "central", item, at("2021-10-20T09:00"), "10");
    StockMovement out = TckData.consumption("m2", "central", item, at("2021-10-21T09:00"), "4");
    storage.stock().putAll(List.of(in, out));
    Throwable t = catchThrowableOfType(CordonValidationException.class,
        () -> storage.stock().put(TckData.consumption("m3", "central", item, at("2021-10-22T09:00"), "7")));
    assertThat(code(t)).isEqualTo("CORDON-SUPPLY-004");
    Throwable fix = catchThrowableOfType(CordonValidationException.class,
        () -> storage.stock().put(TckData.correctionOf(in, "m1-fix", "3")));
    assertThat(code(fix)).isEqualTo("CORDON-SUPPLY-004");
    storage.stock().put(TckData.transfer("m4", "central", "unit-a", item, at("2021-10-22T10:00"), "6"));
    assertThat(list(storage.stock().of(UnitId.of("central"), SupplyItemId.of(item)))).extracting(m -> m.id().value())
        .containsExactly("m1", "m2", "m4");
    assertThat(list(storage.stock().of(UnitId.of("unit-a"), SupplyItemId.of(item)))).hasSize(1);
    assertThat(list(storage.stock().holdings())).containsExactly(
        new Holding(UnitId.of("central"), SupplyItemId.of(item)), new Holding(UnitId.of("unit-a"), SupplyItemId.of(item)));
    assertThat(storage.stock().count()).isEqualTo(3);
  }

  @Test
  void aTransactionIsAllOrNothingAndNestedCallsJoin() {
    assertThatThrownBy(() -> storage.inTransaction(() -> {
      storage.units().put(TckData.unit("u1", "一"));
      storage.inTransaction(() -> storage.units().put(TckData.unit("u2", "二")));
      assertThat(storage.units().count()).as("own writes visible inside").isEqualTo(2);
      throw new IllegalStateException("boom");
    })).hasMessage("boom");
    assertThat(storage.units().count()).isZero();

    storage.inTransaction(() -> {
      storage.units().put(TckData.unit("u1", "一"));
      // a refused batch inside a transaction leaves nothing behind, the transaction goes on
      assertThatThrownBy(() -> storage.units().putAll(List.of(TckData.unit("u3", "三"), TckData.unit("u1", "x"))))
          .isInstanceOf(CordonValidationException.class);
      storage.units().put(TckData.unit("u2", "二"));
    });
    assertThat(list(storage.units().all())).extracting(u -> u.id().value()).containsExactly("u1", "u2");
  }

  @Test
  void aClosedStorageRefusesUseAndClosingTwiceIsHarmless() {
    storage.close();
    storage.close();
    assertThatThrownBy(() -> storage.units().count()).isInstanceOf(CordonStorageException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> storage.entries().put(entry(1, "s", "2021-10-25T08:00")))
        .isInstanceOf(CordonStorageException.class);
  }

  @Test
  void describeNamesProviderUrlSchemaVersionAndDatabase() {
    assertThat(storage.describe()).containsEntry("provider", "jdbc").containsEntry("schemaVersion", "6")
        .containsKeys("url", "database", "zone");
    assertThat(storage.describe().get("url")).startsWith("jdbc:");
  }

  static Inspection inspection(String id, Scope scope, String date) {
    Checklist list = Checklist.defaults();
    return Inspection.builder().id(InspectionId.of(id)).scope(scope).inspector(PersonId.of("leader-1"))
        .date(LocalDate.parse(date)).checklist(list)
        .addResults(ItemResult.of(list.items().get(0).id(), ItemOutcome.FAILED)).build();
  }

  static Notice notice(String id, int year, int sequence, String date) {
    return Notice.builder().id(NoticeId.of(id)).numberPrefix("包热防通").year(year).sequence(sequence)
        .title("通报").issuer(UnitId.of("hq")).addUnits(UnitId.of("branch-1"))
        .addFindings(FindingId.of("F-1")).issuedBy(PersonId.of("office-1")).issuedAt(at(date + "T10:00"))
        .date(LocalDate.parse(date)).build();
  }

  @Test
  void inspectionsAndNoticesAreReadInDateOrderAcrossPages() {
    Scope hall = Scope.of(SiteId.of("hall-1"));
    List<Inspection> inspections = new ArrayList<>();
    List<Notice> notices = new ArrayList<>();
    for (int n = 10; n >= 1; n--) {
      String date = "2021-10-" + (20 + n % 4);
      inspections.add(inspection(String.format("i%02d", n), n % 2 == 0 ? hall : Scope.of(UnitId.of("u1")), date));
      notices.add(notice(String.format("n%02d", n), 2021, n, date));
    }
    assertThat(storage.inspections().putAll(inspections)).isEqualTo(new BatchOutcome(10, 0));
    assertThat(storage.notices().putAll(notices)).isEqualTo(new BatchOutcome(10, 0));
    assertThat(storage.inspections().count()).isEqualTo(10);
    assertThat(list(storage.inspections().between(day("2021-10-20"), day("2021-10-24"))))
        .extracting(i -> i.date() + "/" + i.id()).isSorted().hasSize(10);
    assertThat(list(storage.inspections().of(hall))).extracting(i -> i.id().value())
        .containsExactly("i04", "i08", "i02", "i06", "i10");
    assertThat(list(storage.notices().between(day("2021-10-21"), day("2021-10-23"))))
        .extracting(n -> n.sequence()).containsExactly(1, 5, 9, 2, 6, 10);
    assertThat(list(storage.notices().all())).hasSize(10);
    assertThat(storage.notices().nextNumber(2021)).isEqualTo(11);
  }

  @Test
  void aBatchThatTakesANumberTwiceIsRefusedWhole() {
    Throwable t = catchThrowableOfType(CordonValidationException.class, () -> storage.notices().putAll(
        List.of(notice("n1", 2021, 1, "2021-10-27"), notice("n2", 2022, 1, "2022-01-04"),
            notice("n3", 2021, 1, "2021-10-28"))));
    assertThat(code(t)).isEqualTo("CORDON-NOTICE-003");
    assertThat(storage.notices().count()).isZero();
    assertThat(storage.notices().nextNumber(2021)).isEqualTo(1);
    storage.inTransaction(() -> {
      int n = storage.notices().nextNumber(2021);
      storage.notices().put(notice("n1", 2021, n, "2021-10-27"));
      storage.inTransaction(() -> storage.notices().put(notice("n2", 2021, storage.notices().nextNumber(2021),
          "2021-10-27")));
    });
    assertThat(storage.notices().get(NoticeId.of("n2"))).map(Notice::number).contains("包热防通〔2021〕2号");
  }
}

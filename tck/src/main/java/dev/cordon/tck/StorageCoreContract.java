package dev.cordon.tck;

import static dev.cordon.tck.TckData.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.storage.RecordKind;
import dev.cordon.core.storage.RecordTable;
import dev.cordon.core.storage.Storage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The storage core itself — the primitives a provider implements ({@link RecordTable}) and the
 * transaction rules the ports rely on — tested directly, below the ports: a provider whose
 * primitives pass this and whose ports then pass the other contracts is correct for the reasons
 * the SPI gives.
 */
public abstract class StorageCoreContract extends StorageContract {
  private static final Instant T = at("2021-10-25T09:00");

  /** Every kind has a table, the same object on every call. */
  @Test
  public void everyKindHasItsTable() {
    for (RecordKind<?, ?> kind : RecordKind.all()) {
      assertThat(storage.table(kind)).as("table(%s)", kind.name()).isNotNull().isSameAs(storage.table(kind));
    }
  }

  /** insertAbsent stores what is new and hands back, untouched, what was there: the first record stays. */
  @Test
  public void insertAbsentReportsTheTakenIds() {
    RecordTable<UnitId, Unit> units = storage.table(RecordKind.UNITS);
    Unit first = TckData.unit("u-1", "包头供热分公司");
    Unit other = TckData.unit("u-1", "另一个单位");
    Unit second = TckData.unit("u-2", "额济纳旗供热站");
    assertThat(units.insertAbsent(List.of(first))).isEmpty();
    assertThat(units.insertAbsent(List.of(other, second))).containsExactly(other);
    assertThat(units.get(first.id())).contains(first);
    assertThat(units.versions(List.of(first.id(), second.id(), UnitId.of("u-9"))))
        .containsOnlyKeys(first.id(), second.id());
    assertThat(list(units.all())).containsExactly(first, second);
    assertThat(units.count()).isEqualTo(2);
  }

  /** appendVersion is optimistic: it stores version n + 1 only while n versions are stored. */
  @Test
  public void appendVersionRefusesAStaleVersionCount() {
    RecordTable<UnitId, Unit> units = storage.table(RecordKind.UNITS);
    Unit v1 = TckData.unit("u-1", "包头供热分公司");
    Unit v2 = Unit.builder().from(v1).name("包头热力公司").build();
    Unit v3 = Unit.builder().from(v1).name("包头热力集团").build();
    units.insertAbsent(List.of(v1));
    assertThat(units.appendVersion(v2, 1)).isTrue();
    assertThat(units.appendVersion(v3, 1)).as("a writer who read one version is late").isFalse();
    assertThat(units.versions(List.of(v1.id())).get(v1.id())).containsExactly(v1, v2);
    assertThat(units.get(v1.id())).contains(v2);
  }

  /**
   * markSuperseded marks once; a second corrector learns who was first (core stores a correction,
   * then marks: a late corrector is refused before it is stored).
   */
  @Test
  public void markSupersededMarksOnce() {
    RecordTable<EntryId, Entry> entries = storage.table(RecordKind.ENTRIES);
    Entry old = TckData.visitorEntry("e-1", "s-001", TckData.ALATAN_BATER, T);
    Entry fix = Entry.builder().from(old).id(EntryId.of("e-2")).supersedes(old.id()).build();
    Entry late = Entry.builder().from(old).id(EntryId.of("e-3")).supersedes(old.id()).build();
    entries.insertAbsent(List.of(old, fix));
    assertThat(entries.markSuperseded(old.id(), fix.id())).isEmpty();
    assertThat(entries.markSuperseded(old.id(), late.id())).contains(fix.id());
    assertThat(entries.supersededBy(RecordKind.ENTRIES, List.of(old.id(), fix.id())))
        .isEqualTo(Map.of(old.id(), fix.id()));
    assertThat(list(entries.current(RecordKind.ENTRIES, T.minusSeconds(1), T.plusSeconds(1))))
        .extracting(Entry::id).containsExactly(fix.id());
  }

  /**
   * rewrite replaces every version in place while exactly that many are stored; with a stale count,
   * or for an id with no record, it changes nothing and says so.
   */
  @Test
  public void rewriteReplacesEveryVersionInPlace() {
    RecordTable<UnitId, Unit> units = storage.table(RecordKind.UNITS);
    Unit v1 = TckData.unit("u-1", "包头供热分公司");
    Unit v2 = Unit.builder().from(v1).name("包头热力公司").build();
    units.insertAbsent(List.of(v1));
    units.appendVersion(v2, 1);
    Unit w1 = Unit.builder().from(v1).name("甲").build();
    Unit w2 = Unit.builder().from(v1).name("乙").build();
    assertThat(units.rewrite(v1.id(), List.of(w1))).as("one version given, two stored").isFalse();
    assertThat(units.versions(List.of(v1.id())).get(v1.id())).containsExactly(v1, v2);
    assertThat(units.rewrite(UnitId.of("u-9"), List.of(TckData.unit("u-9", "丙")))).as("no such record").isFalse();
    assertThat(units.get(UnitId.of("u-9"))).isEmpty();
    assertThat(units.rewrite(v1.id(), List.of(w1, w2))).isTrue();
    assertThat(units.versions(List.of(v1.id())).get(v1.id())).containsExactly(w1, w2);
    assertThat(units.get(v1.id())).contains(w2);
    assertThat(list(units.all())).containsExactly(w2);
    assertThat(units.appendVersion(v2, 2)).as("versions still counted: the next one is 3").isTrue();
    assertThat(units.versions(List.of(v1.id())).get(v1.id())).containsExactly(w1, w2, v2);
  }

  /**
   * A rewritten ledger record keeps its supersession mark and its place in time: a corrected row
   * rewritten stays corrected, a current row rewritten is read back rewritten by range.
   */
  @Test
  public void rewriteKeepsALedgerRecordsMarkAndPlace() {
    RecordTable<EntryId, Entry> entries = storage.table(RecordKind.ENTRIES);
    Entry old = TckData.visitorEntry("e-1", "s-001", TckData.ALATAN_BATER, T);
    Entry fix = Entry.builder().from(old).id(EntryId.of("e-2")).supersedes(old.id()).build();
    entries.insertAbsent(List.of(old, fix));
    entries.markSuperseded(old.id(), fix.id());
    Entry oldErased = dev.cordon.core.privacy.Redaction.erase(old);
    Entry fixErased = dev.cordon.core.privacy.Redaction.erase(fix);
    assertThat(entries.rewrite(old.id(), List.of(oldErased))).isTrue();
    assertThat(entries.rewrite(fix.id(), List.of(fixErased))).isTrue();
    assertThat(entries.get(old.id())).contains(oldErased);
    assertThat(entries.supersededBy(RecordKind.ENTRIES, List.of(old.id(), fix.id())))
        .isEqualTo(Map.of(old.id(), fix.id()));
    assertThat(list(entries.current(RecordKind.ENTRIES, T.minusSeconds(1), T.plusSeconds(1)))).containsExactly(fixErased);
    assertThat(list(entries.all())).containsExactly(oldErased, fixErased);
  }

  /**
   * all() is weakly consistent: the reading thread may rewrite and insert records between its
   * elements, each write its own transaction, and the stream goes on to the end, every record seen
   * once.
   */
  @Test
  public void allToleratesWritesBetweenItsElements() {
    RecordTable<EntryId, Entry> entries = storage.table(RecordKind.ENTRIES);
    List<Entry> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      rows.add(TckData.visitorEntry(String.format("e-%04d", i), "s-001", TckData.ALATAN_BATER, T.plusSeconds(i)));
    }
    entries.insertAbsent(rows);
    List<EntryId> seen = new java.util.ArrayList<>();
    try (java.util.stream.Stream<Entry> all = entries.all()) {
      all.forEach(e -> {
        seen.add(e.id());
        storage.inTransaction(() -> entries.rewrite(e.id(), List.of(dev.cordon.core.privacy.Redaction.erase(e))));
        if (seen.size() % 100 == 0) {
          storage.inTransaction(() -> entries.insertAbsent(List.of(TckData.visitorEntry(
              "z-" + seen.size(), "s-001", TckData.O_NEILL, T))));
        }
      });
    }
    assertThat(seen.subList(0, 1200)).containsExactlyElementsOf(rows.stream().map(Entry::id).toList());
    assertThat(list(entries.all()).stream().filter(e -> e.id().value().startsWith("e-")))
        .hasSize(1200).allSatisfy(e -> assertThat(e.entrant().name()).isEmpty());
  }

  /** A nested transaction that throws is undone alone; the outer one goes on and commits. */
  @Test
  public void aNestedTransactionThatThrowsIsUndoneAlone() {
    Unit outer = TckData.unit("u-1", "包头供热分公司");
    Unit inner = TckData.unit("u-2", "额济纳旗供热站");
    storage.inTransaction(() -> {
      storage.units().put(outer);
      Throwable t = catchThrowable(() -> storage.inTransaction(() -> {
        storage.units().put(inner);
        throw new IllegalStateException("inner");
      }));
      assertThat(t).hasMessage("inner");
      assertThat(storage.units().get(inner.id())).isEmpty();
    });
    assertThat(storage.units().get(outer.id())).contains(outer);
    assertThat(storage.units().get(inner.id())).isEmpty();
  }

  /** Records come back equal to what was stored, through the table as through the port. */
  @Test
  public void recordsRoundTrip() {
    Entry e = TckData.visitorEntry("e-1", "s-001", TckData.O_NEILL, T);
    storage.entries().put(e);
    assertThat(storage.table(RecordKind.ENTRIES).get(e.id())).contains(e);
    assertThat(storage.entries().get(e.id())).contains(e);
  }
}

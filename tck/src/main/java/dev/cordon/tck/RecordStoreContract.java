package dev.cordon.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.org.Unit;
import dev.cordon.core.person.Person;
import dev.cordon.core.storage.BatchOutcome;
import dev.cordon.core.storage.LedgerStore;
import dev.cordon.core.storage.RecordStore;
import dev.cordon.core.storage.WriteOutcome;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.tck.internal.Aggregate;
import dev.cordon.tck.internal.Aggregates;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every store of every aggregate does ({@link RecordStore}): records come back exactly as
 * written, Unicode names included; writes are idempotent by id; a different record under a stored
 * id is refused ({@code CORDON-STORE-001}) and the stored one is kept; a batch is all or none;
 * {@code all()} is ordered by id and {@code count()} counts what was put. Each test runs once per
 * aggregate: units, people, sites, supply items, entries, travel, risk areas, stock movements,
 * assignments, disinfection records and findings.
 */
public abstract class RecordStoreContract extends StorageContract {
  static final String ALL = "dev.cordon.tck.internal.Aggregates#names";

  /**
   * Records come back equal to what was written: names in Chinese, Mongolian and Latin, instants to the microsecond.
   *
   * @param aggregate the aggregate under test (each case runs once for every aggregate the kit knows)
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  public void recordsRoundTripUnchanged(String aggregate) {
    roundTrip(Aggregates.named(aggregate));
  }

  private <K, V> void roundTrip(Aggregate<K, V> a) {
    RecordStore<K, V> store = a.store(storage);
    List<V> written = IntStream.range(0, 3).mapToObj(a::sample).toList();
    for (V v : written) {
      assertThat(store.put(v)).as("put %s", a.id(v)).isEqualTo(WriteOutcome.STORED);
    }
    for (V v : written) {
      assertThat(store.get(a.id(v))).as("get %s", a.id(v)).contains(v);
    }
    assertThat(list(store.all())).containsExactlyElementsOf(written);
  }

  /** Ids are text: Chinese ids and the middle dot round-trip too. */
  @Test
  public void unicodeIdsRoundTrip() {
    Unit unit = TckData.unit("包头供热分公司", "包头供热分公司");
    Person person = TckData.employee("员工·阿拉坦·巴特尔", TckData.ALATAN_BATER, "包头供热分公司");
    storage.units().put(unit);
    storage.people().put(person);
    assertThat(storage.units().get(unit.id())).contains(unit);
    assertThat(storage.people().get(person.id())).contains(person);
    assertThat(list(storage.people().all())).containsExactly(person);
  }

  /**
   * Writing the same record twice stores it once: the second write is ALREADY_PRESENT.
   *
   * @param aggregate the aggregate under test (each case runs once for every aggregate the kit knows)
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  public void writingTheSameRecordTwiceStoresItOnce(String aggregate) {
    idempotent(Aggregates.named(aggregate));
  }

  private <K, V> void idempotent(Aggregate<K, V> a) {
    RecordStore<K, V> store = a.store(storage);
    V v = a.sample(0);
    assertThat(store.put(v)).isEqualTo(WriteOutcome.STORED);
    assertThat(store.put(v)).isEqualTo(WriteOutcome.ALREADY_PRESENT);
    // an equal record built anew, as a re-import would
    assertThat(store.put(a.sample(0))).isEqualTo(WriteOutcome.ALREADY_PRESENT);
    assertThat(store.count()).isEqualTo(1);
    assertThat(store.get(a.id(v))).contains(v);
    assertThat(list(store.all())).containsExactly(v);
  }

  /**
   * A different record under a stored id is refused with CORDON-STORE-001 and the stored one is kept.
   *
   * @param aggregate the aggregate under test (each case runs once for every aggregate the kit knows)
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  public void aDifferentRecordUnderAStoredIdIsRefused(String aggregate) {
    conflict(Aggregates.named(aggregate));
  }

  private <K, V> void conflict(Aggregate<K, V> a) {
    RecordStore<K, V> store = a.store(storage);
    V original = a.sample(0);
    V other = a.changed(original);
    assertThat(other).isNotEqualTo(original);
    store.put(original);
    CordonValidationException e = refusal(() -> store.put(other));
    assertThat(e.codes()).contains("CORDON-STORE-001");
    assertThat(store.get(a.id(original))).contains(original);
    assertThat(store.count()).isEqualTo(1);
    assertThat(list(store.all())).containsExactly(original);
    if (a.isVersioned()) {
      assertThat(a.versionedStore(storage).history(a.id(original))).containsExactly(original);
    } else {
      assertThat(((LedgerStore<K, V>) store).history(a.id(original))).containsExactly(original);
    }
  }

  /**
   * get() of an id never stored is empty.
   *
   * @param aggregate the aggregate under test (each case runs once for every aggregate the kit knows)
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  public void getOfAMissingIdIsEmpty(String aggregate) {
    missing(Aggregates.named(aggregate));
  }

  private <K, V> void missing(Aggregate<K, V> a) {
    RecordStore<K, V> store = a.store(storage);
    K absent = a.id(a.sample(0));
    assertThat(store.get(absent)).isEmpty();
    assertThat(store.contains(absent)).isFalse();
    store.put(a.sample(1));
    assertThat(store.get(absent)).isEmpty();
    assertThat(store.contains(absent)).isFalse();
    assertThat(store.contains(a.id(a.sample(1)))).isTrue();
  }

  /**
   * A new storage holds nothing: count() is 0 and all() is empty.
   *
   * @param aggregate the aggregate under test (each case runs once for every aggregate the kit knows)
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  public void aNewStorageIsEmpty(String aggregate) {
    RecordStore<?, ?> store = Aggregates.named(aggregate).store(storage);
    assertThat(store.count()).isZero();
    assertThat(list(store.all())).isEmpty();
  }

  /**
   * count() equals the number of records put; writing them again changes nothing.
   *
   * @param aggregate the aggregate under test (each case runs once for every aggregate the kit knows)
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  public void countEqualsTheRecordsPut(String aggregate) {
    count(Aggregates.named(aggregate));
  }

  private <K, V> void count(Aggregate<K, V> a) {
    RecordStore<K, V> store = a.store(storage);
    for (int i = 0; i < 7; i++) {
      store.put(a.sample(i));
      assertThat(store.count()).isEqualTo(i + 1);
    }
    for (int i = 0; i < 7; i++) {
      store.put(a.sample(i));
    }
    assertThat(store.count()).isEqualTo(7);
  }

  /**
   * all() returns every record ordered by id, whatever the order of writing.
   *
   * @param aggregate the aggregate under test (each case runs once for every aggregate the kit knows)
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  public void allIsOrderedById(String aggregate) {
    ordered(Aggregates.named(aggregate));
  }

  private <K, V> void ordered(Aggregate<K, V> a) {
    RecordStore<K, V> store = a.store(storage);
    for (int i : new int[] {3, 0, 5, 1, 4, 2}) {
      store.put(a.sample(i));
    }
    assertThat(list(store.all()))
        .containsExactlyElementsOf(IntStream.range(0, 6).mapToObj(a::sample).toList());
  }

  /**
   * putAll() stores every new record and reports those already present.
   *
   * @param aggregate the aggregate under test (each case runs once for every aggregate the kit knows)
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  public void putAllStoresEveryRecordOnce(String aggregate) {
    batch(Aggregates.named(aggregate));
  }

  private <K, V> void batch(Aggregate<K, V> a) {
    RecordStore<K, V> store = a.store(storage);
    assertThat(store.putAll(List.of(a.sample(0), a.sample(1), a.sample(2))))
        .isEqualTo(new BatchOutcome(3, 0));
    assertThat(store.putAll(List.of(a.sample(1), a.sample(2), a.sample(3))))
        .isEqualTo(new BatchOutcome(1, 2));
    assertThat(store.count()).isEqualTo(4);
    assertThat(store.putAll(List.of())).isEqualTo(BatchOutcome.NONE);
  }

  /**
   * A batch holding one conflicting record stores nothing: all or none.
   *
   * @param aggregate the aggregate under test (each case runs once for every aggregate the kit knows)
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  public void putAllIsAllOrNone(String aggregate) {
    allOrNone(Aggregates.named(aggregate));
  }

  private <K, V> void allOrNone(Aggregate<K, V> a) {
    RecordStore<K, V> store = a.store(storage);
    V stored = a.sample(0);
    store.put(stored);
    List<V> batch = List.of(a.sample(1), a.changed(stored), a.sample(2));
    CordonValidationException e = refusal(() -> store.putAll(batch));
    assertThat(e.codes()).contains("CORDON-STORE-001");
    assertThat(store.get(a.id(a.sample(1)))).as("a record before the conflicting one").isEmpty();
    assertThat(store.get(a.id(a.sample(2)))).as("a record after the conflicting one").isEmpty();
    assertThat(store.get(a.id(stored))).contains(stored);
    assertThat(store.count()).isEqualTo(1);
  }
}

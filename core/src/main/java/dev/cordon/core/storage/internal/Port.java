package dev.cordon.core.storage.internal;

import dev.cordon.core.privacy.Redaction;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.internal.CordonErrors;

import dev.cordon.core.storage.BatchOutcome;
import dev.cordon.core.storage.RecordKind;
import dev.cordon.core.storage.RecordStore;
import dev.cordon.core.storage.RecordTable;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.storage.StorageErrors;
import dev.cordon.core.storage.WriteOutcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A port over one table: idempotent writes by id, with a different record under a stored id refused
 * ({@code CORDON-STORE-001}). A batch is one retryable transaction (a savepoint when nested): it is
 * checked against the stored records and itself, in order, then inserted with
 * {@link RecordTable#insertAbsent}; a record another writer stored meanwhile counts as present when
 * it is the same and is refused when it differs.
 */
abstract class Port<K extends Comparable<K>, V> implements RecordStore<K, V> {
  final Storage storage;
  final RecordKind<K, V> kind;

  Port(Storage storage, RecordKind<K, V> kind) {
    this.storage = storage;
    this.kind = kind;
  }

  final RecordTable<K, V> table() {
    return storage.table(kind);
  }

  /** The provider's implementation of a query interface, or core's own over the tables. */
  final <Q> Q queries(Class<Q> type, Function<Storage, Q> fallback) {
    return storage.capability(type).orElseGet(() -> fallback.apply(storage));
  }

  @Override
  public WriteOutcome put(V value) {
    return putAll(List.of(value)).stored() == 1 ? WriteOutcome.STORED : WriteOutcome.ALREADY_PRESENT;
  }

  @Override
  public BatchOutcome putAll(List<? extends V> values) {
    RecordTable<K, V> table = table();
    if (values.isEmpty()) {
      return BatchOutcome.NONE;
    }
    return storage.inRetryableTransaction(() -> write(table, values));
  }

  /** Checks and stores a batch, inside the batch's transaction. */
  BatchOutcome write(RecordTable<K, V> table, List<? extends V> values) {
    return write(table, values, table.versions(ids(values)));
  }

  /** Checks and stores a batch against {@code known}, the stored versions of its ids. */
  final BatchOutcome write(RecordTable<K, V> table, List<? extends V> values, Map<K, List<V>> known) {
    Map<K, V> fresh = new LinkedHashMap<>();
    int present = 0;
    for (V v : values) {
      K id = kind.idOf(v);
      V pending = fresh.get(id);
      if (pending != null) {
        if (!pending.equals(v)) {
          throw StorageErrors.conflict(id);
        }
        present++;
        continue;
      }
      List<V> stored = known.get(id);
      if (stored != null) {
        if (!holds(stored, v)) {
          throw StorageErrors.conflict(id);
        }
        present++;
        continue;
      }
      requireNotRedacted(v);
      fresh.put(id, v);
    }
    int raced = insert(table, new ArrayList<>(fresh.values())).size();
    return new BatchOutcome(fresh.size() - raced, present + raced);
  }

  /**
   * Inserts new records; a record another writer stored first is fine when it is the same and
   * refused when it differs. Returns those another writer stored first.
   */
  final List<V> insert(RecordTable<K, V> table, List<V> fresh) {
    if (fresh.isEmpty()) {
      return List.of();
    }
    List<V> raced = table.insertAbsent(fresh);
    if (!raced.isEmpty()) {
      Map<K, List<V>> now = table.versions(ids(raced));
      for (V v : raced) {
        List<V> stored = now.get(kind.idOf(v));
        if (stored == null || !holds(stored, v)) {
          throw StorageErrors.conflict(kind.idOf(v));
        }
      }
    }
    return raced;
  }

  /**
   * Whether the stored versions hold {@code v}: one of them equals it, or — for a record whose
   * personal values a purge erased — one equals it erased. A ledger imported again after a purge is
   * already present, and the erased values are not brought back.
   */
  static <V> boolean holds(List<V> stored, V v) {
    if (stored.contains(v)) {
      return true;
    }
    V last = stored.get(stored.size() - 1);
    return !Redaction.redacted(last).isEmpty() && stored.contains(Redaction.erase(v));
  }

  /** A redacted copy (erased or withheld values) is never stored through a port. */
  static void requireNotRedacted(Object v) {
    if (!Redaction.redacted(v).isEmpty()) {
      throw new CordonValidationException(CordonErrors.redactedCopyStored("redacted"));
    }
  }

  /** The distinct ids of {@code values}, in order. */
  final List<K> ids(Collection<? extends V> values) {
    LinkedHashSet<K> ids = new LinkedHashSet<>();
    for (V v : values) {
      ids.add(kind.idOf(v));
    }
    return new ArrayList<>(ids);
  }

  @Override
  public Optional<V> get(K id) {
    return table().get(id);
  }

  @Override
  public boolean contains(K id) {
    return table().contains(id);
  }

  @Override
  public Stream<V> all() {
    return table().all();
  }

  @Override
  public long count() {
    return table().count();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + kind.name() + "]";
  }
}

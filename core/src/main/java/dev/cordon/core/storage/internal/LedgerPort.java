package dev.cordon.core.storage.internal;

import dev.cordon.core.privacy.Redaction;
import dev.cordon.core.storage.BatchOutcome;
import dev.cordon.core.storage.LedgerStore;
import dev.cordon.core.storage.RecordKind;
import dev.cordon.core.storage.RecordTable;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.storage.StorageErrors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An append-only ledger port. A batch is checked against the stored records and itself in order:
 * idempotency by id, and a correction only of a stored (or earlier in the batch) record that no
 * other record corrects ({@code CORDON-STORE-002}, {@code CORDON-STORE-003}). The corrections are
 * marked with {@link RecordTable#markSuperseded}, atomic per record, so two writers racing to
 * correct the same record cannot both succeed.
 */
class LedgerPort<K extends Comparable<K>, V> extends Port<K, V> implements LedgerStore<K, V> {
  LedgerPort(Storage storage, RecordKind<K, V> kind) {
    super(storage, kind);
  }

  /** What a port adds to one batch: locks, a look at each new record, a last check. */
  interface Batch<K, V> {
    /** Run first in the batch's transaction, before it is checked (to take locks); true if it did. */
    default boolean lock(List<? extends V> values, Map<K, List<V>> known) {
      return false;
    }

    /** Run for each new record, in order, with the record it corrects (or null). */
    default void accept(V value, V superseded) {}

    /** Run after the batch is stored, inside its transaction: a last check. */
    default void afterStore() {}
  }

  /** The hooks of one batch (a new object per batch: ports are shared between threads). */
  Batch<K, V> batch() {
    return new Batch<>() {};
  }

  /**
   * Whether a batch's hooks need the stored versions before it is inserted (a port whose batch
   * locks or looks at each new record says so); false for a plain ledger.
   */
  boolean readsBeforeInsert() {
    return false;
  }

  @Override
  BatchOutcome write(RecordTable<K, V> table, List<? extends V> values) {
    Set<K> targets = new LinkedHashSet<>();
    boolean redacted = false;
    for (V v : values) {
      kind.supersedesOf(v).ifPresent(targets::add);
      redacted |= !Redaction.redacted(v).isEmpty();
    }
    if (targets.isEmpty() && !redacted && !readsBeforeInsert()) {
      return insertFirst(table, values);
    }
    Set<K> wanted = new LinkedHashSet<>(ids(values));
    wanted.addAll(targets);
    Batch<K, V> batch = batch();
    Map<K, List<V>> known = table.versions(new ArrayList<>(wanted));
    if (batch.lock(values, known)) {
      known = table.versions(new ArrayList<>(wanted)); // what other writers stored while we waited
    }
    Map<K, K> correctedBy = new HashMap<>();
    List<K> storedTargets = new ArrayList<>();
    for (K t : targets) {
      if (known.containsKey(t)) {
        storedTargets.add(t);
      }
    }
    if (!storedTargets.isEmpty()) {
      correctedBy.putAll(table.supersededBy(kind, storedTargets));
    }
    Map<K, V> fresh = new LinkedHashMap<>();
    Map<K, K> correctedNow = new HashMap<>();
    int present = 0;
    for (V v : values) {
      K id = kind.idOf(v);
      V pending = fresh.get(id);
      List<V> stored = known.get(id);
      if (pending != null || stored != null) {
        boolean same = pending != null ? pending.equals(v) : holds(stored, v);
        if (!same) {
          throw StorageErrors.conflict(id);
        }
        present++;
        continue;
      }
      requireNotRedacted(v);
      V superseded = null;
      Optional<K> target = kind.supersedesOf(v);
      if (target.isPresent()) {
        K old = target.get();
        List<V> s = known.get(old);
        superseded = fresh.containsKey(old) ? fresh.get(old) : s == null ? null : s.get(s.size() - 1);
        if (superseded == null) {
          throw StorageErrors.missing(kind.name(), old);
        }
        K by = correctedNow.containsKey(old) ? correctedNow.get(old) : correctedBy.get(old);
        if (by != null) {
          throw StorageErrors.alreadyCorrected(old, by);
        }
        correctedNow.put(old, id);
      }
      batch.accept(v, superseded);
      fresh.put(id, v);
    }
    List<V> rows = new ArrayList<>(fresh.values());
    List<V> raced = insert(table, rows);
    Set<K> racedIds = new HashSet<>(ids(raced));
    for (V v : rows) {
      Optional<K> target = kind.supersedesOf(v);
      if (target.isPresent() && !racedIds.contains(kind.idOf(v))) {
        Optional<K> first = table.markSuperseded(target.get(), kind.idOf(v));
        if (first.isPresent()) {
          throw StorageErrors.alreadyCorrected(target.get(), first.get());
        }
      }
    }
    batch.afterStore();
    return new BatchOutcome(fresh.size() - raced.size(), present + raced.size());
  }

  /**
   * A batch of new records that correct nothing, as an import brings them: inserted first, and only
   * the ids found taken read back — an equal record is already present, a different one a conflict
   * that rolls the batch's transaction back ({@link #insert}). The same outcomes as reading every id
   * first, one round trip fewer per batch.
   */
  private BatchOutcome insertFirst(RecordTable<K, V> table, List<? extends V> values) {
    // nothing known stored: Port.write checks the batch against itself, and insert reads back what was taken
    return write(table, values, Map.of());
  }

  @Override
  public List<V> history(K id) {
    RecordTable<K, V> table = table();
    List<V> out = new ArrayList<>();
    Set<K> seen = new HashSet<>();
    K next = id;
    while (next != null && seen.add(next)) {
      Optional<V> v = table.get(next);
      if (v.isEmpty()) {
        break;
      }
      out.add(v.get());
      next = table.supersededBy(kind, List.of(next)).get(next);
    }
    return out;
  }
}

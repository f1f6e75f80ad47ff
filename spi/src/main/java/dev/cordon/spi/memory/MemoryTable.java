package dev.cordon.spi.memory;

import dev.cordon.core.storage.RecordKind;
import dev.cordon.core.storage.RecordTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;

/**
 * One kind's records in memory: every version per id, in id order; which ledger records are
 * superseded; and, for kinds with instants, an index of the current records by instant then id
 * (what the day's queries read). Writes run under the storage's lock inside a transaction and
 * register their undo; reads do not lock (weakly consistent iteration).
 */
final class MemoryTable<K extends Comparable<K>, V> implements RecordTable<K, V> {
  private final MemoryStorage storage;
  private final RecordKind<K, V> kind;
  private final ConcurrentSkipListMap<K, List<V>> rows = new ConcurrentSkipListMap<>();
  private final ConcurrentHashMap<K, K> supersededBy = new ConcurrentHashMap<>();
  private final ConcurrentSkipListMap<At<K>, V> byInstant = new ConcurrentSkipListMap<>();

  MemoryTable(MemoryStorage storage, RecordKind<K, V> kind) {
    this.storage = storage;
    this.kind = kind;
  }

  private At<K> at(V v) {
    return new At<>(kind.instantOf(v).orElseThrow(), kind.idOf(v));
  }

  @Override
  public List<V> insertAbsent(List<? extends V> records) {
    return storage.inTransaction(() -> {
      List<V> taken = new ArrayList<>();
      for (V v : records) {
        K id = kind.idOf(v);
        if (rows.putIfAbsent(id, List.of(v)) != null) {
          taken.add(v);
          continue;
        }
        if (kind.hasInstant()) {
          byInstant.put(at(v), v);
        }
        storage.onRollback(() -> {
          rows.remove(id);
          if (kind.hasInstant()) {
            byInstant.remove(at(v));
          }
        });
      }
      return taken;
    });
  }

  @Override
  public Map<K, List<V>> versions(Collection<K> ids) {
    storage.checkOpen();
    Map<K, List<V>> out = new HashMap<>();
    for (K id : ids) {
      List<V> v = rows.get(id);
      if (v != null) {
        out.put(id, v);
      }
    }
    return out;
  }

  @Override
  public boolean appendVersion(V record, int stored) {
    return storage.inTransaction(() -> {
      K id = kind.idOf(record);
      List<V> before = rows.get(id);
      if (before == null || before.size() != stored) {
        return false;
      }
      List<V> after = new ArrayList<>(before);
      after.add(record);
      rows.put(id, List.copyOf(after));
      storage.onRollback(() -> rows.put(id, before));
      return true;
    });
  }

  @Override
  public boolean rewrite(K id, List<? extends V> versions) {
    return storage.inTransaction(() -> {
      List<V> before = rows.get(id);
      if (before == null || before.size() != versions.size() || versions.isEmpty()) {
        return false;
      }
      for (V v : versions) {
        if (!kind.idOf(v).equals(id)) {
          throw new IllegalArgumentException("a version of another record given to rewrite " + kind.name() + " " + id);
        }
      }
      List<V> after = List.copyOf(versions);
      rows.put(id, after);
      V indexed = null;
      if (kind.hasInstant()) {
        At<K> key = at(before.get(before.size() - 1));
        indexed = byInstant.get(key);
        if (indexed != null) {
          byInstant.remove(key);
          byInstant.put(at(after.get(after.size() - 1)), after.get(after.size() - 1));
        }
      }
      V wasIndexed = indexed;
      storage.onRollback(() -> {
        rows.put(id, before);
        if (wasIndexed != null) {
          byInstant.remove(at(after.get(after.size() - 1)));
          byInstant.put(at(wasIndexed), wasIndexed);
        }
      });
      return true;
    });
  }

  @Override
  public Optional<K> markSuperseded(K old, K by) {
    return storage.inTransaction(() -> {
      K first = supersededBy.putIfAbsent(old, by);
      if (first != null) {
        return Optional.of(first);
      }
      List<V> oldRows = rows.get(old);
      V removed = oldRows == null || !kind.hasInstant() ? null : byInstant.remove(at(oldRows.get(0)));
      storage.onRollback(() -> {
        supersededBy.remove(old);
        if (removed != null) {
          byInstant.put(at(removed), removed);
        }
      });
      return Optional.empty();
    });
  }

  @Override
  public Stream<V> all() {
    storage.checkOpen();
    return rows.values().stream().map(v -> v.get(v.size() - 1));
  }

  @Override
  public Optional<V> get(K id) {
    storage.checkOpen();
    List<V> v = rows.get(id);
    return v == null ? Optional.empty() : Optional.of(v.get(v.size() - 1));
  }

  @Override
  public boolean contains(K id) {
    storage.checkOpen();
    return rows.containsKey(id);
  }

  @Override
  public long count() {
    storage.checkOpen();
    return rows.size();
  }

  @Override
  public Map<K, K> supersededBy(RecordKind<K, V> kind, Collection<K> ids) {
    storage.checkOpen();
    Map<K, K> out = new HashMap<>();
    for (K id : ids) {
      K by = supersededBy.get(id);
      if (by != null) {
        out.put(id, by);
      }
    }
    return out;
  }

  @Override
  public Stream<V> current(RecordKind<K, V> kind, Instant from, Instant to) {
    storage.checkOpen();
    if (!from.isBefore(to)) {
      return Stream.empty();
    }
    return byInstant.subMap(At.bound(from), At.bound(to)).values().stream();
  }

  @Override
  public Stream<V> current(RecordKind<K, V> kind) {
    return all().filter(v -> !supersededBy.containsKey(kind.idOf(v)));
  }
}

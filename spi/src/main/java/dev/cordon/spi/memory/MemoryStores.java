package dev.cordon.spi.memory;

import dev.cordon.core.storage.BatchOutcome;
import dev.cordon.core.storage.RecordStore;
import dev.cordon.core.storage.VersionedStore;
import dev.cordon.core.storage.WriteOutcome;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import java.util.stream.Stream;

/** The generic in-memory stores behind {@link MemoryStorage}. */
final class MemoryStores {
  private MemoryStores() {}

  static CordonValidationException conflict(Object id) {
    return new CordonValidationException(Violation.of("CORDON-STORE-001", "id", String.valueOf(id)));
  }

  static CordonValidationException missing(String what, Object id) {
    return new CordonValidationException(Violation.of("CORDON-STORE-002", "id", String.valueOf(id), what));
  }

  /** Every version of every record, latest last; writes under the storage's lock. */
  static class Versioned<K extends Comparable<K>, V> implements VersionedStore<K, V> {
    final MemoryStorage storage;
    final String what;
    final Function<V, K> idOf;
    final ConcurrentSkipListMap<K, List<V>> versions = new ConcurrentSkipListMap<>();

    Versioned(MemoryStorage storage, String what, Function<V, K> idOf) {
      this.storage = storage;
      this.what = what;
      this.idOf = idOf;
    }

    @Override
    public WriteOutcome put(V value) {
      return storage.write(() -> {
        K id = idOf.apply(value);
        List<V> existing = versions.get(id);
        if (existing != null) {
          if (existing.get(existing.size() - 1).equals(value) || existing.contains(value)) {
            return WriteOutcome.ALREADY_PRESENT;
          }
          throw conflict(id);
        }
        store(id, null, value);
        return WriteOutcome.STORED;
      });
    }

    @Override
    public WriteOutcome update(V value) {
      return storage.write(() -> {
        K id = idOf.apply(value);
        List<V> existing = versions.get(id);
        if (existing == null) {
          throw missing(what, id);
        }
        V latest = existing.get(existing.size() - 1);
        if (latest.equals(value)) {
          return WriteOutcome.ALREADY_PRESENT;
        }
        store(id, latest, value);
        return WriteOutcome.STORED;
      });
    }

    @Override
    public BatchOutcome putAll(List<? extends V> values) {
      return storage.write(() -> VersionedStore.super.putAll(values));
    }

    /** Adds a version and keeps indexes; undone if the transaction fails. */
    void store(K id, V previous, V value) {
      List<V> before = versions.get(id);
      List<V> after = new ArrayList<>(before == null ? List.of() : before);
      after.add(value);
      versions.put(id, List.copyOf(after));
      indexed(previous, value);
      storage.onRollback(() -> {
        if (before == null) {
          versions.remove(id);
        } else {
          versions.put(id, before);
        }
        indexed(value, previous);
      });
    }

    /** Hook for subclasses that keep an index: {@code removed} left it, {@code added} joined. */
    void indexed(V removed, V added) {}

    @Override
    public Optional<V> get(K id) {
      storage.checkOpen();
      List<V> v = versions.get(id);
      return v == null ? Optional.empty() : Optional.of(v.get(v.size() - 1));
    }

    @Override
    public Stream<V> all() {
      storage.checkOpen();
      return latest(versions.values());
    }

    Stream<V> latest(Collection<List<V>> lists) {
      return lists.stream().map(l -> l.get(l.size() - 1)).onClose(storage::checkOpen);
    }

    @Override
    public long count() {
      storage.checkOpen();
      return versions.size();
    }

    @Override
    public List<V> history(K id) {
      storage.checkOpen();
      return versions.getOrDefault(id, List.of());
    }
  }

  /** A ledger: records never change; a correction supersedes, and only current records are indexed. */
  static class Ledger<K extends Comparable<K>, V, X extends Comparable<X>> implements RecordStore<K, V> {
    final MemoryStorage storage;
    final String what;
    final Function<V, K> idOf;
    final Function<V, Optional<K>> supersedesOf;
    final Function<V, X> orderOf;
    final ConcurrentSkipListMap<K, V> records = new ConcurrentSkipListMap<>();
    final ConcurrentSkipListMap<K, K> correctedBy = new ConcurrentSkipListMap<>();
    /** Current (not superseded) records by their order key (instant and id). */
    final ConcurrentSkipListMap<X, V> current = new ConcurrentSkipListMap<>();

    Ledger(MemoryStorage storage, String what, Function<V, K> idOf, Function<V, Optional<K>> supersedesOf,
        Function<V, X> orderOf) {
      this.storage = storage;
      this.what = what;
      this.idOf = idOf;
      this.supersedesOf = supersedesOf;
      this.orderOf = orderOf;
    }

    @Override
    public WriteOutcome put(V value) {
      return storage.write(() -> {
        K id = idOf.apply(value);
        V existing = records.get(id);
        if (existing != null) {
          if (existing.equals(value)) {
            return WriteOutcome.ALREADY_PRESENT;
          }
          throw conflict(id);
        }
        Optional<K> old = supersedesOf.apply(value);
        V oldRecord = null;
        if (old.isPresent()) {
          oldRecord = records.get(old.get());
          if (oldRecord == null) {
            throw missing(what, old.get());
          }
          K by = correctedBy.get(old.get());
          if (by != null) {
            throw new CordonValidationException(Violation.of("CORDON-STORE-003", "supersedes",
                String.valueOf(old.get()), String.valueOf(by)));
          }
        }
        beforeAppend(value, oldRecord);
        append(id, value, old.orElse(null), oldRecord);
        return WriteOutcome.STORED;
      });
    }

    @Override
    public BatchOutcome putAll(List<? extends V> values) {
      return storage.write(() -> RecordStore.super.putAll(values));
    }

    /** Hook: checks to make, under the lock, before {@code value} is appended. */
    void beforeAppend(V value, V superseded) {}

    void append(K id, V value, K oldId, V oldRecord) {
      records.put(id, value);
      current.put(orderOf.apply(value), value);
      if (oldId != null) {
        correctedBy.put(oldId, id);
        current.remove(orderOf.apply(oldRecord));
      }
      indexed(oldRecord, value);
      storage.onRollback(() -> {
        records.remove(id);
        current.remove(orderOf.apply(value));
        if (oldId != null) {
          correctedBy.remove(oldId);
          current.put(orderOf.apply(oldRecord), oldRecord);
        }
        indexed(value, oldRecord);
      });
    }

    void indexed(V removed, V added) {}

    @Override
    public Optional<V> get(K id) {
      storage.checkOpen();
      return Optional.ofNullable(records.get(id));
    }

    @Override
    public Stream<V> all() {
      storage.checkOpen();
      return records.values().stream();
    }

    @Override
    public long count() {
      storage.checkOpen();
      return records.size();
    }

    public List<V> history(K id) {
      storage.checkOpen();
      List<V> out = new ArrayList<>();
      K next = records.containsKey(id) ? id : null;
      while (next != null) {
        out.add(records.get(next));
        next = correctedBy.get(next);
      }
      return out;
    }

    /** Current records with order keys in {@code [from, to)}. */
    Stream<V> range(X from, X to) {
      storage.checkOpen();
      return current.subMap(from, true, to, false).values().stream();
    }
  }
}

package dev.cordon.tck.minimal;

import dev.cordon.core.CordonStorageException;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.storage.LockKey;
import dev.cordon.core.storage.RecordKind;
import dev.cordon.core.storage.RecordTable;
import dev.cordon.core.storage.Storage;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The smallest storage provider that passes the whole conformance kit: the storage core and nothing
 * else — six methods of {@link Storage} and five of {@link RecordTable}, no default overridden, no
 * query capability offered. It knows no record type: a table is a sorted map from id text to the
 * record's versions as JSON, kept by kind name, as a provider writing to a key-value store or files
 * would keep them. Transactions copy the state on begin and swap it in on commit (one writer at a
 * time, one lock); a nested transaction is a copy of the copy. Nothing is kept after close.
 */
final class MinimalStorage implements Storage {
  /** The whole state: per kind name, id text → versions as JSON; and id text → id text of its corrector. */
  private record State(Map<String, TreeMap<String, List<String>>> rows, Map<String, Map<String, String>> correctedBy) {
    static State empty() {
      return new State(new HashMap<>(), new HashMap<>());
    }

    State copy() {
      Map<String, TreeMap<String, List<String>>> r = new HashMap<>();
      rows.forEach((k, v) -> r.put(k, new TreeMap<>(v)));
      Map<String, Map<String, String>> c = new HashMap<>();
      correctedBy.forEach((k, v) -> c.put(k, new HashMap<>(v)));
      return new State(r, c);
    }

    /** A kind's rows, created if absent: only on a transaction's own copy. */
    TreeMap<String, List<String>> rows(RecordKind<?, ?> kind) {
      return rows.computeIfAbsent(kind.name(), k -> new TreeMap<>());
    }

    /** A kind's rows, for reading: never changes the state (the committed one is shared). */
    TreeMap<String, List<String>> read(RecordKind<?, ?> kind) {
      return rows.getOrDefault(kind.name(), new TreeMap<>());
    }

    Map<String, String> correctedBy(RecordKind<?, ?> kind) {
      return correctedBy.computeIfAbsent(kind.name(), k -> new HashMap<>());
    }
  }

  private final ReentrantLock writer = new ReentrantLock();
  private final ThreadLocal<Deque<State>> open = new ThreadLocal<>();
  private final Map<RecordKind<?, ?>, RecordTable<?, ?>> tables = new ConcurrentHashMap<>();
  private volatile State committed = State.empty();
  private volatile boolean closed;

  private void checkOpen() {
    if (closed) {
      throw new CordonStorageException("The minimal storage is closed.", CordonStorageException.Fault.CLOSED,
          null, null);
    }
  }

  /** The state this thread reads: its transaction's, else the committed one (a snapshot). */
  private State reading() {
    checkOpen();
    Deque<State> tx = open.get();
    return tx == null ? committed : tx.peek();
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    checkOpen();
    writer.lock();
    try {
      Deque<State> tx = open.get();
      boolean outer = tx == null;
      if (outer) {
        tx = new ArrayDeque<>();
        open.set(tx);
        tx.push(committed.copy());
      } else {
        tx.push(tx.peek().copy());
      }
      try {
        T result = work.get();
        State done = tx.pop();
        if (outer) {
          checkOpen();
          committed = done;
        } else {
          tx.pop();
          tx.push(done);
        }
        return result;
      } catch (RuntimeException | Error e) {
        tx.pop();
        throw e;
      } finally {
        if (outer) {
          open.remove();
        }
      }
    } finally {
      writer.unlock();
    }
  }

  @Override
  public void lock(LockKey key) {
    if (open.get() == null) {
      throw new IllegalStateException("lock outside a transaction");
    }
    // one writer at a time: a transaction holds every lock already
  }

  @Override
  public ZoneId zone() {
    return ZoneId.of("Asia/Shanghai");
  }

  @Override
  public Map<String, String> describe() {
    return Map.of("provider", "minimal", "url", "minimal:");
  }

  @Override
  public void close() {
    closed = true;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <K extends Comparable<K>, V> RecordTable<K, V> table(RecordKind<K, V> kind) {
    checkOpen();
    return (RecordTable<K, V>) tables.computeIfAbsent(kind, k -> new Table<>(kind));
  }

  /** One kind's records as JSON. */
  private final class Table<K extends Comparable<K>, V> implements RecordTable<K, V> {
    private final RecordKind<K, V> kind;

    Table(RecordKind<K, V> kind) {
      this.kind = kind;
    }

    private V parse(String json) {
      return CordonJson.read(json, kind.type());
    }

    @Override
    public List<V> insertAbsent(List<? extends V> records) {
      return inTransaction(() -> {
        TreeMap<String, List<String>> rows = reading().rows(kind);
        List<V> taken = new ArrayList<>();
        for (V v : records) {
          if (rows.putIfAbsent(kind.idText(kind.idOf(v)), List.of(CordonJson.write(v))) != null) {
            taken.add(v);
          }
        }
        return taken;
      });
    }

    @Override
    public Map<K, List<V>> versions(Collection<K> ids) {
      TreeMap<String, List<String>> rows = reading().read(kind);
      Map<K, List<V>> out = new HashMap<>();
      for (K id : ids) {
        List<String> versions = rows.get(kind.idText(id));
        if (versions != null) {
          out.put(id, versions.stream().map(this::parse).toList());
        }
      }
      return out;
    }

    @Override
    public boolean appendVersion(V record, int stored) {
      return inTransaction(() -> {
        TreeMap<String, List<String>> rows = reading().rows(kind);
        String id = kind.idText(kind.idOf(record));
        List<String> versions = rows.get(id);
        if (versions == null || versions.size() != stored) {
          return false;
        }
        List<String> next = new ArrayList<>(versions);
        next.add(CordonJson.write(record));
        rows.put(id, List.copyOf(next));
        return true;
      });
    }

    @Override
    public boolean rewrite(K id, List<? extends V> versions) {
      return inTransaction(() -> {
        TreeMap<String, List<String>> rows = reading().rows(kind);
        List<String> stored = rows.get(kind.idText(id));
        if (stored == null || stored.size() != versions.size()) {
          return false;
        }
        rows.put(kind.idText(id), versions.stream().map(CordonJson::write).toList());
        return true;
      });
    }

    @Override
    public Optional<K> markSuperseded(K old, K by) {
      return inTransaction(() -> {
        Map<String, String> correctedBy = reading().correctedBy(kind);
        String first = correctedBy.putIfAbsent(kind.idText(old), kind.idText(by));
        if (first == null) {
          return Optional.empty();
        }
        return Optional.of(kind.idOf(parse(reading().rows(kind).get(first).get(0))));
      });
    }

    @Override
    public Stream<V> all() {
      List<List<String>> rows = new ArrayList<>(reading().read(kind).values());
      return rows.stream().map(v -> parse(v.get(v.size() - 1)));
    }
  }
}

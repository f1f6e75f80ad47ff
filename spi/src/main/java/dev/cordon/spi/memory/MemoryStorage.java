package dev.cordon.spi.memory;

import dev.cordon.core.CordonStorageException;
import dev.cordon.core.storage.LockKey;
import dev.cordon.core.storage.RecordKind;
import dev.cordon.core.storage.RecordTable;
import dev.cordon.core.storage.Storage;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The in-memory {@link Storage}: the storage core in memory, complete and thread-safe. Transactions
 * are serialised by one lock (so every check core makes and the writes that follow are one step,
 * and {@link #lock} has nothing more to do), and undone from a journal when they fail — a nested
 * transaction back to where it began. Reads do not lock and see the committed state plus the writes
 * of a transaction in progress (weakly consistent iteration). Nothing survives {@link #close()} or
 * the end of the JVM.
 */
public final class MemoryStorage implements Storage {
  private final String url;
  private final ZoneId zone;
  private final ReentrantLock lock = new ReentrantLock();
  private final ThreadLocal<Deque<Runnable>> journal = new ThreadLocal<>();
  private final Map<RecordKind<?, ?>, MemoryTable<?, ?>> tables = new LinkedHashMap<>();
  private volatile boolean closed;

  /**
   * A new, empty in-memory storage counting days in Asia/Shanghai.
   *
   * @param url the storage URL
   */
  public MemoryStorage(String url) {
    this(url, ZoneId.of("Asia/Shanghai"));
  }

  /**
   * A new, empty in-memory storage counting days in {@code zone}.
   *
   * @param url the storage URL
   * @param zone the zone days are counted in
   */
  public MemoryStorage(String url, ZoneId zone) {
    this.url = url;
    this.zone = zone;
    for (RecordKind<?, ?> kind : RecordKind.all()) {
      tables.put(kind, newTable(kind));
    }
  }

  private <K extends Comparable<K>, V> MemoryTable<K, V> newTable(RecordKind<K, V> kind) {
    return new MemoryTable<>(this, kind);
  }

  void checkOpen() {
    if (closed) {
      throw new CordonStorageException("The storage " + url + " is closed; open a new one.",
          CordonStorageException.Fault.CLOSED, null, null);
    }
  }

  /** Registers an undo action for the current transaction. */
  void onRollback(Runnable undo) {
    journal.get().push(undo);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <K extends Comparable<K>, V> RecordTable<K, V> table(RecordKind<K, V> kind) {
    checkOpen();
    return (RecordTable<K, V>) tables.get(kind);
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    checkOpen();
    lock.lock();
    try {
      checkOpen();
      Deque<Runnable> j = journal.get();
      boolean outer = j == null;
      if (outer) {
        j = new ArrayDeque<>();
        journal.set(j);
      }
      int mark = j.size();
      try {
        return work.get();
      } catch (RuntimeException | Error e) {
        while (j.size() > mark) {
          j.pop().run();
        }
        throw e;
      } finally {
        if (outer) {
          journal.remove();
        }
      }
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void lock(LockKey key) {
    checkOpen();
    if (journal.get() == null) {
      throw new IllegalStateException("lock(" + key.text() + ") outside a transaction");
    }
    // a transaction holds the storage's lock throughout: nothing more to take
  }

  @Override
  public ZoneId zone() {
    return zone;
  }

  @Override
  public Map<String, String> describe() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("provider", MemoryStorageProvider.ID);
    d.put("url", url);
    d.put("persistent", "false");
    d.put("zone", zone.getId());
    return d;
  }

  @Override
  public void close() {
    closed = true;
  }

  @Override
  public String toString() {
    return "MemoryStorage[" + url + (closed ? ", closed" : "") + "]";
  }
}

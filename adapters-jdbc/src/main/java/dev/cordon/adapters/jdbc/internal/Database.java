package dev.cordon.adapters.jdbc.internal;

import dev.cordon.core.CordonStorageException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.ZoneId;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Connections and transactions of one open storage.
 *
 * <p>{@link #inTransaction} binds a connection to the calling thread; every read and write the
 * thread makes inside it uses that connection, and nested calls join. A write outside any
 * transaction runs in a transaction of its own (autocommit is always off), retried a few times when
 * the database reports a serialisation failure, a deadlock or a racing insert. A write inside a
 * transaction runs under a savepoint, so a refused batch leaves nothing behind even when the caller
 * catches the refusal and goes on.
 */
public final class Database {
  private static final int ATTEMPTS = 4;

  private final DataSource dataSource;
  private final Dialect dialect;
  private final ZoneId zone;
  private final String url;
  private final int batchSize;
  private final int fetchSize;
  private final ThreadLocal<Lease> bound = new ThreadLocal<>();
  private volatile boolean closed;

  /**
   * @param dataSource where connections come from
   * @param dialect the database's dialect
   * @param zone the zone of day columns
   * @param url the URL as shown in messages (password masked)
   * @param batchSize rows per JDBC batch
   * @param fetchSize rows per page of a streamed query
   */
  public Database(DataSource dataSource, Dialect dialect, ZoneId zone, String url, int batchSize, int fetchSize) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.zone = zone;
    this.url = url;
    this.batchSize = batchSize;
    this.fetchSize = fetchSize;
  }

  /** The dialect. */
  public Dialect dialect() {
    return dialect;
  }

  /** The zone in which day columns are computed. */
  public ZoneId zone() {
    return zone;
  }

  /** The URL with any password masked. */
  public String url() {
    return url;
  }

  int batchSize() {
    return batchSize;
  }

  int fetchSize() {
    return fetchSize;
  }

  /** Marks the storage closed: every later use throws. */
  public void markClosed() {
    closed = true;
  }

  /** Throws if the storage is closed. */
  public void checkOpen() {
    if (closed) {
      throw new CordonStorageException("The storage " + url + " is closed; open a new one.");
    }
  }

  /** Runs {@code work} as one transaction on a connection bound to this thread; nested calls join. */
  public <T> T inTransaction(Supplier<T> work) {
    checkOpen();
    if (bound.get() != null) {
      return work.get();
    }
    Lease lease = borrow("begin a transaction");
    bound.set(lease);
    try {
      T result = work.get();
      try {
        lease.connection.commit();
      } catch (SQLException e) {
        throw failure("commit a transaction", e);
      }
      return result;
    } catch (RuntimeException | Error e) {
      rollbackQuietly(lease.connection, e);
      throw e;
    } finally {
      bound.remove();
      lease.release();
    }
  }

  /** Runs a write: joined to the thread's transaction under a savepoint, else in a transaction of its own. */
  public <T> T write(String operation, SqlWork<T> work) {
    checkOpen();
    Lease lease = bound.get();
    if (lease != null) {
      return underSavepoint(lease.connection, operation, work);
    }
    for (int attempt = 1; ; attempt++) {
      lease = borrow(operation);
      try {
        T result = work.apply(lease.connection);
        lease.connection.commit();
        return result;
      } catch (SQLException e) {
        rollbackQuietly(lease.connection, e);
        if (attempt < ATTEMPTS && retryable(e)) {
          continue;
        }
        throw failure(operation, e);
      } catch (RuntimeException | Error e) {
        rollbackQuietly(lease.connection, e);
        throw e;
      } finally {
        lease.release();
      }
    }
  }

  private <T> T underSavepoint(Connection c, String operation, SqlWork<T> work) {
    Savepoint savepoint;
    try {
      savepoint = c.setSavepoint();
    } catch (SQLException e) {
      throw failure(operation, e);
    }
    try {
      T result = work.apply(c);
      c.releaseSavepoint(savepoint);
      return result;
    } catch (SQLException e) {
      rollbackQuietly(c, savepoint, e);
      throw failure(operation, e);
    } catch (RuntimeException | Error e) {
      rollbackQuietly(c, savepoint, e);
      throw e;
    }
  }

  /** Runs a read on the thread's transaction, or on a connection of its own. */
  public <T> T read(String operation, SqlWork<T> work) {
    checkOpen();
    Lease lease = bound.get();
    if (lease != null) {
      try {
        return work.apply(lease.connection);
      } catch (SQLException e) {
        throw failure(operation, e);
      }
    }
    lease = borrow(operation);
    try {
      T result = work.apply(lease.connection);
      lease.connection.commit();
      return result;
    } catch (SQLException e) {
      rollbackQuietly(lease.connection, e);
      throw failure(operation, e);
    } catch (RuntimeException | Error e) {
      rollbackQuietly(lease.connection, e);
      throw e;
    } finally {
      lease.release();
    }
  }

  /** A storage exception for a failed operation; the message names the operation, never data. */
  public CordonStorageException failure(String operation, SQLException e) {
    return new CordonStorageException("Cordon could not " + operation + " on " + url + " (SQLState "
        + e.getSQLState() + ", error " + e.getErrorCode() + ").", e);
  }

  private Lease borrow(String operation) {
    Connection c;
    try {
      c = dataSource.getConnection();
    } catch (SQLException e) {
      throw new CordonStorageException("Cordon could not get a connection to " + url + " to " + operation
          + " (SQLState " + e.getSQLState() + ").", e);
    }
    try {
      boolean wasAutoCommit = c.getAutoCommit();
      if (wasAutoCommit) {
        c.setAutoCommit(false);
      }
      return new Lease(c, wasAutoCommit);
    } catch (SQLException e) {
      closeQuietly(c, e);
      throw failure(operation, e);
    }
  }

  private static boolean retryable(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null) {
        String state = s.getSQLState();
        // serialisation failure, deadlock, a racing insert of the same key, H2's lock timeout
        if (state.equals("40001") || state.equals("40P01") || state.equals("23505") || state.equals("HYT00")) {
          return true;
        }
      }
    }
    return false;
  }

  private static void rollbackQuietly(Connection c, Throwable failure) {
    try {
      c.rollback();
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private static void rollbackQuietly(Connection c, Savepoint savepoint, Throwable failure) {
    try {
      c.rollback(savepoint);
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private static void closeQuietly(Connection c, Throwable failure) {
    try {
      c.close();
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /** A borrowed connection, given back as it was found. */
  private static final class Lease {
    final Connection connection;
    final boolean restoreAutoCommit;

    Lease(Connection connection, boolean restoreAutoCommit) {
      this.connection = connection;
      this.restoreAutoCommit = restoreAutoCommit;
    }

    void release() {
      try {
        if (restoreAutoCommit && !connection.isClosed()) {
          connection.setAutoCommit(true);
        }
      } catch (SQLException ignored) {
        // a broken connection: closing it below is all that is left to do
      } finally {
        try {
          connection.close();
        } catch (SQLException ignored) {
          // already broken; the pool discards it
        }
      }
    }
  }
}

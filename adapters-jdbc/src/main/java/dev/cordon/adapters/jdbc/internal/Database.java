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
  private final java.util.concurrent.atomic.AtomicLong savepoints = new java.util.concurrent.atomic.AtomicLong();
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

  /**
   * Binds query parameters from {@code first} on, the way this database stores them (dates and
   * instants as text on SQLite); returns the next index.
   */
  public int bind(java.sql.PreparedStatement ps, int first, Object... values) throws SQLException {
    return Column.bindAll(dialect, ps, first, values);
  }

  /** Binds a record's JSON as this database stores it (compressed on SQLite, see {@link Bodies}). */
  void bindBody(java.sql.PreparedStatement ps, int index, String json) throws SQLException {
    if (dialect == Dialect.SQLITE) {
      ps.setBytes(index, Bodies.compress(json));
    } else {
      ps.setString(index, json);
    }
  }

  /** A record's JSON read back from a body column. */
  String body(java.sql.ResultSet rs, int column) throws SQLException {
    return dialect == Dialect.SQLITE ? Bodies.decompress(rs.getObject(column)) : rs.getString(column);
  }

  /** A date column read back: every supported database gives its ISO text. */
  public static java.time.LocalDate date(java.sql.ResultSet rs, int column) throws SQLException {
    String text = rs.getString(column);
    return text == null ? null : java.time.LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
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
      throw new CordonStorageException("The storage " + url + " is closed; open a new one.",
          CordonStorageException.Fault.CLOSED, null, null);
    }
  }

  /**
   * Runs {@code work} as one transaction on a connection bound to this thread; a nested call is a
   * savepoint of the outer transaction, undone when it throws.
   */
  public <T> T inTransaction(Supplier<T> work) {
    checkOpen();
    Lease joined = bound.get();
    if (joined != null) {
      return underSavepoint(joined.connection, "run a nested transaction", c -> work.get());
    }
    Lease lease = borrow("begin a transaction", true);
    bound.set(lease);
    try {
      T result = work.get();
      try {
        lease.commit();
      } catch (SQLException e) {
        throw failure("commit a transaction", e);
      }
      return result;
    } catch (RuntimeException | Error e) {
      lease.rollbackQuietly(e);
      throw e;
    } finally {
      bound.remove();
      lease.release();
    }
  }

  /**
   * Runs {@code work} as {@link #inTransaction} does; when it is not nested and fails on a deadlock,
   * a serialisation failure, a lock timeout or a busy database, runs it again (up to a few times).
   */
  public <T> T inRetryableTransaction(Supplier<T> work) {
    checkOpen();
    if (bound.get() != null) {
      return inTransaction(work);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return inTransaction(work);
      } catch (CordonStorageException e) {
        if (attempt < ATTEMPTS && retryable(e)) {
          continue;
        }
        throw e;
      }
    }
  }

  private static boolean retryable(CordonStorageException e) {
    String state = e.sqlState().orElse("");
    return state.equals("40001") || state.equals("40P01") || state.equals("23505") || state.equals("HYT00")
        || e.fault() == CordonStorageException.Fault.LOCKED;
  }

  /**
   * Runs a write of a storage primitive: directly on the connection of the thread's transaction
   * when there is one (the caller's transaction, or core's savepoint around the port's write, makes
   * it atomic), else in a transaction of its own, retried like {@link #write}.
   */
  public <T> T primitive(String operation, SqlWork<T> work) {
    checkOpen();
    return bound.get() == null ? write(operation, work) : withTransaction(operation, work);
  }

  /** Runs {@code work} on the connection of the thread's transaction; there must be one. */
  public <T> T withTransaction(String operation, SqlWork<T> work) {
    checkOpen();
    Lease lease = bound.get();
    if (lease == null) {
      throw new IllegalStateException("Cordon can only " + operation + " inside a transaction.");
    }
    try {
      return work.apply(lease.connection);
    } catch (SQLException e) {
      throw failure(operation, e);
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
      lease = borrow(operation, true);
      try {
        T result = work.apply(lease.connection);
        lease.commit();
        return result;
      } catch (SQLException e) {
        lease.rollbackQuietly(e);
        if (attempt < ATTEMPTS && retryable(e)) {
          continue;
        }
        throw failure(operation, e);
      } catch (RuntimeException | Error e) {
        lease.rollbackQuietly(e);
        throw e;
      } finally {
        lease.release();
      }
    }
  }

  private <T> T underSavepoint(Connection c, String operation, SqlWork<T> work) {
    if (dialect == Dialect.SQLITE) {
      return underSqliteSavepoint(c, operation, work);
    }
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

  /** SQLite: the transaction is Cordon's own (BEGIN IMMEDIATE), so its savepoints are plain SQL. */
  private <T> T underSqliteSavepoint(Connection c, String operation, SqlWork<T> work) {
    String name = "cordon_" + savepoints.incrementAndGet();
    try {
      exec(c, "SAVEPOINT " + name);
    } catch (SQLException e) {
      throw failure(operation, e);
    }
    try {
      T result = work.apply(c);
      exec(c, "RELEASE " + name);
      return result;
    } catch (SQLException e) {
      rollbackToQuietly(c, name, e);
      throw failure(operation, e);
    } catch (RuntimeException | Error e) {
      rollbackToQuietly(c, name, e);
      throw e;
    }
  }

  private static void rollbackToQuietly(Connection c, String name, Throwable failure) {
    try {
      exec(c, "ROLLBACK TO " + name);
      exec(c, "RELEASE " + name);
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (java.sql.Statement st = c.createStatement()) {
      st.execute(sql);
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
    lease = borrow(operation, false);
    try {
      T result = work.apply(lease.connection);
      lease.commit();
      return result;
    } catch (SQLException e) {
      lease.rollbackQuietly(e);
      throw failure(operation, e);
    } catch (RuntimeException | Error e) {
      lease.rollbackQuietly(e);
      throw e;
    } finally {
      lease.release();
    }
  }

  /**
   * A storage exception for a failed operation: the message names the operation, the kind of fault
   * and the SQLState, never data; the driver's exception is not kept (see {@link Faults}).
   */
  public CordonStorageException failure(String operation, SQLException e) {
    return Faults.of(operation, url, e);
  }

  /**
   * A connection for one unit of work. On SQLite, whose driver begins a transaction eagerly when
   * autocommit is switched off (an idle pooled connection would then hold the write lock), Cordon
   * keeps autocommit on and begins the transaction itself: {@code BEGIN IMMEDIATE} for work that may
   * write, so that it takes the single write lock first (waiting up to the busy timeout) and never
   * fails half-way when a reader tries to become a writer; a plain {@code BEGIN} for reads.
   */
  private Lease borrow(String operation, boolean mayWrite) {
    Connection c;
    try {
      c = dataSource.getConnection();
    } catch (SQLException e) {
      throw Faults.of("get a connection to " + operation, url, e);
    }
    try {
      boolean wasAutoCommit = c.getAutoCommit();
      if (dialect == Dialect.SQLITE) {
        if (!wasAutoCommit) {
          c.setAutoCommit(true);
        }
        exec(c, mayWrite ? "BEGIN IMMEDIATE" : "BEGIN");
      } else if (wasAutoCommit) {
        c.setAutoCommit(false);
      }
      return new Lease(c, wasAutoCommit, dialect == Dialect.SQLITE);
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
      if (t instanceof SQLException s && s.getClass().getName().startsWith("org.sqlite.")
          && (s.getErrorCode() & 0xff) == 5) {
        return true; // SQLITE_BUSY: the busy timeout passed while another connection wrote
      }
    }
    return false;
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
    final boolean wasAutoCommit;
    final boolean ownTransaction;

    Lease(Connection connection, boolean wasAutoCommit, boolean ownTransaction) {
      this.connection = connection;
      this.wasAutoCommit = wasAutoCommit;
      this.ownTransaction = ownTransaction;
    }

    void commit() throws SQLException {
      if (ownTransaction) {
        exec(connection, "COMMIT");
      } else {
        connection.commit();
      }
    }

    void rollbackQuietly(Throwable failure) {
      try {
        if (ownTransaction) {
          exec(connection, "ROLLBACK");
        } else {
          connection.rollback();
        }
      } catch (SQLException | RuntimeException e) {
        // SQLite rolls back by itself after some errors (no transaction is active then)
        if (!(ownTransaction && String.valueOf(e.getMessage()).contains("no transaction is active"))) {
          failure.addSuppressed(e);
        }
      }
    }

    void release() {
      try {
        if (!connection.isClosed() && connection.getAutoCommit() != wasAutoCommit) {
          connection.setAutoCommit(wasAutoCommit);
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

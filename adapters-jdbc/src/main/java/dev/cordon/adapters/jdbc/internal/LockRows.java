package dev.cordon.adapters.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;

/**
 * A table of lock rows: one row per key that writers lock with {@code SELECT … FOR UPDATE} until
 * their transaction ends, inserted first if absent. Used for the stock holdings (the negative-balance
 * guard) and the notice years (the numbering). Callers lock keys in a fixed (sorted) order, so two
 * transactions locking the same keys cannot deadlock each other.
 */
final class LockRows {
  private static final int ATTEMPTS = 20;

  private final Database db;
  private final String table;
  private final int keyCount;
  private final String ensureSql;
  private final String lockSql;

  LockRows(Database db, String table, String... keyColumns) {
    this.db = db;
    this.table = table;
    this.keyCount = keyColumns.length;
    String columns = String.join(", ", keyColumns);
    this.ensureSql = db.dialect().insertUnlessPresent(table, columns, keyCount, columns);
    this.lockSql = "SELECT " + keyColumns[0] + " FROM " + table + " WHERE "
        + String.join(" = ? AND ", keyColumns) + " = ?" + db.dialect().forUpdate();
  }

  /** Locks the row of every key, in the order given, inserting each first if absent. */
  void lock(Connection c, List<Object[]> keys) throws SQLException {
    try (PreparedStatement ensure = c.prepareStatement(ensureSql); PreparedStatement lock = c.prepareStatement(lockSql)) {
      for (Object[] key : keys) {
        lockOne(c, ensure, lock, key);
      }
    }
  }

  private void lockOne(Connection c, PreparedStatement ensure, PreparedStatement lock, Object[] key)
      throws SQLException {
    for (int attempt = 1; ; attempt++) {
      ensure(c, ensure, key);
      Column.bindAll(db.dialect(), lock, 1, key);
      try (ResultSet rs = lock.executeQuery()) {
        if (rs.next()) {
          return;
        }
      }
      // H2 only: another transaction inserted the row and has not committed yet; wait for it
      if (attempt == ATTEMPTS) {
        throw new SQLException("The lock row of " + table + " stayed invisible after " + ATTEMPTS + " attempts.",
            "40001");
      }
      try {
        Thread.sleep(5L * attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("Interrupted while waiting for a lock row of " + table + ".", "40001", e);
      }
    }
  }

  private void ensure(Connection c, PreparedStatement ensure, Object[] key) throws SQLException {
    Column.bindAll(db.dialect(), ensure, 1, key);
    if (!db.dialect().rebindsKey()) {
      // PostgreSQL: ON CONFLICT DO NOTHING waits for a racing insert of the key and then does nothing
      ensure.executeUpdate();
      return;
    }
    Column.bindAll(db.dialect(), ensure, 1 + keyCount, key);
    // H2: two transactions may both find the key absent; the loser's insert fails on the primary key,
    // which must not abort the surrounding work
    Savepoint savepoint = c.setSavepoint();
    try {
      ensure.executeUpdate();
      c.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      if (!"23505".equals(e.getSQLState())) {
        throw e;
      }
      c.rollback(savepoint);
    }
  }
}

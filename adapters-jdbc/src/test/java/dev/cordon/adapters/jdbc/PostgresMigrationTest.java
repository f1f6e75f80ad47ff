package dev.cordon.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** {@link MigrationBehaviour} on PostgreSQL (a new database per test). */
class PostgresMigrationTest extends MigrationBehaviour {
  @Override
  String newDatabase() {
    return PostgresServer.get().newDatabase("migration");
  }

  @Override
  JdbcOptions options() {
    return PostgresServer.get().options();
  }

  /** Back to version 5's plain cordon_entry (same columns and rows; version 6 re-creates the indexes). */
  @Override
  void undoVersion6(java.sql.Statement st) throws SQLException {
    st.executeUpdate("CREATE TABLE cordon_entry_plain AS SELECT * FROM cordon_entry");
    st.executeUpdate("DROP TABLE cordon_entry, cordon_entry_key");
    st.executeUpdate("DROP FUNCTION cordon_entry_truncate_keys()");
    st.executeUpdate("ALTER TABLE cordon_entry_plain RENAME TO cordon_entry");
  }

  @Override
  Connection connect(String url) throws SQLException {
    return PostgresServer.get().connect(url);
  }
}

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

  @Override
  Connection connect(String url) throws SQLException {
    return PostgresServer.get().connect(url);
  }
}

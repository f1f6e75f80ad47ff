package dev.cordon.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** {@link MigrationBehaviour} on H2 (in-memory databases kept alive by the test's connection). */
class H2MigrationTest extends MigrationBehaviour {
  @Override
  String newDatabase() {
    return TestStorages.h2Url();
  }

  @Override
  JdbcOptions options() {
    return JdbcOptions.defaults();
  }

  @Override
  Connection connect(String url) throws SQLException {
    return TestStorages.h2Connection(url);
  }
}

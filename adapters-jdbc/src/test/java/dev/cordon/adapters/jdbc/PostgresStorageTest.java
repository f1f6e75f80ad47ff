package dev.cordon.adapters.jdbc;

import org.junit.jupiter.api.BeforeAll;

/** {@link StorageBehaviour} on PostgreSQL. */
class PostgresStorageTest extends StorageBehaviour {
  private static String url;

  @BeforeAll
  static void createDatabase() {
    url = PostgresServer.get().newDatabase("behaviour");
  }

  @Override
  JdbcStorage open() {
    return TestStorages.postgres(url);
  }
}

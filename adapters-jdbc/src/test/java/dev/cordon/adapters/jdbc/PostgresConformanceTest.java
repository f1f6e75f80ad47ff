package dev.cordon.adapters.jdbc;

import dev.cordon.core.storage.Storage;
import dev.cordon.tck.StorageConformance;
import org.junit.jupiter.api.BeforeAll;

/** Every contract of the conformance kit ({@code cordon-tck}) on PostgreSQL (one database, emptied before each test). */
class PostgresConformanceTest extends StorageConformance {
  private static String url;

  @BeforeAll
  static void createDatabase() {
    url = PostgresServer.get().newDatabase("conformance");
  }

  @Override
  protected Storage newStorage() {
    return TestStorages.postgres(url, PostgresServer.get().options());
  }
}

package dev.cordon.adapters.jdbc;

import dev.cordon.core.storage.Storage;
import dev.cordon.tck.StorageConformance;

/** Every contract of the conformance kit ({@code cordon-tck}) on SQLite files (a new file per test). */
class SqliteConformanceTest extends StorageConformance {
  @Override
  protected Storage newStorage() {
    return TestStorages.sqliteDefaults();
  }
}

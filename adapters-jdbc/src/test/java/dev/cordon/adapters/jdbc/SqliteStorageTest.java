package dev.cordon.adapters.jdbc;

/** {@link StorageBehaviour} on SQLite files. */
class SqliteStorageTest extends StorageBehaviour {
  @Override
  JdbcStorage open() {
    return TestStorages.sqlite();
  }
}

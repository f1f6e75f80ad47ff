package dev.cordon.adapters.jdbc;

/** {@link StorageBehaviour} on in-memory H2. */
class H2StorageTest extends StorageBehaviour {
  @Override
  JdbcStorage open() {
    return TestStorages.h2();
  }
}

package dev.cordon.adapters.jdbc;

import dev.cordon.core.storage.Storage;
import dev.cordon.tck.StorageConformance;

/** Every contract of the conformance kit ({@code cordon-tck}) on in-memory H2 (a new database per test). */
class H2ConformanceTest extends StorageConformance {
  @Override
  protected Storage newStorage() {
    return TestStorages.h2Defaults();
  }
}

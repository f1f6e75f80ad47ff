package dev.cordon.tck.memory;

import dev.cordon.core.storage.Storage;
import dev.cordon.spi.memory.MemoryStorageProvider;
import dev.cordon.spi.storage.StorageOptions;
import dev.cordon.tck.StorageConformance;

/** The in-memory provider against every storage contract of the conformance kit (cordon-tck). */
class MemoryStorageConformanceTest extends StorageConformance {
  @Override
  protected Storage newStorage() {
    return new MemoryStorageProvider().open("memory:tck", StorageOptions.defaults());
  }
}

package dev.cordon.tck.minimal;

import dev.cordon.core.storage.Storage;
import dev.cordon.tck.StorageConformance;

/**
 * The whole conformance kit on {@link MinimalStorage}, the provider that implements the storage
 * core and nothing else: every port, invariant and query comes from core.
 */
class MinimalStorageConformanceTest extends StorageConformance {
  @Override
  protected Storage newStorage() {
    return new MinimalStorage();
  }
}

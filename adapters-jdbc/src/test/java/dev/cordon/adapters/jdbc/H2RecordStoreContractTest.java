package dev.cordon.adapters.jdbc;

import dev.cordon.core.storage.Storage;
import dev.cordon.tck.RecordStoreContract;

/** The conformance kit's record-store contract on in-memory H2. */
class H2RecordStoreContractTest extends RecordStoreContract {
  @Override
  protected Storage newStorage() {
    return TestStorages.h2();
  }
}

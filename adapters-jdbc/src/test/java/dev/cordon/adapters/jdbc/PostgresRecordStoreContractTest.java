package dev.cordon.adapters.jdbc;

import dev.cordon.core.storage.Storage;
import dev.cordon.tck.RecordStoreContract;
import org.junit.jupiter.api.BeforeAll;

/** The conformance kit's record-store contract on PostgreSQL. */
class PostgresRecordStoreContractTest extends RecordStoreContract {
  private static String url;

  @BeforeAll
  static void createDatabase() {
    url = PostgresServer.get().newDatabase("tck_records");
  }

  @Override
  protected Storage newStorage() {
    return TestStorages.postgres(url);
  }
}

package dev.cordon.adapters.jdbc;

import dev.cordon.core.storage.Storage;
import dev.cordon.tck.ConcurrencyContract;
import dev.cordon.tck.DailyCountsContract;
import dev.cordon.tck.DiningPlanContract;
import dev.cordon.tck.InspectionNoticeContract;
import dev.cordon.tck.LedgerContract;
import dev.cordon.tck.LifecycleContract;
import dev.cordon.tck.RangeQueryContract;
import dev.cordon.tck.RecordStoreContract;
import dev.cordon.tck.StockLedgerContract;
import dev.cordon.tck.StreamingContract;
import dev.cordon.tck.TransactionContract;
import dev.cordon.tck.VersionedStoreContract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** Every contract of the conformance kit ({@code cordon-tck}) on PostgreSQL (one database, emptied before each test). */
class PostgresConformanceTest {
  private static String url;

  @BeforeAll
  static void createDatabase() {
    url = PostgresServer.get().newDatabase("conformance");
  }

  Storage open() {
    return TestStorages.postgres(url, PostgresServer.get().options());
  }

  @Nested
  class RecordStore extends RecordStoreContract {
    @Override
    protected Storage newStorage() {
      return open();
    }
  }

  @Nested
  class VersionedStore extends VersionedStoreContract {
    @Override
    protected Storage newStorage() {
      return open();
    }
  }

  @Nested
  class Ledger extends LedgerContract {
    @Override
    protected Storage newStorage() {
      return open();
    }
  }

  @Nested
  class RangeQuery extends RangeQueryContract {
    @Override
    protected Storage newStorage() {
      return open();
    }
  }

  @Nested
  class StockLedger extends StockLedgerContract {
    @Override
    protected Storage newStorage() {
      return open();
    }
  }

  @Nested
  class Concurrency extends ConcurrencyContract {
    @Override
    protected Storage newStorage() {
      return open();
    }
  }

  @Nested
  class Transaction extends TransactionContract {
    @Override
    protected Storage newStorage() {
      return open();
    }
  }

  @Nested
  class Streaming extends StreamingContract {
    @Override
    protected Storage newStorage() {
      return open();
    }
  }

  @Nested
  class Lifecycle extends LifecycleContract {
    @Override
    protected Storage newStorage() {
      return open();
    }
  }

  @Nested
  class InspectionNotice extends InspectionNoticeContract {
    @Override
    protected Storage newStorage() {
      return open();
    }
  }

  @Nested
  class DailyCounts extends DailyCountsContract {
    @Override
    protected Storage newStorage() {
      return open();
    }
  }

  @Nested
  class DiningPlan extends DiningPlanContract {
    @Override
    protected Storage newStorage() {
      return open();
    }
  }
}

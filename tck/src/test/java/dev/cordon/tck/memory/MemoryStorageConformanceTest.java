package dev.cordon.tck.memory;

import dev.cordon.core.storage.Storage;
import dev.cordon.spi.memory.MemoryStorageProvider;
import dev.cordon.spi.storage.StorageOptions;
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
import org.junit.jupiter.api.Nested;

/** The in-memory provider against every contract of the conformance kit (cordon-tck). */
class MemoryStorageConformanceTest {
  static Storage open() {
    return new MemoryStorageProvider().open("memory:tck", StorageOptions.defaults());
  }

  @Nested
  class RecordStores extends RecordStoreContract {
    @Override
    protected Storage newStorage() {
      return open();
    }
  }

  @Nested
  class VersionedStores extends VersionedStoreContract {
    @Override
    protected Storage newStorage() {
      return open();
    }
  }

  @Nested
  class Ledgers extends LedgerContract {
    @Override
    protected Storage newStorage() {
      return open();
    }
  }

  @Nested
  class RangeQueries extends RangeQueryContract {
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
  class Transactions extends TransactionContract {
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
  class DailyCounts extends DailyCountsContract {
    @Override
    protected Storage newStorage() {
      return open();
    }
  }

  @Nested
  class InspectionsAndNotices extends InspectionNoticeContract {
    @Override
    protected Storage newStorage() {
      return open();
    }
  }

  @Nested
  class DiningPlans extends DiningPlanContract {
    @Override
    protected Storage newStorage() {
      return open();
    }
  }
}

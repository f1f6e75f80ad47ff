package dev.cordon.tck;

import dev.cordon.core.storage.Storage;
import org.junit.jupiter.api.Nested;

/**
 * Every storage contract of the kit in one class: extend it, say how to open a fresh storage, and
 * the whole kit runs (one JUnit {@code @Nested} class per contract).
 *
 * <pre>{@code
 * class MyStorageConformanceTest extends StorageConformance {
 *   protected Storage newStorage() {
 *     return new MyStorageProvider().open("my:test", StorageOptions.defaults());
 *   }
 * }
 * }</pre>
 *
 * <p>Each call must return a new, empty storage; the kit closes what it gets. To run only some
 * contracts, extend the contract classes one by one instead.
 */
public abstract class StorageConformance {
  /**
   * Opens a new, empty storage of the provider under test.
   *
   * @return a new, empty storage of the provider under test
   */
  protected abstract Storage newStorage();

  /** {@link StorageCoreContract} on the provider under test. */
  @Nested
  public class StorageCore extends StorageCoreContract {
    @Override
    protected Storage newStorage() {
      return StorageConformance.this.newStorage();
    }
  }

  /** {@link PersonalDataContract} on the provider under test. */
  @Nested
  public class PersonalData extends PersonalDataContract {
    @Override
    protected Storage newStorage() {
      return StorageConformance.this.newStorage();
    }
  }

  /** {@link PolicyStoreContract} on the provider under test. */
  @Nested
  public class Policies extends PolicyStoreContract {
    @Override
    protected Storage newStorage() {
      return StorageConformance.this.newStorage();
    }
  }

  /** {@link RecordStoreContract} on the provider under test. */
  @Nested
  public class RecordStores extends RecordStoreContract {
    @Override
    protected Storage newStorage() {
      return StorageConformance.this.newStorage();
    }
  }

  /** {@link VersionedStoreContract} on the provider under test. */
  @Nested
  public class VersionedStores extends VersionedStoreContract {
    @Override
    protected Storage newStorage() {
      return StorageConformance.this.newStorage();
    }
  }

  /** {@link LedgerContract} on the provider under test. */
  @Nested
  public class Ledgers extends LedgerContract {
    @Override
    protected Storage newStorage() {
      return StorageConformance.this.newStorage();
    }
  }

  /** {@link RangeQueryContract} on the provider under test. */
  @Nested
  public class RangeQueries extends RangeQueryContract {
    @Override
    protected Storage newStorage() {
      return StorageConformance.this.newStorage();
    }
  }

  /** {@link StockLedgerContract} on the provider under test. */
  @Nested
  public class StockLedger extends StockLedgerContract {
    @Override
    protected Storage newStorage() {
      return StorageConformance.this.newStorage();
    }
  }

  /** {@link ConcurrencyContract} on the provider under test. */
  @Nested
  public class Concurrency extends ConcurrencyContract {
    @Override
    protected Storage newStorage() {
      return StorageConformance.this.newStorage();
    }
  }

  /** {@link TransactionContract} on the provider under test. */
  @Nested
  public class Transactions extends TransactionContract {
    @Override
    protected Storage newStorage() {
      return StorageConformance.this.newStorage();
    }
  }

  /** {@link StreamingContract} on the provider under test. */
  @Nested
  public class Streaming extends StreamingContract {
    @Override
    protected Storage newStorage() {
      return StorageConformance.this.newStorage();
    }
  }

  /** {@link LifecycleContract} on the provider under test. */
  @Nested
  public class Lifecycle extends LifecycleContract {
    @Override
    protected Storage newStorage() {
      return StorageConformance.this.newStorage();
    }
  }

  /** {@link DailyCountsContract} on the provider under test. */
  @Nested
  public class DailyCounts extends DailyCountsContract {
    @Override
    protected Storage newStorage() {
      return StorageConformance.this.newStorage();
    }
  }

  /** {@link InspectionNoticeContract} on the provider under test. */
  @Nested
  public class InspectionsAndNotices extends InspectionNoticeContract {
    @Override
    protected Storage newStorage() {
      return StorageConformance.this.newStorage();
    }
  }

  /** {@link DiningPlanContract} on the provider under test. */
  @Nested
  public class DiningPlans extends DiningPlanContract {
    @Override
    protected Storage newStorage() {
      return StorageConformance.this.newStorage();
    }
  }
}

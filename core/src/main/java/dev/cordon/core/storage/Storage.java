package dev.cordon.core.storage;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One open storage: a port per aggregate and a transaction boundary (SPI tier: storage providers
 * implement it). Thread-safe. Closing it releases its resources; any use afterwards throws a
 * {@link dev.cordon.core.CordonStorageException}.
 */
public interface Storage extends AutoCloseable {
  /** Units. */
  UnitStore units();

  /** People. */
  PersonStore people();

  /** Sites. */
  SiteStore sites();

  /** Supply items. */
  SupplyItemStore supplyItems();

  /** The registration ledger. */
  EntryLedger entries();

  /** Travel declarations. */
  TravelStore travel();

  /** Risk areas. */
  RiskAreaStore riskAreas();

  /** The stock ledger. */
  StockLedger stock();

  /** Duty assignments. */
  AssignmentStore assignments();

  /** The disinfection log. */
  DisinfectionLog disinfection();

  /** Findings of the compliance rules, with their review history. */
  FindingStore findings();

  /** Inspections (檢查督導) and their checklist results. */
  InspectionStore inspections();

  /** Named notices (通報), numbered per year. */
  NoticeStore notices();

  /** Adopted canteen plans (錯峰就餐方案), versioned. */
  DiningPlanStore diningPlans();

  /**
   * Runs {@code work} as one transaction: every write made through this storage by the current
   * thread inside it is stored together or, if {@code work} throws, not at all. Nested calls join
   * the outer transaction.
   */
  <T> T inTransaction(Supplier<T> work);

  /** Runs {@code work} as one transaction. */
  default void inTransaction(Runnable work) {
    inTransaction(() -> {
      work.run();
      return null;
    });
  }

  /**
   * Facts for diagnostics: at least {@code provider}, {@code url} (with any password masked) and,
   * where there is one, {@code schemaVersion}.
   */
  Map<String, String> describe();

  /** Releases the storage's resources. Idempotent. */
  @Override
  void close();
}

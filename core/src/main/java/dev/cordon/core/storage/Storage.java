package dev.cordon.core.storage;

import dev.cordon.core.privacy.AccessRecord;
import dev.cordon.core.privacy.PurgeRecord;

import dev.cordon.core.storage.internal.Ports;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One open storage (SPI tier). Thread-safe. Closing it releases its resources; any use afterwards
 * throws a {@link dev.cordon.core.CordonStorageException}.
 *
 * <p><b>What a provider implements: the storage core.</b> Six methods here — a {@link RecordTable}
 * per {@link RecordKind} ({@link #table}), a transaction boundary ({@link #inTransaction}), a lock
 * held to the end of the transaction ({@link #lock}), the zone days are counted in ({@link #zone}),
 * {@link #describe} and {@link #close} — and the five primitives of {@link RecordTable}. That is all
 * a provider must write to pass the whole conformance kit ({@code StorageConformance}).
 *
 * <p><b>What core builds on it: the ports.</b> {@link #units()}, {@link #entries()} … are built by
 * core over the tables and hold the domain's invariants once for every provider: writes idempotent
 * by id and a different record under a stored id refused ({@code CORDON-STORE-001}), updates of
 * unknown records refused ({@code CORDON-STORE-002}), a record corrected only once
 * ({@code CORDON-STORE-003}), notice numbers unique per year ({@code CORDON-NOTICE-003}), the stock
 * guard ({@code CORDON-SUPPLY-004}). Providers do not override the ports.
 *
 * <p><b>Optional capabilities.</b> Queries and aggregates (a day's entries, a holding's movements,
 * daily counts …) have a correct default in core that reads the tables. A provider that can answer
 * one faster offers the query interface as a capability ({@link #capability}, e.g. {@link
 * EntryQueries}), the way a Spring Data repository takes fragments; the conformance kit holds it to
 * the same contract. The JDBC provider offers every query interface, with SQL and {@code GROUP BY}.
 */
public interface Storage extends AutoCloseable {
  /** The table of {@code kind}: the same object on every call, for as long as the storage is open. */
  <K extends Comparable<K>, V> RecordTable<K, V> table(RecordKind<K, V> kind);

  /**
   * Runs {@code work} as one transaction: every write made through this storage by the current
   * thread inside it is stored together or, if {@code work} throws, not at all. A nested call runs
   * inside the outer transaction as a savepoint: when it throws, its own writes are undone and the
   * outer transaction may go on.
   */
  <T> T inTransaction(Supplier<T> work);

  /**
   * Takes {@code key}'s lock for the current thread until the current transaction ends, waiting for
   * another holder (another thread, or another process on the same database) to finish. Called only
   * inside {@link #inTransaction}; taking a key held already by this transaction returns at once.
   * A provider whose transactions are serialised already (one write lock) may do nothing.
   */
  void lock(LockKey key);

  /** The zone local days are counted in (for daily counts), fixed for the storage's life. */
  ZoneId zone();

  /**
   * Facts for diagnostics: at least {@code provider}, {@code url} (with any password masked) and,
   * where there is one, {@code schemaVersion}.
   */
  Map<String, String> describe();

  /** Releases the storage's resources. Idempotent. */
  @Override
  void close();

  /**
   * A capability the provider offers, such as a faster implementation of a query interface
   * ({@link EntryQueries}, {@link StockQueries} …); empty by default. Core asks for each query
   * interface once per port call and falls back to its own implementation over the tables.
   */
  default <C> Optional<C> capability(Class<C> type) {
    return Optional.empty();
  }

  /**
   * Runs {@code work}, which has no effect outside this storage, as {@link #inTransaction} does. A
   * provider may run it again after a transient failure (a deadlock, a serialisation failure, a busy
   * database) when it is not nested in another transaction; the default runs it once. Core's ports
   * write through it.
   */
  default <T> T inRetryableTransaction(Supplier<T> work) {
    return inTransaction(work);
  }

  /** Runs {@code work} as one transaction. */
  default void inTransaction(Runnable work) {
    inTransaction(() -> {
      work.run();
      return null;
    });
  }

  /** The prevention policies stored with the data. */
  default PolicyStore policies() {
    return Ports.policies(this);
  }

  /** Units. */
  default UnitStore units() {
    return Ports.units(this);
  }

  /** People. */
  default PersonStore people() {
    return Ports.people(this);
  }

  /** Sites. */
  default SiteStore sites() {
    return Ports.sites(this);
  }

  /** Supply items. */
  default SupplyItemStore supplyItems() {
    return Ports.supplyItems(this);
  }

  /** The registration ledger. */
  default EntryLedger entries() {
    return Ports.entries(this);
  }

  /** Travel declarations. */
  default TravelStore travel() {
    return Ports.travel(this);
  }

  /** Risk areas. */
  default RiskAreaStore riskAreas() {
    return Ports.riskAreas(this);
  }

  /** The stock ledger. */
  default StockLedger stock() {
    return Ports.stock(this);
  }

  /** Duty assignments. */
  default AssignmentStore assignments() {
    return Ports.assignments(this);
  }

  /** The disinfection log. */
  default DisinfectionLog disinfection() {
    return Ports.disinfection(this);
  }

  /** Findings of the compliance rules, with their review history. */
  default FindingStore findings() {
    return Ports.findings(this);
  }

  /** Inspections (檢查督導) and their checklist results. */
  default InspectionStore inspections() {
    return Ports.inspections(this);
  }

  /** Named notices (通報), numbered per year. */
  default NoticeStore notices() {
    return Ports.notices(this);
  }

  /** The purge log (個人信息刪除記錄), append-only. */
  default AuditLog<PurgeRecord> purgeLog() {
    return Ports.purgeLog(this);
  }

  /** The access log (個人信息查閱記錄), append-only. */
  default AuditLog<AccessRecord> accessLog() {
    return Ports.accessLog(this);
  }

  /** Adopted canteen plans (錯峰就餐方案), versioned. */
  default DiningPlanStore diningPlans() {
    return Ports.diningPlans(this);
  }
}

package dev.cordon.core.storage;

import dev.cordon.core.org.UnitId;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockMovementId;
import dev.cordon.core.supply.SupplyItemId;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * The prevention-supply ledger (防疫物資臺賬), append-only.
 *
 * <p>{@link #put} refuses, atomically, a movement that would make the balance of the holder it takes
 * from negative ({@code CORDON-SUPPLY-004}), also when several writers race: providers serialise
 * the check and the insert per holder and item (a lock, a serialisable transaction or a row lock).
 * Balances follow {@link dev.cordon.core.supply.StockBook}.
 */
public interface StockLedger extends LedgerStore<StockMovementId, StockMovement> {
  /** Movements (not superseded) with {@code from <= at < to}, ordered by instant then id. */
  Stream<StockMovement> between(Instant from, Instant to);

  /**
   * The movements (not superseded) that touch {@code holder}'s stock of {@code item} — as holder or
   * as destination — ordered by instant then id.
   */
  Stream<StockMovement> of(UnitId holder, SupplyItemId item);

  /** Every (holder, item) pair that has movements. */
  Stream<dev.cordon.core.supply.Holding> holdings();
}

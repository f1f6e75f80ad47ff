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
 * <p>The stock guard holds at every instant. {@link #put} refuses, atomically, a movement that would
 * make the running balance of a holding it touches negative at any point of the ledger from its
 * own instant on ({@code CORDON-SUPPLY-004}, with the {@link dev.cordon.core.supply.StockShortfall}
 * found first: its instant, movement and amount): a back-dated consumption, transfer or write-off
 * before the stock it takes came in, one that leaves enough at its own date but overdraws a later
 * movement, a stocktake that counts less than later movements take, a correction that lowers what
 * a holder received. Points are the movements in order of instant, then id; a stocktake resets the
 * running balance to its count; balances follow {@link dev.cordon.core.supply.StockBook}, which
 * defines both ({@link dev.cordon.core.supply.StockBook#firstShortfall}).
 *
 * <p>{@link #putAll} is all or none and judges the batch as a whole: the ledger with every movement
 * of the batch (and without the movements it supersedes) must have no negative point from the
 * batch's earliest instant in each holding on, whatever the order of the list. A refused write
 * leaves nothing behind, also inside a transaction that goes on.
 *
 * <p>Providers serialise the check and the insert per holder and item (a lock, a serialisable
 * transaction or a row lock), so the guard also holds when several writers race.
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

package dev.cordon.core.storage;

import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockMovementId;

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
 * <p>Core holds the guard for every provider: it takes the {@link LockKey.HoldingKey} lock of every
 * holding a write touches (in order), stores the movements and judges each holding's running
 * balance with {@link dev.cordon.core.supply.StockBook#firstShortfall}, all in one transaction; the
 * provider supplies the lock ({@link Storage#lock}), so the guard also holds when several writers
 * race, in one process or several.
 */
public interface StockLedger extends LedgerStore<StockMovementId, StockMovement>, StockQueries {}

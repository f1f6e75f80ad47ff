package dev.cordon.core.storage;

import dev.cordon.core.org.UnitId;
import dev.cordon.core.supply.Holding;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.SupplyItemId;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Queries over the stock ledger (SPI tier: an optional capability). Core answers them from the tables; a
 * provider that can answer faster offers this interface through {@link Storage#capability} and is
 * held to the same contract by the conformance kit. The port {@link StockLedger} extends it.
 */
public interface StockQueries {
  /** Movements (not superseded) with {@code from <= at < to}, ordered by instant then id. */
  Stream<StockMovement> between(Instant from, Instant to);

  /**
   * The movements (not superseded) that touch {@code holder}'s stock of {@code item} — as holder or
   * as destination — ordered by instant then id.
   */
  Stream<StockMovement> of(UnitId holder, SupplyItemId item);

  /** Every (holder, item) pair that has movements (not superseded), in order. */
  Stream<Holding> holdings();
}

package dev.cordon.core.service;

import dev.cordon.core.org.UnitId;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.storage.BatchOutcome;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.storage.WriteOutcome;
import dev.cordon.core.supply.Holding;
import dev.cordon.core.supply.MovementKind;
import dev.cordon.core.supply.StockBook;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockMovementId;
import dev.cordon.core.supply.StockPosition;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.validation.Violation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The prevention-supply ledger (防疫物資臺賬): receipts, transfers, consumption, write-offs and
 * stocktakes, and the balances derived from them.
 *
 * <p>The stock guard holds at every instant: a movement, whatever its date, is refused atomically
 * ({@code CORDON-SUPPLY-004}) when it would make the running balance of any holding it touches —
 * the holder it takes from, the destination of a corrected transfer — negative at its own instant
 * or at any later point of the ledger, also when several writers race. Movements count in order of
 * instant, then id; a stocktake resets the running balance to the count (see {@link StockBook}).
 * The refusal names the instant and the movement at which the balance would go negative and by how
 * much.
 */
public final class StockService {
  private final Storage storage;
  private final PlausibleDates dates;

  /** A service judging record dates against the default policy's plausible window and the system clock. */
  StockService(Storage storage) {
    this(storage, PolicyHistory.of(PreventionPolicy.defaults().build()), Clock.systemUTC());
  }

  /**
   * A service that refuses records dated outside the plausible window of {@code policies}
   * ({@code CORDON-DATE-002}), today being the date of {@code clock}.
   */
  StockService(Storage storage, PolicyHistory policies, Clock clock) {
    this.storage = storage;
    this.dates = new PlausibleDates(policies, clock);
  }

  /** Records a movement; item and holders must be registered. */
  public WriteOutcome record(StockMovement movement) {
    return storage.inTransaction(() -> {
      check(movement);
      return storage.stock().put(movement);
    });
  }

  /**
   * Records movements in one transaction: all or none. The batch is judged as a whole, in order of
   * instant then id whatever the order of the list: a consumption may use a receipt of the same
   * batch dated before it, and no point of the ledger may go negative once the whole batch is in.
   */
  public BatchOutcome recordAll(List<StockMovement> movements) {
    return storage.inTransaction(() -> {
      for (StockMovement m : movements) {
        check(m);
      }
      return storage.stock().putAll(movements);
    });
  }

  /** Receives stock (入庫). */
  public StockMovement receive(StockMovementId id, SupplyItemId item, UnitId holder, BigDecimal quantity, Instant at) {
    return recorded(StockMovement.builder().id(id).item(item).kind(MovementKind.RECEIPT).holder(holder)
        .quantity(quantity).at(at).build());
  }

  /** Transfers stock from one holder to another (調撥/發放). */
  public StockMovement transfer(StockMovementId id, SupplyItemId item, UnitId from, UnitId to,
      BigDecimal quantity, Instant at) {
    return recorded(StockMovement.builder().id(id).item(item).kind(MovementKind.TRANSFER).holder(from)
        .destination(to).quantity(quantity).at(at).build());
  }

  /** Records consumption (消耗). */
  public StockMovement consume(StockMovementId id, SupplyItemId item, UnitId holder, BigDecimal quantity, Instant at) {
    return recorded(StockMovement.builder().id(id).item(item).kind(MovementKind.CONSUMPTION).holder(holder)
        .quantity(quantity).at(at).build());
  }

  /** Writes stock off, expired or damaged (報廢). */
  public StockMovement writeOff(StockMovementId id, SupplyItemId item, UnitId holder, BigDecimal quantity, Instant at) {
    return recorded(StockMovement.builder().id(id).item(item).kind(MovementKind.WRITE_OFF).holder(holder)
        .quantity(quantity).at(at).build());
  }

  /** Records a stocktake (盤點): the balance becomes the counted quantity. */
  public StockMovement stocktake(StockMovementId id, SupplyItemId item, UnitId holder, BigDecimal counted, Instant at) {
    return recorded(StockMovement.builder().id(id).item(item).kind(MovementKind.STOCKTAKE).holder(holder)
        .quantity(counted).at(at).build());
  }

  /** The position of a holder's stock of an item before {@code asOf} (null: everything recorded). */
  public StockPosition position(UnitId holder, SupplyItemId item, Instant asOf) {
    Holding h = new Holding(holder, item);
    try (Stream<StockMovement> s = storage.stock().of(holder, item)) {
      return StockBook.position(h, s::iterator, asOf);
    }
  }

  /** The positions of every holding before {@code asOf} (null: everything recorded). */
  public List<StockPosition> positions(Instant asOf) {
    List<Holding> holdings;
    try (Stream<Holding> s = storage.stock().holdings()) {
      holdings = s.toList();
    }
    List<StockPosition> out = new ArrayList<>(holdings.size());
    for (Holding h : holdings) {
      out.add(position(h.holder(), h.item(), asOf));
    }
    return out;
  }

  private StockMovement recorded(StockMovement m) {
    record(m);
    return m;
  }

  private void check(StockMovement m) {
    List<Violation> v = new ArrayList<>();
    // an expiry date may lie years ahead: it is only checked structurally
    dates.check(v, "at", m.at());
    References.require(v, storage.supplyItems(), m.item(), "item", "supply item");
    References.require(v, storage.units(), m.holder(), "holder", "unit");
    m.destination().ifPresent(d -> References.require(v, storage.units(), d, "destination", "unit"));
    References.throwIfAny(v);
  }
}

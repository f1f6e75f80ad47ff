package dev.cordon.core.storage.internal;

import dev.cordon.core.org.UnitId;
import dev.cordon.core.storage.LockKey;
import dev.cordon.core.storage.RecordKind;
import dev.cordon.core.storage.StockLedger;
import dev.cordon.core.storage.StockQueries;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.supply.Holding;
import dev.cordon.core.supply.StockBook;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockMovementId;
import dev.cordon.core.supply.StockShortfall;
import dev.cordon.core.supply.SupplyItemId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The stock ledger with the stock guard ({@code CORDON-SUPPLY-004}), the same for every provider. A
 * batch, in one transaction: takes the {@link LockKey.HoldingKey} lock of every holding it touches
 * or whose movement it corrects (ascending, so two batches cannot deadlock), checks and stores the
 * movements as every ledger does, then judges each holding it changed with
 * {@link StockBook#firstShortfall} from the earliest instant the batch changed in it — reading the
 * holding's movements as they now stand, its own included. A shortfall refuses the whole batch.
 */
final class StockPort extends LedgerPort<StockMovementId, StockMovement> implements StockLedger {
  StockPort(Storage s) {
    super(s, RecordKind.STOCK);
  }

  private StockQueries q() {
    return queries(StockQueries.class, Scans.Stock::new);
  }

  @Override
  boolean readsBeforeInsert() {
    return true;
  }

  @Override
  Batch<StockMovementId, StockMovement> batch() {
    Map<Holding, Instant> changed = new TreeMap<>();
    return new Batch<>() {
      @Override
      public boolean lock(List<? extends StockMovement> values, Map<StockMovementId, List<StockMovement>> known) {
        TreeSet<LockKey> keys = new TreeSet<>();
        for (StockMovement m : values) {
          StockBook.holdingsOf(m).forEach(h -> keys.add(new LockKey.HoldingKey(h)));
          m.supersedes().map(known::get).ifPresent(old ->
              StockBook.holdingsOf(old.get(old.size() - 1)).forEach(h -> keys.add(new LockKey.HoldingKey(h))));
        }
        keys.forEach(storage::lock);
        return true;
      }

      @Override
      public void accept(StockMovement m, StockMovement superseded) {
        note(m);
        if (superseded != null) {
          note(superseded);
        }
      }

      private void note(StockMovement m) {
        for (Holding h : StockBook.holdingsOf(m)) {
          changed.merge(h, m.at(), (a, b) -> a.isBefore(b) ? a : b);
        }
      }

      @Override
      public void afterStore() {
        StockQueries q = q();
        for (Map.Entry<Holding, Instant> e : changed.entrySet()) {
          Holding h = e.getKey();
          List<StockMovement> movements;
          try (Stream<StockMovement> s = q.of(h.holder(), h.item())) {
            movements = s.collect(Collectors.toList());
          }
          Optional<StockShortfall> shortfall = StockBook.firstShortfall(h, movements, e.getValue());
          if (shortfall.isPresent()) {
            throw shortfall.get().refusal();
          }
        }
      }
    };
  }

  @Override
  public Stream<StockMovement> between(Instant from, Instant to) {
    return q().between(from, to);
  }

  @Override
  public Stream<StockMovement> of(UnitId holder, SupplyItemId item) {
    return q().of(holder, item);
  }

  @Override
  public Stream<Holding> holdings() {
    return q().holdings();
  }
}

package dev.cordon.adapters.jdbc.internal;

import dev.cordon.core.org.UnitId;
import dev.cordon.core.storage.BatchOutcome;
import dev.cordon.core.storage.StockLedger;
import dev.cordon.core.supply.Holding;
import dev.cordon.core.supply.StockBook;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockMovementId;
import dev.cordon.core.supply.StockShortfall;
import dev.cordon.core.supply.SupplyItemId;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The stock ledger, with the negative-balance guard (CORDON-SUPPLY-004) held at every instant and
 * across processes. A batch is one write (its own transaction, or a savepoint of the caller's): it
 * first locks, in a fixed order, the {@code cordon_stock_holding} row of every holding
 * it touches or whose movement it supersedes ({@code SELECT … FOR UPDATE}, the row inserted if
 * absent), stores the movements, and then asks the database, per holding, for the first point from
 * the batch's earliest instant in that holding on at which the running balance is below zero —
 * one set-based query with window functions ({@link #FIRST_SHORTFALL}); if there is one, the
 * batch is refused and rolled back. Any other writer of the same holding — another thread or
 * another {@code Cordon} instance on the same database — waits for the lock, so the check and the
 * insert are one step.
 *
 * <p>The query follows {@link StockBook}: points in order of instant, then id; receipts and
 * incoming transfers add, outgoing transfers, consumption and write-offs take; a stocktake without
 * a lot resets the running balance to its count. A stocktake of one lot changes the balance by the
 * difference from what that lot held, which depends on the first-expired-first-out history of the
 * lots and has no portable SQL form: a holding with such a stocktake is judged by {@link StockBook}
 * over its movements instead.
 */
final class StockTable extends LedgerTable<StockMovementId, StockMovement> implements StockLedger {
  private static final String CURRENT_OF = "SELECT body, occurred_at, id FROM cordon_stock_movement"
      + " WHERE superseded_by IS NULL AND item_id = ? AND (holder_id = ? OR destination_id = ?)";

  /**
   * The first point at or after an instant at which a holding's running balance is below zero: its
   * body and the balance in thousandths. Parameters: the holder (destination test), item, holder,
   * holder, instant. Quantities are summed as whole thousandths (they have at most three decimals)
   * so that the sums are exact on every engine, SQLite's floating NUMERIC included. {@code seg}
   * numbers the stretches that begin at each stocktake; a stretch's balance is its stocktake's count
   * (zero before the first) plus the changes since.
   */
  private static final String FIRST_SHORTFALL = "SELECT body, balance FROM ("
      + " SELECT body, occurred_at, id,"
      + "  COALESCE(MAX(counted) OVER (PARTITION BY seg), 0)"
      + "  + SUM(delta) OVER (PARTITION BY seg ORDER BY occurred_at, id"
      + "    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS balance"
      + " FROM ("
      + "  SELECT body, occurred_at, id, delta, counted,"
      + "   COUNT(counted) OVER (ORDER BY occurred_at, id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS seg"
      + "  FROM ("
      + "   SELECT body, occurred_at, id,"
      + "    CASE WHEN kind = 'STOCKTAKE' THEN 0"
      + "     WHEN kind = 'RECEIPT' OR (kind = 'TRANSFER' AND destination_id = ?) THEN milli"
      + "     ELSE -milli END AS delta,"
      + "    CASE WHEN kind = 'STOCKTAKE' THEN milli END AS counted"
      + "   FROM (SELECT body, occurred_at, id, kind, destination_id,"
      + "     CAST(ROUND(quantity * 1000) AS BIGINT) AS milli"
      + "    FROM cordon_stock_movement"
      + "    WHERE superseded_by IS NULL AND item_id = ? AND (holder_id = ? OR destination_id = ?)) current_rows"
      + "  ) ledger"
      + " ) stretches"
      + ") running WHERE occurred_at >= ? AND balance < 0 ORDER BY occurred_at, id LIMIT 1";

  /** Whether a holding has a current stocktake of one lot. Parameters: item, holder. */
  private static final String HAS_LOT_STOCKTAKE = "SELECT 1 FROM cordon_stock_movement"
      + " WHERE superseded_by IS NULL AND item_id = ? AND holder_id = ? AND kind = 'STOCKTAKE'"
      + " AND lot IS NOT NULL LIMIT 1";

  /** Per holding, the earliest instant the batch under way changes; one per thread. */
  private final ThreadLocal<Map<Holding, Instant>> changed = new ThreadLocal<>();

  /** The {@code cordon_stock_holding} rows, locked per holding while a batch is checked. */
  private final LockRows holdingLocks;

  StockTable(Database db) {
    super(db, "cordon_stock_movement", "stock movement", StockMovement.class, StockMovement::id,
        StockMovement::supersedes, true, List.of(
            Column.text("item_id", StockMovement::item),
            Column.text("kind", StockMovement::kind),
            Column.instant("occurred_at", StockMovement::at),
            Column.text("holder_id", StockMovement::holder),
            Column.text("destination_id", StockMovement::destination),
            Column.decimal("quantity", StockMovement::quantity),
            Column.text("lot", StockMovement::lot),
            Column.date("expiry", StockMovement::expiry),
            Column.text("supersedes", StockMovement::supersedes)));
    this.holdingLocks = new LockRows(db, "cordon_stock_holding", "holder_id", "item_id");
  }

  @Override
  public BatchOutcome putAll(List<? extends StockMovement> values) {
    db.checkOpen();
    if (values.isEmpty()) {
      return BatchOutcome.NONE;
    }
    // the store and the check in one write: its own transaction (retried on a lock timeout or a
    // deadlock), or a savepoint of the caller's
    return db.write("store " + values.size() + " stock movement(s)", c -> {
      changed.set(new TreeMap<>());
      try {
        BatchOutcome outcome = putBatch(c, values);
        for (Map.Entry<Holding, Instant> e : changed.get().entrySet()) {
          Optional<StockShortfall> shortfall = firstShortfall(c, e.getKey(), e.getValue());
          if (shortfall.isPresent()) {
            throw shortfall.get().refusal();
          }
        }
        return outcome;
      } finally {
        changed.remove();
      }
    });
  }

  @Override
  boolean locks() {
    return true;
  }

  @Override
  void lockFor(Connection c, List<? extends StockMovement> values, Map<String, Stored> targets) throws SQLException {
    Set<Holding> touched = new TreeSet<>();
    for (StockMovement m : values) {
      touched.addAll(StockBook.holdingsOf(m));
      m.supersedes().map(id -> targets.get(id.value())).ifPresent(s -> touched.addAll(StockBook.holdingsOf(parse(s.body()))));
    }
    // sorted order: two batches touching the same holdings cannot deadlock each other
    List<Object[]> keys = new ArrayList<>();
    for (Holding h : touched) {
      keys.add(new Object[] {h.holder().value(), h.item().value()});
    }
    holdingLocks.lock(c, keys);
  }

  @Override
  void accept(StockMovement m, StockMovement superseded) {
    Map<Holding, Instant> batch = changed.get();
    noteChange(batch, m);
    if (superseded != null) {
      noteChange(batch, superseded);
    }
  }

  private static void noteChange(Map<Holding, Instant> batch, StockMovement m) {
    for (Holding h : StockBook.holdingsOf(m)) {
      batch.merge(h, m.at(), (a, b) -> a.isBefore(b) ? a : b);
    }
  }

  /** The first point of {@code h} from {@code from} on with a negative running balance, as stored now. */
  private Optional<StockShortfall> firstShortfall(Connection c, Holding h, Instant from) throws SQLException {
    String holder = h.holder().value();
    String item = h.item().value();
    boolean lotCounted;
    try (PreparedStatement ps = c.prepareStatement(HAS_LOT_STOCKTAKE)) {
      Column.bindAll(db.dialect(), ps, 1, item, holder);
      try (ResultSet rs = ps.executeQuery()) {
        lotCounted = rs.next();
      }
    }
    if (lotCounted) {
      return StockBook.firstShortfall(h, bodies(c, CURRENT_OF, item, holder, holder), from);
    }
    try (PreparedStatement ps = c.prepareStatement(FIRST_SHORTFALL)) {
      Column.bindAll(db.dialect(), ps, 1, holder, item, holder, holder, from);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        StockMovement m = parse(db.body(rs, 1));
        return Optional.of(new StockShortfall(h, m.at(), m.id(), BigDecimal.valueOf(rs.getLong(2), 3)));
      }
    }
  }

  @Override
  public Stream<StockMovement> between(Instant from, Instant to) {
    return between(null, StockMovement::at, from, to, "");
  }

  @Override
  public Stream<StockMovement> of(UnitId holder, SupplyItemId item) {
    return paged("read stock movements of " + holder + "/" + item, CURRENT_OF + " ORDER BY occurred_at, id LIMIT ?",
        CURRENT_OF + " AND (occurred_at, id) > (?, ?) ORDER BY occurred_at, id LIMIT ?",
        m -> new Object[] {m.at(), m.id().value()}, item.value(), holder.value(), holder.value());
  }

  @Override
  public Stream<Holding> holdings() {
    String base = "SELECT h.holder_id, h.item_id FROM cordon_stock_holding h WHERE EXISTS (SELECT 1 FROM"
        + " cordon_stock_movement m WHERE m.superseded_by IS NULL AND m.item_id = h.item_id"
        + " AND (m.holder_id = h.holder_id OR m.destination_id = h.holder_id))";
    return Pages.stream(db, "read stock holdings", (c, last, limit) -> {
      String sql = base + (last == null ? "" : " AND (h.holder_id, h.item_id) > (?, ?)")
          + " ORDER BY h.holder_id, h.item_id LIMIT ?";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int i = 1;
        if (last != null) {
          i = Column.bindAll(db.dialect(), ps, 1, last.holder().value(), last.item().value());
        }
        ps.setInt(i, limit);
        List<Holding> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new Holding(UnitId.of(rs.getString(1)), SupplyItemId.of(rs.getString(2))));
          }
        }
        return out;
      }
    });
  }
}

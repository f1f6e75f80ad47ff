package dev.cordon.adapters.jdbc.internal;

import dev.cordon.core.org.UnitId;
import dev.cordon.core.storage.StockLedger;
import dev.cordon.core.supply.Holding;
import dev.cordon.core.supply.StockBook;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockMovementId;
import dev.cordon.core.supply.StockPosition;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The stock ledger, with the negative-balance guard (CORDON-SUPPLY-004) held across processes: a
 * batch first locks, in a fixed order, the {@code cordon_stock_holding} row of every holding it
 * touches ({@code SELECT … FOR UPDATE}, the row inserted if absent), then reads those holdings'
 * current movements and applies the batch to them with {@link StockBook}, all in one transaction.
 * Any other writer of the same holding — another thread or another {@code Cordon} instance on the
 * same database — waits for the lock, so the check and the insert are one step.
 */
final class StockTable extends LedgerTable<StockMovementId, StockMovement> implements StockLedger {
  private static final String CURRENT_OF = "SELECT body, occurred_at, id FROM cordon_stock_movement"
      + " WHERE superseded_by IS NULL AND item_id = ? AND (holder_id = ? OR destination_id = ?)";

  /** Current movements per locked holding while a batch is checked; one per thread. */
  private final ThreadLocal<Map<Holding, List<StockMovement>>> books = new ThreadLocal<>();

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
    Map<Holding, List<StockMovement>> book = new HashMap<>();
    for (Holding h : touched) {
      book.put(h, bodies(c, CURRENT_OF, h.item().value(), h.holder().value(), h.holder().value()));
    }
    books.set(book);
  }

  @Override
  void afterBatch() {
    books.remove();
  }

  @Override
  void accept(StockMovement m, StockMovement superseded) {
    Map<Holding, List<StockMovement>> book = books.get();
    Set<Holding> touched = new LinkedHashSet<>(StockBook.holdingsOf(m));
    if (superseded != null) {
      touched.addAll(StockBook.holdingsOf(superseded));
    }
    for (Holding h : touched) {
      List<StockMovement> before = book.computeIfAbsent(h, k -> new ArrayList<>());
      List<StockMovement> after = new ArrayList<>(before);
      if (superseded != null) {
        after.remove(superseded);
      }
      if (StockBook.holdingsOf(m).contains(h)) {
        after.add(m);
      }
      StockPosition p = StockBook.position(h, after, null);
      if (p.balance().signum() < 0) {
        BigDecimal held = StockBook.position(h, before, null).balance();
        throw new CordonValidationException(Violation.of("CORDON-SUPPLY-004", "quantity",
            m.quantity().toPlainString(), p.balance().toPlainString(), h.item().value(),
            h.holder().value(), held.toPlainString()));
      }
    }
    for (Holding h : touched) {
      List<StockMovement> list = book.get(h);
      if (superseded != null) {
        list.remove(superseded);
      }
      if (StockBook.holdingsOf(m).contains(h)) {
        list.add(m);
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

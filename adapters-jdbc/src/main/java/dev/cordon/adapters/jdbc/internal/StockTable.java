package dev.cordon.adapters.jdbc.internal;

import dev.cordon.core.org.UnitId;
import dev.cordon.core.storage.StockQueries;
import dev.cordon.core.supply.Holding;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockMovementId;
import dev.cordon.core.supply.SupplyItemId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The stock ledger's table and its queries. The stock guard is core's (it reads a holding's
 * movements through {@link #of}); this table supplies the lock it takes: a {@code
 * cordon_stock_holding} row per holding, inserted if absent and locked with {@code SELECT … FOR
 * UPDATE} until the transaction ends ({@link #lock}), so any other writer of the same holding —
 * another thread or another {@code Cordon} instance on the same database — waits.
 */
final class StockTable extends LedgerTable<StockMovementId, StockMovement> implements StockQueries {
  private static final String CURRENT_OF = "SELECT body, occurred_at, id FROM cordon_stock_movement"
      + " WHERE superseded_by IS NULL AND item_id = ? AND (holder_id = ? OR destination_id = ?)";

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

  /** Locks the row of {@code h} on {@code c} until its transaction ends. */
  void lock(Connection c, Holding h) throws SQLException {
    holdingLocks.lock(c, List.<Object[]>of(new Object[] {h.holder().value(), h.item().value()}));
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

package dev.cordon.adapters.jdbc.internal;

import dev.cordon.core.notice.Notice;
import dev.cordon.core.notice.NoticeId;
import dev.cordon.core.storage.NoticeQueries;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Notices' table and queries. Numbering is core's: it takes the year's lock ({@link #lock}: a
 * {@code cordon_notice_year} row locked {@code FOR UPDATE}, inserted if absent) and asks
 * {@link #highestNumber} and {@link #holderOf}. {@code UNIQUE (notice_year, notice_sequence)} backs
 * it in the schema.
 */
final class NoticeTable extends LedgerTable<NoticeId, Notice> implements NoticeQueries {
  private static final String HOLDER_OF = "SELECT id FROM cordon_notice WHERE notice_year = ? AND notice_sequence = ?";

  private final LockRows yearLocks;

  NoticeTable(Database db) {
    super(db, "cordon_notice", "notice", Notice.class, Notice::id, n -> Optional.empty(), false,
        List.of(Column.integer("notice_year", Notice::year),
            Column.integer("notice_sequence", Notice::sequence),
            Column.date("notice_date", Notice::date)));
    this.yearLocks = new LockRows(db, "cordon_notice_year", "notice_year");
  }

  /** Locks the row of {@code year} on {@code c} until its transaction ends. */
  void lock(Connection c, int year) throws SQLException {
    yearLocks.lock(c, List.<Object[]>of(new Object[] {year}));
  }

  @Override
  public int highestNumber(int year) {
    return Math.toIntExact(db.read("number a notice of " + year, c -> number(c,
        "SELECT COALESCE(MAX(notice_sequence), 0) FROM cordon_notice WHERE notice_year = ?", year)));
  }

  @Override
  public Optional<NoticeId> holderOf(int year, int sequence) {
    return db.read("look up notice number " + year + "-" + sequence, c -> {
      try (PreparedStatement ps = c.prepareStatement(HOLDER_OF)) {
        ps.setInt(1, year);
        ps.setInt(2, sequence);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(NoticeId.of(rs.getString(1))) : Optional.<NoticeId>empty();
        }
      }
    });
  }

  @Override
  public Stream<Notice> between(LocalDate from, LocalDate to) {
    String base = "SELECT body, notice_date, notice_year, notice_sequence, id FROM cordon_notice"
        + " WHERE notice_date >= ? AND notice_date < ?";
    String order = " ORDER BY notice_date, notice_year, notice_sequence, id LIMIT ?";
    return paged("read notices", base + order,
        base + " AND (notice_date, notice_year, notice_sequence, id) > (?, ?, ?, ?)" + order,
        n -> new Object[] {n.date(), n.year(), n.sequence(), n.id().value()}, from, to);
  }
}

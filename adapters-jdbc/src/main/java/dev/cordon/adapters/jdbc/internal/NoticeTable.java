package dev.cordon.adapters.jdbc.internal;

import dev.cordon.core.notice.Notice;
import dev.cordon.core.notice.NoticeId;
import dev.cordon.core.storage.NoticeStore;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Notices, written once, numbered per year. Every writer of a year — {@link #nextNumber} and a batch
 * of notices of that year — first locks the year's row in {@code cordon_notice_year}
 * ({@code SELECT … FOR UPDATE}, inserted if absent, years in ascending order), so {@code nextNumber}
 * then {@code put} inside one transaction is one step for every process sharing the database: a
 * concurrent issuer waits for the lock, then sees the committed notice in {@code MAX(sequence)}. A
 * rolled-back issue stores nothing, so its number stays free. {@code UNIQUE (notice_year,
 * notice_sequence)} backs the check that refuses a taken number ({@code CORDON-NOTICE-003}).
 */
final class NoticeTable extends LedgerTable<NoticeId, Notice> implements NoticeStore {
  private static final String HOLDER_OF = "SELECT id FROM cordon_notice WHERE notice_year = ? AND notice_sequence = ?";

  private final LockRows yearLocks;

  /** The holders (notice ids) of the numbers a batch uses, while the batch is checked; one per thread. */
  private final ThreadLocal<Map<List<Integer>, String>> holders = new ThreadLocal<>();

  NoticeTable(Database db) {
    super(db, "cordon_notice", "notice", Notice.class, Notice::id, n -> Optional.empty(), false,
        List.of(Column.integer("notice_year", Notice::year),
            Column.integer("notice_sequence", Notice::sequence),
            Column.date("notice_date", Notice::date)));
    this.yearLocks = new LockRows(db, "cordon_notice_year", "notice_year");
  }

  @Override
  public int nextNumber(int year) {
    return db.write("number a notice of " + year, c -> {
      yearLocks.lock(c, List.<Object[]>of(new Object[] {year}));
      return Math.toIntExact(number(c,
          "SELECT COALESCE(MAX(notice_sequence), 0) + 1 FROM cordon_notice WHERE notice_year = ?", year));
    });
  }

  @Override
  boolean locks() {
    return true;
  }

  @Override
  void lockFor(Connection c, List<? extends Notice> values, Map<String, Stored> targets) throws SQLException {
    TreeSet<Integer> years = new TreeSet<>();
    for (Notice n : values) {
      years.add(n.year());
    }
    List<Object[]> keys = new ArrayList<>();
    for (Integer y : years) {
      keys.add(new Object[] {y});
    }
    // ascending years: two batches of the same years cannot deadlock each other
    yearLocks.lock(c, keys);
    Map<List<Integer>, String> held = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(HOLDER_OF)) {
      for (Notice n : values) {
        List<Integer> number = List.of(n.year(), n.sequence());
        if (held.containsKey(number)) {
          continue;
        }
        ps.setInt(1, n.year());
        ps.setInt(2, n.sequence());
        try (ResultSet rs = ps.executeQuery()) {
          held.put(number, rs.next() ? rs.getString(1) : null);
        }
      }
    }
    holders.set(held);
  }

  @Override
  void accept(Notice n, Notice superseded) {
    Map<List<Integer>, String> held = holders.get();
    List<Integer> number = List.of(n.year(), n.sequence());
    String holder = held.get(number);
    if (holder != null && !holder.equals(n.id().value())) {
      throw new CordonValidationException(Violation.of("CORDON-NOTICE-003", "sequence", n.number(), holder));
    }
    held.put(number, n.id().value());
  }

  @Override
  void afterBatch() {
    holders.remove();
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

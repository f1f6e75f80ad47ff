package dev.cordon.adapters.jdbc.internal;

import dev.cordon.core.site.SiteId;
import dev.cordon.core.storage.EntryDayCount;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The entry counts per site and day, one {@code GROUP BY} over the indexed {@code entry_day}. */
public final class EntryCounts {
  /** The aggregate columns shared by the per-site and per-unit queries; the threshold is bound first. */
  public static final String COUNTS = "SUM(CASE WHEN e.decision = 'ADMITTED' THEN 1 ELSE 0 END),"
      + " SUM(CASE WHEN e.decision = 'DENIED' THEN 1 ELSE 0 END),"
      + " SUM(CASE WHEN e.decision = 'REFERRED' THEN 1 ELSE 0 END),"
      + " SUM(CASE WHEN e.temperature >= ? THEN 1 ELSE 0 END),"
      + " SUM(CASE WHEN e.health_code IS NOT NULL AND e.health_code <> 'GREEN' THEN 1 ELSE 0 END)";

  private static final String BY_SITE = "SELECT e.entry_day, e.site_id, " + COUNTS + " FROM cordon_entry e"
      + " WHERE e.entry_day >= ? AND e.entry_day < ? AND e.superseded_by IS NULL"
      + " GROUP BY e.entry_day, e.site_id ORDER BY e.entry_day, e.site_id";

  private EntryCounts() {}

  /** Current entries per site and local day on {@code [from, to)}, ordered by day then site. */
  public static List<EntryDayCount> bySiteAndDay(Database db, LocalDate from, LocalDate to, BigDecimal feverThreshold) {
    Objects.requireNonNull(feverThreshold, "feverThreshold");
    return db.read("count entries per site and day", c -> {
      List<EntryDayCount> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(BY_SITE)) {
        db.bind(ps, 1, feverThreshold, from, to);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new EntryDayCount(SiteId.of(rs.getString(2)), Database.date(rs, 1), rs.getLong(3),
                rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)));
          }
        }
      }
      return out;
    });
  }
}

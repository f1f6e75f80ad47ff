package dev.cordon.adapters.jdbc;

import dev.cordon.adapters.jdbc.internal.Database;
import dev.cordon.adapters.jdbc.internal.EntryCounts;
import dev.cordon.core.finding.FindingStatus;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.storage.EntryDayCount;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The day-by-day figures of the daily report (日報), computed where the data lives: one SQL
 * {@code GROUP BY} per question over the day columns ({@code entry_day}, {@code disinfection_day},
 * {@code finding_date}), which are indexed, so a day's figures cost that day's rows whatever the
 * size of the history. Days are local days in the storage's zone; ranges are half-open
 * {@code [from, to)}; superseded ledger rows and old versions are not counted.
 */
public final class JdbcReportQueries {
  private final Database db;

  JdbcReportQueries(Database db) {
    this.db = db;
  }

  /**
   * Entry counts of one unit's sites on one day (a site belongs to the unit that owns it now).
   *
   * @param day the local day
   * @param unit the unit owning the sites
   * @param admitted entries admitted
   * @param denied entries denied
   * @param referred entries referred
   * @param fevers entries with a temperature at or above the threshold
   * @param nonGreenCodes entries whose health code was checked and was not green
   */
  public record UnitDay(LocalDate day, UnitId unit, long admitted, long denied, long referred, long fevers,
      long nonGreenCodes) {}

  /**
   * How many disinfections (消殺) a site recorded on a day.
   *
   * @param day the local day
   * @param site the site
   * @param count records on that day
   */
  public record SiteDisinfections(LocalDate day, SiteId site, long count) {}

  /**
   * How many findings of one unit, severity and status are dated on a day (latest versions).
   *
   * @param day the finding's date
   * @param unit the unit it concerns, or null for findings without one
   * @param severity the severity
   * @param status the review status
   * @param count findings
   */
  public record FindingCount(LocalDate day, UnitId unit, Severity severity, FindingStatus status, long count) {}

  /**
   * Entries per site and day on {@code [from, to)}, ordered by day then site: the same figures as
   * {@link dev.cordon.core.storage.EntryLedger#dailyCounts}.
   *
   * @param from the start of the span, inclusive
   * @param to the end of the span, exclusive
   * @return per site and day on {@code [from, to)}, ordered by day then site: the same figures as {@link dev.cordon.core.storage.EntryLedger#dailyCounts}
   * @param feverThreshold the policy's fever threshold in °C (a temperature at or above it is a fever)
   */
  public List<EntryDayCount> entriesBySiteAndDay(LocalDate from, LocalDate to, BigDecimal feverThreshold) {
    return EntryCounts.bySiteAndDay(db, from, to, feverThreshold);
  }

  /**
   * Entries per owning unit and day on {@code [from, to)}, ordered by day then unit. Entries at sites
   * that are not stored are not counted.
   *
   * @param from the start of the span, inclusive
   * @param to the end of the span, exclusive
   * @return per owning unit and day on {@code [from, to)}, ordered by day then unit
   * @param feverThreshold the policy's fever threshold in °C
   */
  public List<UnitDay> entriesByUnitAndDay(LocalDate from, LocalDate to, BigDecimal feverThreshold) {
    Objects.requireNonNull(feverThreshold, "feverThreshold");
    String sql = "SELECT e.entry_day, s.unit_id, " + EntryCounts.COUNTS + " FROM cordon_entry e"
        + " JOIN cordon_site s ON s.id = e.site_id AND s.is_current"
        + " WHERE e.entry_day >= ? AND e.entry_day < ? AND e.superseded_by IS NULL"
        + " GROUP BY e.entry_day, s.unit_id ORDER BY e.entry_day, s.unit_id";
    return db.read("count entries per unit and day", c -> {
      List<UnitDay> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        db.bind(ps, 1, feverThreshold, from, to);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new UnitDay(Database.date(rs, 1), UnitId.of(rs.getString(2)), rs.getLong(3),
                rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)));
          }
        }
      }
      return out;
    });
  }

  /**
   * Disinfection records per site and day on {@code [from, to)}, ordered by day then site.
   *
   * @param from the start of the span, inclusive
   * @param to the end of the span, exclusive
   * @return Disinfection records per site and day on {@code [from, to)}, ordered by day then site
   */
  public List<SiteDisinfections> disinfectionsBySiteAndDay(LocalDate from, LocalDate to) {
    String sql = "SELECT disinfection_day, site_id, COUNT(*) FROM cordon_disinfection_record"
        + " WHERE disinfection_day >= ? AND disinfection_day < ?"
        + " GROUP BY disinfection_day, site_id ORDER BY disinfection_day, site_id";
    return db.read("count disinfections per site and day", c -> {
      List<SiteDisinfections> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        db.bind(ps, 1, from, to);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new SiteDisinfections(Database.date(rs, 1), SiteId.of(rs.getString(2)),
                rs.getLong(3)));
          }
        }
      }
      return out;
    });
  }

  /**
   * Findings (latest versions) dated on {@code [from, to)} per day, unit, severity and status,
   * ordered by day, unit (findings without a unit first), severity and status.
   *
   * @param from the start of the span, inclusive
   * @param to the end of the span, exclusive
   * @return (latest versions) dated on {@code [from, to)} per day, unit, severity and status, ordered by day, unit (findings without a unit first), severity and status
   */
  public List<FindingCount> findingsByUnitAndDay(LocalDate from, LocalDate to) {
    String sql = "SELECT finding_date, unit_id, severity, status, COUNT(*) FROM cordon_finding"
        + " WHERE is_current AND finding_date >= ? AND finding_date < ?"
        + " GROUP BY finding_date, unit_id, severity, status"
        + " ORDER BY finding_date, unit_id NULLS FIRST, severity, status";
    return db.read("count findings per unit and day", c -> {
      List<FindingCount> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        db.bind(ps, 1, from, to);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String unit = rs.getString(2);
            out.add(new FindingCount(Database.date(rs, 1), unit == null ? null : UnitId.of(unit),
                Severity.valueOf(rs.getString(3)), FindingStatus.valueOf(rs.getString(4)), rs.getLong(5)));
          }
        }
      }
      return out;
    });
  }
}

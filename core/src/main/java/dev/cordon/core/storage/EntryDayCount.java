package dev.cordon.core.storage;

import dev.cordon.core.site.SiteId;
import java.time.LocalDate;

/**
 * The entries of one site on one local day, counted where the data lives (SQL {@code GROUP BY} in
 * the JDBC adapter): by decision, fevers (temperature at or above the threshold given) and health
 * codes other than green (not presented included).
 *
 * @param site the site
 * @param day the local day in the storage's zone
 * @param admitted entries admitted
 * @param denied entries denied
 * @param referred entries referred
 * @param fevers entries with a fever
 * @param nonGreen entries whose health code was checked and not green
 */
public record EntryDayCount(SiteId site, LocalDate day, long admitted, long denied, long referred,
    long fevers, long nonGreen) {
  /** All entries counted. */
  public long total() {
    return admitted + denied + referred;
  }
}

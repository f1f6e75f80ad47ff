package dev.cordon.core.storage;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.site.SiteId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Queries over the registration ledger (SPI tier: an optional capability; see {@link Storage#capability}).
 * Range queries are half-open {@code [from, to)} on instants (the services turn local days in the
 * policy's zone into instants), return only entries not superseded, ordered by instant then id,
 * and are streamed: close them. The port {@link EntryLedger} extends it.
 */
public interface EntryQueries {
  /** Entries at any site with {@code from <= at < to}. */
  Stream<Entry> between(Instant from, Instant to);

  /** Entries at {@code site} with {@code from <= at < to}. */
  Stream<Entry> ofSite(SiteId site, Instant from, Instant to);

  /** Entries of the employee {@code person} with {@code from <= at < to}. */
  Stream<Entry> ofEmployee(PersonId person, Instant from, Instant to);

  /**
   * Counts of the current entries per site and local day (in the storage's {@link Storage#zone()})
   * on the days {@code [from, to)}, ordered by day then site; sites without entries are absent. The
   * cost follows the entries of those days, not the history.
   *
   * @param feverThreshold a temperature at or above this counts as a fever
   */
  List<EntryDayCount> dailyCounts(LocalDate from, LocalDate to, BigDecimal feverThreshold);
}

package dev.cordon.adapters.csv;

import dev.cordon.adapters.csv.internal.Values;
import dev.cordon.core.validation.CordonValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The dates and times the CSV importer reads in a ledger's cells (台账日期), for a tool that takes a date
 * from its user too (the {@code cordon} command line's {@code --from}): a user who writes
 * {@code 2021年10月25日} in a spreadsheet writes it on the command line as well.
 */
public final class LedgerDateFormat {
  /** One example of each date form, as a message may list them. */
  public static final List<String> DATE_FORMS = List.of("2021-10-25", "2021/10/25", "2021.10.25", "2021年10月25日");

  /** One example of each date-and-time form, as a message may list them. */
  public static final List<String> DATE_TIME_FORMS = List.of("2021-10-25 08:05", "2021/10/25 8:05",
      "2021年10月25日 8:05", "2021-10-25T08:05:00+08:00");

  private LedgerDateFormat() {}

  /**
   * The day {@code text} writes in one of {@link #DATE_FORMS} (full-width digits read as ASCII,
   * surrounding white space ignored); empty if it is none of them or not a day of the calendar
   * ({@code 2021-02-30}).
   *
   * @param text the text
   * @return the day {@code text} writes in one of {@link #DATE_FORMS} (full-width digits read as ASCII, surrounding white space ignored); empty if it is none of them or not a day of the calendar ({@code 2021-02-30})
   */
  public static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(Values.date("date", text));
    } catch (CordonValidationException e) {
      return Optional.empty();
    }
  }

  /**
   * The instant {@code text} writes in one of {@link #DATE_TIME_FORMS}, a local date and time read in
   * {@code zone} unless it gives an offset; empty if it is none of them.
   *
   * @param text the text
   * @param zone the zone days are counted in
   * @return the instant {@code text} writes in one of {@link #DATE_TIME_FORMS}, a local date and time read in {@code zone} unless it gives an offset; empty if it is none of them
   */
  public static Optional<Instant> instant(String text, ZoneId zone) {
    try {
      return Optional.of(Values.instant("at", text, zone));
    } catch (CordonValidationException e) {
      return Optional.empty();
    }
  }
}

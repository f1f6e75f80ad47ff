package dev.cordon.spi.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A half-open run of local days {@code [from, until)} holding at least one day — the span of a
 * condition finding ({@link FindingDraft#forDays}), e.g. the days a key site had no responsible
 * person (無責任人).
 *
 * @param from the first day
 * @param until the first day after the range (exclusive)
 */
public record DayRange(LocalDate from, LocalDate until) {
  /**
   * A range of days.
   *
   * @throws IllegalArgumentException if {@code until} is not after {@code from}
   */
  public DayRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (!until.isAfter(from)) {
      throw new IllegalArgumentException("a range of days holds at least one day: " + from + " .. " + until);
    }
  }

  /** The range {@code [from, until)}. */
  public static DayRange of(LocalDate from, LocalDate until) {
    return new DayRange(from, until);
  }

  /** The range holding only {@code day}. */
  public static DayRange ofDay(LocalDate day) {
    return new DayRange(day, day.plusDays(1));
  }

  /** Whether {@code day} is in the range. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && day.isBefore(until);
  }

  /** The last day of the range. */
  public LocalDate last() {
    return until.minusDays(1);
  }

  /** {@code from..until} with the end exclusive, e.g. {@code 2021-10-01..2021-10-05}. */
  @Override
  public String toString() {
    return from + ".." + until;
  }
}

package dev.cordon.spi.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The contiguous runs of days on which a condition holds — the shape of every condition rule's
 * findings (DESIGN §4): one finding per subject per run ({@link FindingDraft#forDays}), dated by
 * its first day, {@code until} its exclusive end.
 */
public final class DayRuns {
  private DayRuns() {}

  /** The maximal runs of days in {@code [from, to)} on which {@code holds} is true, in order. */
  public static List<DayRange> of(LocalDate from, LocalDate to, Predicate<LocalDate> holds) {
    List<DayRange> out = new ArrayList<>();
    LocalDate start = null;
    for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
      if (holds.test(d)) {
        if (start == null) {
          start = d;
        }
      } else if (start != null) {
        out.add(new DayRange(start, d));
        start = null;
      }
    }
    if (start != null) {
      out.add(new DayRange(start, to));
    }
    return out;
  }
}

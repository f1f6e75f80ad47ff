package dev.cordon.core.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The contiguous runs of days on which a condition holds — the shape of every condition rule's
 * findings (DESIGN §4): one finding per subject per run, dated by its first day, {@code until} its
 * exclusive end.
 */
public final class DayRuns {
  private DayRuns() {}

  /**
   * A run of days {@code [from, until)}.
   *
   * @param from the first day
   * @param until the first day after the run
   */
  public record Run(LocalDate from, LocalDate until) {
    public Run {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(until, "until");
      if (!until.isAfter(from)) {
        throw new IllegalArgumentException("a run holds at least one day: " + from + " .. " + until);
      }
    }

    /** Whether {@code day} is in the run. */
    public boolean contains(LocalDate day) {
      return !day.isBefore(from) && day.isBefore(until);
    }

    /** The last day of the run. */
    public LocalDate last() {
      return until.minusDays(1);
    }
  }

  /** The maximal runs of days in {@code [from, to)} on which {@code holds} is true, in order. */
  public static List<Run> of(LocalDate from, LocalDate to, Predicate<LocalDate> holds) {
    List<Run> out = new ArrayList<>();
    LocalDate start = null;
    for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
      if (holds.test(d)) {
        if (start == null) {
          start = d;
        }
      } else if (start != null) {
        out.add(new Run(start, d));
        start = null;
      }
    }
    if (start != null) {
      out.add(new Run(start, to));
    }
    return out;
  }
}

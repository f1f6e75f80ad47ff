package dev.cordon.core.dining;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * One sitting (就餐批次/時段) of a {@link DiningPlan}: the half-open time slot {@code [start, end)}
 * and the units seated in it, a unit at most once.
 *
 * @param start when the sitting starts
 * @param end when it ends (exclusive)
 * @param seatings the units seated and how many of each
 */
public record Sitting(LocalTime start, LocalTime end, List<Seating> seatings) {
  /** Checks that nothing is missing; the plan checks the order of start and end. */
  public Sitting {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    seatings = List.copyOf(seatings);
  }

  /** How many people the sitting seats (就餐人數). */
  public int people() {
    return seatings.stream().mapToInt(Seating::people).sum();
  }

  /** Whether {@code time} falls in the sitting: {@code start <= time < end}. */
  public boolean contains(LocalTime time) {
    return !time.isBefore(start) && time.isBefore(end);
  }
}

package dev.cordon.core.dining;

import dev.cordon.core.org.UnitId;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit to be seated (就餐單位): how many of its people eat at the canteen and, optionally, when
 * it would like to start (e.g. a service hall whose counter closes at noon).
 *
 * @param unit the unit
 * @param people how many people, at least 0 (a unit of 0 is not seated)
 * @param preferredStart the start of the sitting the unit would prefer, if any
 */
public record DiningParty(UnitId unit, int people, Optional<LocalTime> preferredStart) {
  /** Checks that nothing is missing and the count is not negative. */
  public DiningParty {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(preferredStart, "preferredStart");
    if (people < 0) {
      throw new IllegalArgumentException("negative number of people for " + unit + ": " + people);
    }
  }

  /** A party without a preferred time. */
  public static DiningParty of(UnitId unit, int people) {
    return new DiningParty(unit, people, Optional.empty());
  }

  /** A party that prefers the sitting starting closest to {@code preferredStart}. */
  public static DiningParty of(UnitId unit, int people, LocalTime preferredStart) {
    return new DiningParty(unit, people, Optional.of(preferredStart));
  }
}

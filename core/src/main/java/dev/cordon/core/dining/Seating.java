package dev.cordon.core.dining;

import dev.cordon.core.org.UnitId;
import java.util.Objects;

/**
 * A unit's people at one sitting (or left without one): the unit and how many of its people.
 *
 * @param unit the unit
 * @param people how many of its people
 */
public record Seating(UnitId unit, int people) {
  /** Checks that the unit is given. */
  public Seating {
    Objects.requireNonNull(unit, "unit");
  }
}

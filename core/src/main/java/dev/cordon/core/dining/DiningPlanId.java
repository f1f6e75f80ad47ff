package dev.cordon.core.dining;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.cordon.core.internal.Ids;

/**
 * The id of a {@link DiningPlan} (就餐方案編號): 1 to 100
 * visible characters, no outer spaces: no invisible, bidi or control characters
 * ({@link dev.cordon.core.validation.VisibleText}).
 *
 * @param value the id as text
 */
public record DiningPlanId(String value) implements Comparable<DiningPlanId> {
  /** @throws dev.cordon.core.validation.CordonValidationException if the id is blank or malformed */
  public DiningPlanId {
    Ids.require("diningPlanId", value);
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static DiningPlanId of(String value) {
    return new DiningPlanId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(DiningPlanId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

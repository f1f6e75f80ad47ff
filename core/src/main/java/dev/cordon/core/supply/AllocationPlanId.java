package dev.cordon.core.supply;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.cordon.core.internal.Ids;

/**
 * The id of an {@link AllocationPlan} (調撥方案編號): 1 to 100
 * visible characters, no outer spaces: no invisible, bidi or control characters
 * ({@link dev.cordon.core.validation.VisibleText}).
 * The ids of the transfers a plan records are derived from it.
 *
 * @param value the id as text
 */
public record AllocationPlanId(String value) implements Comparable<AllocationPlanId> {
  /** @throws dev.cordon.core.validation.CordonValidationException if the id is blank or malformed */
  public AllocationPlanId {
    Ids.require("allocationPlanId", value);
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static AllocationPlanId of(String value) {
    return new AllocationPlanId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(AllocationPlanId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

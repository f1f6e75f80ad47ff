package dev.cordon.core.supply;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.cordon.core.internal.Ids;

/**
 * The id of a {@link SupplyItem} (物資編號): 1 to 100
 * visible characters, no outer spaces: no invisible, bidi or control characters
 * ({@link dev.cordon.core.validation.VisibleText}).
 *
 * @param value the id as text
 */
public record SupplyItemId(String value) implements Comparable<SupplyItemId> {
  /** @throws dev.cordon.core.validation.CordonValidationException if the id is blank or malformed */
  public SupplyItemId {
    Ids.require("supplyItemId", value);
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static SupplyItemId of(String value) {
    return new SupplyItemId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(SupplyItemId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

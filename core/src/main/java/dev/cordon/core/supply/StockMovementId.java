package dev.cordon.core.supply;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.cordon.core.internal.Ids;

/**
 * The id of a {@link StockMovement} (物資流水號): 1 to 100
 * visible characters, no outer spaces: no invisible, bidi or control characters
 * ({@link dev.cordon.core.validation.VisibleText}).
 *
 * @param value the id as text
 */
public record StockMovementId(String value) implements Comparable<StockMovementId> {
  /** @throws dev.cordon.core.validation.CordonValidationException if the id is blank or malformed */
  public StockMovementId {
    Ids.require("stockMovementId", value);
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static StockMovementId of(String value) {
    return new StockMovementId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(StockMovementId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

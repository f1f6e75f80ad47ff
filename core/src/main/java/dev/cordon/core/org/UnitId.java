package dev.cordon.core.org;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.cordon.core.internal.Ids;

/**
 * The id of a {@link Unit} (單位編號): 1 to 100
 * visible characters, no outer spaces: no invisible, bidi or control characters
 * ({@link dev.cordon.core.validation.VisibleText}).
 *
 * @param value the id as text
 */
public record UnitId(String value) implements Comparable<UnitId> {
  /** @throws dev.cordon.core.validation.CordonValidationException if the id is blank or malformed */
  public UnitId {
    Ids.require("unitId", value);
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static UnitId of(String value) {
    return new UnitId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(UnitId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

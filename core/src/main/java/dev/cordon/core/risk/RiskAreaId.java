package dev.cordon.core.risk;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.cordon.core.internal.Ids;

/**
 * The id of a {@link RiskArea} (風險地區編號): 1 to 100
 * visible characters, no outer spaces: no invisible, bidi or control characters
 * ({@link dev.cordon.core.validation.VisibleText}).
 *
 * @param value the id as text
 */
public record RiskAreaId(String value) implements Comparable<RiskAreaId> {
  /** @throws dev.cordon.core.validation.CordonValidationException if the id is blank or malformed */
  public RiskAreaId {
    Ids.require("riskAreaId", value);
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static RiskAreaId of(String value) {
    return new RiskAreaId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(RiskAreaId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

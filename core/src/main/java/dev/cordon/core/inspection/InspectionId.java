package dev.cordon.core.inspection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.cordon.core.internal.Ids;

/**
 * The id of an {@link Inspection} (檢查編號): 1 to 100
 * visible characters, no outer spaces: no invisible, bidi or control characters
 * ({@link dev.cordon.core.validation.VisibleText}).
 *
 * @param value the id as text
 */
public record InspectionId(String value) implements Comparable<InspectionId> {
  /** @throws dev.cordon.core.validation.CordonValidationException if the id is blank or malformed */
  public InspectionId {
    Ids.require("inspectionId", value);
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static InspectionId of(String value) {
    return new InspectionId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(InspectionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

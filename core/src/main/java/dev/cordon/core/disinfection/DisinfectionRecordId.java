package dev.cordon.core.disinfection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.cordon.core.internal.Ids;

/**
 * The id of a {@link DisinfectionRecord} (消殺記錄編號): 1 to 100
 * visible characters, no outer spaces: no invisible, bidi or control characters
 * ({@link dev.cordon.core.validation.VisibleText}).
 *
 * @param value the id as text
 */
public record DisinfectionRecordId(String value) implements Comparable<DisinfectionRecordId> {
  /** @throws dev.cordon.core.validation.CordonValidationException if the id is blank or malformed */
  public DisinfectionRecordId {
    Ids.require("disinfectionRecordId", value);
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static DisinfectionRecordId of(String value) {
    return new DisinfectionRecordId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(DisinfectionRecordId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

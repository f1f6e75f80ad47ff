package dev.cordon.core.inspection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.cordon.core.internal.Ids;

/**
 * The id of a {@link Checklist} (檢查表編號): 1 to 100
 * visible characters, no outer spaces: no invisible, bidi or control characters
 * ({@link dev.cordon.core.validation.VisibleText}).
 *
 * @param value the id as text
 */
public record ChecklistId(String value) implements Comparable<ChecklistId> {
  /** @throws dev.cordon.core.validation.CordonValidationException if the id is blank or malformed */
  public ChecklistId {
    Ids.require("checklistId", value);
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static ChecklistId of(String value) {
    return new ChecklistId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(ChecklistId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package dev.cordon.core.duty;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.cordon.core.internal.Ids;

/**
 * The id of a {@link Assignment} (分工編號): 1 to 100
 * visible characters, no outer spaces: no invisible, bidi or control characters
 * ({@link dev.cordon.core.validation.VisibleText}).
 *
 * @param value the id as text
 */
public record AssignmentId(String value) implements Comparable<AssignmentId> {
  /** @throws dev.cordon.core.validation.CordonValidationException if the id is blank or malformed */
  public AssignmentId {
    Ids.require("assignmentId", value);
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static AssignmentId of(String value) {
    return new AssignmentId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(AssignmentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

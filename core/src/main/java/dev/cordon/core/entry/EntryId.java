package dev.cordon.core.entry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.cordon.core.internal.Ids;

/**
 * The id of a {@link Entry} (登記編號): 1 to 100
 * visible characters, no outer spaces: no invisible, bidi or control characters
 * ({@link dev.cordon.core.validation.VisibleText}).
 *
 * @param value the id as text
 */
public record EntryId(String value) implements Comparable<EntryId> {
  /** @throws dev.cordon.core.validation.CordonValidationException if the id is blank or malformed */
  public EntryId {
    Ids.require("entryId", value);
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static EntryId of(String value) {
    return new EntryId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(EntryId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

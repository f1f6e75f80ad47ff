package dev.cordon.core.person;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.cordon.core.internal.Ids;

/**
 * The id of a {@link Person} (人員編號): 1 to 100
 * visible characters, no outer spaces: no invisible, bidi or control characters
 * ({@link dev.cordon.core.validation.VisibleText}).
 *
 * @param value the id as text
 */
public record PersonId(String value) implements Comparable<PersonId> {
  /** @throws dev.cordon.core.validation.CordonValidationException if the id is blank or malformed */
  public PersonId {
    Ids.require("personId", value);
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(PersonId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

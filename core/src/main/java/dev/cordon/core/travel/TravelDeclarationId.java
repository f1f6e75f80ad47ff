package dev.cordon.core.travel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.cordon.core.internal.Ids;

/**
 * The id of a {@link TravelDeclaration} (報備編號): 1 to 100
 * visible characters, no outer spaces: no invisible, bidi or control characters
 * ({@link dev.cordon.core.validation.VisibleText}).
 *
 * @param value the id as text
 */
public record TravelDeclarationId(String value) implements Comparable<TravelDeclarationId> {
  /** @throws dev.cordon.core.validation.CordonValidationException if the id is blank or malformed */
  public TravelDeclarationId {
    Ids.require("travelDeclarationId", value);
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static TravelDeclarationId of(String value) {
    return new TravelDeclarationId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(TravelDeclarationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

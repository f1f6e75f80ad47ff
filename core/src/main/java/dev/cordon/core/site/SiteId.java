package dev.cordon.core.site;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.cordon.core.internal.Ids;

/**
 * The id of a {@link Site} (場所編號): 1 to 100
 * visible characters, no outer spaces: no invisible, bidi or control characters
 * ({@link dev.cordon.core.validation.VisibleText}).
 *
 * @param value the id as text
 */
public record SiteId(String value) implements Comparable<SiteId> {
  /** @throws dev.cordon.core.validation.CordonValidationException if the id is blank or malformed */
  public SiteId {
    Ids.require("siteId", value);
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static SiteId of(String value) {
    return new SiteId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(SiteId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

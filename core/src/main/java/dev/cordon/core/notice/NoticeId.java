package dev.cordon.core.notice;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.cordon.core.internal.Ids;

/**
 * The id of a {@link Notice} (通報編號): 1 to 100
 * visible characters, no outer spaces: no invisible, bidi or control characters
 * ({@link dev.cordon.core.validation.VisibleText}).
 *
 * @param value the id as text
 */
public record NoticeId(String value) implements Comparable<NoticeId> {
  /** @throws dev.cordon.core.validation.CordonValidationException if the id is blank or malformed */
  public NoticeId {
    Ids.require("noticeId", value);
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static NoticeId of(String value) {
    return new NoticeId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(NoticeId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

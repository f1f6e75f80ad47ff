package dev.cordon.core.internal;

import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Masking;
import dev.cordon.core.validation.Violation;

/** The one rule for every typed id: 1 to 100 characters, no control characters, no outer spaces. */
public final class Ids {
  public static final int MAX_LENGTH = 100;

  private Ids() {}

  public static String require(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new CordonValidationException(Violation.of("CORDON-ID-001", field, null));
    }
    if (value.length() > MAX_LENGTH || !value.strip().equals(value)
        || value.codePoints().anyMatch(Character::isISOControl)) {
      throw new CordonValidationException(
          Violation.of("CORDON-ID-002", field, Masking.mask(Masking.Kind.TEXT, value), MAX_LENGTH));
    }
    return value;
  }
}

package dev.cordon.core.internal;

import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Masking;
import dev.cordon.core.validation.VisibleText;
import dev.cordon.core.validation.internal.CordonErrors;

/**
 * The one rule for every typed id: 1 to 100 characters, no outer spaces, and only
 * {@link VisibleText#isVisible visible} characters — an invisible or control character (a
 * zero-width space, a bidi control, a line break…) would make two ids that look the same differ, or
 * reorder what an officer reads in a report.
 */
public final class Ids {
  public static final int MAX_LENGTH = 100;

  private Ids() {}

  public static String require(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new CordonValidationException(CordonErrors.idMissing(field));
    }
    int bad = VisibleText.firstInvisible(value);
    if (bad >= 0) {
      throw new CordonValidationException(CordonErrors.idInvisibleCharacter(field,
          Masking.mask(Masking.Kind.TEXT, value), VisibleText.describe(value.codePointAt(bad)),
          VisibleText.position(value, bad)));
    }
    if (value.length() > MAX_LENGTH || !value.strip().equals(value)) {
      throw new CordonValidationException(
          CordonErrors.idMalformed(field, Masking.mask(Masking.Kind.TEXT, value), MAX_LENGTH));
    }
    return value;
  }
}

package dev.cordon.core.validation;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One structural fault in a value (違規項): where it is ({@link #field()}, a property path such as
 * {@code entrant.phone} or a JSON path such as {@code $.feverThreshold}), what was given (masked when
 * it is personal data), a stable {@link #code()} such as {@code CORDON-PERSON-002}, and a message in
 * English and Simplified Chinese. A value longer than {@link Masking#MAX_SHOWN} characters is shown
 * as its first characters and its length, never whole.
 */
public final class Violation {
  private static final int MAX_FIELD = 200;

  private final String code;
  private final String field;
  private final String value;
  private final String english;
  private final String chinese;

  private Violation(String code, String field, String value, String english, String chinese) {
    this.code = Objects.requireNonNull(code, "code");
    this.field = Objects.requireNonNull(field, "field");
    this.value = value;
    this.english = english;
    this.chinese = chinese;
  }

  /**
   * A violation whose message comes from Cordon's message bundle under {@code code}, formatted with
   * {@link java.text.MessageFormat} arguments {@code {0}} = field, {@code {1}} = value, then {@code args}.
   *
   * @param code a stable code such as {@code CORDON-ENTRY-001}
   * @param field the property or JSON path
   * @param maskedValue the offending value, already masked if it is personal data; may be null
   * @param args further message arguments
   */
  public static Violation of(String code, String field, String maskedValue, Object... args) {
    // a path holds names from the input (an unknown property): cut it too, though less tightly
    String shownField = Masking.shorten(VisibleText.escapeInvisible(field), Locale.ENGLISH, MAX_FIELD);
    // an echoed value shows its invisible characters as <U+202E> and is cut when over-long
    String shown = VisibleText.escapeInvisible(maskedValue);
    return new Violation(code, shownField, Masking.shorten(shown),
        Messages.format(code, Locale.ENGLISH, shownField, Masking.shorten(shown, Locale.ENGLISH), args),
        Messages.format(code, Locale.SIMPLIFIED_CHINESE, shownField,
            Masking.shorten(shown, Locale.SIMPLIFIED_CHINESE), args));
  }

  /** A violation with messages already rendered (used for Bean Validation results). */
  public static Violation rendered(String code, String field, String maskedValue, String english,
      String chinese) {
    return new Violation(code, Masking.shorten(VisibleText.escapeInvisible(field), Locale.ENGLISH, MAX_FIELD),
        Masking.shorten(VisibleText.escapeInvisible(maskedValue)), english, chinese);
  }

  /** The stable code, e.g. {@code CORDON-PERSON-002}; documented in the README's error table. */
  public String code() {
    return code;
  }

  /** The property path or JSON path of the offending value. */
  public String field() {
    return field;
  }

  /**
   * The offending value as text, masked if it is personal data, and cut when longer than
   * {@link Masking#MAX_SHOWN} characters ({@code abc… (9,000 characters)}); empty when there was
   * none.
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** The message in the given locale: Simplified Chinese for any {@code zh} locale, else English. */
  public String message(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage()) ? chinese : english;
  }

  /** The English message. */
  public String message() {
    return english;
  }

  /** This violation moved under a parent path, e.g. {@code phone} to {@code entrant.phone}. */
  public Violation under(String parent) {
    if (parent == null || parent.isEmpty()) {
      return this;
    }
    String joined = field.isEmpty() ? parent
        : field.startsWith("[") ? parent + field : parent + "." + field;
    return new Violation(code, joined, value, english, chinese);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Violation v && code.equals(v.code) && field.equals(v.field)
        && Objects.equals(value, v.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, field, value);
  }

  @Override
  public String toString() {
    return code + " " + field + (value == null ? "" : " = '" + value + "'") + ": " + english;
  }
}

package dev.cordon.core.validation;

import dev.cordon.core.CordonException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Malformed data was rejected (數據不合法) and nothing was stored. Carries every
 * {@link Violation} found at once, each with its field, masked value, stable code and a message in
 * English and Simplified Chinese.
 *
 * <p>Real but non-compliant records (a visitor admitted with a fever, a row without a phone
 * number) are <em>not</em> rejected: they are stored and produce findings.
 */
public class CordonValidationException extends CordonException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  public CordonValidationException(List<Violation> violations) {
    super(render(violations, Locale.ENGLISH));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation exception needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  public CordonValidationException(Violation violation) {
    this(List.of(violation));
  }

  /** Every violation, in the order found. Never empty. */
  public List<Violation> violations() {
    return violations;
  }

  /** The codes of the violations, e.g. for assertions and for logs. */
  public List<String> codes() {
    return violations.stream().map(Violation::code).toList();
  }

  /** All violations rendered in the given locale, one per line. */
  public String getMessage(Locale locale) {
    return render(violations, locale);
  }

  /** This exception with every violation moved under a parent path. */
  public CordonValidationException under(String parent) {
    return new CordonValidationException(violations.stream().map(v -> v.under(parent)).toList());
  }

  private static String render(List<Violation> violations, Locale locale) {
    String head = "zh".equals(locale.getLanguage())
        ? violations.size() + " 項數據不合法：" : violations.size() + " invalid value(s): ";
    return violations.stream()
        .map(v -> v.code() + " " + v.field() + v.value().map(x -> " = '" + x + "'").orElse("")
            + ": " + v.message(locale))
        .collect(Collectors.joining("; ", head, ""));
  }
}

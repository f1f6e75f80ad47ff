package dev.cordon.adapters.csv.internal;

import dev.cordon.core.validation.Violation;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The adapter's bilingual messages ({@code CsvMessages*.properties}) and violations built from them;
 * only {@link CsvErrors}, which declares each code once, calls it.
 */
public final class CsvMessages {
  private static final String BUNDLE = "dev.cordon.adapters.csv.internal.CsvMessages";

  private CsvMessages() {}

  /**
   * A violation with the adapter's code, rendered in English and Simplified Chinese.
   *
   * @param code e.g. {@code CORDON-CSV-005}
   * @param column the column id
   * @param shown the value as written, already masked if it is personal data; may be null. Digit
   *     runs that may be a phone or ID number are masked here too and long values cut
   *     ({@link Shown#safe}), whatever the column
   * @param args further message arguments ({2}, {3} …)
   */
  static Violation violation(String code, String column, String shown, Object... args) {
    String safe = Shown.safe(shown);
    return Violation.rendered(code, column, safe, format(code, Locale.ROOT, column, safe, args),
        format(code, Locale.SIMPLIFIED_CHINESE, column, safe, args));
  }

  /**
   * The bundle of {@code locale} (the root or Simplified Chinese), never the JVM's default locale's.
   * In a named module {@code getBundle} refuses a {@code Control}: there the module's own lookup is
   * used, which for these two locales finds the same files.
   */
  static ResourceBundle bundle(Locale locale) {
    if (CsvMessages.class.getModule().isNamed()) {
      return ResourceBundle.getBundle(BUNDLE, locale, CsvMessages.class.getModule());
    }
    return ResourceBundle.getBundle(BUNDLE, locale, CsvMessages.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static String format(String code, Locale locale, String column, String shown,
      Object... args) {
    String pattern;
    try {
      pattern = bundle(locale).getString(code);
    } catch (MissingResourceException e) {
      pattern = code + " {0}";
    }
    Object[] all = new Object[2 + args.length];
    all[0] = column;
    all[1] = shown == null ? "" : shown;
    System.arraycopy(args, 0, all, 2, args.length);
    return new MessageFormat(pattern, locale).format(all);
  }
}

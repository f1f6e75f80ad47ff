package dev.cordon.core.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up Cordon's bilingual messages ({@code dev/cordon/core/validation/Messages*.properties}). */
final class Messages {
  static final String BUNDLE = "dev.cordon.core.validation.Messages";

  private Messages() {}

  /** The bundle for a locale, never falling back to the JVM's default locale. */
  static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  static String format(String code, Locale locale, String field, String value, Object... args) {
    String pattern;
    try {
      pattern = bundle(locale).getString(code);
    } catch (MissingResourceException e) {
      pattern = code + " {0}";
    }
    Object[] all = new Object[2 + (args == null ? 0 : args.length)];
    all[0] = field;
    all[1] = value == null ? "" : value;
    if (args != null) {
      System.arraycopy(args, 0, all, 2, args.length);
    }
    return new MessageFormat(pattern, locale).format(all);
  }
}

package dev.cordon.core.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** Looks up Cordon's bilingual messages ({@code dev/cordon/core/validation/Messages*.properties}). */
final class Messages {
  static final String BUNDLE = "dev.cordon.core.validation.Messages";

  private Messages() {}

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final Map<Locale, ResourceBundle> IN_MODULE = new ConcurrentHashMap<>();

  /** The bundle for a locale, never falling back to the JVM's default locale. */
  static ResourceBundle bundle(Locale locale) {
    if (!Messages.class.getModule().isNamed()) {
      return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
    }
    // in a named module getBundle refuses a Control: the same candidates (Messages_zh_CN,
    // Messages_zh, Messages), read from this module, without the default locale's
    return IN_MODULE.computeIfAbsent(locale, Messages::inModule);
  }

  private static ResourceBundle inModule(Locale locale) {
    List<Locale> candidates = NO_FALLBACK.getCandidateLocales(BUNDLE, locale);
    ResourceBundle bundle = null;
    for (int i = candidates.size() - 1; i >= 0; i--) {
      String resource = "/" + NO_FALLBACK.toResourceName(NO_FALLBACK.toBundleName(BUNDLE, candidates.get(i)),
          "properties");
      try (InputStream in = Messages.class.getResourceAsStream(resource)) {
        if (in != null) {
          bundle = new Chained(in, bundle);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (bundle == null) {
      throw new MissingResourceException("No " + BUNDLE + " in " + Messages.class.getModule(), BUNDLE, "");
    }
    return bundle;
  }

  /** A properties bundle whose parent is the next less specific one. */
  private static final class Chained extends PropertyResourceBundle {
    Chained(InputStream in, ResourceBundle parent) throws IOException {
      super(in);
      setParent(parent);
    }
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

package dev.cordon.core.report;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in English and Simplified Chinese.
 *
 * @param en English
 * @param zh Simplified Chinese
 */
public record Text(String en, String zh) {
  public Text {
    Objects.requireNonNull(en, "en");
    Objects.requireNonNull(zh, "zh");
  }

  /** A text. */
  public static Text of(String en, String zh) {
    return new Text(en, zh);
  }

  /** The text in {@code locale}: Simplified Chinese for any {@code zh} locale, else English. */
  public String in(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
  }
}

package dev.cordon.core.report;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in English and Simplified Chinese. A report cell may be a {@code Text}: writers show it in
 * the report's language ({@link #in(Locale)}), the json writer keeps both.
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

  /** The same text in both languages (a name, a number). */
  public static Text same(String text) {
    return new Text(text, text);
  }

  /** The text in {@code locale}: Simplified Chinese for any {@code zh} locale, else English. */
  public String in(Locale locale) {
    return isChinese(locale) ? zh : en;
  }

  /** Whether {@code locale} is Chinese (the {@code zh} language). */
  public static boolean isChinese(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage());
  }

  /** The English text, for writers that do not know this type. */
  @Override
  public String toString() {
    return en;
  }
}

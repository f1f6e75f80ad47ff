package dev.cordon.core.validation;

/**
 * How personal data is masked (脫敏) wherever Cordon shows it: phone numbers keep their first three
 * and last four digits ({@code 138****1234}), resident ID numbers their first four and last four
 * characters ({@code 1502**********123X}), names their first character ({@code 张*}, {@code 阿**}),
 * other text its first and last character. The masked form always has the length of the original,
 * so it never reveals more than the documented visible characters.
 */
public final class Masking {
  /**
   * Values longer than this many characters (code points) are shown cut to their first
   * {@value} characters followed by {@code …} and their length, wherever Cordon echoes them.
   */
  public static final int MAX_SHOWN = 64;

  /** The kinds of personal data, each with its masking. */
  public enum Kind {
    /** A person's name: the first character is kept. */
    NAME,
    /** A phone number: first three and last four digits are kept. */
    PHONE,
    /** A resident ID number: first four and last four characters are kept. */
    RESIDENT_ID,
    /** Free text about a person: first and last characters are kept. */
    TEXT
  }

  private Masking() {}

  /** Masks {@code value} as the given kind; {@code null} stays {@code null}. */
  public static String mask(Kind kind, String value) {
    if (value == null) {
      return null;
    }
    return switch (kind) {
      case NAME -> keep(value, 1, 0);
      case PHONE -> value.codePointCount(0, value.length()) >= 11 ? keep(value, 3, 4) : keep(value, 2, 2);
      case RESIDENT_ID -> value.codePointCount(0, value.length()) >= 15 ? keep(value, 4, 4) : keep(value, 2, 2);
      case TEXT -> keep(value, 1, 1);
    };
  }

  /** A name, masked: {@code 张三} → {@code 张*}. */
  public static String name(String name) {
    return mask(Kind.NAME, name);
  }

  /**
   * Keeps {@code head} leading and {@code tail} trailing code points and replaces the rest with
   * {@code *}; when fewer than {@code head + tail + 1} code points remain hidden, shows only the
   * first code point of short values (a value of one code point becomes {@code *}).
   */
  static String keep(String value, int head, int tail) {
    int[] cps = value.codePoints().toArray();
    int n = cps.length;
    if (n == 0) {
      return value;
    }
    if (head + tail >= n) {
      // too short to show both ends: show at most the first code point, never the whole value
      head = n > 1 ? 1 : 0;
      tail = 0;
    }
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      if (i < head || i >= n - tail) {
        sb.appendCodePoint(cps[i]);
      } else {
        sb.append('*');
      }
    }
    return sb.toString();
  }

  /**
   * {@code value} as Cordon shows it in a message (English): unchanged up to {@link #MAX_SHOWN}
   * characters; longer, its first {@link #MAX_SHOWN} characters, {@code …} and its length, e.g.
   * {@code abc… (9,000 characters)} — so that one over-long cell never floods a log or a report.
   * Mask personal data first: cutting never reveals more than the masked form.
   *
   * @param value the (already masked) value; {@code null} stays {@code null}
   */
  public static String shorten(String value) {
    return shorten(value, java.util.Locale.ENGLISH);
  }

  /**
   * {@link #shorten(String)} with the length in the language of {@code locale}: Simplified Chinese
   * ({@code …（共 9,000 个字符）}) for any {@code zh} locale, else English.
   */
  public static String shorten(String value, java.util.Locale locale) {
    return shorten(value, locale, MAX_SHOWN);
  }

  /** {@link #shorten(String, java.util.Locale)} with a limit of {@code max} characters. */
  static String shorten(String value, java.util.Locale locale, int max) {
    if (value == null) {
      return null;
    }
    int n = value.codePointCount(0, value.length());
    if (n <= max) {
      return value;
    }
    String head = value.substring(0, value.offsetByCodePoints(0, max));
    String count = String.format(java.util.Locale.ROOT, "%,d", n);
    return locale != null && "zh".equals(locale.getLanguage())
        ? head + "…（共 " + count + " 个字符）"
        : head + "… (" + count + " characters)";
  }
}

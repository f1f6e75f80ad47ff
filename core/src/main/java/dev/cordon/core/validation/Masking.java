package dev.cordon.core.validation;

/**
 * How personal data is masked (脫敏) wherever Cordon shows it: phone numbers keep their first three
 * and last four digits ({@code 138****1234}), resident ID numbers their first four and last four
 * characters ({@code 1502**********123X}), names their first character ({@code 张*}, {@code 阿**}),
 * other text its first and last character. The masked form always has the length of the original,
 * so it never reveals more than the documented visible characters.
 */
public final class Masking {
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
}

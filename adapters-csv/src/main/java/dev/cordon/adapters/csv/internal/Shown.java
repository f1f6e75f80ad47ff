package dev.cordon.adapters.csv.internal;

import dev.cordon.core.validation.Masking;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a cell is shown in a message: personal data masked, long values cut with their length. A
 * cell in the wrong column is still personal data (a phone number under the temperature header),
 * so values that merely look like a phone or ID number, or like a name where a code was expected,
 * are masked too.
 */
public final class Shown {
  /** The longest value shown whole, in code points; longer ones are cut and their length given. */
  public static final int MAX_SHOWN = 40;

  /** Runs of 11 or more digits (an ID number may end in X): phone numbers and ID numbers. */
  private static final Pattern LONG_DIGITS = Pattern.compile("(?<![0-9])[0-9]{10,}[0-9Xx]?(?![0-9])");
  /** A name as written in a ledger: two to five Han characters, minority names with a middle dot. */
  private static final Pattern NAME_LIKE = Pattern.compile(
      "[\\p{IsHan}]{2,5}|[\\p{IsHan}]{1,10}(?:[·•・][\\p{IsHan}]{1,10}){1,3}");
  /** A value cut already: cutting is idempotent, so that the length shown stays the original's. */
  private static final Pattern CUT = Pattern.compile("(?s).{1,80}… \\([0-9,]+ characters\\)");
  private static final Pattern DIGIT = Pattern.compile("[0-9]");

  private Shown() {}

  /** {@code value} cut to {@value #MAX_SHOWN} code points plus {@code … (9,000 characters)}. */
  public static String cut(String value) {
    if (value == null) {
      return null;
    }
    int n = value.codePointCount(0, value.length());
    if (n <= MAX_SHOWN || CUT.matcher(value).matches()) {
      return value;
    }
    int end = value.offsetByCodePoints(0, MAX_SHOWN - 8);
    return value.substring(0, end) + "… (" + String.format(Locale.ROOT, "%,d", n) + " characters)";
  }

  /** Digit runs that may be a phone or ID number masked, then {@linkplain #cut cut}. */
  public static String safe(String value) {
    return value == null ? null : cut(maskDigits(value));
  }

  /** {@link #safe}, and a name-shaped value (Han characters only) masked as a name. */
  public static String safeCode(String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    if (NAME_LIKE.matcher(s).matches()) {
      return Masking.mask(Masking.Kind.NAME, s);
    }
    return safe(value);
  }

  /** A cell that may be anything (an unknown header that may be a data cell): masked. */
  public static String masked(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    String digitsMasked = maskDigits(value);
    if (!digitsMasked.equals(value)) {
      return cut(digitsMasked);
    }
    if (NAME_LIKE.matcher(value.strip()).matches()) {
      return Masking.mask(Masking.Kind.NAME, value.strip());
    }
    if (DIGIT.matcher(value).find()) {
      return cut(Masking.mask(Masking.Kind.TEXT, value));
    }
    return cut(value);
  }

  /** Whether a header cell looks like a data value: it holds four or more digits. */
  public static boolean looksLikeData(String cell) {
    int digits = 0;
    for (int i = 0; i < cell.length(); i++) {
      if (cell.charAt(i) >= '0' && cell.charAt(i) <= '9') {
        digits++;
      }
    }
    return digits >= 4;
  }

  /** A list for a message, e.g. {@code [site, 程*, 187****2111]}, cut after 20 items. */
  public static String cutList(List<String> items) {
    if (items.size() <= 20) {
      return items.toString();
    }
    return items.subList(0, 20).toString().replaceAll("]$", "")
        + String.format(Locale.ROOT, ", … (%,d in all)]", items.size());
  }

  /**
   * Every run of 11 or more digits masked like a phone number ({@code 138****1234}) or, from 15
   * digits on, like a resident ID number ({@code 1502**********123X}).
   */
  public static String maskDigits(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = LONG_DIGITS.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder sb = new StringBuilder();
    do {
      String d = m.group();
      m.appendReplacement(sb, Matcher.quoteReplacement(Masking.mask(
          d.length() >= 15 ? Masking.Kind.RESIDENT_ID : Masking.Kind.PHONE, d)));
    } while (m.find());
    m.appendTail(sb);
    return sb.toString();
  }
}

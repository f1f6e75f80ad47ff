package dev.cordon.adapters.csv.internal;

import dev.cordon.core.validation.Masking;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a cell is shown in a message: personal data masked, long values cut with their length. A
 * cell in the wrong column is still personal data (a phone number under the temperature header, a
 * name typed into a site id), so values that merely look like a phone or ID number — also as
 * people write them, in groups: {@code 187-9404-2111}, {@code +86 187 9404 2111} — or like a name
 * are masked in every column.
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
  /**
   * A whole value that is a number as people write phone and ID numbers: digits grouped by spaces,
   * dashes, dots or parentheses, perhaps after {@code +86} or {@code 0086}, an ID number perhaps
   * ending in X.
   */
  private static final Pattern NUMBER_LIKE = Pattern.compile(
      "(?:(?:\\+|00)86[ \\-]?)?[0-9 ().\\-]*[0-9][0-9Xx]?[ )]*");
  /**
   * Such a number inside a text: digit groups joined by one space, dash or dot, perhaps after a
   * {@code +86}/{@code 0086} prefix, not inside a word, an id ({@code E-1234567}) or a time.
   */
  private static final Pattern GROUPED_DIGITS = Pattern.compile(
      "(?<![\\w.,:+\\-])(?:(?:\\+|00)86[ \\-]?)?\\(?[0-9]+\\)?(?:[ .\\-]\\(?[0-9]+\\)?)*[Xx]?(?![\\w:])");
  /** A date as written in ledgers ({@code 2021-10-25}, {@code 25.10.2021}): digits, but no phone. */
  private static final Pattern DATE_SHAPED = Pattern.compile(
      "[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2}|[0-9]{1,2}[-./][0-9]{1,2}[-./][0-9]{4}");
  /** The fewest digits of a value masked as a phone number (a local number has seven or eight). */
  private static final int PHONE_DIGITS = 7;

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

  /**
   * The value as a message may show it: a value that is a phone or ID number as people write it
   * (seven or more digits, perhaps grouped by spaces, dashes, dots or parentheses, perhaps after
   * {@code +86}) masked as one; a name-shaped value (two to five Han characters, minority names
   * with {@code ·}) masked as a name — whatever the column: a value in the wrong column is personal
   * data all the same —; digit runs inside a longer text that may be a phone or ID number masked;
   * then {@linkplain #cut cut}.
   */
  public static String safe(String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    String number = numberMasked(s);
    if (number != null) {
      return number;
    }
    if (nameLike(s)) {
      return Masking.mask(Masking.Kind.NAME, s);
    }
    return cut(maskDigits(value));
  }

  /**
   * Whether {@code s} is shaped like a name: two to five Han characters (or a minority name with a
   * middle dot), unless it ends in 码/碼 (a code word such as 蓝码, never a name).
   */
  static boolean nameLike(String s) {
    return NAME_LIKE.matcher(s).matches() && !(s.endsWith("码") || s.endsWith("碼"));
  }

  /** {@link #safe}, for a cell of a code, number, date or yes/no column. */
  public static String safeCode(String value) {
    return safe(value);
  }

  /**
   * {@code value} masked as a phone number ({@code 187****2111}) or, from 15 digits on, as an ID
   * number ({@code 1502**********0010}) when it is one as people write it (seven or more digits,
   * a leading {@code +86} or {@code 0086} not counted); null otherwise. A date
   * ({@code 2021-10-25}) is not a phone number.
   */
  static String numberMasked(String value) {
    String v = value.strip();
    if (!NUMBER_LIKE.matcher(v).matches() || DATE_SHAPED.matcher(v).matches()) {
      return null;
    }
    String digits = v.replaceAll("[^0-9Xx]", "");
    if (v.startsWith("+86")) {
      digits = digits.substring(2);
    } else if (v.startsWith("0086")) {
      digits = digits.substring(4);
    }
    long n = digits.chars().filter(c -> c >= '0' && c <= '9').count();
    if (n < PHONE_DIGITS) {
      return null;
    }
    return Masking.mask(digits.length() >= 15 ? Masking.Kind.RESIDENT_ID : Masking.Kind.PHONE, digits);
  }

  /**
   * A cell of a first line that is data rather than a header, and no header label: masked whatever
   * it holds — a phone or ID number as one, a name as a name, a text with digits down to its first
   * and last character, any other text (a name in Latin letters, {@code Cheng Fang}) down to its
   * first character ({@code C*********}).
   */
  public static String masked(String value) {
    if (value == null || value.isBlank()) {
      return value;
    }
    String s = value.strip();
    String number = numberMasked(s);
    if (number != null) {
      return number;
    }
    String digitsMasked = maskDigits(s);
    if (!digitsMasked.equals(s)) {
      return cut(digitsMasked);
    }
    if (DIGIT.matcher(s).find()) {
      return cut(Masking.mask(Masking.Kind.TEXT, s));
    }
    return cut(Masking.mask(Masking.Kind.NAME, s));
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
   * In a text (a message): every run of 11 or more digits masked like a phone number
   * ({@code 138****1234}) or, from 15 digits on, like a resident ID number
   * ({@code 1502**********123X}); and every phone or ID number written in groups
   * ({@code 187-9404-2111}, {@code +86 187 9404 2111}, {@code 150202 19520427 0010}: seven or more
   * digits) masked the same way. Dates, times, decimals, counts and ids are left as they are.
   */
  public static String maskDigits(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    Matcher g = GROUPED_DIGITS.matcher(out);
    if (g.find()) {
      StringBuilder sb = new StringBuilder();
      do {
        String run = g.group();
        boolean grouped = run.startsWith("+") || run.chars().anyMatch(c -> c == ' ' || c == '-' || c == '.'
            || c == '(');
        String masked = grouped ? numberMasked(run) : null;
        g.appendReplacement(sb, Matcher.quoteReplacement(masked == null ? run : masked));
      } while (g.find());
      g.appendTail(sb);
      out = sb.toString();
    }
    Matcher m = LONG_DIGITS.matcher(out);
    if (!m.find()) {
      return out;
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

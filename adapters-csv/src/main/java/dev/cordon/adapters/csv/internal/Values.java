package dev.cordon.adapters.csv.internal;

import dev.cordon.core.entry.HealthCodeColour;
import dev.cordon.core.entry.ItineraryCode;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.validation.CordonValidationException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsers of values as people type them into ledgers. Every parser either understands the text
 * exactly or throws a {@code CordonValidationException} quoting it — it never guesses. Input is
 * first {@linkplain #normalise normalised}: NFKC (full-width digits and letters become ASCII,
 * {@code ℃} becomes {@code °C}) and surrounding white space removed.
 */
public final class Values {
  /** {@code 2021-10-25}, {@code 2021/10/25}, {@code 2021.10.25}, {@code 2021年10月25日}. */
  private static final Pattern DATE = Pattern.compile(
      "(\\d{4})(?:[-/.](\\d{1,2})[-/.](\\d{1,2})|年(\\d{1,2})月(\\d{1,2})[日号]?)");
  /** {@code 8:05}, {@code 08:05:30}, {@code 08:05:30.123456}, {@code 8时5分}, {@code 8点05分30秒}. */
  private static final Pattern TIME = Pattern.compile(
      "(\\d{1,2})(?::(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?|[时点](?:(\\d{1,2})分(?:(\\d{1,2})秒)?)?)");
  private static final Pattern DATE_TIME = Pattern.compile(
      "(" + DATE.pattern() + ")(?:\\s*|T)(" + TIME.pattern() + ")");
  private static final Pattern TEMPERATURE = Pattern.compile("(\\d{1,2}(?:\\.\\d+)?)\\s*(?:°C|°|度|C)?");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[|;、,]\\s*");

  private static final Map<String, HealthCodeColour> HEALTH_CODES = Map.ofEntries(
      Map.entry("绿码", HealthCodeColour.GREEN), Map.entry("绿", HealthCodeColour.GREEN),
      Map.entry("綠碼", HealthCodeColour.GREEN), Map.entry("綠", HealthCodeColour.GREEN),
      Map.entry("绿色", HealthCodeColour.GREEN), Map.entry("綠色", HealthCodeColour.GREEN),
      Map.entry("green", HealthCodeColour.GREEN), Map.entry("g", HealthCodeColour.GREEN),
      Map.entry("黄码", HealthCodeColour.YELLOW), Map.entry("黄", HealthCodeColour.YELLOW),
      Map.entry("黃碼", HealthCodeColour.YELLOW), Map.entry("黃", HealthCodeColour.YELLOW),
      Map.entry("黄色", HealthCodeColour.YELLOW), Map.entry("黃色", HealthCodeColour.YELLOW),
      Map.entry("yellow", HealthCodeColour.YELLOW), Map.entry("y", HealthCodeColour.YELLOW),
      Map.entry("红码", HealthCodeColour.RED), Map.entry("红", HealthCodeColour.RED),
      Map.entry("紅碼", HealthCodeColour.RED), Map.entry("紅", HealthCodeColour.RED),
      Map.entry("红色", HealthCodeColour.RED), Map.entry("紅色", HealthCodeColour.RED),
      Map.entry("red", HealthCodeColour.RED), Map.entry("r", HealthCodeColour.RED),
      Map.entry("未出示", HealthCodeColour.NOT_PRESENTED),
      Map.entry("not presented", HealthCodeColour.NOT_PRESENTED),
      Map.entry("not_presented", HealthCodeColour.NOT_PRESENTED));

  /** Itinerary statuses: presented and starred, presented and not starred, not presented. */
  private static final Map<String, Integer> ITINERARY = Map.ofEntries(
      Map.entry("带星", 1), Map.entry("帶星", 1), Map.entry("*", 1), Map.entry("带*", 1),
      Map.entry("帶*", 1), Map.entry("有星", 1), Map.entry("starred", 1),
      Map.entry("无星", 0), Map.entry("無星", 0), Map.entry("不带星", 0), Map.entry("不帶星", 0),
      Map.entry("not starred", 0), Map.entry("presented", 0), Map.entry("绿", 0),
      Map.entry("綠", 0), Map.entry("绿色", 0), Map.entry("綠色", 0), Map.entry("green", 0),
      Map.entry("未出示", -1), Map.entry("not presented", -1), Map.entry("not_presented", -1));

  private static final Map<String, Boolean> BOOLEANS = Map.ofEntries(
      Map.entry("是", true), Map.entry("否", false), Map.entry("true", true),
      Map.entry("false", false), Map.entry("yes", true), Map.entry("no", false),
      Map.entry("y", true), Map.entry("n", false), Map.entry("1", true), Map.entry("0", false),
      Map.entry("√", true), Map.entry("×", false));

  private Values() {}

  /**
   * The cell as the parsers see it: NFKC-normalised, without surrounding white space and
   * without one leading apostrophe (the spreadsheet "text" marker, also what the exporter adds to
   * defuse formulas). Null becomes empty.
   */
  public static String normalise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    // ASCII is NFKC-stable: skip the normaliser for the common all-ASCII cell
    String s = (isAscii(cell) ? cell : Normalizer.normalize(cell, Normalizer.Form.NFKC)).strip();
    return !s.isEmpty() && s.charAt(0) == '\'' ? s.substring(1) : s;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * The cell without the formula-defusing apostrophe and surrounding white space, but otherwise as
   * written (free text such as names and purposes keeps its full-width characters).
   */
  public static String text(String cell) {
    if (cell == null) {
      return "";
    }
    String s = cell.strip();
    return s.startsWith("'") ? s.substring(1) : s;
  }

  /** A temperature in °C: {@code 36.5}, {@code 36.5℃}, {@code 36.5°C}, {@code ３６．５}, {@code 36.5度}. */
  public static BigDecimal temperature(String column, String cell) {
    String s = normalise(cell);
    if (isPlainDecimal(s)) {
      // what the pattern below reads as its number, without the matcher
      return new BigDecimal(s);
    }
    Matcher m = TEMPERATURE.matcher(s);
    if (!m.matches()) {
      throw new CordonValidationException(CsvErrors.notATemperature(column, originalCode(cell)));
    }
    return new BigDecimal(m.group(1));
  }

  /** A health-code colour: {@code 绿码}/{@code 绿}/{@code green}/{@code G}, yellow, red, {@code 未出示}. */
  public static HealthCodeColour healthCode(String column, String cell) {
    String s = normalise(cell);
    HealthCodeColour c = HEALTH_CODES.get(s.toLowerCase(Locale.ROOT));
    if (c == null) {
      try {
        return HealthCodeColour.valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CordonValidationException(CsvErrors.notAHealthCode(column, original(cell)));
      }
    }
    return c;
  }

  /**
   * An itinerary code: {@code 带星}/{@code *} starred, {@code 无星} not starred, {@code 未出示} not
   * presented, with the cities visited (may be empty).
   */
  public static ItineraryCode itinerary(String column, String cell, List<RegionCode> cities) {
    String s = normalise(cell);
    Integer status = ITINERARY.get(s.toLowerCase(Locale.ROOT));
    if (status == null) {
      throw new CordonValidationException(CsvErrors.notAnItineraryStatus(column, original(cell)));
    }
    if (status < 0) {
      return ItineraryCode.builder().presented(false).citiesVisited(cities).build();
    }
    return ItineraryCode.builder().starred(status == 1).citiesVisited(cities).build();
  }

  /** Yes or no: {@code 是}/{@code 否}, {@code true}/{@code false}, {@code Y}/{@code N}, {@code 1}/{@code 0}. */
  public static boolean bool(String column, String cell) {
    String s = normalise(cell);
    Boolean b = BOOLEANS.get(s.toLowerCase(Locale.ROOT));
    if (b == null) {
      throw new CordonValidationException(CsvErrors.notYesOrNo(column, originalCode(cell)));
    }
    return b;
  }

  /** A decimal number such as {@code 12} or {@code 12.5} (full-width digits allowed). */
  public static BigDecimal decimal(String column, String cell) {
    String s = normalise(cell);
    if (!NUMBER.matcher(s).matches()) {
      throw new CordonValidationException(CsvErrors.notANumber(column, originalCode(cell)));
    }
    return new BigDecimal(s);
  }

  /** A whole number. */
  public static int integer(String column, String cell) {
    String s = normalise(cell);
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new CordonValidationException(CsvErrors.notANumber(column, originalCode(cell)));
    }
  }

  /** A date: {@code 2021-10-25}, {@code 2021/10/25}, {@code 2021.10.25}, {@code 2021年10月25日}. */
  public static LocalDate date(String column, String cell) {
    String s = normalise(cell);
    Matcher m = DATE.matcher(s);
    try {
      if (m.matches()) {
        return dateOf(m, 1);
      }
    } catch (DateTimeException e) {
      // falls through to the error below: 2021-02-30 is not a date
    }
    throw new CordonValidationException(CsvErrors.notADate(column, originalCode(cell)));
  }

  /**
   * An instant: an ISO-8601 date-time with offset ({@code 2021-10-25T08:05:00+08:00},
   * {@code …Z}), or a local date and time read in {@code zone} ({@code 2021-10-25 08:05},
   * {@code 2021/10/25 8:05}, {@code 2021年10月25日 8:05}, {@code 2021-10-25T08:05:30.5}).
   */
  public static Instant instant(String column, String cell, ZoneId zone) {
    String s = normalise(cell);
    Instant exact = isoOffset(s);
    if (exact != null) {
      return exact;
    }
    // ISO_OFFSET_DATE_TIME needs its 'T' (either case): without one, go straight to the local forms
    if (s.indexOf('T') >= 0 || s.indexOf('t') >= 0) {
      try {
        return OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e) {
        // not ISO with an offset: a local date and time
      }
    }
    Matcher m = DATE_TIME.matcher(s);
    try {
      if (m.matches()) {
        LocalDate d = dateOf(m, 2);
        LocalTime t = timeOf(m, 8);
        return LocalDateTime.of(d, t).atZone(zone).toInstant();
      }
    } catch (DateTimeException e) {
      // falls through: 25:00 or 2021-02-30
    }
    throw new CordonValidationException(CsvErrors.notADateTime(column, originalCode(cell)));
  }

  /**
   * The commonest exported form, {@code 2021-10-01T08:00:16+08:00} or {@code 2021-10-01T08:00:16Z},
   * read without a formatter; null for anything else (other forms, impossible dates), which
   * {@link OffsetDateTime#parse} then reads or refuses. Where this returns an instant, it is the
   * one {@code OffsetDateTime.parse} returns ({@code ValuesInstantTest}).
   */
  static Instant isoOffset(String s) {
    int n = s.length();
    boolean zulu = n == 20 && s.charAt(19) == 'Z';
    if (!zulu && n != 25) {
      return null;
    }
    if (s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    int offsetSeconds = 0;
    if (!zulu) {
      char sign = s.charAt(19);
      int oh = digits(s, 20, 2);
      int om = digits(s, 23, 2);
      if ((sign != '+' && sign != '-') || s.charAt(22) != ':' || oh < 0 || om < 0 || oh > 18 || om > 59) {
        return null;
      }
      offsetSeconds = (sign == '-' ? -1 : 1) * (oh * 3600 + om * 60);
      if (Math.abs(offsetSeconds) > 18 * 3600) {
        return null;
      }
    }
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 59 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds);
  }

  /** The number written by {@code length} ASCII digits from {@code from}; -1 if one is not a digit. */
  private static int digits(String s, int from, int length) {
    int v = 0;
    for (int i = from; i < from + length; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** A local date and a separate local time cell, read in {@code zone}. */
  public static Instant instant(String dateColumn, String dateCell, String timeColumn,
      String timeCell, ZoneId zone) {
    LocalDate d = date(dateColumn, dateCell);
    String s = normalise(timeCell);
    Matcher m = TIME.matcher(s);
    try {
      if (m.matches()) {
        return LocalDateTime.of(d, timeOf(m, 1)).atZone(zone).toInstant();
      }
    } catch (DateTimeException e) {
      // falls through
    }
    throw new CordonValidationException(CsvErrors.notADateTime(timeColumn, originalCode(timeCell)));
  }

  /**
   * A region: a six-digit division code, or the exact official name of exactly one division
   * ({@code 额济纳旗}); an ambiguous or unknown name is refused.
   */
  public static RegionCode region(String column, String cell) {
    String s = normalise(cell);
    if (isSixDigits(s)) {
      return RegionCode.of(s);
    }
    List<RegionCode> named = RegionCode.named(s);
    if (named.size() != 1) {
      throw new CordonValidationException(CsvErrors.notARegion(column, original(cell)));
    }
    return named.get(0);
  }

  /** Regions separated by {@code |}, {@code ;}, {@code 、} or {@code ,}; empty for an empty cell. */
  public static List<RegionCode> regions(String column, String cell) {
    String s = normalise(cell);
    List<RegionCode> out = new ArrayList<>();
    if (s.isEmpty()) {
      return out;
    }
    boolean one = true;
    for (int i = 0; i < s.length() && one; i++) {
      char c = s.charAt(i);
      one = c != '|' && c != ';' && c != '、' && c != ',';
    }
    if (one) {
      // what the split below gives for a cell without separators, without the regex
      out.add(region(column, s));
      return out;
    }
    for (String part : LIST_SEPARATOR.split(s)) {
      out.add(region(column, part));
    }
    return out;
  }

  /** {@code \\d{1,2}(?:\\.\\d+)?} in ASCII digits: a temperature as most ledgers write it. */
  static boolean isPlainDecimal(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && i < 3 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i == 0 || i > 2) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (s.charAt(i) != '.' || i + 1 == n) {
      return false;
    }
    for (int j = i + 1; j < n; j++) {
      if (s.charAt(j) < '0' || s.charAt(j) > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code \\d{6}}: six ASCII digits (a normalised cell has no other digits). */
  private static boolean isSixDigits(String s) {
    if (s.length() != 6) {
      return false;
    }
    for (int i = 0; i < 6; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Parts of a list cell separated by {@code |}, {@code ;}, {@code 、} or {@code ,}. */
  public static List<String> parts(String cell) {
    String s = normalise(cell);
    return s.isEmpty() ? List.of() : List.of(LIST_SEPARATOR.split(s));
  }

  /** The cell as written, for messages: never the normalised form, so users find their text. */
  private static String original(String cell) {
    return cell == null ? "" : cell.strip();
  }

  /**
   * The cell as written, for a message about a number, date or yes/no column: a name-shaped value
   * there is a name in the wrong column and is masked ({@link Shown#safeCode}).
   */
  private static String originalCode(String cell) {
    return Shown.safeCode(original(cell));
  }

  private static LocalDate dateOf(Matcher m, int first) {
    int year = Integer.parseInt(m.group(first));
    String month = m.group(first + 1) != null ? m.group(first + 1) : m.group(first + 3);
    String day = m.group(first + 2) != null ? m.group(first + 2) : m.group(first + 4);
    return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
  }

  private static LocalTime timeOf(Matcher m, int first) {
    int hour = Integer.parseInt(m.group(first));
    if (m.group(first + 1) != null) {
      int minute = Integer.parseInt(m.group(first + 1));
      int second = m.group(first + 2) == null ? 0 : Integer.parseInt(m.group(first + 2));
      String fraction = m.group(first + 3);
      int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
      return LocalTime.of(hour, minute, second, nanos);
    }
    int minute = m.group(first + 4) == null ? 0 : Integer.parseInt(m.group(first + 4));
    int second = m.group(first + 5) == null ? 0 : Integer.parseInt(m.group(first + 5));
    return LocalTime.of(hour, minute, second);
  }
}

package dev.cordon.examples;

import dev.cordon.adapters.csv.LedgerDateFormat;
import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * How the command line reads option values: a date in any form the CSV importer accepts
 * ({@link LedgerDateFormat}), so that a date copied from a ledger works on the command line too; and
 * a message without Java type names for a value that is none of them (picocli would say
 * {@code cannot convert '25/10/2021' to class java.time.LocalDate (java.time.format…)}).
 */
final class OptionValues {
  private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?");

  private OptionValues() {}

  /** Registers the converters on {@code cl} and its subcommands. */
  static void register(CommandLine cl) {
    cl.registerConverter(LocalDate.class, OptionValues::date);
    cl.registerConverter(AsOf.class, AsOf::parse);
    cl.registerConverter(LocalTime.class, OptionValues::time);
    cl.registerConverter(BigDecimal.class, OptionValues::number);
    cl.registerConverter(Path.class, OptionValues::path);
    cl.registerConverter(Integer.class, s -> (int) whole(s, Integer.MIN_VALUE, Integer.MAX_VALUE));
    cl.registerConverter(Integer.TYPE, s -> (int) whole(s, Integer.MIN_VALUE, Integer.MAX_VALUE));
    cl.registerConverter(Long.class, s -> whole(s, Long.MIN_VALUE, Long.MAX_VALUE));
    cl.registerConverter(Long.TYPE, s -> whole(s, Long.MIN_VALUE, Long.MAX_VALUE));
  }

  /** The date forms accepted, for messages: {@code 2021-10-25, 2021/10/25, 2021.10.25 or 2021年10月25日}. */
  static String dateForms() {
    var forms = LedgerDateFormat.DATE_FORMS;
    return String.join(", ", forms.subList(0, forms.size() - 1)) + " or " + forms.get(forms.size() - 1);
  }

  /** A day, in any form the importer reads. */
  static LocalDate date(String s) {
    return LedgerDateFormat.date(s).orElseThrow(() -> new TypeConversionException(
        "'" + s + "' is not a date: write it as " + dateForms()));
  }

  /**
   * The {@code --as-of} of a check: a day (judged at its end, the midnight after it) or a local date
   * and time (judged then), in any form the importer reads; the zone is the policy's, applied later.
   */
  record AsOf(String text) {
    /** Parses {@code s}, refusing what is neither a date nor a date and time. */
    static AsOf parse(String s) {
      if (LedgerDateFormat.date(s).isEmpty() && LedgerDateFormat.instant(s, ZoneOffset.UTC).isEmpty()) {
        throw new TypeConversionException("'" + s + "' is not a date or a date and time: write a day as "
            + dateForms() + ", or a moment as " + String.join(", ", LedgerDateFormat.DATE_TIME_FORMS));
      }
      return new AsOf(s);
    }

    /** The instant meant, a local date and time read in {@code zone}. */
    java.time.Instant in(java.time.ZoneId zone) {
      return LedgerDateFormat.date(text).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant())
          .orElseGet(() -> LedgerDateFormat.instant(text, zone).orElseThrow());
    }
  }

  /** A time of day: {@code 9:00}, {@code 09:00}, {@code 09:00:30}. */
  static LocalTime time(String s) {
    Matcher m = TIME.matcher(s.strip());
    try {
      if (m.matches()) {
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
      }
    } catch (DateTimeException e) {
      // 25:00: the message below
    }
    throw new TypeConversionException("'" + s + "' is not a time of day: write it as 09:00 or 9:00");
  }

  static BigDecimal number(String s) {
    try {
      return new BigDecimal(s.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + s + "' is not a number: write it as 20000 or 12.5");
    }
  }

  static Path path(String s) {
    try {
      return Path.of(s);
    } catch (InvalidPathException e) {
      throw new TypeConversionException("'" + s + "' is not a file path: " + e.getReason());
    }
  }

  private static long whole(String s, long min, long max) {
    try {
      long v = Long.parseLong(s.strip());
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // the message below
    }
    throw new TypeConversionException("'" + s + "' is not a whole number" + (min == Integer.MIN_VALUE
        ? " (at most " + max + ")" : ""));
  }
}

package dev.cordon.adapters.csv;

import dev.cordon.adapters.csv.internal.Shown;
import dev.cordon.core.validation.Violation;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why one row was rejected (錯誤行): the file, the physical lines the record spans, and every
 * violation, each naming its column, the value as written (personal data masked, long values cut)
 * and a stable code.
 *
 * @param source the source name, e.g. the file name
 * @param line the physical line the record starts on (1-based; the header is line 1)
 * @param lastLine the physical line it ends on: later than {@code line} when a quoted cell holds
 *     line breaks, so that a record that swallowed lines says which
 * @param violations what is wrong, never empty
 */
public record RowError(String source, long line, long lastLine, List<Violation> violations) {
  /**
   * A row error.
   *
   * @param lastLine the last line read
   * @param line the line number (1 for the header)
   * @param source the source
   * @param violations the violations
   */
  public RowError {
    violations = List.copyOf(violations);
    if (lastLine < line) {
      lastLine = line;
    }
  }

  /**
   * A row error of a record on one physical line.
   *
   * @param source the source
   * @param line the line number (1 for the header)
   * @param violations the violations
   */
  public RowError(String source, long line, List<Violation> violations) {
    this(source, line, line, violations);
  }

  /**
   * The columns at fault, in order, e.g. {@code [temperature, phone]}.
   *
   * @return the columns at fault, in order, e.g. {@code [temperature, phone]}
   */
  public List<String> columns() {
    return violations.stream().map(Violation::field).distinct().toList();
  }

  /**
   * The codes, e.g. {@code [CORDON-CSV-004]}.
   *
   * @return the codes, e.g. {@code [CORDON-CSV-004]}
   */
  public List<String> codes() {
    return violations.stream().map(Violation::code).toList();
  }

  /**
   * {@code line 17} or, for a record over several physical lines, {@code lines 17–19}.
   *
   * @return {@code line 17} or, for a record over several physical lines, {@code lines 17–19}
   */
  public String lines() {
    return lastLine > line ? String.format(Locale.ROOT, "lines %d–%d", line, lastLine)
        : String.format(Locale.ROOT, "line %d", line);
  }

  /**
   * The reason in one line, in English and Simplified Chinese, as written to the error file's
   * {@code reason} column: {@code CODE column 'value': message / 消息; …}. Whatever produced the
   * violation (the importer, the domain, a service), a value that may be personal data is masked
   * ({@link Shown#safe}: phone and ID numbers also as written in groups, name-shaped values) in the
   * value and wherever the message repeats it, digit runs that could be a phone or ID number are
   * masked in the messages, and long values are cut.
   *
   * @return the reason in one line, in English and Simplified Chinese, as written to the error file's {@code reason} column: {@code CODE column 'value': message / 消息; …}
   */
  public String reason() {
    return violations.stream()
        .map(v -> v.code() + " " + v.field() + v.value().map(x -> " '" + Shown.safe(x) + "'").orElse("")
            + ": " + shownMessage(v, Locale.ENGLISH) + " / " + shownMessage(v, Locale.SIMPLIFIED_CHINESE))
        .collect(Collectors.joining("; "));
  }

  /** The violation's message with its value as {@link #reason()} shows it (a domain message may quote it raw). */
  private static String shownMessage(Violation v, Locale locale) {
    String message = v.message(locale);
    if (v.value().isPresent()) {
      String raw = v.value().get();
      String shown = Shown.safe(raw);
      for (String r : new String[] {raw, raw.strip()}) {
        if (!r.isEmpty() && !r.equals(shown)) {
          message = message.replace(r, shown);
        }
      }
    }
    return Shown.maskDigits(message);
  }

  /** {@code source:line reason}, or {@code source:line–lastLine reason}. */
  @Override
  public String toString() {
    return source + ":" + line + (lastLine > line ? "–" + lastLine : "") + " " + reason();
  }
}

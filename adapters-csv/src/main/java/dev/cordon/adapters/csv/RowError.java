package dev.cordon.adapters.csv;

import dev.cordon.core.validation.Violation;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why one row was rejected (錯誤行): the file, the line it starts on, and every violation, each
 * naming its column, the value as written (personal data masked) and a stable code.
 *
 * @param source the source name, e.g. the file name
 * @param line the line the row starts on (1-based; the header is line 1)
 * @param violations what is wrong, never empty
 */
public record RowError(String source, long line, List<Violation> violations) {
  /** A row error. */
  public RowError {
    violations = List.copyOf(violations);
  }

  /** The columns at fault, in order, e.g. {@code [temperature, phone]}. */
  public List<String> columns() {
    return violations.stream().map(Violation::field).distinct().toList();
  }

  /** The codes, e.g. {@code [CORDON-CSV-004]}. */
  public List<String> codes() {
    return violations.stream().map(Violation::code).toList();
  }

  /**
   * The reason in one line, in English and Simplified Chinese, as written to the error file's
   * {@code reason} column: {@code CODE column 'value': message / 消息; …}.
   */
  public String reason() {
    return violations.stream()
        .map(v -> v.code() + " " + v.field() + v.value().map(x -> " '" + x + "'").orElse("")
            + ": " + v.message(Locale.ENGLISH) + " / " + v.message(Locale.SIMPLIFIED_CHINESE))
        .collect(Collectors.joining("; "));
  }

  /** {@code source:line reason}. */
  @Override
  public String toString() {
    return source + ":" + line + " " + reason();
  }
}

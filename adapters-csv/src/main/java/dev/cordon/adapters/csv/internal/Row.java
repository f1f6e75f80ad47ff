package dev.cordon.adapters.csv.internal;

import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Masking;
import dev.cordon.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * One data row of a file, read through its {@link HeaderMapping}. The parse methods collect every
 * problem of the row instead of stopping at the first, so that the error file names them all.
 */
public final class Row {
  /** The longest cell accepted, in characters. */
  public static final int MAX_CELL_LENGTH = 10_000;

  private final HeaderMapping mapping;
  private final List<String> fields;
  private final long line;
  private final List<Violation> problems = new ArrayList<>();

  /**
   * A row.
   *
   * @param mapping the file's header mapping
   * @param fields the fields as read
   * @param line the line number the row starts on (1-based)
   * @param encoding the name of the encoding the file was read in, for messages
   */
  public Row(HeaderMapping mapping, List<String> fields, long line, String encoding) {
    this.mapping = mapping;
    this.fields = fields;
    this.line = line;
    screen(encoding);
  }

  /** The line the row starts on. */
  public long line() {
    return line;
  }

  /** The fields as read. */
  public List<String> fields() {
    return fields;
  }

  /** The raw cell of column {@code id}; empty when the file has no such column. */
  public String raw(String id) {
    Integer i = mapping.index().get(id);
    return i == null || i >= fields.size() ? "" : fields.get(i);
  }

  /** Whether column {@code id} has a non-blank value. */
  public boolean present(String id) {
    return !Values.normalise(raw(id)).isEmpty();
  }

  /** The text of a required column (formula apostrophe and outer space removed). */
  public String requiredText(String id) {
    String s = Values.text(raw(id));
    if (s.isEmpty()) {
      problems.add(CsvMessages.violation("CORDON-CSV-003", id, null));
      return null;
    }
    return s;
  }

  /** The text of an optional column; empty when blank. */
  public Optional<String> text(String id) {
    String s = Values.text(raw(id));
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /**
   * A required value: blank is a problem ({@code CORDON-CSV-003}), and so is a value the parser
   * refuses; null is returned in both cases (the row is rejected when {@link #check} runs).
   */
  public <T> T required(String id, BiFunction<String, String, T> parser) {
    if (!present(id)) {
      problems.add(CsvMessages.violation("CORDON-CSV-003", id, null));
      return null;
    }
    return parse(id, parser);
  }

  /** An optional value: empty when blank; a value the parser refuses is a problem. */
  public <T> Optional<T> optional(String id, BiFunction<String, String, T> parser) {
    if (!present(id)) {
      return Optional.empty();
    }
    return Optional.ofNullable(parse(id, parser));
  }

  /** Adds a problem. */
  public void problem(Violation v) {
    problems.add(v);
  }

  /** Adds the violations of {@code e}. */
  public void problems(CordonValidationException e) {
    for (Violation v : e.violations()) {
      if (!problems.contains(v)) {
        problems.add(v);
      }
    }
  }

  /** Whether a problem was found so far. */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** The problems found so far. */
  public List<Violation> problems() {
    return List.copyOf(problems);
  }

  /** Throws every problem found, if any. */
  public void check() {
    if (!problems.isEmpty()) {
      throw new CordonValidationException(problems);
    }
  }

  private <T> T parse(String id, BiFunction<String, String, T> parser) {
    try {
      return parser.apply(id, raw(id));
    } catch (CordonValidationException e) {
      for (Violation v : e.violations()) {
        problems.add(v.field().equals(id) || v.field().startsWith(id + ".") ? v : v.under(id));
      }
      return null;
    }
  }

  /** Cells that are structurally unusable: control characters, over-long, undecodable bytes. */
  private void screen(String encoding) {
    for (Layout.Col c : mapping.layout().columns()) {
      String s = raw(c.id());
      if (s.isEmpty()) {
        continue;
      }
      if (s.length() > MAX_CELL_LENGTH) {
        problems.add(CsvMessages.violation("CORDON-CSV-012", c.id(), null, s.length(),
            MAX_CELL_LENGTH));
        continue;
      }
      if (s.indexOf('\uFFFD') >= 0) {
        problems.add(CsvMessages.violation("CORDON-CSV-013", c.id(), shown(c, s), encoding));
        continue;
      }
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if ((ch < 0x20 && ch != '\t' && ch != '\r' && ch != '\n') || ch == 0x7F) {
          problems.add(CsvMessages.violation("CORDON-CSV-011", c.id(), null));
          break;
        }
      }
    }
  }

  private static String shown(Layout.Col c, String s) {
    String v = s.length() > 60 ? s.substring(0, 60) + "…" : s;
    return c.personal() == null ? v : Masking.mask(c.personal(), v);
  }
}

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
  /** The fields as an array: read once, indexed many times. */
  private final String[] cells;
  private final long line;
  private final long lastLine;
  private final List<Violation> problems = new ArrayList<>();
  /** {@link Values#normalise} of each field, computed when first asked. */
  private String[] normalised;

  /**
   * Where a row comes from, for the screening of its cells.
   *
   * @param line the physical line the record starts on (1-based)
   * @param lastLine the physical line it ends on (later than {@code line} when a quoted cell
   *     holds line breaks)
   * @param delimiter the field delimiter of the file
   * @param encoding the name of the encoding the file was read in
   * @param undecodable where the record's undecodable bytes are, e.g.
   *     {@code  at line 3, byte offset 1,204 (0xE5 0x8C)}; empty when unknown
   */
  public record Origin(long line, long lastLine, char delimiter, String encoding,
      String undecodable) {}

  /**
   * A row of one physical line.
   *
   * @param mapping the file's header mapping
   * @param fields the fields as read
   * @param line the line number the row starts on (1-based)
   * @param encoding the name of the encoding the file was read in, for messages
   */
  public Row(HeaderMapping mapping, List<String> fields, long line, String encoding) {
    this(mapping, fields, new Origin(line, line, ',', encoding, ""));
  }

  /**
   * A row.
   *
   * @param mapping the file's header mapping
   * @param fields the fields as read
   * @param origin where the record is in the file
   */
  public Row(HeaderMapping mapping, List<String> fields, Origin origin) {
    this.mapping = mapping;
    this.fields = fields;
    this.cells = fields.toArray(new String[0]);
    this.line = origin.line();
    this.lastLine = origin.lastLine();
    screen(origin);
  }

  /** The line the row starts on. */
  public long line() {
    return line;
  }

  /** The line the row ends on. */
  public long lastLine() {
    return lastLine;
  }

  /** The fields as read. */
  public List<String> fields() {
    return fields;
  }

  /** The raw cell of column {@code id}; empty when the file has no such column. */
  public String raw(String id) {
    Integer i = mapping.index().get(id);
    return i == null || i >= cells.length ? "" : cells[i];
  }

  /** Whether column {@code id} has a non-blank value. */
  public boolean present(String id) {
    Integer i = mapping.index().get(id);
    if (i == null || i >= cells.length) {
      return false;
    }
    if (normalised == null) {
      normalised = new String[cells.length];
    }
    String n = normalised[i];
    if (n == null) {
      n = Values.normalise(cells[i]);
      normalised[i] = n;
    }
    return !n.isEmpty();
  }

  /** The text of a required column (formula apostrophe and outer space removed). */
  public String requiredText(String id) {
    String s = Values.text(raw(id));
    if (s.isEmpty()) {
      problems.add(CsvErrors.requiredEmpty(id));
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
      problems.add(CsvErrors.requiredEmpty(id));
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

  /**
   * Cells that are structurally unusable: control characters, over-long, undecodable bytes, line
   * breaks outside free-text columns or hiding further rows, invisible and bidirectional control
   * characters (which make an id read differently from what it is).
   */
  private void screen(Origin origin) {
    List<Layout.Col> columns = mapping.layout().columns();
    for (int k = 0; k < columns.size(); k++) {
      int at = mapping.positionOf(k);
      if (at < 0 || at >= cells.length) {
        continue;
      }
      Layout.Col c = columns.get(k);
      String s = cells[at];
      if (s.isEmpty()) {
        continue;
      }
      if (s.length() > MAX_CELL_LENGTH) {
        problems.add(CsvErrors.cellTooLong(c.id(), s.length(),
            MAX_CELL_LENGTH));
        continue;
      }
      if (s.indexOf('\uFFFD') >= 0) {
        problems.add(CsvErrors.undecodableBytes(c.id(), shown(c, s),
            origin.encoding(), origin.undecodable()));
        continue;
      }
      boolean lineBreak = false;
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (ch == '\r' || ch == '\n') {
          lineBreak = true;
        } else if ((ch < 0x20 && ch != '\t') || ch == 0x7F) {
          problems.add(CsvErrors.controlCharacter(c.id()));
          break;
        } else if (isInvisible(ch)) {
          problems.add(CsvErrors.invisibleCharacter(c.id(),
              String.format("U+%04X", (int) ch), i + 1));
          break;
        }
      }
      if (lineBreak) {
        screenLineBreak(c, s, origin);
      }
    }
  }

  /**
   * A quoted line break is accepted in a free-text column only, and only when no line of the
   * cell looks like a row of its own (a quote opened and never closed swallows the rows after it
   * into one cell; the record can still have the right number of fields when the quote closes in
   * the same column further down).
   */
  private void screenLineBreak(Layout.Col c, String s, Origin origin) {
    if (!c.freeText()) {
      List<String> free = mapping.layout().freeTextIds();
      problems.add(CsvErrors.lineBreak(c.id(), origin.line(),
          origin.lastLine(), free.isEmpty() ? "none in this layout" : String.join(", ", free)));
      return;
    }
    int width = mapping.width();
    int threshold = Math.max(2, (width - 1) / 2);
    int most = 0;
    for (String part : s.split("\\R", -1)) {
      int n = 0;
      for (int i = 0; i < part.length(); i++) {
        if (part.charAt(i) == origin.delimiter()) {
          n++;
        }
      }
      most = Math.max(most, n);
    }
    if (most >= threshold) {
      problems.add(CsvErrors.rowsInACell(c.id(), origin.line(),
          origin.lastLine(), most));
    }
  }

  /**
   * Zero-width characters (U+200B–U+200D, U+2060, U+FEFF inside a value) and bidirectional
   * controls (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069).
   */
  public static boolean isInvisible(char ch) {
    return (ch >= '\u200B' && ch <= '\u200F') || ch == '\u2060' || ch == '\uFEFF'
        || ch == '\u061C' || (ch >= '\u202A' && ch <= '\u202E')
        || (ch >= '\u2066' && ch <= '\u2069');
  }

  private static String shown(Layout.Col c, String s) {
    return c.personal() == null ? Shown.safeCode(s) : Shown.cut(Masking.mask(c.personal(), s));
  }
}

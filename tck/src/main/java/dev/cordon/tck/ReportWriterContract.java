package dev.cordon.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.report.Column;
import dev.cordon.core.report.Report;
import dev.cordon.core.report.ReportTable;
import dev.cordon.core.report.Text;
import dev.cordon.spi.report.ReportOptions;
import dev.cordon.spi.report.ReportWriterProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link ReportWriterProvider}: a lower-case format name; UTF-8 output that is the
 * same bytes for the same report; every table's text reaches the output; empty tables, Chinese
 * text, hostile cells (formula starts, quotes, separators, line breaks) and both locales are
 * written without failing; the stream is not closed by the writer; no byte order mark unless asked.
 *
 * <p>A delimited text format ({@link #cellSeparator()}: {@code csv} and {@code tsv} by default) is
 * also read back, quotes honoured: every record of a table has one cell per column (a line break
 * inside a cell does not split the row), no text cell starts a formula ({@code =}, {@code +},
 * {@code -}, {@code @}; plain numbers excepted), and an empty cell is empty, not {@code null}.
 * Every failure is one line: the clause, what was expected and what was seen.
 */
public abstract class ReportWriterContract {
  /**
   * The writer under test.
   *
   * @return the writer under test
   */
  protected abstract ReportWriterProvider newWriter();

  /**
   * The cell separator of a delimited text format, read back by the table clauses; empty for any
   * other format (JSON, HTML, …). {@code ','} for the format {@code csv}, a tab for {@code tsv}.
   *
   * @return the separator, if the format is delimited text
   */
  protected java.util.Optional<Character> cellSeparator() {
    return switch (newWriter().format()) {
      case "csv" -> java.util.Optional.of(',');
      case "tsv" -> java.util.Optional.of('\t');
      default -> java.util.Optional.empty();
    };
  }

  /**
   * A failed clause, in one line.
   *
   * @param clause the clause of the contract
   * @param expected what was expected
   * @param seen what was seen
   * @return the failure to throw
   */
  protected static AssertionError violation(String clause, String expected, String seen) {
    return new AssertionError("ReportWriterContract, " + clause + ": expected " + expected + ", saw "
        + seen.replace("\r", "\\r").replace("\n", "\\n"));
  }

  /**
   * A report with two tables, hostile text cells, numbers, a date and nulls.
   *
   * @return a report with two tables, hostile text cells, numbers, a date and nulls
   */
  public static Report sampleReport() {
    List<Column> cols = List.of(Column.text("name", "Name", "名称"), Column.number("count", "Count", "数量"),
        Column.text("note", "Note", "备注"), Column.text("day", "Day", "日期"));
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("包头热力集团", 12L, "=HYPERLINK(\"http://x\")", LocalDate.of(2021, 10, 25)));
    rows.add(java.util.Arrays.asList("昆区营业厅, \"东门\"", new BigDecimal("-1.5"), "+1;\n@SUM(A1)", null));
    rows.add(java.util.Arrays.asList("阿拉坦·巴特尔", 0L, "-2+3", null));
    ReportTable first = new ReportTable("units", Text.of("Units", "单位"), cols, rows);
    ReportTable empty = new ReportTable("empty", Text.of("Nothing", "无"), cols, List.of());
    return new Report() {
      @Override
      public String kind() {
        return "sample";
      }

      @Override
      public Text title() {
        return Text.of("Sample report", "样例报表");
      }

      @Override
      public List<ReportTable> tables() {
        return List.of(first, empty);
      }
    };
  }

  private static byte[] write(ReportWriterProvider w, Report r, ReportOptions o) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        throw new AssertionError("the writer must not close the caller's stream");
      }
    };
    w.write(r, out, o);
    return out.toByteArray();
  }

  private static String utf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
  }

  @Test
  void theFormatIsALowerCaseName() {
    String f = newWriter().format();
    assertThat(f).isNotBlank().isEqualTo(f.toLowerCase(Locale.ROOT)).doesNotContain(" ");
    assertThat(newWriter().fileExtension()).isNotBlank().doesNotStartWith(".");
  }

  @Test
  void writesValidUtf8ThatHoldsEveryTablesText() throws IOException {
    String text = utf8(write(newWriter(), sampleReport(), ReportOptions.defaults()));
    assertThat(text).contains("包头热力集团").contains("阿拉坦·巴特尔").contains("HYPERLINK");
  }

  @Test
  void theSameReportGivesTheSameBytes() throws IOException {
    byte[] a = write(newWriter(), sampleReport(), ReportOptions.defaults());
    byte[] b = write(newWriter(), sampleReport(), ReportOptions.defaults());
    int at = java.util.Arrays.mismatch(a, b);
    if (at >= 0) {
      throw violation("the same report gives the same bytes", "two writes of the sample report to be equal ("
          + a.length + " bytes)", "the second (" + b.length + " bytes) differ first at byte " + at + ": "
          + around(a, at) + " then " + around(b, at));
    }
  }

  /** Up to 24 bytes around an offset, as text. */
  private static String around(byte[] bytes, int at) {
    int from = Math.max(0, at - 12);
    int to = Math.min(bytes.length, at + 12);
    return "\"" + new String(bytes, from, to - from, StandardCharsets.UTF_8) + "\"";
  }

  @Test
  void noByteOrderMarkUnlessAsked() throws IOException {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      byte[] out = write(newWriter(), sampleReport(), ReportOptions.defaults().withLocale(locale));
      if (startsWithBom(out, 0)) {
        throw violation("no byte order mark unless asked", "output without EF BB BF (" + locale + ", defaults)",
            "output starting with the byte order mark");
      }
    }
    byte[] asked = write(newWriter(), sampleReport(), ReportOptions.defaults().withByteOrderMark(true));
    for (int i = 1; i < asked.length - 2; i++) {
      if (startsWithBom(asked, i)) {
        throw violation("a byte order mark only at the start", "at most one, at byte 0",
            "EF BB BF at byte " + i);
      }
    }
  }

  private static boolean startsWithBom(byte[] b, int at) {
    return b.length >= at + 3 && b[at] == (byte) 0xEF && b[at + 1] == (byte) 0xBB && b[at + 2] == (byte) 0xBF;
  }

  /** The records of delimited text, quotes honoured (a quoted cell may hold separators and line breaks). */
  private static List<List<String>> records(String text, char separator) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
        any = true;
      } else if (c == separator) {
        record.add(cell.toString());
        cell.setLength(0);
        any = true;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || cell.length() > 0) {
          record.add(cell.toString());
        }
        records.add(record);
        record = new ArrayList<>();
        cell.setLength(0);
        any = false;
      } else {
        cell.append(c);
        any = true;
      }
    }
    if (any || cell.length() > 0) {
      record.add(cell.toString());
      records.add(record);
    }
    return records;
  }

  /** The records of the sample report's tables: headers and rows, without section lines and blank lines. */
  private List<List<String>> sampleRecords(char separator) throws IOException {
    String text = utf8(write(newWriter(), sampleReport(), ReportOptions.defaults()));
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> out = new ArrayList<>();
    for (List<String> r : records(text, separator)) {
      boolean blank = r.isEmpty() || r.size() == 1 && r.get(0).isBlank();
      if (!blank && !(r.size() == 1 && r.get(0).startsWith("#"))) {
        out.add(r);
      }
    }
    return out;
  }

  @Test
  void aLineBreakInACellDoesNotSplitTheRow() throws IOException {
    if (cellSeparator().isEmpty()) {
      return;
    }
    int columns = sampleReport().tables().get(0).columns().size();
    for (List<String> r : sampleRecords(cellSeparator().get())) {
      if (r.size() != columns) {
        throw violation("a line break in a cell does not split the row", "records of " + columns + " cells",
            "a record of " + r.size() + ": " + r);
      }
    }
  }

  @Test
  void noTextCellStartsAFormula() throws IOException {
    if (cellSeparator().isEmpty()) {
      return;
    }
    java.util.regex.Pattern number = java.util.regex.Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    for (List<String> r : sampleRecords(cellSeparator().get())) {
      for (String cell : r) {
        if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !number.matcher(cell).matches()) {
          throw violation("no text cell starts a formula (=, +, -, @)", "the cell defused (e.g. a leading ')",
              "the cell " + cell + " in " + r);
        }
      }
    }
  }

  @Test
  void anEmptyCellIsEmptyNotNull() throws IOException {
    if (cellSeparator().isEmpty()) {
      return;
    }
    for (List<String> r : sampleRecords(cellSeparator().get())) {
      for (String cell : r) {
        if (cell.equalsIgnoreCase("null")) {
          throw violation("an empty cell is empty", "an empty cell for a null value", "the text null in " + r);
        }
      }
    }
  }

  @Test
  void writesInChineseAndWithAByteOrderMarkWithoutFailing() throws IOException {
    byte[] zh = write(newWriter(), sampleReport(), ReportOptions.defaults().withLocale(Locale.SIMPLIFIED_CHINESE));
    assertThat(zh).isNotEmpty();
    byte[] bom = write(newWriter(), sampleReport(), ReportOptions.defaults().withByteOrderMark(true));
    assertThat(bom).isNotEmpty();
  }

  @Test
  void aReportWithNoRowsIsStillWritten() throws IOException {
    Report empty = new Report() {
      @Override
      public String kind() {
        return "empty";
      }

      @Override
      public Text title() {
        return Text.of("Empty", "空");
      }

      @Override
      public List<ReportTable> tables() {
        return List.of(new ReportTable("t", Text.of("T", "表"), List.of(Column.text("a", "A", "甲")), List.of()));
      }
    };
    assertThat(write(newWriter(), empty, ReportOptions.defaults())).isNotEmpty();
  }
}

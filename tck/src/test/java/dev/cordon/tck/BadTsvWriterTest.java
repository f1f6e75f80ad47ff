package dev.cordon.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cordon.core.report.Column;
import dev.cordon.core.report.Report;
import dev.cordon.core.report.ReportTable;
import dev.cordon.spi.report.ReportOptions;
import dev.cordon.spi.report.ReportWriterProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@link ReportWriterContract} fails a TSV writer on each of its faults — formula cells left as they
 * are, a row split on an embedded line break, {@code null} printed for an empty cell, a byte order
 * mark written unasked, output that differs between two writes — each time with a one-line message
 * that names the clause; and passes the same writer without faults.
 */
class BadTsvWriterTest {
  enum Fault { FORMULA, NEWLINE, NULL, BOM, UNSTABLE }

  /** A TSV writer with the chosen faults. */
  static final class TsvWriter implements ReportWriterProvider {
    private final Set<Fault> faults;
    private int writes;

    TsvWriter(Set<Fault> faults) {
      this.faults = faults;
    }

    @Override
    public String format() {
      return "tsv";
    }

    @Override
    public void write(Report report, OutputStream out, ReportOptions options) throws IOException {
      StringBuilder b = new StringBuilder();
      if (options.byteOrderMark() || faults.contains(Fault.BOM)) {
        b.append('\uFEFF');
      }
      Locale locale = options.locale() == null ? Locale.ENGLISH : options.locale();
      for (ReportTable t : report.tables()) {
        b.append("# table: ").append(t.name()).append("\r\n");
        List<String> header = new ArrayList<>();
        for (Column c : t.columns()) {
          header.add(cell(c.header().in(locale)));
        }
        b.append(String.join("\t", header)).append("\r\n");
        for (List<Object> row : t.rows()) {
          List<String> cells = new ArrayList<>();
          for (Object v : row) {
            cells.add(v == null ? (faults.contains(Fault.NULL) ? "null" : "")
                : v instanceof Number n ? (n instanceof BigDecimal d ? d.toPlainString() : n.toString())
                : cell(v.toString()));
          }
          b.append(String.join("\t", cells)).append("\r\n");
        }
        b.append("\r\n");
      }
      if (faults.contains(Fault.UNSTABLE) && writes++ % 2 == 1) {
        b.append("# written again\r\n");
      }
      out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String cell(String text) {
      String t = text;
      if (!faults.contains(Fault.FORMULA) && !t.isEmpty() && "=+-@\t\r\n".indexOf(t.charAt(0)) >= 0) {
        t = "'" + t;
      }
      boolean quote = t.contains("\t") || t.contains("\"") || t.contains("\r") || t.contains("\n");
      if (faults.contains(Fault.NEWLINE) || !quote) {
        return t;
      }
      return "\"" + t.replace("\"", "\"\"") + "\"";
    }
  }

  private static final class Contract extends ReportWriterContract {
    private final TsvWriter writer;

    Contract(Set<Fault> faults) {
      this.writer = new TsvWriter(faults);
    }

    @Override
    protected ReportWriterProvider newWriter() {
      return writer;
    }
  }

  /** Runs every clause of the contract and returns the messages of those that fail. */
  private static List<String> failures(Set<Fault> faults) {
    Contract c = new Contract(faults);
    List<String> out = new ArrayList<>();
    List<Consumer<Contract>> clauses = List.of(
        k -> call(k::theFormatIsALowerCaseName), k -> call(k::writesValidUtf8ThatHoldsEveryTablesText),
        k -> call(k::theSameReportGivesTheSameBytes), k -> call(k::writesInChineseAndWithAByteOrderMarkWithoutFailing),
        k -> call(k::aReportWithNoRowsIsStillWritten), k -> call(k::noByteOrderMarkUnlessAsked),
        k -> call(k::aLineBreakInACellDoesNotSplitTheRow), k -> call(k::noTextCellStartsAFormula),
        k -> call(k::anEmptyCellIsEmptyNotNull));
    for (Consumer<Contract> clause : clauses) {
      Throwable t = catchThrowable(() -> clause.accept(c));
      if (t != null) {
        out.add(t.getMessage());
      }
    }
    return out;
  }

  interface Clause {
    void run() throws Exception;
  }

  private static void call(Clause clause) {
    try {
      clause.run();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void failsOnlyOn(Fault fault, String clause) {
    List<String> f = failures(EnumSet.of(fault));
    assertThat(f).as(fault + ": " + f).hasSize(1);
    assertThat(f.get(0)).startsWith("ReportWriterContract, " + clause).doesNotContain("\n");
  }

  @Test
  void aWriterWithoutFaultsPasses() {
    assertThatCode(() -> assertThat(failures(EnumSet.noneOf(Fault.class))).isEmpty()).doesNotThrowAnyException();
  }

  @Test
  void formulaCellsLeftAsTheyAreFail() {
    failsOnlyOn(Fault.FORMULA, "no text cell starts a formula");
  }

  @Test
  void aRowSplitOnAnEmbeddedLineBreakFails() {
    // the split also puts the cell's second line (@SUM(A1)) at the start of a record: a formula too
    List<String> f = failures(EnumSet.of(Fault.NEWLINE));
    assertThat(f).as(f.toString()).anySatisfy(m -> assertThat(m)
        .startsWith("ReportWriterContract, a line break in a cell does not split the row").doesNotContain("\n"));
  }

  @Test
  void nullPrintedForAnEmptyCellFails() {
    failsOnlyOn(Fault.NULL, "an empty cell is empty");
  }

  @Test
  void aByteOrderMarkWrittenUnaskedFails() {
    failsOnlyOn(Fault.BOM, "no byte order mark unless asked");
  }

  @Test
  void outputThatDiffersBetweenWritesFailsInOneLine() {
    List<String> f = failures(EnumSet.of(Fault.UNSTABLE));
    assertThat(f).hasSize(1);
    assertThat(f.get(0)).startsWith("ReportWriterContract, the same report gives the same bytes")
        .contains("differ first at byte").doesNotContain("\n").hasSizeLessThan(400);
  }
}

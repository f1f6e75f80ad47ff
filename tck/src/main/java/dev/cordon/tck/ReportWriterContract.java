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
 * written without failing; the stream is not closed by the writer.
 */
public abstract class ReportWriterContract {
  /** The writer under test. */
  protected abstract ReportWriterProvider newWriter();

  /** A report with two tables, hostile text cells, numbers, a date and nulls. */
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
    assertThat(write(newWriter(), sampleReport(), ReportOptions.defaults()))
        .isEqualTo(write(newWriter(), sampleReport(), ReportOptions.defaults()));
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

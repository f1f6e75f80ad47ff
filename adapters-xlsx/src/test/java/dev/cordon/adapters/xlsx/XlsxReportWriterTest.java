package dev.cordon.adapters.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.report.Column;
import dev.cordon.core.report.Report;
import dev.cordon.core.report.ReportTable;
import dev.cordon.core.report.Text;
import dev.cordon.spi.report.ReportOptions;
import dev.cordon.spi.report.ReportWriterProvider;
import dev.cordon.tck.ReportWriterContract;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxReportWriterTest {
  private static XSSFWorkbook written(Report report, ReportOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        throw new AssertionError("the writer must not close the caller's stream");
      }
    };
    new XlsxReportWriter().write(report, out, options);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void isFoundByItsFormatName() {
    assertThat(ServiceLoader.load(ReportWriterProvider.class).stream()
        .map(p -> p.get().format())).contains("xlsx");
    assertThat(new XlsxReportWriter().fileExtension()).isEqualTo("xlsx");
  }

  @Test
  void oneSheetPerTableWithHeadersInTheReportsLanguage() throws IOException {
    try (XSSFWorkbook en = written(ReportWriterContract.sampleReport(), ReportOptions.defaults());
        XSSFWorkbook zh = written(ReportWriterContract.sampleReport(),
            ReportOptions.defaults().withLocale(Locale.SIMPLIFIED_CHINESE))) {
      assertThat(en.getNumberOfSheets()).isEqualTo(2);
      assertThat(en.getSheetName(0)).isEqualTo("units");
      assertThat(en.getSheetName(1)).isEqualTo("empty");
      assertThat(en.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Name");
      assertThat(zh.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("名称");
      assertThat(zh.getSheetAt(1).getLastRowNum()).isZero(); // the header only
    }
  }

  @Test
  void textIsNeverAFormulaAndFormulaStartsAreQuotePrefixed() throws IOException {
    try (XSSFWorkbook wb = written(ReportWriterContract.sampleReport(), ReportOptions.defaults())) {
      XSSFSheet s = wb.getSheetAt(0);
      for (int r = 0; r <= s.getLastRowNum(); r++) {
        for (var cell : s.getRow(r)) {
          assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
        }
      }
      XSSFCell hyperlink = s.getRow(1).getCell(2);
      assertThat(hyperlink.getCellType()).isEqualTo(CellType.STRING);
      assertThat(hyperlink.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
      assertThat(hyperlink.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(s.getRow(2).getCell(2).getStringCellValue()).isEqualTo("+1;\n@SUM(A1)");
      assertThat(s.getRow(3).getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(s.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
    }
  }

  @Test
  void numbersAreNumbersDatesAreDatesAndNullsEmpty() throws IOException {
    List<Column> cols = List.of(Column.number("n", "N", "数"), Column.text("d", "Day", "日期"),
        Column.text("at", "At", "时间"), Column.text("b", "B", "是否"), Column.text("x", "X", "空"));
    ReportTable t = new ReportTable("t", Text.of("T", "表"), cols, List.of(java.util.Arrays.asList(
        new java.math.BigDecimal("-1.5"), LocalDate.of(2021, 10, 25),
        Instant.parse("2021-10-25T00:05:00Z"), true, null)));
    try (XSSFWorkbook wb = written(report(t), ReportOptions.defaults())) {
      var row = wb.getSheetAt(0).getRow(1);
      assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(-1.5);
      assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
      assertThat(DateUtil.isCellDateFormatted(row.getCell(1))).isTrue();
      assertThat(row.getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2021, 10, 25, 0, 0));
      assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
      assertThat(DateUtil.isCellDateFormatted(row.getCell(2))).isTrue();
      // Asia/Shanghai, UTC+8
      assertThat(row.getCell(2).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2021, 10, 25, 8, 5));
      assertThat(row.getCell(3).getBooleanCellValue()).isTrue();
      assertThat(row.getCell(4)).isNull();
    }
  }

  @Test
  void sheetNamesExcelRefusesAreMadeSafeAndRepeatsNumbered() throws IOException {
    List<Column> cols = List.of(Column.text("a", "A", "甲"));
    ReportTable a = new ReportTable("a/b:c?*[d]-a-name-longer-than-thirty-one", Text.of("A", "甲"), cols, List.of());
    ReportTable b = new ReportTable("a/b:c?*[d]-a-name-longer-than-thirty-one", Text.of("A", "甲"), cols, List.of());
    try (XSSFWorkbook wb = written(report(a, b), ReportOptions.defaults())) {
      assertThat(wb.getSheetName(0)).hasSizeLessThanOrEqualTo(31).doesNotContain("/", ":", "?", "*", "[");
      assertThat(wb.getSheetName(1)).hasSizeLessThanOrEqualTo(31).endsWith("(2)");
    }
  }

  static Report report(ReportTable... tables) {
    return new Report() {
      @Override
      public String kind() {
        return "test";
      }

      @Override
      public Text title() {
        return Text.of("Test", "测试");
      }

      @Override
      public List<ReportTable> tables() {
        return List.of(tables);
      }
    };
  }
}

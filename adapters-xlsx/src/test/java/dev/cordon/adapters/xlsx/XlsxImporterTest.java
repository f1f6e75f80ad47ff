package dev.cordon.adapters.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordon.Cordon;
import dev.cordon.adapters.csv.CsvImporter;
import dev.cordon.adapters.csv.ImportKind;
import dev.cordon.adapters.csv.ImportOptions;
import dev.cordon.adapters.csv.ImportSummary;
import dev.cordon.adapters.csv.RowError;
import dev.cordon.adapters.xlsx.Sheets.Formatted;
import dev.cordon.adapters.xlsx.Sheets.Formula;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.HealthCodeColour;
import dev.cordon.core.validation.CordonValidationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxImporterTest {
  static final List<Object> HEADER = List.of("场所编号", "登记时间", "姓名", "联系电话", "身份证号",
      "体温(℃)", "健康码", "行程卡", "来访事由", "被访人", "备注");

  /** The CSV importer's ledger, typed into Excel: dates as dates, numbers as numbers. */
  static List<List<Object>> ledger() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(HEADER);
    rows.add(row("S-HALL-DONGHE", LocalDateTime.of(2021, 10, 25, 8, 5), "王芳", 13812341234L, null, 36.5, "绿码", "无星", "办理供热缴费", "李娜", null));
    rows.add(row("S-HALL-DONGHE", "2021/10/25 8:10", "其其格", "0472-5123456", null, "36.8°C", "绿", "带星", "检修", "李娜", "外地"));
    rows.add(row("S-HALL-DONGHE", "2021年10月25日 8:15", "张伟", null, null, "３６．６", "green", "*", null, null, null));
    rows.add(row("S-HALL-DONGHE", LocalDateTime.of(2021, 10, 25, 8, 20), "李强", "1381234abcd", null, 36.5, "G", "无星", "送货", "李娜", null));
    rows.add(row("S-HALL-DONGHE", LocalDateTime.of(2021, 10, 25, 8, 25), "赵敏", "13812341234", null, 36.5, "蓝码", "无星", "送货", "李娜", null));
    rows.add(row("S-HALL-DONGHE", LocalDateTime.of(2021, 10, 25, 8, 30), "陈静", 13812341234L, null, 37.8, "绿码", "无星", "参加会议", "李娜", "发热"));
    rows.add(row("S-HALL-DONGHE", LocalDateTime.of(2021, 10, 25, 8, 35), "杨洋", 13812341234L, null, 99.0, "绿码", "无星", "参加会议", "李娜", null));
    return rows;
  }

  static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  @TempDir
  Path dir;

  private final Cordon cordon = Fixtures.cordon();

  @AfterEach
  void close() {
    cordon.close();
  }

  private ImportSummary run(Path book, ImportOptions options) throws IOException {
    return XlsxImporter.of(cordon).importFrom(ImportKind.ENTRIES, book, options);
  }

  private List<Entry> entries() {
    try (var all = cordon.storage().entries().all()) {
      return all.toList();
    }
  }

  @Test
  void aChineseLedgerImportsRowByRowWithTheCsvImportersAliasesValuesAndErrors() throws IOException {
    Path book = Sheets.write(dir.resolve("ledger.xlsx"), ledger());
    Path errors = dir.resolve("ledger.errors.csv");
    ImportSummary s = run(book, ImportOptions.defaults().withErrorsFile(errors));

    assertThat(s.rowsRead()).isEqualTo(7);
    assertThat(s.imported()).isEqualTo(4);
    assertThat(s.rejected()).isEqualTo(3);
    assertThat(s.ignoredColumns()).containsExactly("备注");
    assertThat(s.firstErrors()).extracting(RowError::line).containsExactly(5L, 6L, 8L);
    assertThat(s.firstErrors().get(0).codes()).containsExactly("CORDON-PERSON-010");
    assertThat(s.firstErrors().get(0).reason()).doesNotContain("1381234abcd");
    assertThat(s.firstErrors().get(1).codes()).containsExactly("CORDON-CSV-005");
    assertThat(s.firstErrors().get(2).codes()).containsExactly("CORDON-ENTRY-001");

    List<Entry> stored = entries();
    assertThat(stored).hasSize(4).allSatisfy(e -> {
      assertThat(e.source().orElseThrow()).startsWith("ledger.xlsx:");
      assertThat(e.healthCode()).contains(HealthCodeColour.GREEN);
    });
    assertThat(stored).extracting(e -> e.temperature().orElseThrow())
        .containsExactlyInAnyOrder(new BigDecimal("36.5"), new BigDecimal("36.8"),
            new BigDecimal("36.6"), new BigDecimal("37.8"));
    // a date-time cell is read in the policy's zone, Asia/Shanghai
    assertThat(stored).extracting(Entry::at).contains(Instant.parse("2021-10-25T00:05:00Z"));
    // a phone typed as a number reads as Excel shows it
    assertThat(stored).anySatisfy(e -> assertThat(e.entrant().phone()).hasValueSatisfying(
        p -> assertThat(p.toString()).contains("1234")));

    String errorFile = Files.readString(errors, StandardCharsets.UTF_8);
    assertThat(errorFile).startsWith("\uFEFF场所编号,登记时间,姓名");
    assertThat(errorFile.lines().count()).isEqualTo(4);
    assertThat(errorFile).contains("1381234abcd").contains("蓝码").contains("line 5:");
  }

  @Test
  void theSameWorkbookAgainStoresNothingNewAndTheErrorFileImportsAsCsv() throws IOException {
    Path book = Sheets.write(dir.resolve("ledger.xlsx"), ledger());
    Path errors = dir.resolve("errors.csv");
    run(book, ImportOptions.defaults().withErrorsFile(errors));
    ImportSummary again = run(book, ImportOptions.defaults());
    assertThat(again.imported()).isZero();
    assertThat(again.alreadyPresent()).isEqualTo(4);
    assertThat(entries()).hasSize(4);
    // the error file, fixed, is a CSV ledger like any other
    String fixed = Files.readString(errors, StandardCharsets.UTF_8).replace("1381234abcd", "13812345678")
        .replace("蓝码", "绿码").replace(",99,", ",36.9,").replace(",99.0,", ",36.9,");
    ImportSummary s = CsvImporter.of(cordon).importFrom(ImportKind.ENTRIES,
        new java.io.ByteArrayInputStream(fixed.getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults());
    assertThat(s.rejected()).isZero();
    assertThat(entries()).hasSize(7);
  }

  @Test
  void aWorkbookAndItsCsvGiveTheSameRecordIds() throws IOException {
    Path book = Sheets.write(dir.resolve("a.xlsx"), List.of(List.of("site", "at", "name", "temperature"),
        List.of("S-HALL-DONGHE", "2021-10-25 08:05", "王芳", "36.5")));
    run(book, ImportOptions.defaults().withSourceName("a"));
    ImportSummary csv = CsvImporter.of(cordon).importFrom(ImportKind.ENTRIES,
        new java.io.ByteArrayInputStream("site,at,name,temperature\nS-HALL-DONGHE,2021-10-25 08:05,王芳,36.5\n"
            .getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults().withSourceName("a"));
    assertThat(csv.alreadyPresent()).isEqualTo(1);
  }

  @Test
  void aFormulaInAColumnTheLayoutReadsRejectsItsRowAndOneElsewhereIsIgnored() throws IOException {
    Path book = Sheets.write(dir.resolve("f.xlsx"), List.of(List.of("序号", "site", "at", "temperature"),
        row(new Formula("ROW()-1"), "S-HALL-DONGHE", "2021-10-25 08:05", 36.5),
        row(new Formula("ROW()-1"), "S-HALL-DONGHE", "2021-10-25 08:06", new Formula("36+0.5"))));
    ImportSummary s = run(book, ImportOptions.defaults());
    assertThat(s.imported()).isEqualTo(1);
    assertThat(s.firstErrors()).singleElement().satisfies(e -> {
      assertThat(e.codes()).containsExactly("CORDON-XLSX-002");
      assertThat(e.reason()).contains("C3".replace("C", "D")).contains("formula");
    });
  }

  @Test
  void datesStoredAsNumbersWithADateFormatAndNumbersStoredAsText() throws IOException {
    double serial = org.apache.poi.ss.usermodel.DateUtil.getExcelDate(LocalDateTime.of(2021, 10, 25, 8, 5));
    Path book = Sheets.write(dir.resolve("d.xlsx"), List.of(List.of("site", "date", "time", "temperature", "phone", "name", "category"),
        row("S-HALL-DONGHE", LocalDate.of(2021, 10, 25), new Formatted(serial % 1, "h:mm"), "36.5", "13812341234", "王芳", "访客"),
        row("S-HALL-DONGHE", new Formatted(Math.floor(serial), "m/d/yy"), "8:07", 36.5, null, "李强", "访客")));
    ImportSummary s = run(book, ImportOptions.defaults());
    assertThat(s.firstErrors()).isEmpty();
    assertThat(entries()).extracting(Entry::at).containsExactlyInAnyOrder(
        Instant.parse("2021-10-25T00:05:00Z"), Instant.parse("2021-10-25T00:07:00Z"));
  }

  @Test
  void aHiddenSheetIsNotReadUnlessNamed() throws IOException {
    Path book = dir.resolve("h.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheets.fill(wb, wb.createSheet("旧表"), List.of(List.of("site", "at"), List.of("S-HALL-DONGHE", "2021-10-24 08:00")));
      Sheets.fill(wb, wb.createSheet("登记"), List.of(List.of("site", "at"), List.of("S-HALL-DONGHE", "2021-10-25 08:00")));
      wb.setSheetHidden(0, true);
      wb.setActiveSheet(1);
      Sheets.save(wb, book);
    }
    assertThat(run(book, ImportOptions.defaults()).imported()).isEqualTo(1);
    assertThat(entries()).extracting(Entry::at).containsExactly(Instant.parse("2021-10-25T00:00:00Z"));
    assertThat(XlsxImporter.of(cordon).sheet("旧表").importFrom(ImportKind.ENTRIES, book, ImportOptions.defaults())
        .imported()).isEqualTo(1);
    assertThatThrownBy(() -> XlsxImporter.of(cordon).sheet("nope").importFrom(ImportKind.ENTRIES, book,
        ImportOptions.defaults())).isInstanceOf(CordonValidationException.class).hasMessageContaining("CORDON-XLSX-005");
  }

  @Test
  void aMergedTitleIsSkippedAndMergedDataCellsRejectTheirRows() throws IOException {
    Path book = dir.resolve("m.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet s = wb.createSheet("登记");
      Sheets.fill(wb, s, List.of(List.of("昆区营业厅出入登记表"), List.of("site", "at", "name"),
          row("S-HALL-DONGHE", "2021-10-25 08:00", "王芳"),
          row("S-HALL-DONGHE", "2021-10-25 08:01", "李强"),
          row(null, "2021-10-25 08:02", "张伟")));
      s.addMergedRegion(CellRangeAddress.valueOf("A1:C1"));
      s.addMergedRegion(CellRangeAddress.valueOf("A4:A5"));
      Sheets.save(wb, book);
    }
    ImportSummary s = run(book, ImportOptions.defaults());
    assertThat(s.imported()).isEqualTo(2);
    assertThat(s.firstErrors()).singleElement().satisfies(e -> {
      assertThat(e.line()).isEqualTo(5);
      assertThat(e.codes()).contains("CORDON-XLSX-007");
      assertThat(e.reason()).contains("A4:A5");
    });
  }

  @Test
  void anErrorValueRejectsItsRow() throws IOException {
    Path book = dir.resolve("e.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet s = wb.createSheet("登记");
      Sheets.fill(wb, s, List.of(List.of("site", "at", "temperature"), row("S-HALL-DONGHE", "2021-10-25 08:00", null)));
      s.getRow(1).createCell(2).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
      Sheets.save(wb, book);
    }
    ImportSummary s = run(book, ImportOptions.defaults());
    assertThat(s.firstErrors()).singleElement().satisfies(e -> assertThat(e.codes()).contains("CORDON-XLSX-003"));
  }
}

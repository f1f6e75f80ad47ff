package dev.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool takes .xlsx wherever it takes .csv: import files and report --format xlsx. */
class XlsxCommandsTest {
  @TempDir
  Path tmp;

  @Test
  void importsAWorkbookAndWritesAReportAsAWorkbook() throws Exception {
    Path book = tmp.resolve("units.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet s = wb.createSheet("单位");
      String[][] rows = {{"id", "name", "kind", "parent", "headcount"}, {"U-G", "包头市热力集团", "GROUP", "", "12"},
          {"U-D01", "办公室", "HEAD_OFFICE_DEPARTMENT", "U-G", "many"}};
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          s.createRow(r);
        }
        for (int c = 0; c < rows[r].length; c++) {
          s.getRow(r).createCell(c).setCellValue(rows[r][c]);
        }
      }
      try (OutputStream o = Files.newOutputStream(book)) {
        wb.write(o);
      }
    }
    String db = "jdbc:sqlite:" + tmp.resolve("c.db");
    Path errors = tmp.resolve("errors.csv");
    Cli r = Cli.run("import", "--db", db, "--kind", "units", "--errors", errors.toString(), book.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("units.xlsx: 2 rows read, 1 imported, 0 already present, 1 rejected")
        .contains("line 3: ");
    assertThat(Files.readString(errors)).contains("U-D01").contains("many");

    Path out = tmp.resolve("daily.xlsx");
    Cli rep = Cli.run("report", "--db", db, "--kind", "daily", "--date", "2021-10-25", "--format", "xlsx",
        "--lang", "zh", "--out", out.toString());
    assertThat(rep.exit()).as(rep.err()).isZero();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
      assertThat(wb.getNumberOfSheets()).isPositive();
      assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isNotBlank();
    }
  }
}

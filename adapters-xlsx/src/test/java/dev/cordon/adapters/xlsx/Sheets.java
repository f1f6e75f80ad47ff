package dev.cordon.adapters.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks made in the tests, as Excel saves them (shared strings), so that no binary is committed. */
final class Sheets {
  private Sheets() {}

  /** A formula cell in {@link #write}. */
  record Formula(String formula) {}

  /** A cell shown with a number format, e.g. a date typed into a cell formatted {@code yyyy/m/d}. */
  record Formatted(double value, String format) {}

  static Path temp() throws IOException {
    return Files.createTempFile("xlsx-test-", ".xlsx");
  }

  static Path write(Path file, List<List<Object>> rows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      fill(wb, wb.createSheet("登记"), rows);
      save(wb, file);
    }
    return file;
  }

  static void fill(Workbook wb, Sheet sheet, List<List<Object>> rows) {
    CellStyle dateTime = wb.createCellStyle();
    dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d h:mm"));
    CellStyle date = wb.createCellStyle();
    date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r);
      List<Object> cells = rows.get(r);
      for (int c = 0; c < cells.size(); c++) {
        Object v = cells.get(c);
        if (v == null) {
          continue;
        }
        Cell cell = row.createCell(c);
        if (v instanceof String s) {
          cell.setCellValue(s);
        } else if (v instanceof Number n) {
          cell.setCellValue(n.doubleValue());
        } else if (v instanceof Boolean b) {
          cell.setCellValue(b);
        } else if (v instanceof LocalDateTime t) {
          cell.setCellValue(t);
          cell.setCellStyle(dateTime);
        } else if (v instanceof LocalDate d) {
          cell.setCellValue(d);
          cell.setCellStyle(date);
        } else if (v instanceof Formula f) {
          cell.setCellFormula(f.formula());
        } else if (v instanceof Formatted f) {
          CellStyle st = wb.createCellStyle();
          st.setDataFormat(wb.createDataFormat().getFormat(f.format()));
          cell.setCellValue(f.value());
          cell.setCellStyle(st);
        } else {
          throw new IllegalArgumentException(v.getClass().toString());
        }
      }
    }
  }

  static void save(Workbook wb, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
  }
}

package dev.cordon.adapters.xlsx;

import dev.cordon.core.report.Column;
import dev.cordon.core.report.Report;
import dev.cordon.core.report.ReportTable;
import dev.cordon.core.report.Text;
import dev.cordon.spi.report.ReportOptions;
import dev.cordon.spi.report.ReportWriterProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The {@code xlsx} report writer (Excel 報表): a workbook with one sheet per table of the report,
 * written with POI's streaming SXSSF (at most {@value #ROWS_IN_MEMORY} rows in memory, the rest in
 * a temporary file), so a large report writes in a small heap.
 *
 * <ul>
 *   <li>Sheets: named after the tables ({@code units}, {@code findings}), in the report's order;
 *       a name Excel refuses (over 31 characters, {@code / \ ? * [ ] :}) is made safe, and a
 *       repeated one numbered.
 *   <li>Headers: the columns' headings in the report's language ({@code 单位} in Chinese,
 *       {@code Unit} in English), bold, the header row frozen.
 *   <li>Cells: text as string cells, <strong>never a formula</strong> — a text cell is only ever
 *       written with {@code setCellValue(String)}, so {@code =HYPERLINK(…)} stays text; a text
 *       starting with {@code =}, {@code +}, {@code -} or {@code @} is also marked
 *       "quote prefixed" (Excel's leading apostrophe), so that copying it or saving the sheet as
 *       CSV does not turn it into a formula either. Numbers as numeric cells, booleans as boolean
 *       cells, dates ({@code LocalDate}) as date cells {@code yyyy-mm-dd}, instants and date-times
 *       as date-time cells {@code yyyy-mm-dd hh:mm:ss} in {@link #zone()} (Asia/Shanghai unless
 *       {@link #inZone} is used; a workbook cell has no zone), null as an empty cell.
 *   <li>{@link ReportOptions#byteOrderMark()} does not apply (a workbook is not text).
 * </ul>
 */
public final class XlsxReportWriter implements ReportWriterProvider {
  /** Rows kept in memory per sheet while writing; older rows are flushed to a temporary file. */
  public static final int ROWS_IN_MEMORY = 200;
  /** The zone of date-time cells unless another is given. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
  private static final int MAX_CELL_TEXT = 32_767;

  private final ZoneId zone;

  /** The writer, date-times in Asia/Shanghai; found by {@link java.util.ServiceLoader} or given to {@code Cordon.builder()}. */
  public XlsxReportWriter() {
    this(DEFAULT_ZONE);
  }

  private XlsxReportWriter(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * A writer that writes instants as local date-times in {@code zone}.
   *
   * @param zone the zone days are counted in
   * @return a writer that writes instants as local date-times in {@code zone}
   */
  public static XlsxReportWriter inZone(ZoneId zone) {
    return new XlsxReportWriter(zone);
  }

  /**
   * The zone of date-time cells.
   *
   * @return the zone of date-time cells
   */
  public ZoneId zone() {
    return zone;
  }

  @Override
  public String format() {
    return "xlsx";
  }

  @Override
  public void write(Report report, OutputStream out, ReportOptions options) throws IOException {
    Locale locale = options.locale() == null ? Locale.ENGLISH : options.locale();
    SXSSFWorkbook wb = new SXSSFWorkbook(ROWS_IN_MEMORY);
    try {
      wb.setCompressTempFiles(true);
      Styles styles = new Styles(wb);
      Set<String> names = new HashSet<>();
      List<ReportTable> tables = report.tables();
      if (tables.isEmpty()) {
        wb.createSheet(report.kind().isBlank() ? "report" : WorkbookUtil.createSafeSheetName(report.kind()));
      }
      for (ReportTable table : tables) {
        SXSSFSheet sheet = wb.createSheet(sheetName(table.name(), names));
        Row header = sheet.createRow(0);
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
          Cell c = header.createCell(i);
          text(c, columns.get(i).header().in(locale), styles.header, styles.headerQuoted);
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (List<Object> row : table.rows()) {
          Row xr = sheet.createRow(r++);
          for (int i = 0; i < row.size(); i++) {
            Object v = row.get(i);
            if (v != null) {
              cell(xr.createCell(i), v, columns.get(i), locale, styles);
            }
          }
        }
      }
      wb.write(out);
    } finally {
      wb.close(); // also deletes the temporary files
    }
  }

  private void cell(Cell c, Object value, Column column, Locale locale, Styles styles) {
    if (value instanceof Text t) {
      text(c, t.in(locale), null, styles.quoted);
    } else if (value instanceof BigDecimal d) {
      c.setCellValue(d.doubleValue());
    } else if (value instanceof BigInteger b) {
      c.setCellValue(b.doubleValue());
    } else if (value instanceof Number n) {
      c.setCellValue(n.doubleValue());
    } else if (value instanceof Boolean b) {
      c.setCellValue(b);
    } else if (value instanceof LocalDate d) {
      c.setCellValue(d);
      c.setCellStyle(styles.date);
    } else if (value instanceof LocalDateTime t) {
      c.setCellValue(t);
      c.setCellStyle(styles.dateTime);
    } else if (value instanceof Instant i) {
      c.setCellValue(LocalDateTime.ofInstant(i, zone));
      c.setCellStyle(styles.dateTime);
    } else if (value instanceof OffsetDateTime o) {
      c.setCellValue(LocalDateTime.ofInstant(o.toInstant(), zone));
      c.setCellStyle(styles.dateTime);
    } else if (value instanceof ZonedDateTime z) {
      c.setCellValue(LocalDateTime.ofInstant(z.toInstant(), zone));
      c.setCellStyle(styles.dateTime);
    } else if (value instanceof TemporalAccessor) {
      text(c, value.toString(), null, styles.quoted); // a YearMonth or a time: as written
    } else {
      text(c, value.toString(), null, styles.quoted);
    }
  }

  /**
   * A text cell: always a string, never a formula; a text that a spreadsheet would take for a
   * formula once copied or saved as CSV is quote-prefixed. Over-long text (Excel holds 32,767
   * characters) is cut with an ellipsis.
   */
  static void text(Cell c, String text, CellStyle plain, CellStyle quoted) {
    String s = text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT - 1) + "…" : text;
    c.setCellValue(s);
    if (looksLikeFormula(s)) {
      c.setCellStyle(quoted);
    } else if (plain != null) {
      c.setCellStyle(plain);
    }
  }

  /** Whether a spreadsheet would read {@code s} as a formula (OWASP "CSV injection"). */
  static boolean looksLikeFormula(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char ch = s.charAt(0);
    return ch == '=' || ch == '+' || ch == '-' || ch == '@' || ch == '\t' || ch == '\r'
        || ch == '\n';
  }

  private static String sheetName(String table, Set<String> taken) {
    String base = WorkbookUtil.createSafeSheetName(table.isBlank() ? "table" : table);
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
    }
    return name;
  }

  /** The few styles of a workbook (a workbook holds at most 64,000). */
  private static final class Styles {
    final CellStyle header;
    final CellStyle headerQuoted;
    final CellStyle quoted;
    final CellStyle date;
    final CellStyle dateTime;

    Styles(SXSSFWorkbook wb) {
      Font bold = wb.createFont();
      bold.setBold(true);
      header = wb.createCellStyle();
      header.setFont(bold);
      headerQuoted = wb.createCellStyle();
      headerQuoted.setFont(bold);
      headerQuoted.setQuotePrefixed(true);
      quoted = wb.createCellStyle();
      quoted.setQuotePrefixed(true);
      short df = wb.createDataFormat().getFormat("yyyy-mm-dd");
      date = wb.createCellStyle();
      date.setDataFormat(df);
      short dtf = wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss");
      dateTime = wb.createCellStyle();
      dateTime.setDataFormat(dtf);
    }
  }
}

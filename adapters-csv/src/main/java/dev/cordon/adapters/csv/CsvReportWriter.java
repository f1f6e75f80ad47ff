package dev.cordon.adapters.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.cordon.adapters.csv.internal.Formulas;
import dev.cordon.core.report.Column;
import dev.cordon.core.report.Report;
import dev.cordon.core.report.ReportTable;
import dev.cordon.core.report.Text;
import dev.cordon.spi.report.ReportOptions;
import dev.cordon.spi.report.ReportWriterProvider;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code csv} report writer (CSV 報表): every table of a report, UTF-8 (with a byte-order mark
 * when {@link ReportOptions#byteOrderMark()} asks, for spreadsheets), comma-separated, CRLF.
 *
 * <ul>
 *   <li>Headers: the columns' headings in the report's language ({@code 单位} in Chinese,
 *       {@code Unit} in English); programs that need stable names read the json report, whose
 *       columns carry ids.
 *   <li>Files: {@link #writeFiles} writes one file per table ({@code STEM-TABLE.csv}, or
 *       {@code STEM.csv} for a report of one table) — what the command-line tool and the demo
 *       write. {@link #write} to one stream writes a plain CSV for one table; for several, a
 *       section per table, each starting with a one-cell line {@code # table: <name>}, then its
 *       header and rows, sections separated by an empty line.
 *   <li>Cells: text as given (reports mask personal data already), a translated text
 *       ({@link Text}) in the report's language; numbers in plain notation; dates and instants
 *       ISO-8601; booleans {@code true}/{@code false}; null empty. Columns keep the table's order,
 *       id and code columns included.
 *   <li>Formula injection (OWASP "CSV injection") is defused: a text cell starting with
 *       {@code =}, {@code +}, {@code -}, {@code @}, tab, CR or LF gets a leading apostrophe and is
 *       quoted. {@link Number} cells, and text cells of numeric columns that are plain numbers
 *       ({@code -1.5}), are left alone; a text cell {@code -1.5} in a text column <em>is</em>
 *       defused, since a text column promises text.
 * </ul>
 */
public final class CsvReportWriter implements ReportWriterProvider {
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

  /** The writer; found by {@link java.util.ServiceLoader} or given to {@code Cordon.builder()}. */
  public CsvReportWriter() {
    // stateless
  }

  @Override
  public String format() {
    return "csv";
  }

  @Override
  public void write(Report report, OutputStream out, ReportOptions options) throws IOException {
    if (options.byteOrderMark()) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    writeTables(report.tables(), out, options);
  }

  /** One file per table: {@code stem-<table name>.csv}, or {@code stem.csv} when the report has one table. */
  @Override
  public List<Path> writeFiles(Report report, Path directory, String stem, ReportOptions options)
      throws IOException {
    List<ReportTable> tables = report.tables();
    List<Path> files = new ArrayList<>();
    for (ReportTable t : tables) {
      Path file = directory.resolve(tables.size() == 1 ? stem + ".csv" : stem + "-" + t.name() + ".csv");
      try (OutputStream o = Files.newOutputStream(file)) {
        if (options.byteOrderMark()) {
          o.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        writeTables(List.of(t), o, options);
      }
      files.add(file);
    }
    return files;
  }

  private static void writeTables(List<ReportTable> tables, OutputStream out, ReportOptions options)
      throws IOException {
    OutputStream shield = new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
    Locale locale = options.locale() == null ? Locale.ENGLISH : options.locale();
    try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
        .quoteStrategy(Formulas.QUOTE_DEFUSED)
        .build(shield, StandardCharsets.UTF_8)) {
      for (int t = 0; t < tables.size(); t++) {
        ReportTable table = tables.get(t);
        if (tables.size() > 1) {
          if (t > 0) {
            w.writeRecord(List.of());
          }
          w.writeRecord("# table: " + table.name());
        }
        List<String> header = new ArrayList<>();
        for (Column c : table.columns()) {
          header.add(Formulas.defuse(c.header().in(locale)));
        }
        w.writeRecord(header);
        for (List<Object> row : table.rows()) {
          List<String> cells = new ArrayList<>(row.size());
          for (int i = 0; i < row.size(); i++) {
            cells.add(cell(row.get(i), table.columns().get(i), locale));
          }
          w.writeRecord(cells);
        }
      }
    }
  }

  /** The text of one cell. */
  static String cell(Object value, Column column) {
    return cell(value, column, Locale.ENGLISH);
  }

  /** The text of one cell in a language. */
  static String cell(Object value, Column column, Locale locale) {
    if (value == null) {
      return "";
    }
    if (value instanceof Text t) {
      return cell(t.in(locale), column, locale);
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Number || value instanceof BigInteger || value instanceof Boolean) {
      return value.toString();
    }
    String text = value.toString();
    if (column.numeric() && PLAIN_NUMBER.matcher(text).matches()) {
      return text;
    }
    return Formulas.defuse(text);
  }
}

package dev.cordon.adapters.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.SAXParser;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet's XML (SAX) into rows of text cells, as a CSV file would hold them:
 * shared and inline strings as written (phonetic runs left out), numbers as Excel shows them (15
 * significant digits, plain notation: {@code 13812345678}, {@code 36.5}), numbers with a date or
 * time format as {@code 2021-10-25}, {@code 2021-10-25 08:05:00} or {@code 08:05:00}, booleans
 * {@code true}/{@code false}. A formula cell (its cached value given) and an error value
 * ({@code #N/A}) are noted, so that the row can be rejected when the layout reads that column.
 * Only the current row is held in memory.
 */
public final class SheetReader {
  /** The most columns read; a value beyond is noted. */
  public static final int MAX_COLUMNS = 1_000;
  /** The most merged ranges remembered. */
  public static final int MAX_MERGED = 100_000;

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

  /** What is special about one cell. */
  public enum NoteKind { FORMULA, ERROR, BEYOND_COLUMNS }

  /**
   * A note on a cell.
   *
   * @param column the 0-based column
   * @param ref the cell's reference, e.g. {@code B7}
   * @param kind what it is
   * @param detail the error value, or empty
   */
  public record Note(int column, String ref, NoteKind kind, String detail) {}

  /** Receives rows in order. */
  public interface Rows {
    /**
     * One row that has at least one cell.
     *
     * @param number the row's 1-based number in the sheet
     * @param cells the cells' text by 0-based column; "" for an empty cell
     * @param notes notes on its cells
     */
    void row(long number, List<String> cells, List<Note> notes) throws IOException;
  }

  private final StylesTable styles;
  private final SharedStrings strings;
  private final boolean date1904;
  private final Map<Integer, Integer> dateKinds = new HashMap<>();
  private final List<CellRangeAddress> merged = new ArrayList<>();

  /** A reader for the sheets of one workbook. */
  public SheetReader(StylesTable styles, SharedStrings strings, boolean date1904) {
    this.styles = styles;
    this.strings = strings;
    this.date1904 = date1904;
  }

  /** The merged ranges of the sheet last read (they follow the rows in the file). */
  public List<CellRangeAddress> merged() {
    return merged;
  }

  /** Reads {@code sheet} to its end, giving every row to {@code rows}. */
  public void read(InputStream sheet, SAXParser parser, Rows rows) throws Exception {
    merged.clear();
    try {
      parser.parse(new InputSource(sheet), new Handler(rows));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static final int NOT_DATE = 0;
  private static final int DATE_ONLY = 1;
  private static final int TIME_ONLY = 2;
  private static final int DATE_AND_TIME = 3;

  private int dateKind(int style) {
    return dateKinds.computeIfAbsent(style, s -> {
      if (styles == null || s < 0 || s >= styles.getNumCellStyles()) {
        return NOT_DATE;
      }
      XSSFCellStyle st = styles.getStyleAt(s);
      String f = st.getDataFormatString();
      if (f == null || !DateUtil.isADateFormat(st.getDataFormat(), f)) {
        return NOT_DATE;
      }
      // what the format shows, quoted literals and [colour]/[$-804] sections left out
      String plain = f.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "")
          .toLowerCase(Locale.ROOT);
      boolean time = plain.contains("h") || plain.contains("s");
      boolean date = plain.contains("y") || plain.contains("d")
          || (!time && plain.contains("m")) || st.getDataFormat() == 14;
      return date && time ? DATE_AND_TIME : time ? TIME_ONLY : DATE_ONLY;
    });
  }

  /** The text of a number cell, as Excel shows it or as a date. */
  String number(String v, int style) {
    int kind = style < 0 ? NOT_DATE : dateKind(style);
    BigDecimal d;
    try {
      d = new BigDecimal(v.trim());
    } catch (NumberFormatException e) {
      return v;
    }
    if (kind != NOT_DATE && d.signum() >= 0 && DateUtil.isValidExcelDate(d.doubleValue())) {
      LocalDateTime t = DateUtil.getLocalDateTime(d.doubleValue(), date1904, true);
      boolean whole = d.stripTrailingZeros().scale() <= 0;
      if (kind == TIME_ONLY && d.compareTo(BigDecimal.ONE) < 0) {
        return TIME.format(t);
      }
      // a time the format hides is still written: nothing is dropped silently
      return kind == DATE_ONLY && whole ? DATE.format(t) : DATE_TIME.format(t);
    }
    return d.round(new MathContext(15))
        .stripTrailingZeros().toPlainString();
  }

  private final class Handler extends DefaultHandler {
    private final Rows rows;
    private final StringBuilder text = new StringBuilder();
    private String[] cells = new String[16];
    private int width;
    private final List<Note> notes = new ArrayList<>();
    private long rowNumber;
    private boolean inRow;
    private int column;
    private String ref;
    private String type;
    private int style;
    private boolean formula;
    private boolean collect;
    private int phonetic;

    Handler(Rows rows) {
      this.rows = rows;
    }

    @Override
    public void startElement(String uri, String local, String q, Attributes a) {
      switch (local) {
        case "row" -> {
          String r = a.getValue("r");
          rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r);
          inRow = true;
          width = 0;
          notes.clear();
          column = -1;
        }
        case "c" -> {
          ref = a.getValue("r");
          column = ref == null ? column + 1 : new CellReference(ref).getCol();
          if (ref == null) {
            ref = CellReference.convertNumToColString(column) + rowNumber;
          }
          type = a.getValue("t");
          String s = a.getValue("s");
          style = s == null ? -1 : Integer.parseInt(s);
          formula = false;
          text.setLength(0);
        }
        case "v" -> collect = true;
        case "t" -> collect = phonetic == 0 && "inlineStr".equals(type);
        case "rPh" -> phonetic++;
        case "f" -> formula = true;
        case "mergeCell" -> {
          if (merged.size() >= MAX_MERGED) {
            throw new SharedStrings.LimitException(
                String.format("more than %,d merged ranges", MAX_MERGED));
          }
          String r = a.getValue("ref");
          if (r != null && r.contains(":")) {
            merged.add(CellRangeAddress.valueOf(r));
          }
        }
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (collect && text.length() < SharedStrings.MAX_CHARS) {
        text.append(ch, start, Math.min(length, SharedStrings.MAX_CHARS - text.length()));
      }
    }

    @Override
    public void endElement(String uri, String local, String q) {
      switch (local) {
        case "v", "t" -> collect = false;
        case "rPh" -> phonetic--;
        case "c" -> cell();
        case "row" -> {
          inRow = false;
          try {
            rows.row(rowNumber, Arrays.asList(Arrays.copyOf(cells, width)), List.copyOf(notes));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          Arrays.fill(cells, 0, width, null);
        }
        default -> { }
      }
    }

    private void cell() {
      if (!inRow) {
        return;
      }
      String v = text.toString();
      String value;
      if (type == null || type.equals("n")) {
        value = v.isEmpty() ? "" : number(v, style);
      } else if (type.equals("s")) {
        String s = v.isEmpty() ? null : strings.get(Integer.parseInt(v.trim()));
        value = s == null ? "" : s;
      } else if (type.equals("b")) {
        value = v.isEmpty() ? "" : v.trim().equals("1") ? "true" : "false";
      } else if (type.equals("e")) {
        value = v;
      } else {
        value = SharedStrings.decode(v); // inlineStr, str (a formula's text), d (an ISO date)
      }
      if (column >= MAX_COLUMNS) {
        if (!value.isEmpty()) {
          notes.add(new Note(column, ref, NoteKind.BEYOND_COLUMNS, ""));
        }
        return;
      }
      if (formula) {
        notes.add(new Note(column, ref, NoteKind.FORMULA, ""));
      }
      if ("e".equals(type)) {
        notes.add(new Note(column, ref, NoteKind.ERROR, value));
      }
      if (column >= cells.length) {
        cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
      }
      for (int i = width; i < column; i++) {
        cells[i] = "";
      }
      cells[column] = value;
      width = Math.max(width, column + 1);
    }
  }
}

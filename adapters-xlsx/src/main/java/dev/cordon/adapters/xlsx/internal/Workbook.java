package dev.cordon.adapters.xlsx.internal;

import dev.cordon.core.validation.CordonValidationException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.SAXParser;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An {@code .xlsx} file opened for streaming: its package (a zip read in place, POI's zip-bomb
 * guard on), the list of its sheets with their visibility, its styles and its shared strings
 * (on disk). Every failure to open is a {@code CORDON-XLSX-001} or {@code -004}.
 */
public final class Workbook implements Closeable {
  /**
   * A sheet as the workbook lists it.
   *
   * @param name its name
   * @param visible false for a hidden or very hidden sheet
   * @param relation its relation id
   */
  public record Sheet(String name, boolean visible, String relation) {}

  private final OPCPackage pkg;
  private final XSSFReader reader;
  private final List<Sheet> sheets = new ArrayList<>();
  private boolean date1904;
  private SharedStrings strings = SharedStrings.none();
  private StylesTable styles;

  private Workbook(OPCPackage pkg) throws Exception {
    this.pkg = pkg;
    this.reader = new XSSFReader(pkg);
    try (InputStream wb = reader.getWorkbookData()) {
      parser().parse(new InputSource(wb), new DefaultHandler() {
        @Override
        public void startElement(String uri, String local, String q, Attributes a) {
          if (local.equals("sheet")) {
            String state = a.getValue("state");
            String rel = null;
            for (int i = 0; i < a.getLength(); i++) {
              if (a.getLocalName(i).equals("id")) {
                rel = a.getValue(i);
              }
            }
            sheets.add(new Sheet(a.getValue("name"), state == null || state.equals("visible"), rel));
          } else if (local.equals("workbookPr")) {
            String d = a.getValue("date1904");
            date1904 = "1".equals(d) || "true".equals(d);
          }
        }
      });
    }
    styles = reader.getStylesTable();
    List<PackagePart> sst = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
    if (!sst.isEmpty()) {
      try (InputStream in = sst.get(0).getInputStream()) {
        strings = SharedStrings.read(in, parser());
      }
    }
  }

  /**
   * Opens {@code file}.
   *
   * @throws CordonValidationException {@code CORDON-XLSX-001} when it is not a readable workbook
   *     (not a zip, truncated, an old .xls, a zip bomb, malformed XML), {@code CORDON-XLSX-004}
   *     when its shared strings go over the reader's limits
   */
  public static Workbook open(Path file) {
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
      return new Workbook(pkg);
    } catch (SharedStrings.LimitException e) {
      revert(pkg);
      throw new CordonValidationException(List.of(XlsxErrors.tooLarge(e.getMessage())));
    } catch (Exception | OutOfMemoryError e) {
      revert(pkg);
      throw new CordonValidationException(List.of(XlsxErrors.unreadable(why(e))));
    }
  }

  /** A failure in plain words: its class and message, and those of its first cause. */
  public static String why(Throwable e) {
    StringBuilder s = new StringBuilder();
    for (Throwable t = e; t != null && s.length() < 400; t = t.getCause()) {
      if (s.length() > 0) {
        s.append("; ");
      }
      s.append(t.getClass().getSimpleName());
      if (t.getMessage() != null) {
        String m = t.getMessage().replaceAll("\\s+", " ");
        s.append(": ").append(m.length() > 200 ? m.substring(0, 200) + "…" : m);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return s.toString();
  }

  private static void revert(OPCPackage pkg) {
    if (pkg != null) {
      pkg.revert();
    }
  }

  /** A namespace-aware SAX parser that refuses DTDs and external entities (POI's secure settings). */
  public static SAXParser parser() throws Exception {
    return XMLHelper.getSaxParserFactory().newSAXParser();
  }

  /** The sheets in workbook order. */
  public List<Sheet> sheets() {
    return List.copyOf(sheets);
  }

  /** The sheet to import: the one named, or else the first visible one. */
  public Optional<Sheet> choose(Optional<String> name) {
    if (name.isPresent()) {
      return sheets.stream().filter(s -> s.name().equals(name.get())).findFirst();
    }
    return sheets.stream().filter(Sheet::visible).findFirst();
  }

  /** A reader of this workbook's sheets. */
  public SheetReader sheetReader() {
    return new SheetReader(styles, strings, date1904);
  }

  /** The XML of a sheet, streamed. */
  public InputStream open(Sheet sheet) throws Exception {
    return reader.getSheet(sheet.relation());
  }

  @Override
  public void close() throws IOException {
    try {
      strings.close();
    } finally {
      pkg.revert(); // opened read-only: nothing to save
    }
  }
}

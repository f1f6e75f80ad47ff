package dev.cordon.adapters.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordon.Cordon;
import dev.cordon.adapters.csv.ImportKind;
import dev.cordon.adapters.csv.ImportOptions;
import dev.cordon.adapters.csv.ImportSummary;
import dev.cordon.core.validation.CordonValidationException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile workbooks, made in the test (no binary committed): each is refused with a clear code and
 * nothing stored, or imported with a documented outcome (the README's table).
 */
class XlsxHostileFilesTest {
  @TempDir
  Path dir;

  private final Cordon cordon = Fixtures.cordon();

  @AfterEach
  void close() {
    cordon.close();
  }

  /** Writes the content of one zip entry. */
  interface Content {
    void write(Writer w) throws IOException;
  }

  private Path good() throws IOException {
    return Sheets.write(dir.resolve("good.xlsx"), List.of(List.of("site", "at", "name"),
        List.of("S-HALL-DONGHE", "2021-10-25 08:00", "王芳")));
  }

  /** {@code source} with some entries replaced. */
  private Path replaced(Path source, String name, Map<String, Content> entries) throws IOException {
    Path out = dir.resolve(name);
    try (ZipFile in = new ZipFile(source.toFile());
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
      for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        zip.putNextEntry(new ZipEntry(entry.getName()));
        Content c = entries.get(entry.getName());
        if (c == null) {
          in.getInputStream(entry).transferTo(zip);
        } else {
          Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
          c.write(w);
          w.flush();
        }
        zip.closeEntry();
      }
    }
    return out;
  }

  private ImportSummary run(Path book) throws IOException {
    return XlsxImporter.of(cordon).importFrom(ImportKind.ENTRIES, book, ImportOptions.defaults());
  }

  private void refused(Path book, String code) {
    assertThatThrownBy(() -> run(book)).isInstanceOf(CordonValidationException.class)
        .satisfies(e -> assertThat(((CordonValidationException) e).violations())
            .extracting(v -> v.code()).contains(code));
    try (var all = cordon.storage().entries().all()) {
      assertThat(all.count()).as("nothing stored from a refused file").isZero();
    }
  }

  @Test
  void aTruncatedWorkbookIsRefused() throws IOException {
    byte[] b = Files.readAllBytes(good());
    refused(Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(b, b.length * 2 / 3)), "CORDON-XLSX-001");
  }

  @Test
  void aFileThatIsNoWorkbookIsRefused() throws IOException {
    refused(Files.writeString(dir.resolve("ledger.xlsx"), "site,at\nS-HALL-DONGHE,2021-10-25 08:00\n"),
        "CORDON-XLSX-001");
    refused(Files.write(dir.resolve("empty.xlsx"), new byte[0]), "CORDON-XLSX-001");
    Path xls = dir.resolve("old.xlsx"); // an Excel 97–2003 workbook under the new name
    try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
      wb.createSheet("登记").createRow(0).createCell(0).setCellValue("site");
      try (var o = Files.newOutputStream(xls)) {
        wb.write(o);
      }
    }
    refused(xls, "CORDON-XLSX-001");
  }

  @Test
  void malformedSheetXmlIsRefusedWholeThoughItsFirstRowsAreFine() throws IOException {
    Path book = replaced(good(), "malformed.xlsx", Map.of("xl/worksheets/sheet1.xml", w -> {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
      w.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>site</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>at</t></is></c></row>");
      for (int r = 2; r < 2000; r++) {
        w.write("<row r=\"" + r + "\"><c t=\"inlineStr\"><is><t>S-HALL-DONGHE</t></is></c><c t=\"inlineStr\"><is><t>2021-10-25 08:00:" + (r % 60 < 10 ? "0" : "") + r % 60 + "</t></is></c></row>");
      }
      w.write("<row r=\"2000\"><c><v>1</v></row></sheetData>"); // unbalanced
    }));
    refused(book, "CORDON-XLSX-001");
  }

  @Test
  void anEntityExpansionIsRefused() throws IOException {
    Path book = replaced(good(), "laughs.xlsx", Map.of("xl/worksheets/sheet1.xml", w -> w.write(
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>")));
    refused(book, "CORDON-XLSX-001");
  }

  @Test
  void aZipBombIsRefused() throws IOException {
    // 20 MB of one repeated row compresses about a thousand times: POI's guard refuses the entry
    Path book = replaced(good(), "bomb.xlsx", Map.of("xl/worksheets/sheet1.xml", w -> {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
      char[] spaces = new char[1 << 20];
      Arrays.fill(spaces, ' ');
      for (int i = 0; i < 20; i++) {
        w.write(spaces);
      }
      w.write("</sheetData></worksheet>");
    }));
    refused(book, "CORDON-XLSX-001");
  }

  @Test
  void hugeSharedStringsStayOnDiskAndTooManyAreRefused() throws IOException {
    // 300,000 distinct strings nobody refers to but the first: kept in a temporary file, not the heap
    Path many = replaced(good(), "strings.xlsx", Map.of("xl/sharedStrings.xml", w -> {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
      w.write("<si><t>site</t></si><si><t>at</t></si><si><t>name</t></si><si><t>S-HALL-DONGHE</t></si><si><t>2021-10-25 08:00</t></si><si><r><t>王</t></r><r><t>芳</t></r><rPh><t>wang fang</t></rPh></si>");
      for (int i = 0; i < 300_000; i++) {
        w.write("<si><t>" + Integer.toHexString(i * 7919) + "-张伟-" + i + "</t></si>");
      }
      w.write("</sst>");
    }));
    ImportSummary s = run(many);
    assertThat(s.imported()).isEqualTo(1);
    try (var all = cordon.storage().entries().all()) {
      assertThat(all.toList()).singleElement().satisfies(e ->
          assertThat(e.entrant().name()).hasValue("王芳")); // the phonetic run is not text
    }
  }

  @Test
  void aHeaderOfMoreThanAThousandColumnsIsRefused() throws IOException {
    List<Object> header = new ArrayList<>(List.of("site", "at"));
    for (int i = 0; i < 1_200; i++) {
      header.add("c" + i);
    }
    refused(Sheets.write(dir.resolve("wide.xlsx"), List.of(header)), "CORDON-XLSX-004");
  }

  @Test
  void aFirstRowOfDataIsRefusedAsTheCsvImporterDoes() throws IOException {
    refused(Sheets.write(dir.resolve("headerless.xlsx"), List.of(
        List.of("S-HALL-DONGHE", "2021-10-25 08:00", "程芳", "18794042111"))), "CORDON-CSV-019");
  }

  @Test
  void controlAndInvisibleCharactersAndOverlongCellsRejectTheirRowsOnly() throws IOException {
    Path book = Sheets.write(dir.resolve("cells.xlsx"), List.of(List.of("site", "at", "name", "purpose"),
        List.of("S-HALL-DONGHE", "2021-10-25 08:00", "王芳", "ok"),
        List.of("S-HALL-DONGHE\u200B", "2021-10-25 08:01", "王芳", "ok"),
        List.of("S-HALL-DONGHE", "2021-10-25 08:02", "王芳", "x".repeat(12_000)),
        List.of("S-HALL-DONGHE", "2021-10-25 08:03", "CONTROL", "ok"),
        List.of("S-HALL-DONGHE", "2021-10-25\n08:04", "王芳", "line\nbreak")));
    // XML cannot hold a control character: Excel writes it _x0007_ (POI would write '?')
    String strings;
    try (ZipFile z = new ZipFile(book.toFile())) {
      strings = new String(z.getInputStream(z.getEntry("xl/sharedStrings.xml")).readAllBytes(),
          StandardCharsets.UTF_8).replace("CONTROL", "王_x0007_芳");
    }
    book = replaced(book, "control.xlsx", Map.of("xl/sharedStrings.xml", w -> w.write(strings)));
    ImportSummary s = run(book);
    assertThat(s.imported()).isEqualTo(1);
    assertThat(s.firstErrors()).extracting(e -> e.codes().get(0))
        .containsExactly("CORDON-CSV-021", "CORDON-CSV-012", "CORDON-CSV-011", "CORDON-CSV-020");
  }

  @Test
  void anEmptyWorkbookImportsNothing() throws IOException {
    Path book = dir.resolve("empty-sheet.xlsx");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      wb.createSheet("登记");
      Sheets.save(wb, book);
    }
    ImportSummary s = run(book);
    assertThat(s.rowsRead()).isZero();
  }
}

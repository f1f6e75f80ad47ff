package dev.cordon.adapters.xlsx;

import dev.cordon.core.report.Column;
import dev.cordon.core.report.Report;
import dev.cordon.core.report.ReportTable;
import dev.cordon.core.report.Text;
import dev.cordon.spi.report.ReportOptions;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import dev.cordon.adapters.csv.ImportKind;
import dev.cordon.adapters.csv.ImportOptions;
import dev.cordon.adapters.csv.ImportSummary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.Cordon;
import dev.cordon.core.Samples;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.storage.LockKey;
import dev.cordon.core.storage.RecordKind;
import dev.cordon.core.storage.RecordTable;
import dev.cordon.core.storage.Storage;
import dev.cordon.spi.memory.MemoryStorageProvider;
import dev.cordon.spi.storage.StorageOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large registration ledger saved by Excel imports in a JVM with {@code -Xmx128m} (a dedicated
 * Surefire execution): 50,000 rows in the build, 1,000,000 with {@code -Dcordon.xlsx.rows=1000000}
 * (measured in the README). The workbook is written as Excel writes one — every text in the
 * shared-string table, two distinct strings per row (a name and a phone), date-time cells — by
 * streaming its XML into the zip, so the test itself needs no memory for it. Entries are counted
 * and discarded (holding a million is the storage's business); then a report of as many rows is
 * written as a workbook in the same heap.
 */
class BoundedMemoryXlsxTest {
  static final int ROWS = Integer.getInteger("cordon.xlsx.rows", 50_000);
  static final int REPORT_ROWS = Math.min(ROWS, 100_000);

  @TempDir
  Path dir;

  private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  /** A workbook of {@code rows} ledger rows, made from a small POI template with a date-time style. */
  static Path ledger(Path dir, int rows) throws IOException {
    Path template = dir.resolve("template.xlsx");
    int dateStyle;
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var st = wb.createCellStyle();
      st.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d h:mm"));
      dateStyle = st.getIndex();
      var c = wb.createSheet("登记").createRow(0).createCell(0);
      c.setCellValue("x");
      try (OutputStream o = Files.newOutputStream(template)) {
        wb.write(o);
      }
    }
    Path file = dir.resolve("entries-large.xlsx");
    String[] header = {"场所编号", "登记时间", "姓名", "联系电话", "体温(℃)", "健康码", "行程卡", "来访事由", "被访人"};
    double day = DateUtil.getExcelDate(LocalDateTime.of(2021, 10, 25, 0, 0));
    try (ZipFile in = new ZipFile(template.toFile());
        ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        zip.putNextEntry(new ZipEntry(entry.getName()));
        Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        if (entry.getName().equals("xl/sharedStrings.xml")) {
          // 0–8 the header, 9–13 the repeated values, then a name and a phone per row
          w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + NS + "\">");
          for (String h : header) {
            w.write("<si><t>" + h + "</t></si>");
          }
          for (String v : new String[] {"S-HALL-DONGHE", "绿码", "无星", "办理供热缴费", "李娜"}) {
            w.write("<si><t>" + v + "</t></si>");
          }
          for (int i = 0; i < rows; i++) {
            w.write("<si><t>" + NAMES[i % NAMES.length] + "</t></si><si><t>138" + String.format("%08d", i) + "</t></si>");
          }
          w.write("</sst>");
        } else if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + NS + "\"><sheetData><row r=\"1\">");
          for (int c = 0; c < header.length; c++) {
            w.write("<c t=\"s\"><v>" + c + "</v></c>");
          }
          w.write("</row>");
          for (int i = 0; i < rows; i++) {
            int r = i + 2;
            double at = day + (i % 1440) / 1440.0;
            w.write("<row r=\"" + r + "\"><c t=\"s\"><v>9</v></c><c s=\"" + dateStyle + "\"><v>" + at
                + "</v></c><c t=\"s\"><v>" + (14 + 2 * i) + "</v></c><c t=\"s\"><v>" + (15 + 2 * i)
                + "</v></c><c><v>36." + (i % 10) + "</v></c><c t=\"s\"><v>10</v></c><c t=\"s\"><v>11</v></c>"
                + "<c t=\"s\"><v>12</v></c><c t=\"s\"><v>13</v></c></row>");
          }
          w.write("</sheetData></worksheet>");
        } else {
          w.flush();
          in.getInputStream(entry).transferTo(zip);
        }
        w.flush();
        zip.closeEntry();
      }
    }
    Files.delete(template);
    return file;
  }

  private static final String[] NAMES = {"王芳", "其其格", "张伟", "李强", "赵敏", "阿拉坦·巴特尔", "陈静", "杨洋"};

  @Test
  void aLargeWorkbookImportsAndALargeReportWritesWithASmallFixedHeap() throws IOException {
    long t0 = System.nanoTime();
    Path file = ledger(dir, ROWS);
    long made = System.nanoTime();
    Storage memory = new MemoryStorageProvider().open("memory:", StorageOptions.defaults());
    CountingStorage storage = new CountingStorage(memory);
    Runtime rt = Runtime.getRuntime();
    try (Cordon cordon = Cordon.builder().storage(storage)
        .policy(PreventionPolicy.defaults().effectiveFrom(LocalDate.of(2019, 1, 1)).build()).build()) {
      cordon.directory().register(Samples.group());
      cordon.directory().register(Samples.branch());
      cordon.directory().register(Samples.serviceHall());
      AtomicLong peak = new AtomicLong();
      ImportSummary s = XlsxImporter.of(cordon).importFrom(ImportKind.ENTRIES, file,
          ImportOptions.defaults().withBatchSize(1000).withProgress(p ->
              peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max)));
      System.err.printf("bounded-memory xlsx import: %s; file %d MB (made in %d s); max heap %d MB;"
              + " heap in use at most %d MB at a batch, %d MB after%n",
          s, Files.size(file) >> 20, (made - t0) / 1_000_000_000, rt.maxMemory() >> 20, peak.get() >> 20,
          (rt.totalMemory() - rt.freeMemory()) >> 20);
      assertThat(s.firstErrors()).isEmpty();
      assertThat(s.rowsRead()).isEqualTo(ROWS);
      assertThat(s.imported()).isEqualTo(ROWS);
      assertThat(storage.entriesStored.get()).isEqualTo(ROWS);
    } finally {
      memory.close();
    }
    Files.delete(file);

    // a report of 100,000 rows written as a workbook in the same heap (a ReportTable holds its rows
    // in memory, as core builds it; the writer itself keeps 200 rows)
    List<Column> cols = List.of(Column.text("name", "Name", "姓名"), Column.text("at", "At", "时间"),
        Column.number("t", "Temperature", "体温"), Column.text("note", "Note", "备注"));
    List<List<Object>> rows = new java.util.AbstractList<>() {
      @Override
      public List<Object> get(int i) {
        return List.of(NAMES[i % NAMES.length], Instant.parse("2021-10-25T00:00:00Z").plusSeconds(i),
            new BigDecimal("36." + i % 10), "=1+" + i);
      }

      @Override
      public int size() {
        return REPORT_ROWS;
      }
    };
    long w0 = System.nanoTime();
    Path out = dir.resolve("report.xlsx");
    Report report = XlsxReportWriterTest.report(new ReportTable("entries", Text.of("Entries", "登记"), cols, rows));
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
      new XlsxReportWriter().write(report, o, ReportOptions.defaults());
    }
    System.err.printf("bounded-memory xlsx report: %,d rows in %d ms, %d MB; heap in use after %d MB%n", REPORT_ROWS,
        (System.nanoTime() - w0) / 1_000_000, Files.size(out) >> 20, (rt.totalMemory() - rt.freeMemory()) >> 20);
    assertThat(out).isNotEmptyFile();
  }

  /** The memory storage, except for entries, which are counted and discarded. */
  static final class CountingStorage implements Storage {
    final Storage delegate;
    final AtomicLong entriesStored = new AtomicLong();
    final RecordTable<EntryId, Entry> entries = new RecordTable<>() {
      @Override
      public List<Entry> insertAbsent(List<? extends Entry> records) {
        entriesStored.addAndGet(records.size());
        return List.of();
      }

      @Override
      public Map<EntryId, List<Entry>> versions(Collection<EntryId> ids) {
        return Map.of();
      }

      @Override
      public boolean appendVersion(Entry record, int stored) {
        throw new UnsupportedOperationException();
      }

      @Override
      public boolean rewrite(EntryId id, List<? extends Entry> versions) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Optional<EntryId> markSuperseded(EntryId old, EntryId by) {
        return Optional.empty();
      }

      @Override
      public Stream<Entry> all() {
        return Stream.empty();
      }
    };

    CountingStorage(Storage delegate) {
      this.delegate = delegate;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K extends Comparable<K>, V> RecordTable<K, V> table(RecordKind<K, V> kind) {
      return kind == RecordKind.ENTRIES ? (RecordTable<K, V>) entries : delegate.table(kind);
    }

    @Override public <T> T inTransaction(Supplier<T> work) { return delegate.inTransaction(work); }
    @Override public void lock(LockKey key) { delegate.lock(key); }
    @Override public ZoneId zone() { return delegate.zone(); }
    @Override public Map<String, String> describe() { return delegate.describe(); }
    @Override public void close() { }
  }
}

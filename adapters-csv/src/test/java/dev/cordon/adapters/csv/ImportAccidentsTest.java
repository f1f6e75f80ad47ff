package dev.cordon.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.cordon.Cordon;
import dev.cordon.core.CordonStorageException;
import dev.cordon.core.Samples;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.storage.EntryLedger;
import dev.cordon.core.storage.FindingStore;
import dev.cordon.core.storage.Storage;
import dev.cordon.spi.storage.StorageOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ordinary accidents around an import: the error file, pipes, storage that fails. */
class ImportAccidentsTest {
  private static final String HEADER = "id,site,at,name,phone\n";

  @TempDir
  Path dir;

  private static String row(String id, int minute) {
    return String.format("%s,S-HALL-DONGHE,2021-10-25 08:%02d,王芳,13812341234%n", id, minute);
  }

  private Path ledger(String name, int rows) throws IOException {
    StringBuilder b = new StringBuilder(HEADER);
    for (int i = 0; i < rows; i++) {
      b.append(row("E-" + i, i % 60));
    }
    return Files.writeString(dir.resolve(name), b.toString(), StandardCharsets.UTF_8);
  }

  @Test
  void anErrorFileThatIsTheInputIsRefusedBeforeAnythingIsRead() throws Exception {
    Path in = ledger("entries.csv", 3);
    byte[] before = Files.readAllBytes(in);
    Files.createDirectory(dir.resolve("sub"));
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), in);
    try (Cordon cordon = Fixtures.cordon()) {
      for (Path errors : new Path[] {in, dir.resolve("sub/../entries.csv"), link}) {
        assertThatThrownBy(() -> CsvImporter.of(cordon).importFrom(ImportKind.ENTRIES, in,
            ImportOptions.defaults().withErrorsFile(errors)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("is the input file");
      }
      assertThat(cordon.storage().entries().count()).isZero();
    }
    assertThat(Files.readAllBytes(in)).isEqualTo(before);
  }

  @Test
  void anErrorFileInAMissingDirectoryFailsBeforeAnythingIsStored() throws Exception {
    Path in = ledger("entries.csv", 600);
    Path errors = dir.resolve("missing/errors.csv");
    try (Cordon cordon = Fixtures.cordon()) {
      assertThatThrownBy(() -> CsvImporter.of(cordon).importFrom(ImportKind.ENTRIES, in,
          ImportOptions.defaults().withErrorsFile(errors)))
          .isInstanceOf(NoSuchFileException.class)
          .hasMessageContaining(errors.toString()).hasMessageContaining("directory of the error file");
      assertThat(cordon.storage().entries().count()).isZero();
    }
  }

  @Test
  void aNamedPipeIsReadOnce() throws Exception {
    Path fifo = dir.resolve("entries.fifo");
    boolean made;
    try {
      Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
      made = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      made = false;
    }
    Assumptions.assumeTrue(made, "mkfifo is not available here");
    String content = HEADER + row("E-1", 1) + row("E-2", 2);
    Thread writer = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write(content.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.setDaemon(true);
    writer.start();
    try (Cordon cordon = Fixtures.cordon()) {
      ImportSummary s = assertTimeoutPreemptively(Duration.ofSeconds(30),
          () -> CsvImporter.of(cordon).importFrom(ImportKind.ENTRIES, fifo, ImportOptions.defaults()));
      assertThat(s.imported()).isEqualTo(2);
      assertThat(s.source()).isEqualTo("entries.fifo");
    }
  }

  @Test
  void aStorageFailureOnOneRecordRejectsThatRowAloneWithItsLine() throws Exception {
    Path in = ledger("entries.csv", 20);
    try (Cordon cordon = failing(e -> e.id().value().equals("E-7"))) {
      ImportSummary s = CsvImporter.of(cordon).importFrom(ImportKind.ENTRIES, in,
          ImportOptions.defaults().withBatchSize(5));
      assertThat(s.imported()).isEqualTo(19);
      assertThat(s.rejected()).isEqualTo(1);
      assertThat(s.complete()).isTrue();
      RowError e = s.firstErrors().get(0);
      assertThat(e.line()).isEqualTo(9);
      assertThat(e.codes()).containsExactly("CORDON-CSV-022");
      assertThat(e.reason()).contains("disk said no");
      assertThat(cordon.storage().entries().count()).isEqualTo(19);
    }
  }

  @Test
  void storageThatFailsOnEveryRecordStopsTheImportAndSaysWhere() throws Exception {
    Path in = ledger("entries.csv", 20);
    try (Cordon cordon = failing(e -> Integer.parseInt(e.id().value().substring(2)) >= 10)) {
      ImportSummary s = CsvImporter.of(cordon).importFrom(ImportKind.ENTRIES, in,
          ImportOptions.defaults().withBatchSize(5));
      assertThat(s.complete()).isFalse();
      assertThat(s.imported()).isEqualTo(10);
      assertThat(s.rejected()).isZero();
      assertThat(s.rowsRead()).isEqualTo(10);
      assertThat(s.stoppedEarly().orElseThrow().line()).isEqualTo(12);
      assertThat(s.stopDescription().orElseThrow()).contains("entries.csv line 12")
          .contains("disk said no").contains("run the same import again");
      assertThat(s.toString()).contains("INCOMPLETE");
    }
  }

  @Test
  void storageThatCannotCountFindingsAfterStoppingStillReportsWhereTheImportStopped() throws Exception {
    Path in = ledger("entries.csv", 20);
    try (Cordon cordon = failing(e -> Integer.parseInt(e.id().value().substring(2)) >= 10, true)) {
      ImportSummary s = CsvImporter.of(cordon).importFrom(ImportKind.ENTRIES, in,
          ImportOptions.defaults().withBatchSize(5));
      assertThat(s.complete()).isFalse();
      assertThat(s.imported()).isEqualTo(10);
      assertThat(s.stoppedEarly().orElseThrow().line()).isEqualTo(12);
      assertThat(s.findingsRaisedKnown()).isFalse();
      assertThat(s.findingsRaised()).isEqualTo(ImportSummary.UNKNOWN);
      assertThat(s.findingsDescription()).isEqualTo("findings raised unknown (the storage could not count them)");
      assertThat(s.toString()).contains("findings raised unknown").contains("INCOMPLETE")
          .contains("entries.csv line 12");
    }
  }

  @Test
  void anErrorFileThatIsADatabaseIsNeverOverwritten() throws Exception {
    Path in = Files.writeString(dir.resolve("entries.csv"), HEADER + "E-1,S-HALL-DONGHE,not a time,王芳,13812341234\n",
        StandardCharsets.UTF_8);
    byte[] page = new byte[4096];
    byte[][] heads = {"SQLite format 3\0".getBytes(StandardCharsets.US_ASCII),
        "H:2,block:4,blockSize:1000,format:2".getBytes(StandardCharsets.US_ASCII),
        {0x37, 0x7f, 0x06, (byte) 0x82, 0, 0x2d, (byte) 0xe2, 0x18}};
    try (Cordon cordon = Fixtures.cordon()) {
      for (int i = 0; i < heads.length; i++) {
        byte[] content = page.clone();
        System.arraycopy(heads[i], 0, content, 0, heads[i].length);
        Path db = Files.write(dir.resolve("db-" + i), content);
        assertThatThrownBy(() -> CsvImporter.of(cordon).importFrom(ImportKind.ENTRIES, in,
            ImportOptions.defaults().withErrorsFile(db)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(db.toString()).hasMessageContaining("it is not overwritten");
        assertThat(Files.readAllBytes(db)).isEqualTo(content);
      }
      // a former error file is overwritten as before
      Path old = Files.writeString(dir.resolve("old-errors.csv"), "\uFEFFid,reason\n", StandardCharsets.UTF_8);
      ImportSummary s = CsvImporter.of(cordon).importFrom(ImportKind.ENTRIES, in,
          ImportOptions.defaults().withErrorsFile(old));
      assertThat(s.rejected()).isEqualTo(1);
      assertThat(Files.readString(old, StandardCharsets.UTF_8)).contains("E-1").contains("not a time");
    }
  }

  /** A memory Cordon whose entry ledger fails, as a database would, on the entries {@code bad} picks. */
  private static Cordon failing(Predicate<Entry> bad) {
    return failing(bad, false);
  }

  /**
   * {@link #failing(Predicate)}; with {@code countFails}, counting findings fails too once it was
   * done once (the storage went away during the import).
   */
  private static Cordon failing(Predicate<Entry> bad, boolean countFails) {
    Storage memory = new dev.cordon.spi.memory.MemoryStorageProvider()
        .open("memory:", StorageOptions.defaults());
    EntryLedger ledger = memory.entries();
    EntryLedger failingLedger = (EntryLedger) Proxy.newProxyInstance(
        EntryLedger.class.getClassLoader(), new Class<?>[] {EntryLedger.class},
        (proxy, m, args) -> {
          if (m.getName().startsWith("put") && args != null) {
            Collection<?> values = args[0] instanceof Collection<?> c ? c : java.util.List.of(args[0]);
            for (Object v : values) {
              if (v instanceof Entry e && bad.test(e)) {
                throw new CordonStorageException("could not store entry record: disk said no");
              }
            }
          }
          return invoke(m, ledger, args);
        });
    FindingStore findings = memory.findings();
    java.util.concurrent.atomic.AtomicInteger counts = new java.util.concurrent.atomic.AtomicInteger();
    FindingStore failingFindings = (FindingStore) Proxy.newProxyInstance(
        FindingStore.class.getClassLoader(), new Class<?>[] {FindingStore.class},
        (proxy, m, args) -> {
          if (countFails && m.getName().equals("count") && counts.incrementAndGet() > 1) {
            throw new CordonStorageException("could not count finding records: unreachable",
                CordonStorageException.Fault.UNREACHABLE, "08006", null);
          }
          return invoke(m, findings, args);
        });
    InvocationHandler h = (proxy, m, args) -> m.getName().equals("entries") && m.getParameterCount() == 0
        ? failingLedger : m.getName().equals("findings") && m.getParameterCount() == 0
        ? failingFindings : invoke(m, memory, args);
    Storage storage = (Storage) Proxy.newProxyInstance(Storage.class.getClassLoader(),
        new Class<?>[] {Storage.class}, h);
    Cordon c = Cordon.builder().storage(storage)
        .policy(PreventionPolicy.defaults().effectiveFrom(LocalDate.of(2019, 1, 1)).build()).build();
    c.directory().register(Samples.group());
    c.directory().register(Samples.branch());
    c.directory().register(Samples.employee());
    c.directory().register(Samples.serviceHall());
    return c;
  }

  private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  void aStreamIsReadWholeBeforeTheEncodingIsDecided() throws Exception {
    // the first 64 KB are ASCII, the Chinese names after them are GB18030
    StringBuilder ascii = new StringBuilder(HEADER);
    for (int i = 0; i < 1200; i++) {
      ascii.append(String.format("E-%d,S-HALL-DONGHE,2021-10-25 08:%02d,Wang Fang,13812341234%n", i, i % 60));
    }
    byte[] head = ascii.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] tail = (row("E-X1", 1) + row("E-X2", 2)).getBytes(Fixtures.GB18030);
    byte[] all = new byte[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    try (Cordon cordon = Fixtures.cordon()) {
      ImportSummary s = CsvImporter.of(cordon).importFrom(ImportKind.ENTRIES,
          new ByteArrayInputStream(all), ImportOptions.defaults());
      assertThat(s.encoding()).isEqualTo(Fixtures.GB18030);
      assertThat(s.rejected()).isZero();
      assertThat(s.imported()).isEqualTo(1202);
      assertThat(cordon.storage().entries().get(dev.cordon.core.entry.EntryId.of("E-X1")).orElseThrow()
          .entrant().name()).contains("王芳");
    }
  }

  @Test
  void aRecordOverTheReadersLimitIsRejectedWithItsLineAndTheImportGoesOn() throws Exception {
    // an opening quote never closed, then 17 M characters on one line: more than FastCSV buffers
    StringBuilder b = new StringBuilder(HEADER).append(row("E-1", 1));
    b.append("E-2,S-HALL-DONGHE,2021-10-25 08:02,\"").append("x".repeat(17 * 1024 * 1024)).append('\n');
    b.append(row("E-3", 3)).append(row("E-4", 4));
    Path in = Files.writeString(dir.resolve("entries.csv"), b, StandardCharsets.UTF_8);
    b.setLength(0);
    Path errors = dir.resolve("errors.csv");
    try (Cordon cordon = Fixtures.cordon()) {
      ImportSummary s = CsvImporter.of(cordon).importFrom(ImportKind.ENTRIES, in,
          ImportOptions.defaults().withErrorsFile(errors));
      assertThat(s.complete()).isTrue();
      assertThat(s.imported()).isEqualTo(3);
      assertThat(s.rejected()).isEqualTo(1);
      assertThat(s.rowsRead()).isEqualTo(4);
      assertThat(s.dataLines()).isEqualTo(4);
      RowError e = s.firstErrors().get(0);
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.codes()).containsExactly("CORDON-CSV-023");
      assertThat(e.reason()).contains("more than 16,777,216 characters").contains("line 4");
      assertThat(Files.readString(errors, StandardCharsets.UTF_8)).contains("line 3: CORDON-CSV-023");
    }
  }
}

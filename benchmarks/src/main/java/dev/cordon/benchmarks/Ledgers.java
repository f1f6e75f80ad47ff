package dev.cordon.benchmarks;

import dev.cordon.Cordon;
import dev.cordon.adapters.csv.CsvExporter;
import dev.cordon.adapters.csv.ImportKind;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.org.Unit;
import dev.cordon.core.person.Person;
import dev.cordon.core.site.Site;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The benchmarks' data: the first {@code rows} entries of the {@link LedgerSource#standard()} ledger,
 * as objects or as a CSV file in the importer's layout (cached under the system property
 * {@code cordon.bench.dir} or the variable {@code CORDON_BENCH_DIR}, by default {@code <tmp>/cordon-bench}), and a Cordon holding the master data they refer to.
 */
public final class Ledgers {
  private static final LedgerSource SOURCE = LedgerSource.standard();

  private Ledgers() {}

  /** The source. */
  public static LedgerSource source() {
    return SOURCE;
  }

  /** The working directory of the benchmarks. */
  public static Path dir() {
    String named = System.getProperty("cordon.bench.dir", System.getenv("CORDON_BENCH_DIR"));
    Path d = named != null && !named.isBlank() ? Path.of(named)
        : Path.of(System.getProperty("java.io.tmpdir"), "cordon-bench");
    try {
      return Files.createDirectories(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first {@code rows} entries, streamed day by day (never the whole ledger in memory). */
  public static Iterable<Entry> stream(int rows) {
    return () -> new Iterator<>() {
      private LocalDate day = SOURCE.firstDay();
      private List<Entry> today = SOURCE.entriesOn(day);
      private int i;
      private int given;

      @Override
      public boolean hasNext() {
        return given < rows;
      }

      @Override
      public Entry next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        while (i >= today.size()) {
          day = day.plusDays(1);
          today = SOURCE.entriesOn(day);
          i = 0;
        }
        given++;
        return today.get(i++);
      }
    };
  }

  /** The first {@code rows} entries, in memory. */
  public static List<Entry> entries(int rows) {
    List<Entry> out = new ArrayList<>(rows);
    stream(rows).forEach(out::add);
    return out;
  }

  /** The entries of the {@code days} days from the first, in memory. */
  public static List<Entry> days(int days) {
    List<Entry> out = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      out.addAll(SOURCE.entriesOn(SOURCE.firstDay().plusDays(d)));
    }
    return out;
  }

  /**
   * The CSV file of the first {@code rows} entries, in the layout of {@link CsvExporter} with personal
   * data in full (so that the import accepts every row); written once and reused.
   */
  public static Path csv(int rows) {
    Path file = dir().resolve("entries-" + rows + ".csv");
    if (Files.exists(file)) {
      return file;
    }
    Path tmp = dir().resolve("entries-" + rows + ".csv.part");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
      CsvExporter.create().revealingPersonalData().write(ImportKind.ENTRIES, stream(rows), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Registers the units, people and sites the entries refer to. */
  public static Cordon withMasterData(Cordon cordon) {
    for (Unit u : SOURCE.units()) {
      cordon.directory().register(u);
    }
    for (Person p : SOURCE.people()) {
      cordon.directory().register(p);
    }
    for (Site s : SOURCE.sites()) {
      cordon.directory().register(s);
    }
    return cordon;
  }

  /** A row count from a system property, e.g. {@code -Dcordon.bench.rows=1000000}. */
  public static int rows(String property, int fallback) {
    return Integer.parseInt(System.getProperty(property, String.valueOf(fallback)).replace("_", ""));
  }
}

package dev.cordon.benchmarks;

import dev.cordon.Cordon;
import dev.cordon.adapters.csv.CsvImporter;
import dev.cordon.adapters.csv.ImportKind;
import dev.cordon.adapters.csv.ImportOptions;
import dev.cordon.adapters.csv.ImportSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * "Memory": imports a ledger of {@code rows} rows (1,000,000 by default) into an H2 file database,
 * meant to run in a JVM started with {@code -Xmx128m} (benchmarks/run does). Prints one line
 * {@code MEMORY ok|failed rows=… stored=… seconds=… rowsPerSecond=… maxHeapMb=…}; exits 1 on failure.
 * The file is written first (and cached), outside the time measured.
 */
public final class MemoryCheck {
  private MemoryCheck() {}

  /** Runs the check; {@code args}: {@code [--prepare] [rows]} ({@code --prepare} only writes the file). */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    boolean prepare = args.length > 0 && args[0].equals("--prepare");
    int at = prepare ? 1 : 0;
    int rows = args.length > at ? Integer.parseInt(args[at].replace("_", "")) : 1_000_000;
    if (prepare) {
      out.println("file " + Ledgers.csv(rows));
      return;
    }
    long maxHeapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    Path file = Ledgers.csv(rows);
    Path db = Files.createTempDirectory(Ledgers.dir(), "memory-");
    long started = System.nanoTime();
    try (Cordon cordon = Ledgers.withMasterData(Cordon.open("jdbc:h2:file:" + db.resolve("cordon")))) {
      ImportSummary s = CsvImporter.of(cordon).importFrom(ImportKind.ENTRIES, file, ImportOptions.defaults());
      double seconds = (System.nanoTime() - started) / 1e9;
      boolean ok = s.imported() == rows;
      out.printf("MEMORY %s rows=%d stored=%d seconds=%.1f rowsPerSecond=%.0f maxHeapMb=%d%n",
          ok ? "ok" : "failed", rows, s.imported(), seconds, rows / seconds, maxHeapMb);
      if (!ok) {
        System.exit(1);
      }
    } catch (OutOfMemoryError e) {
      out.printf("MEMORY failed rows=%d OutOfMemoryError maxHeapMb=%d%n", rows, maxHeapMb);
      System.exit(1);
    } finally {
      try (Stream<Path> all = Files.walk(db)) {
        all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}

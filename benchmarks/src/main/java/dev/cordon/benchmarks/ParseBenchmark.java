package dev.cordon.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.StringArrayHandler;
import dev.cordon.adapters.csv.ImportKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * "Parse a ledger": Cordon's CSV import up to domain objects (no storage) against FastCSV reading
 * the same file into {@code String[]}s. One operation reads the whole file of {@code rows} rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ParseBenchmark {
  @Param("100000")
  public int rows;

  private Path file;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Ledgers.csv(rows);
    long rejected = LedgerParse.read(ImportKind.ENTRIES, file, ZoneId.of("Asia/Shanghai"), x -> { });
    if (rejected != 0) {
      throw new IllegalStateException(rejected + " rows of " + file + " rejected");
    }
  }

  /** Cordon: file → {@code Entry} objects. */
  @Benchmark
  public long cordon(Blackhole bh) throws IOException {
    return LedgerParse.read(ImportKind.ENTRIES, file, ZoneId.of("Asia/Shanghai"), bh::consume);
  }

  /** Baseline: FastCSV, file → {@code String[]} per row. */
  @Benchmark
  public void baseline(Blackhole bh) throws IOException {
    try (CsvReader<String[]> csv = CsvReader.builder().build(StringArrayHandler.of(), file,
        StandardCharsets.UTF_8)) {
      for (String[] row : csv) {
        bh.consume(row);
      }
    }
  }
}

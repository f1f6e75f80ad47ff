package dev.cordon.benchmarks;

import dev.cordon.Cordon;
import dev.cordon.adapters.csv.CsvImporter;
import dev.cordon.adapters.csv.ImportKind;
import dev.cordon.adapters.csv.ImportOptions;
import dev.cordon.adapters.csv.ImportSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * "Import into H2": the CSV file → validated → stored in H2 by Cordon's importer (entry rules and
 * findings included, as in use), against H2's own {@code INSERT INTO cordon_entry (…) SELECT … FROM
 * CSVREAD(file)} into the same table of the same schema (created by the adapter's migrations), from
 * the same file. Each invocation starts from a fresh in-memory database (not timed).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class H2ImportBenchmark {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  /**
   * The baseline's columns of {@code cordon_entry}: every column the adapter fills, from the file's
   * cells; {@code body} takes the whole row as text. CSVREAD names the columns after the header, in
   * upper case.
   */
  static final String CSVREAD_INSERT = "INSERT INTO cordon_entry (id, site_id, occurred_at, entry_day,"
      + " person_id, category, decision, temperature, health_code, supersedes, body)"
      + " SELECT \"ID\", \"SITE\", CAST(\"AT\" AS TIMESTAMP WITH TIME ZONE), CAST(LEFT(\"AT\", 10) AS DATE),"
      + " NULLIF(\"PERSON_ID\", ''), \"CATEGORY\", \"DECISION\", CAST(NULLIF(\"TEMPERATURE\", '') AS NUMERIC(4, 1)),"
      + " NULLIF(\"HEALTH_CODE\", ''), NULLIF(\"SUPERSEDES\", ''),"
      + " CONCAT_WS(',', \"ID\", \"SITE\", \"AT\", \"CATEGORY\", \"PERSON_ID\", \"NAME\", \"PHONE\","
      + " \"RESIDENT_ID\", \"PURPOSE\", \"HOST\", \"TEMPERATURE\", \"HEALTH_CODE\", \"ITINERARY\","
      + " \"CITIES_VISITED\", \"DECISION\", \"RECORDED_BY\", \"SOURCE\", \"SUPERSEDES\")"
      + " FROM CSVREAD('%s', NULL, 'charset=UTF-8')";

  @Param("100000")
  public int rows;

  private Path file;
  private Cordon cordon;
  private String url;

  @Setup(Level.Trial)
  public void file() {
    file = Ledgers.csv(rows);
  }

  @Setup(Level.Invocation)
  public void freshDatabase() {
    url = "jdbc:h2:mem:bench" + DATABASES.incrementAndGet();
    // the adapter creates the schema (and keeps the in-memory database open until closed)
    cordon = Ledgers.withMasterData(Cordon.open(url));
  }

  @TearDown(Level.Invocation)
  public void close() {
    cordon.close();
  }

  /** Cordon: CSV → validated entries → H2, with the entry rules. */
  @Benchmark
  public ImportSummary cordon() throws IOException {
    ImportSummary s = CsvImporter.of(cordon).importFrom(ImportKind.ENTRIES, file, ImportOptions.defaults());
    if (s.imported() != rows) {
      throw new IllegalStateException("stored " + s.imported() + " of " + rows + ": " + s);
    }
    return s;
  }

  /** Baseline: H2's CSVREAD into the same table. */
  @Benchmark
  public int baseline() throws SQLException {
    // CSVREAD takes its file name as a literal, not a parameter
    String sql = String.format(CSVREAD_INSERT, file.toAbsolutePath().toString().replace("'", "''"));
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      int n = s.executeUpdate(sql);
      if (n != rows) {
        throw new IllegalStateException("inserted " + n + " of " + rows);
      }
      return n;
    }
  }
}

package dev.cordon.benchmarks;

import dev.cordon.adapters.jdbc.JdbcOptions;
import dev.cordon.adapters.jdbc.JdbcStorage;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.storage.BatchOutcome;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.postgresql.PGConnection;

/**
 * "Store into PostgreSQL": the JDBC adapter's batched, idempotent writes of {@code rows} entries
 * ({@code entries().putAll} in batches of 500, each checked against the stored rows and inserted
 * unless present) against {@code COPY cordon_entry (…) FROM STDIN} (pgjdbc {@code CopyManager}) of
 * the same rows as CSV text, JSON bodies included, prepared beforehand. The table is emptied before
 * each invocation (not timed).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PostgresWriteBenchmark {
  private static final String COLUMNS = "id, site_id, occurred_at, entry_day, person_id, category, decision,"
      + " temperature, health_code, supersedes, body";

  @Param("100000")
  public int rows;

  /** Entries per {@code putAll} call (one transaction each), as the importer's default batch. */
  @Param("500")
  public int batch;

  /** Extra pgjdbc URL parameters for Cordon's connections, e.g. {@code reWriteBatchedInserts=true}. */
  @Param("")
  public String urlOptions;

  private PostgresServer server;
  private String url;
  private JdbcStorage storage;
  private List<Entry> entries;
  private String copyText;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    server = PostgresServer.start();
    url = server.newDatabase("cordon_bench");
    String cordonUrl = urlOptions.isEmpty() ? url : url + (url.contains("?") ? "&" : "?") + urlOptions;
    storage = JdbcStorage.open(cordonUrl, JdbcOptions.defaults().withCredentials(server.user(), server.password()));
    entries = Ledgers.entries(rows);
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    StringBuilder sb = new StringBuilder(rows * 700);
    for (Entry e : entries) {
      sb.append(e.id().value()).append(',').append(e.site().value()).append(',').append(e.at()).append(',')
          .append(e.localDate(zone)).append(',').append(e.entrant().personId().map(Object::toString).orElse(""))
          .append(',').append(e.entrant().category().name()).append(',').append(e.decision().name()).append(',')
          .append(e.temperature().map(Object::toString).orElse("")).append(',')
          .append(e.healthCode().map(Enum::name).orElse("")).append(',')
          .append(e.supersedes().map(Object::toString).orElse("")).append(',')
          .append('"').append(CordonJson.write(e).replace("\"", "\"\"")).append('"').append('\n');
    }
    copyText = sb.toString();
    // schema 6 partitions cordon_entry by month, and Cordon creates a month's partition on its first
    // write; the baseline's bare COPY needs them to exist: write once (TRUNCATE keeps the partitions)
    for (int from = 0; from < entries.size(); from += batch) {
      storage.entries().putAll(entries.subList(from, Math.min(entries.size(), from + batch)));
    }
  }

  @Setup(Level.Invocation)
  public void emptyTable() throws SQLException {
    try (Connection c = server.connect(url); Statement s = c.createStatement()) {
      s.execute("TRUNCATE cordon_entry");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    storage.close();
    server.close();
  }

  /** Cordon: the adapter's batched writes. */
  @Benchmark
  public long cordon() {
    long stored = 0;
    for (int from = 0; from < entries.size(); from += batch) {
      BatchOutcome o = storage.entries().putAll(entries.subList(from, Math.min(entries.size(), from + batch)));
      stored += o.stored();
    }
    if (stored != rows) {
      throw new IllegalStateException("stored " + stored + " of " + rows);
    }
    return stored;
  }

  /** Baseline: COPY FROM STDIN of the same rows. */
  @Benchmark
  public long baseline() throws SQLException, IOException {
    try (Connection c = server.connect(url)) {
      long n = c.unwrap(PGConnection.class).getCopyAPI()
          .copyIn("COPY cordon_entry (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)", new StringReader(copyText));
      if (n != rows) {
        throw new IllegalStateException("copied " + n + " of " + rows);
      }
      return n;
    }
  }
}

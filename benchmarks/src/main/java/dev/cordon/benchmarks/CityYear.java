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
import java.util.function.Function;

/**
 * "A city's year" (issue 18): a prevention office over 100 organisations on PostgreSQL, and the cost of
 * one day's work at 1 month and at 12 months of history. A plain program rather than a JMH benchmark:
 * what is measured is the same day's work on a database of one month and on one of twelve, and on a
 * shared machine the two are only comparable when measured side by side, iteration by iteration.
 *
 * <p>Sequence: master data (units, sites, {@code orgs × staff} employees); the month before the day of
 * work {@code D} (2022-11) is loaded (the entry port's {@code putAll} in batches of 5,000, then the
 * entry rules over the day with {@code checks().checkEntries}, which store their findings), {@code VACUUM
 * ANALYZE}; that database is copied ({@code CREATE DATABASE … TEMPLATE}) and the copy gets the other
 * eleven months (2021-12 … 2022-10) the same way. Then the four jobs on the same day {@code D}, on both
 * databases: (a) import of {@code D}'s ledger through {@code entries().recordAll} in batches of 1,000
 * (the day's entries and findings are deleted with SQL before each, not timed); (b)
 * {@code checks().run(D, D+1)}; (c) {@code reports().daily(D)} for the whole city; (d)
 * {@code reports().findings} of the month before {@code D}.
 *
 * <p>Each job: warm-up on both, then iterations of at least {@code iteration} seconds each (as many
 * operations as fit), alternating month, year, year, month …, until the 99.9 % confidence half-width
 * (Student's t, as JMH reports it) is under 5 % of the mean on both sides, or {@code maxIterations}
 * rounds, or {@code budget} seconds. The ratio is also given as the mean of the per-round ratios, with
 * its error. Results go to a JSON file read by {@link Summary}.
 *
 * <p>Usage: {@code CityYear out.json} with system properties {@code city.orgs} (100), {@code city.staff}
 * (2000), {@code city.perPersonDay} (0.02), {@code city.warmup} (5 s), {@code city.iteration} (1 s),
 * {@code city.maxIterations} (40), {@code city.budget} (40 s per job), {@code city.history}
 * ({@code service} to load history through {@code entries().recordAll} instead of the port),
 * {@code city.checkHistory} ({@code true}: also run every rule over the history, a month per
 * {@code checks().run}, so that the history holds the findings of the daily checks too).
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
  private final boolean checkHistory = Boolean.getBoolean("city.checkHistory");
  private final boolean viaService = "service".equals(System.getProperty("city.history"));
  private PostgresServer server;

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
    Db month = null;
    Db year = null;
    try {
      String monthUrl = server.newDatabase("cordon_city_month");
      month = new Db(monthUrl);
      long t0 = System.nanoTime();
      masterData(month.cordon);
      shape.put("masterDataSeconds", seconds(t0));

      LocalDate monthStart = DAY.minusMonths(1);
      LocalDate yearStart = DAY.minusMonths(12);
      long t1 = System.nanoTime();
      long rows1 = load(month, monthStart, DAY);
      shape.put("rowsMonth", rows1).put("loadMonthSeconds", seconds(t1));
      // the year's database starts as a copy of the month's (CREATE DATABASE … TEMPLATE), then grows
      month.close();
      String yearUrl = server.newDatabase("cordon_city_year", "cordon_city_month");
      month = new Db(monthUrl);
      year = new Db(yearUrl);
      long t2 = System.nanoTime();
      long rows11 = load(year, yearStart, monthStart);
      shape.put("rowsYear", rows1 + rows11).put("loadElevenMonthsSeconds", seconds(t2));
      measureAll(month, year, results);
      shape.set("tableSizesMonth", tableSizes(month));
      shape.set("tableSizesYear", tableSizes(year));
      shape.put("totalSeconds", seconds(started));
    } finally {
      if (month != null) {
        month.close();
      }
      if (year != null) {
        year.close();
      }
      server.close();
    }
    return json;
  }

  /** One database and the Cordon on it. */
  private final class Db implements AutoCloseable {
    final String url;
    final JdbcStorage storage;
    final Cordon cordon;

    Db(String url) {
      this.url = url;
      this.storage = JdbcStorage.open(url, JdbcOptions.defaults().withCredentials(server.user(), server.password()));
      this.cordon = Cordon.builder().storage(storage).build();
    }

    @Override
    public void close() {
      cordon.close();
      storage.close();
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private void masterData(Cordon cordon) {
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
  private long load(Db db, LocalDate from, LocalDate to) throws SQLException {
    Cordon cordon = db.cordon;
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
        record(cordon, day);
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
    long checkNanos = 0;
    if (checkHistory) {
      // the day's check as the office would have run it, a month at a time: its findings are history too
      long a = System.nanoTime();
      for (LocalDate m = from; m.isBefore(to); m = m.plusMonths(1)) {
        LocalDate end = m.plusMonths(1).isBefore(to) ? m.plusMonths(1) : to;
        cordon.checks().run(m, end);
      }
      checkNanos = System.nanoTime() - a;
    }
    double s = seconds(t);
    try (Connection c = server.connect(db.url); Statement st = c.createStatement()) {
      st.execute("VACUUM ANALYZE");
    }
    OUT.printf(Locale.ROOT, "CITY loaded %s … %s: %,d rows in %.1f s (%,.0f rows/s; %s), then VACUUM ANALYZE%n",
        from, to.minusDays(1), rows, s, rows / s, (viaService ? "entries().recordAll"
            : String.format(Locale.ROOT, "port putAll %.1f s, entry rules %.1f s", storeNanos / 1e9, ruleNanos / 1e9))
            + (checkHistory ? String.format(Locale.ROOT, ", checks().run by month %.1f s", checkNanos / 1e9) : ""));
    return rows;
  }

  private static void record(Cordon cordon, List<Entry> day) {
    for (int from = 0; from < day.size(); from += BATCH) {
      cordon.entries().recordAll(day.subList(from, Math.min(day.size(), from + BATCH)));
    }
  }

  private void measureAll(Db month, Db year, ArrayNode results) {
    List<Entry> today = city.entriesOn(DAY);
    LocalDate next = DAY.plusDays(1);
    LocalDate monthStart = DAY.minusMonths(1);
    // (a) import of the day: delete the day (not timed), record it through the entry service (timed)
    measure("import", today.size(), results, db -> new Job() {
      @Override
      public void before() {
        deleteDay(db.url);
      }

      @Override
      public long run() {
        record(db.cordon, today);
        return today.size();
      }
    }, month, year);
    // (b) the day's check: every rule over [D, D+1)
    measure("check", today.size(), results, db -> () -> db.cordon.checks().run(DAY, next).findings().size(),
        month, year);
    // (c) the city's daily roll-up
    measure("daily", today.size(), results,
        db -> () -> db.cordon.reports().daily(DAY, Optional.empty()).units().size(), month, year);
    // (d) the month's findings report
    measure("findings", today.size(), results, db -> () -> db.cordon.reports()
        .findings(monthStart, DAY, Optional.empty(), Set.of(), Set.of(), Set.of()).findings().size(), month, year);
  }

  private void deleteDay(String dbUrl) {
    try (Connection c = server.connect(dbUrl);
        PreparedStatement e = c.prepareStatement("DELETE FROM cordon_entry WHERE entry_day = ?");
        PreparedStatement f = c.prepareStatement("DELETE FROM cordon_finding WHERE finding_date = ?")) {
      e.setObject(1, DAY);
      e.executeUpdate();
      try (PreparedStatement k = c.prepareStatement(
          "DELETE FROM cordon_entry_key WHERE entry_day = ?")) {
        // schema 6 claims each entry's id in cordon_entry_key: free the day's ids too, or the import
        // would find them taken and store nothing
        k.setObject(1, DAY);
        k.executeUpdate();
      }
      f.setObject(1, DAY);
      f.executeUpdate();
    } catch (SQLException x) {
      throw new IllegalStateException(x);
    }
  }

  private ObjectNode tableSizes(Db db) throws SQLException {
    ObjectNode sizes = new ObjectMapper().createObjectNode();
    try (Connection c = server.connect(db.url); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT relname, n_live_tup FROM pg_stat_user_tables"
            + " WHERE relname IN ('cordon_entry', 'cordon_finding', 'cordon_person') ORDER BY relname")) {
      while (r.next()) {
        sizes.put(r.getString(1), r.getLong(2));
      }
    }
    return sizes;
  }

  /** A timed operation; {@link #before} runs before each, outside the clock. */
  interface Job {
    /** Not timed. */
    default void before() {}

    /** Timed; returns what it did (rows, findings, report rows), printed as a sanity check. */
    long run();
  }

  /** One side's iterations. */
  private static final class Side {
    final List<Double> perOp = new ArrayList<>();
    long ops;
    long what;

    double mean() {
      return perOp.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    double error() {
      return halfWidth(perOp, mean());
    }

    double relative() {
      return error() / mean();
    }
  }

  /**
   * Measures {@code job} on both databases, iterations alternating (month, year, year, month, …) so that
   * the machine's load at any moment falls on both alike.
   */
  private void measure(String name, long rows, ArrayNode results, Function<Db, Job> job,
      Db month, Db year) {
    Job[] ops = {job.apply(month), job.apply(year)};
    Side[] sides = {new Side(), new Side()};
    long warmEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
    for (int w = 0; w < 3 || System.nanoTime() < warmEnd; w++) {
      for (Job op : ops) {
        op.before();
        op.run();
      }
    }
    List<Double> ratios = new ArrayList<>();
    long budgetEnd = System.nanoTime() + (long) (budgetSeconds * 1e9);
    int round = 0;
    while (round < 5 || ((sides[0].relative() > 0.05 || sides[1].relative() > 0.05)
        && round < maxIterations && System.nanoTime() < budgetEnd)) {
      int[] order = round % 2 == 0 ? new int[] {0, 1} : new int[] {1, 0};
      for (int i : order) {
        iteration(ops[i], sides[i]);
      }
      ratios.add(sides[1].perOp.get(round) / sides[0].perOp.get(round));
      round++;
    }
    double ratioMean = ratios.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double ratioErr = halfWidth(ratios, ratioMean);
    for (int i = 0; i < 2; i++) {
      Side s = sides[i];
      int months = i == 0 ? 1 : 12;
      ObjectNode r = results.addObject();
      r.put("job", name).put("months", months).put("msPerOp", s.mean()).put("errorMs", s.error())
          .put("iterations", s.perOp.size()).put("ops", s.ops).put("rows", rows).put("result", s.what);
      ArrayNode each = r.putArray("msPerOpByIteration");
      s.perOp.forEach(x -> each.add(Math.round(x * 1000) / 1000.0));
      OUT.printf(Locale.ROOT, "CITY %-8s %2d month(s): %10.2f ± %8.2f ms/op (%.1f %%), %d iterations, %d ops, result %d%n",
          name, months, s.mean(), s.error(), 100 * s.relative(), s.perOp.size(), s.ops, s.what);
    }
    ObjectNode r = results.addObject();
    r.put("job", name).put("pairedRatio", ratioMean).put("pairedRatioError", ratioErr);
    OUT.printf(Locale.ROOT, "CITY %-8s ratio 12 ÷ 1 month: %.3f (mean of paired iterations %.3f ± %.3f)%n", name,
        sides[1].mean() / sides[0].mean(), ratioMean, ratioErr);
  }

  private void iteration(Job op, Side side) {
    long timed = 0;
    int n = 0;
    while (timed < iterationSeconds * 1e9 || n == 0) {
      op.before();
      long a = System.nanoTime();
      side.what = op.run();
      timed += System.nanoTime() - a;
      n++;
    }
    side.ops += n;
    side.perOp.add(timed / 1e6 / n);
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

package dev.cordon.benchmarks;

import dev.cordon.Cordon;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.report.DailyReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * "Daily report": the report of one fixed day, the last of {@code days} days of ledger history in H2
 * (recorded through the entry service, so the rules' findings are there too). The baseline is the
 * same report with one day of history: the growth ratio is {@code time(days) / time(1)}.
 *
 * <p>A report takes a few milliseconds, so its error is the spread between iterations: with three
 * iterations JMH's 99.9 % half-width is 31.6 standard errors (Student's t, 2 degrees of freedom) and
 * came out larger than the value, and the JIT had not settled after a few 1-second warm-ups (the first
 * 20 s run up to ten times slower). Ten 2-second warm-ups, then fifteen iterations (t = 4.1), are the
 * settings here and in {@code benchmarks/run}'s short run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 15, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class DailyReportBenchmark {
  private static final int BATCH = 500;
  /** The day reported, counted from the ledger's first day: a Wednesday, 2022-01-12, in the demo. */
  private static final int REPORTED_DAY = 103;

  @Param({"1", "30", "100"})
  public int days;

  private Cordon cordon;
  private LocalDate last;

  @Setup(Level.Trial)
  public void setUp() {
    cordon = Ledgers.withMasterData(Cordon.open("jdbc:h2:mem:report" + days));
    // every variant reports the same day, so only the history before it differs
    last = Ledgers.source().firstDay().plusDays(REPORTED_DAY);
    for (LocalDate d = last.minusDays(days - 1L); !d.isAfter(last); d = d.plusDays(1)) {
      List<Entry> day = Ledgers.source().entriesOn(d);
      for (int from = 0; from < day.size(); from += BATCH) {
        cordon.entries().recordAll(day.subList(from, Math.min(day.size(), from + BATCH)));
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    cordon.close();
  }

  /** The report of the last day. */
  @Benchmark
  public DailyReport report() {
    return cordon.reports().daily(last, Optional.empty());
  }
}

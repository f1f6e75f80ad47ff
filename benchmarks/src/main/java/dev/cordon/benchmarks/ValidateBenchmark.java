package dev.cordon.benchmarks;

import dev.cordon.Cordon;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.Entrant;
import dev.cordon.core.validation.Validation;
import dev.cordon.core.validation.Violation;
import jakarta.validation.Validator;
import java.util.ArrayList;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * "Validate and check entries": Cordon's structural validation (the Bean Validation constraints and
 * invariants of the entry and its entrant, as their builders check them — plain code first,
 * Hibernate Validator when a constraint may fail — the policy's plausibility and the references to stored
 * sites and employees, {@code EntryService.problemsOf}) and the entry rules run per batch of 500
 * ({@code Checks.checkEntries}, as after an import batch), against Hibernate Validator's bare
 * {@code validate()} of the same beans. Master data in memory storage, so the storage is not what is
 * measured. One operation handles {@code rows} entries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ValidateBenchmark {
  private static final int BATCH = 500;

  @Param("20000")
  public int rows;

  private List<Entry> entries;
  private Cordon cordon;
  private Validator validator;

  @Setup(Level.Trial)
  public void setUp() {
    entries = Ledgers.entries(rows);
    cordon = Ledgers.withMasterData(Cordon.open("memory:"));
    validator = Validation.validator();
    for (Entry e : entries) {
      if (!cordon.entries().problemsOf(e).isEmpty()) {
        throw new IllegalStateException("a generated entry is malformed: " + e);
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    cordon.close();
  }

  /** Cordon: validation, service checks and the entry rules. */
  @Benchmark
  public long cordon(Blackhole bh) {
    long findings = 0;
    List<Entry> batch = new ArrayList<>(BATCH);
    for (Entry e : entries) {
      // what the importer runs per row: build() checks the entrant and the entry (their constraints
      // and invariants), then the checks against the policy and the master data
      Entry built = Entry.builder().from(e).entrant(Entrant.builder().from(e.entrant()).build()).build();
      List<Violation> v = new ArrayList<>(cordon.entries().problemsOf(built));
      bh.consume(v);
      batch.add(e);
      if (batch.size() == BATCH) {
        findings += cordon.checks().checkEntries(batch).findings().size();
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      findings += cordon.checks().checkEntries(batch).findings().size();
    }
    return findings;
  }

  /** Baseline: Hibernate Validator's {@code validate()} of each entry and its entrant. */
  @Benchmark
  public void baseline(Blackhole bh) {
    for (Entry e : entries) {
      bh.consume(validator.validate(e));
      bh.consume(validator.validate(e.entrant()));
    }
  }
}

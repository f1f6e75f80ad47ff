package dev.cordon.spring.boot;

import dev.cordon.Cordon;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingFilter;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.rules.CheckRun;
import dev.cordon.core.storage.BatchOutcome;
import dev.cordon.core.validation.CordonValidationException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Cordon's Micrometer meters, and the calls that feed them. Cordon's services return what they did
 * ({@link BatchOutcome}, {@link CheckRun}), so the metrics are taken from those outcomes: call
 * Cordon through these methods where you want the call counted. The library itself is unchanged.
 *
 * <ul>
 *   <li>{@code cordon.rows.imported} (tags {@code kind}, {@code outcome}: {@code stored} or
 *       {@code already-present}) — rows given to Cordon and accepted;
 *   <li>{@code cordon.rows.rejected} (tag {@code kind}) — rows refused as malformed (a refused batch
 *       counts all its rows: nothing of it is stored);
 *   <li>{@code cordon.findings.raised} (tag {@code rule}) — findings a check created that were not
 *       stored before (a re-run raises nothing again);
 *   <li>{@code cordon.check.duration} (tag {@code outcome}) and {@code cordon.report.duration} (tags
 *       {@code report}, {@code outcome}) — timers.
 * </ul>
 */
public class CordonMetrics {
  private final MeterRegistry registry;

  /**
   * Meters registered in {@code registry}.
   *
   * @param registry the registry
   */
  public CordonMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * Runs {@code batch} (a service call such as {@code cordon.entries().recordAll(list)}) of
   * {@code rows} rows of {@code kind} and counts its rows: stored and already present, or all
   * rejected when the batch is refused as malformed (the exception is rethrown).
   *
   * @param kind the kind of record, a meter tag ({@code entries}, {@code people} …)
   * @param rows how many rows the batch holds
   * @param batch the service call that stores them
   * @return the batch's outcome
   */
  public BatchOutcome recorded(String kind, int rows, Supplier<BatchOutcome> batch) {
    BatchOutcome outcome;
    try {
      outcome = batch.get();
    } catch (CordonValidationException e) {
      rejected(kind, rows);
      throw e;
    }
    imported(kind, outcome.stored(), outcome.alreadyPresent());
    return outcome;
  }

  /**
   * Counts rows an import accepted: for the CSV importer,
   * {@code imported(summary.kind().name(), summary.imported(), summary.alreadyPresent())} and
   * {@code rejected(summary.kind().name(), summary.rejected())}.
   *
   * @param kind the kind
   * @param stored the number of rows stored
   * @param alreadyPresent the number of rows already stored
   */
  public void imported(String kind, long stored, long alreadyPresent) {
    counter("cordon.rows.imported", "Rows given to Cordon and accepted", "kind", kind, "outcome", "stored")
        .increment(stored);
    counter("cordon.rows.imported", "Rows given to Cordon and accepted", "kind", kind, "outcome",
        "already-present").increment(alreadyPresent);
  }

  /**
   * Counts rows an import refused as malformed.
   *
   * @param kind the kind
   * @param rows the rows
   */
  public void rejected(String kind, long rows) {
    counter("cordon.rows.rejected", "Rows refused as malformed", "kind", kind).increment(rows);
  }

  /**
   * Runs {@code cordon.checks().run(from, to)}, timed, and counts the findings it raised per rule: those
   * whose id was not stored before the run.
   *
   * @param cordon the Cordon instance
   * @param from the start of the span, inclusive
   * @param to the end of the span, exclusive
   * @return {@code cordon.checks().run(from, to)}, timed, and counts the findings it raised per rule: those whose id was not stored before the run
   */
  public CheckRun check(Cordon cordon, LocalDate from, LocalDate to) {
    Timer.Sample sample = Timer.start(registry);
    String outcome = "error";
    try {
      Set<FindingId> before = cordon.findings().find(from, to, FindingFilter.all()).stream()
          .map(Finding::id).collect(Collectors.toSet());
      CheckRun run = cordon.checks().run(from, to);
      Map<String, Long> raised = new TreeMap<>(run.findings().stream().filter(f -> !before.contains(f.id()))
          .collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting())));
      raised.forEach((rule, n) -> counter("cordon.findings.raised", "Findings a check raised that were not stored before",
          "rule", rule).increment(n));
      outcome = "success";
      return run;
    } finally {
      sample.stop(Timer.builder("cordon.check.duration").description("Time to run Cordon's checks over a range of days")
          .tag("outcome", outcome).register(registry));
    }
  }

  /**
   * Runs {@code report} (computing a report, e.g. {@code () -> cordon.reports().daily(day, unit)}, or
   * writing one), timed under the tag {@code report=name}.
   *
   * @param <T> the type of the elements
   * @param name the name
   * @param report the report
   * @return {@code report} (computing a report, e.g. {@code () -> cordon.reports().daily(day, unit)}, or writing one), timed under the tag {@code report=name}
   */
  public <T> T report(String name, Supplier<T> report) {
    Timer.Sample sample = Timer.start(registry);
    String outcome = "error";
    try {
      T value = report.get();
      outcome = "success";
      return value;
    } finally {
      sample.stop(Timer.builder("cordon.report.duration").description("Time to compute or write a Cordon report")
          .tags("report", name, "outcome", outcome).register(registry));
    }
  }

  private Counter counter(String name, String description, String... tags) {
    return Counter.builder(name).description(description).tags(tags).register(registry);
  }
}

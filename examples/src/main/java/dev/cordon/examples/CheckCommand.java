package dev.cordon.examples;

import dev.cordon.Cordon;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.rules.CheckRun;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cordon check}: runs every rule over a range of days and stores the findings (合規檢查). */
@Command(name = "check", mixinStandardHelpOptions = true,
    header = "Run every compliance rule over a range of days.",
    description = "Runs every compliance rule over the days --from … --to (both included) and stores the "
        + "findings; re-running finds the same findings, it never duplicates them. The database must exist "
        + "(import creates it) unless --create is given.")
final class CheckCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  DbOption db;

  @Option(names = "--from", required = true, paramLabel = "DATE",
      description = "First day checked (in any form of Dates below).")
  LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day checked, included.")
  LocalDate to;

  @Option(names = "--as-of", paramLabel = "DATE|MOMENT",
      description = "When deadlines are judged (a return overdue, a follow-up still open): a day means its end, "
          + "a moment (a date and a time of day) is read in the policy's zone (default: the end of --to).")
  OptionValues.AsOf asOf;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Option(names = "--create", description = "Create the embedded database file if it does not exist "
      + "(without it, a --db file that is not there is refused).")
  boolean create;

  // the progress bar draws itself while the try block runs; the body need not touch it
  @SuppressWarnings("try")
  @Option(names = "--unit", paramLabel = "ID",
      description = "Check only this unit and the units under it (层层负责): the rules judge that subtree's records "
          + "and only findings of its units are stored.")
  String unit;

  @Override
  public Integer call() {
    if (to.isBefore(from)) {
      throw new ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Cordon whole = db.openExisting(create)) {
      CordonCli.requireSomethingImported(whole, db.url);
      if (unit != null && whole.directory().unit(dev.cordon.core.org.UnitId.of(unit)).isEmpty()) {
        throw new ParameterException(spec.commandLine(), "no unit " + unit);
      }
      Cordon cordon = unit == null ? whole : whole.scopedTo(dev.cordon.core.org.UnitId.of(unit));
      java.time.ZoneId zone = cordon.policies().latest().zone(); // the zone Checks judges in
      java.time.Instant judged = asOf == null ? to.plusDays(1).atStartOfDay(zone).toInstant() : asOf.in(zone);
      if (judged.isBefore(from.atStartOfDay(zone).toInstant())) {
        throw new ParameterException(spec.commandLine(), "--as-of " + asOf.text() + " is before --from " + from
            + ": deadlines are judged after the days checked begin");
      }
      CheckRun run;
      try (Progress p = Progress.start(spec.commandLine().getErr(), "checking " + from + " … " + to, 0)) {
        run = cordon.checks().run(from, to.plusDays(1), judged);
      }
      String policies = cordon.describe().get("policySource") + " " + cordon.describe().get("policies");
      if (json) {
        Map<String, Object> m = asJson(run);
        m.put("policies", policies);
        out.println(CordonJson.write(m));
      } else {
        print(out, run);
        out.println("Judged by the policies " + policies
            + (policies.startsWith("defaults") ? "; store your own with: cordon import --kind policies FILE.json" : "")
            + ".");
      }
    }
    return CordonCli.OK;
  }

  static Map<String, Long> byRule(List<Finding> findings) {
    Map<String, Long> m = new TreeMap<>();
    findings.forEach(f -> m.merge(f.ruleId(), 1L, Long::sum));
    return m;
  }

  private static void print(PrintWriter out, CheckRun run) {
    out.printf("Checked %s … %s with %d rules: %d findings (%d new, %d updated, %d unchanged).%n",
        run.from(), run.to().minusDays(1), run.rules().size(), run.findings().size(), run.created(), run.updated(),
        run.unchanged());
    out.printf("Deadlines judged at %s.%n", run.asOf());
    byRule(run.findings()).forEach((rule, n) -> out.printf("  %-28s %6d%n", rule, n));
    if (!run.skipped().isEmpty()) {
      out.println("Switched off by the policy: " + String.join(", ", run.skipped()));
    }
  }

  private static Map<String, Object> asJson(CheckRun run) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from", run.from());
    m.put("to", run.to().minusDays(1));
    m.put("asOf", run.asOf());
    m.put("rules", run.rules());
    m.put("skipped", run.skipped());
    m.put("findings", run.findings().size());
    m.put("created", run.created());
    m.put("updated", run.updated());
    m.put("unchanged", run.unchanged());
    m.put("byRule", byRule(run.findings()));
    m.put("findingIds", run.findings().stream().map(f -> f.id().value()).toList());
    return m;
  }
}

package dev.cordon.examples;

import dev.cordon.Cordon;
import dev.cordon.core.dining.DiningPlan;
import dev.cordon.core.dining.DiningProblem;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.storage.BatchOutcome;
import dev.cordon.core.supply.AllocationPlan;
import dev.cordon.core.supply.AllocationPlanId;
import dev.cordon.core.supply.SupplyItemId;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cordon plan supplies|dining}: the supply allocation (按需調撥) and canteen sitting (錯峰就餐) planners. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    header = "Plan the distribution of supplies or a canteen's sittings.",
    description = "Plans the distribution of prevention supplies or a canteen's staggered sittings.",
    subcommands = {PlanCommand.Supplies.class, PlanCommand.Dining.class})
final class PlanCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing plan: choose supplies or dining");
  }

  /** {@code cordon plan supplies}. */
  @Command(name = "supplies", mixinStandardHelpOptions = true,
      header = "Share the reserve's stock of an item among units by need.",
      description = "Shares the reserve's usable stock of an item among units by need (their shortfall to the "
          + "reserve norm), largest remainder, keeping a minimum at the reserve; --execute records the transfers. "
          + "Without --execute the database is opened read-only.")
  static final class Supplies implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--date", required = true, paramLabel = "DATE", description = "The day of the plan.")
    LocalDate date;

    @Option(names = "--at", paramLabel = "TIME", defaultValue = "09:00",
        description = "Local time of the transfers; stock before it counts (default: ${DEFAULT-VALUE}).")
    LocalTime at;

    @Option(names = "--item", paramLabel = "ID", defaultValue = "I-MASK", description = "Supply item (default: ${DEFAULT-VALUE}).")
    String item;

    @Option(names = "--reserve", paramLabel = "UNIT", required = true, description = "The unit holding the reserve.")
    String reserve;

    @Option(names = "--minimum", paramLabel = "N", defaultValue = "0",
        description = "Quantity kept at the reserve (保底庫存, default: ${DEFAULT-VALUE}).")
    BigDecimal minimum;

    @Option(names = "--unit", paramLabel = "UNIT", split = ",",
        description = "Units to supply (default: every unit except the reserve).")
    List<String> units;

    @Option(names = "--execute", description = "Record the plan's transfers (all or none).")
    boolean execute;

    @Option(names = "--json", description = "Print the plan as JSON.")
    boolean json;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Cordon cordon = execute ? db.openExisting() : db.openForReading()) {
        CordonCli.requireSomethingImported(cordon, db.url);
        List<UnitId> to = units == null ? null : units.stream().map(UnitId::of).toList();
        if (to != null) {
          requireUnits(spec, cordon, to);
        }
        requireUnits(spec, cordon, List.of(UnitId.of(reserve)));
        if (cordon.storage().supplyItems().get(SupplyItemId.of(item)).isEmpty()) {
          throw new ParameterException(spec.commandLine(), "no supply item " + item);
        }
        AllocationPlan plan = supplies(cordon, date, at, SupplyItemId.of(item), UnitId.of(reserve), minimum, to);
        out.print(json ? CordonJson.write(plan) + System.lineSeparator() : PlanOutput.supplies(cordon, plan));
        if (execute) {
          BatchOutcome o = cordon.supplyPlanning().execute(plan);
          out.printf("Executed: %d transfers recorded, %d already recorded.%n", o.stored(), o.alreadyPresent());
        }
      }
      return CordonCli.OK;
    }
  }

  private static void requireUnits(CommandSpec spec, Cordon cordon, List<UnitId> units) {
    for (UnitId u : units) {
      if (cordon.directory().unit(u).isEmpty()) {
        throw new ParameterException(spec.commandLine(), "no unit " + u.value());
      }
    }
  }

  /** The supply plan of {@code item} on {@code date}; {@code units} null for every unit but the reserve. */
  static AllocationPlan supplies(Cordon cordon, LocalDate date, LocalTime at, SupplyItemId item, UnitId reserve,
      BigDecimal minimum, List<UnitId> units) {
    List<UnitId> to = units;
    if (to == null) {
      try (Stream<Unit> all = cordon.storage().units().all()) {
        to = all.map(Unit::id).filter(u -> !u.equals(reserve)).sorted().toList();
      }
    }
    Instant when = date.atTime(at).atZone(cordon.policies().policyOn(date).zone()).toInstant();
    AllocationPlanId id = AllocationPlanId.of("ALLOC-" + item.value() + "-" + date);
    return cordon.supplyPlanning().plan(id, item, reserve, minimum, to, when);
  }

  /** {@code cordon plan dining}. */
  @Command(name = "dining", mixinStandardHelpOptions = true,
      header = "Plan a canteen's staggered sittings and check them.",
      description = "Plans a canteen's staggered sittings: units into sittings of at most seats × density, a "
          + "cleaning gap between sittings, a unit larger than a sitting split; then checks the plan and the day's "
          + "canteen entries (CANTEEN-OVER-CAPACITY). Opens the database read-only.")
  static final class Dining implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--canteen", required = true, paramLabel = "SITE", description = "The canteen (a site id).")
    String canteen;

    @Option(names = "--date", required = true, paramLabel = "DATE", description = "The day.")
    LocalDate date;

    @Option(names = "--from", defaultValue = "11:30", paramLabel = "TIME", description = "Serving starts (default: ${DEFAULT-VALUE}).")
    LocalTime from;

    @Option(names = "--to", defaultValue = "13:30", paramLabel = "TIME", description = "Serving ends (default: ${DEFAULT-VALUE}).")
    LocalTime to;

    @Option(names = "--length", defaultValue = "30", paramLabel = "MIN", description = "Minutes a sitting (default: ${DEFAULT-VALUE}).")
    int length;

    @Option(names = "--gap", defaultValue = "10", paramLabel = "MIN", description = "Cleaning gap in minutes (default: ${DEFAULT-VALUE}).")
    int gap;

    @Option(names = "--unit", paramLabel = "UNIT", split = ",",
        description = "Units that eat there (default: the canteen's owner).")
    List<String> units;

    @Option(names = "--json", description = "Print the plan as JSON.")
    boolean json;

    @Override
    public Integer call() {
      if (length <= 0 || gap < 0 || !to.isAfter(from)) {
        throw new ParameterException(spec.commandLine(), "need --length > 0, --gap >= 0 and --to after --from");
      }
      PrintWriter out = spec.commandLine().getOut();
      try (Cordon cordon = db.openForReading()) {
        CordonCli.requireSomethingImported(cordon, db.url);
        SiteId site = SiteId.of(canteen);
        Site found = cordon.storage().sites().get(site).orElseThrow(
            () -> new ParameterException(spec.commandLine(), "no site " + canteen));
        List<UnitId> eating = units != null ? units.stream().map(UnitId::of).toList() : List.of(found.owner());
        requireUnits(spec, cordon, eating);
        DiningPlan plan = dining(cordon, site, date, from, to, length, gap, eating);
        List<DiningProblem> problems = cordon.dining().check(plan);
        if (json) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("plan", plan);
          m.put("problems", problems.stream().map(p -> p.message(java.util.Locale.ENGLISH)).toList());
          out.println(CordonJson.write(m));
        } else {
          out.print(PlanOutput.dining(cordon, plan, problems));
        }
      }
      return CordonCli.OK;
    }
  }

  /** The sittings of {@code canteen} on {@code date} for {@code units}. */
  static DiningPlan dining(Cordon cordon, SiteId canteen, LocalDate date, LocalTime from, LocalTime to, int length,
      int gap, List<UnitId> units) {
    return cordon.dining().plan(canteen, date, from, to, Duration.ofMinutes(length), Duration.ofMinutes(gap),
        cordon.dining().parties(units));
  }
}

package dev.cordon.tck.rules;

import dev.cordon.Cordon;
import dev.cordon.core.dining.DiningPlan;
import dev.cordon.core.disinfection.DisinfectionRecord;
import dev.cordon.core.duty.Assignment;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.finding.FindingStatus;
import dev.cordon.core.finding.Review;
import dev.cordon.core.inspection.Inspection;
import dev.cordon.core.notice.Notice;
import dev.cordon.core.org.Unit;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.risk.RiskArea;
import dev.cordon.core.rules.BuiltInRules;
import dev.cordon.core.rules.CheckRun;
import dev.cordon.core.site.Site;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The rule test kit (規則測試工具): given records and a policy, when a rule is checked over days,
 * then these findings. It stores the records in a fresh {@code memory:} storage and runs only the
 * rule under test through Cordon's own check engine — with the policy's switches and severities,
 * the finding ids, the review status kept across re-runs and the extension of condition ranges
 * exactly as in production.
 *
 * <pre>{@code
 * List<Finding> findings = RuleKit.forRule(new HallAfterHours())
 *     .given(hq, hall, visitorAdmittedAt0750)
 *     .policy(PreventionPolicy.defaults().build())
 *     .checkedOver(LocalDate.of(2021, 10, 25), LocalDate.of(2021, 10, 26))
 *     .findings();
 * }</pre>
 *
 * <p>Records are units, people, sites, supply items, entries, travel declarations, risk areas,
 * stock movements, assignments, disinfection records, inspections, notices, adopted dining plans and
 * findings already stored (e.g. the ones a notice names) (any mix, in any order: master data is stored first, then the rest in the order given). They are
 * stored as they are, without the services' validation or the entry rules that run when an entry
 * is recorded, so only the rule under test produces findings. Each {@code checkedOver} starts from
 * a new storage; {@link Checked#thenCheckedOver} runs again on the same one.
 */
public final class RuleKit {
  private final Rule rule;
  private final List<Object> records = new ArrayList<>();
  private PolicyHistory policies = PolicyHistory.of(PreventionPolicy.defaults().build());

  private RuleKit(Rule rule) {
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /**
   * A kit for {@code rule}: a plug-in's rule, or one of the built-in rules.
   *
   * @param rule the rule
   * @return a kit for {@code rule}: a plug-in's rule, or one of the built-in rules
   */
  public static RuleKit forRule(Rule rule) {
    return new RuleKit(rule);
  }

  /**
   * A kit for {@code rule} over the records and policies of {@code scenario}.
   *
   * @param rule the rule
   * @param scenario the scenario
   * @return a kit for {@code rule} over the records and policies of {@code scenario}
   */
  public static RuleKit forRule(Rule rule, Scenario scenario) {
    return forRule(rule).given(scenario.records().toArray()).policies(scenario.policies());
  }

  /**
   * Adds records to store before the check.
   *
   * @param more further values
   * @return records to store before the check
   */
  public RuleKit given(Object... more) {
    Arrays.stream(more).forEach(r -> records.add(Objects.requireNonNull(r, "record")));
    return this;
  }

  /**
   * The policy in force on every date (default {@link PreventionPolicy#defaults()}).
   *
   * @param policy the prevention policy
   * @return the policy in force on every date (default {@link PreventionPolicy#defaults()})
   */
  public RuleKit policy(PreventionPolicy policy) {
    this.policies = PolicyHistory.of(policy);
    return this;
  }

  /**
   * Dated policies: each record is judged under the policy of its own date.
   *
   * @param history the policy history
   * @return Dated policies: each record is judged under the policy of its own date
   */
  public RuleKit policies(PolicyHistory history) {
    this.policies = Objects.requireNonNull(history, "history");
    return this;
  }

  /**
   * Stores the records in a new {@code memory:} storage and checks the rule over the days
   * {@code [from, to)}, deadlines judged at local midnight starting {@code to}.
   *
   * @param from the start of the span, inclusive
   * @param to the end of the span, exclusive
   * @return the records in a new {@code memory:} storage and checks the rule over the days {@code [from, to)}, deadlines judged at local midnight starting {@code to}
   */
  public Checked checkedOver(LocalDate from, LocalDate to) {
    return open().thenCheckedOver(from, to);
  }

  /**
   * Stores the records in a new {@code memory:} storage and checks the rule over the days
   * {@code [from, to)}, deadlines (overdue returns, unreported returns, follow-up) judged at
   * {@code asOf}.
   *
   * @param from the start of the span, inclusive
   * @param to the end of the span, exclusive
   * @param asOf the instant the answer holds at
   * @return the records in a new {@code memory:} storage and checks the rule over the days {@code [from, to)}, deadlines (overdue returns, unreported returns, follow-up) judged at {@code asOf}
   */
  public Checked checkedOver(LocalDate from, LocalDate to, Instant asOf) {
    return open().thenCheckedOver(from, to, asOf);
  }

  /**
   * Stores the records in a new {@code memory:} storage and checks the rule one day at a time,
   * {@code from} up to {@code to} (exclusive) — as a nightly job would.
   *
   * @param from the start of the span, inclusive
   * @param to the end of the span, exclusive
   * @return the records in a new {@code memory:} storage and checks the rule one day at a time, {@code from} up to {@code to} (exclusive) — as a nightly job would
   */
  public Checked checkedDayByDay(LocalDate from, LocalDate to) {
    Checked checked = open();
    for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
      checked.thenCheckedOver(d, d.plusDays(1));
    }
    return checked;
  }

  private Checked open() {
    Cordon.Builder builder = Cordon.builder().storage("memory:").policies(policies).discoverRules(false);
    boolean builtIn = BuiltInRules.all().stream()
        .anyMatch(r -> r.id().equals(rule.id()) && r.getClass().equals(rule.getClass()));
    if (!builtIn) {
      builder.ruleProvider(new RuleProvider() {
        @Override
        public String id() {
          return "rule-kit";
        }

        @Override
        public List<Rule> rules() {
          return List.of(rule);
        }
      });
    }
    Cordon cordon = builder.build();
    store(cordon.storage());
    return new Checked(cordon, rule.id());
  }

  private void store(Storage storage) {
    List<Object> rest = new ArrayList<>();
    for (Object r : records) {
      if (r instanceof Unit u) {
        storage.units().put(u);
      } else if (r instanceof Person p) {
        storage.people().put(p);
      } else if (r instanceof Site s) {
        storage.sites().put(s);
      } else if (r instanceof SupplyItem i) {
        storage.supplyItems().put(i);
      } else {
        rest.add(r);
      }
    }
    for (Object r : rest) {
      if (r instanceof Entry e) {
        storage.entries().put(e);
      } else if (r instanceof TravelDeclaration t) {
        storage.travel().put(t);
      } else if (r instanceof RiskArea a) {
        storage.riskAreas().put(a);
      } else if (r instanceof StockMovement m) {
        storage.stock().put(m);
      } else if (r instanceof Assignment a) {
        storage.assignments().put(a);
      } else if (r instanceof DisinfectionRecord d) {
        storage.disinfection().put(d);
      } else if (r instanceof Inspection i) {
        storage.inspections().put(i);
      } else if (r instanceof Notice n) {
        storage.notices().put(n);
      } else if (r instanceof DiningPlan p) {
        storage.diningPlans().put(p);
      } else if (r instanceof Finding f) {
        storage.findings().put(f);
      } else {
        throw new IllegalArgumentException("The rule kit cannot store a " + r.getClass().getName()
            + "; give units, people, sites, supply items, entries, travel declarations, risk areas, "
            + "stock movements, assignments, disinfection records, inspections, notices, dining plans or findings.");
      }
    }
  }

  /**
   * The outcome of one or more check runs of the rule over one storage. Closing it closes the
   * storage; for {@code memory:} that only frees memory, so a chained {@code .findings()} may skip it.
   */
  public static final class Checked implements AutoCloseable {
    private static final PersonId REVIEWER = PersonId.of("rule-kit-reviewer");

    private final Cordon cordon;
    private final String ruleId;
    private final List<CheckRun> runs = new ArrayList<>();
    private final TreeSet<FindingId> seen = new TreeSet<>();

    private Checked(Cordon cordon, String ruleId) {
      this.cordon = cordon;
      this.ruleId = ruleId;
    }

    /**
     * Checks the rule again over {@code [from, to)} on the same storage (a re-run, or the next day).
     *
     * @param from the start of the span, inclusive
     * @param to the end of the span, exclusive
     * @return the rule again over {@code [from, to)} on the same storage (a re-run, or the next day)
     */
    public Checked thenCheckedOver(LocalDate from, LocalDate to) {
      CheckRun run = cordon.checks().run(from, to, List.of(ruleId));
      runs.add(run);
      run.findings().forEach(f -> seen.add(f.id()));
      return this;
    }

    /**
     * Every finding the runs produced, in its stored (latest) version, ordered by id.
     *
     * @return every finding the runs produced, in its stored (latest) version, ordered by id
     */
    public List<Finding> findings() {
      return seen.stream().map(id -> cordon.storage().findings().get(id).orElseThrow()).toList();
    }

    /**
     * Checks the rule again over {@code [from, to)} on the same storage, deadlines judged at {@code asOf}.
     *
     * @param from the start of the span, inclusive
     * @param to the end of the span, exclusive
     * @param asOf the instant the answer holds at
     * @return the rule again over {@code [from, to)} on the same storage, deadlines judged at {@code asOf}
     */
    public Checked thenCheckedOver(LocalDate from, LocalDate to, Instant asOf) {
      CheckRun run = cordon.checks().run(from, to, asOf, List.of(ruleId));
      runs.add(run);
      run.findings().forEach(f -> seen.add(f.id()));
      return this;
    }

    /**
     * The ids of {@link #findings()}, ordered.
     *
     * @return the ids of {@link #findings()}, ordered
     */
    public List<FindingId> ids() {
      return List.copyOf(seen);
    }

    /**
     * The check runs so far, oldest first.
     *
     * @return the check runs so far, oldest first
     */
    public List<CheckRun> runs() {
      return List.copyOf(runs);
    }

    /**
     * The latest check run.
     *
     * @return the latest check run
     */
    public CheckRun lastRun() {
      return runs.get(runs.size() - 1);
    }

    /**
     * Marks a stored finding CONFIRMED (甄別確認) at {@code at}, as a reviewer would — to see that a
     * re-run keeps the review.
     *
     * @param id the id
     * @param at the instant
     * @return a stored finding CONFIRMED (甄別確認) at {@code at}, as a reviewer would — to see that a re-run keeps the review
     */
    public Finding confirm(FindingId id, Instant at) {
      Finding f = cordon.storage().findings().get(id)
          .orElseThrow(() -> new IllegalArgumentException("no finding " + id));
      Finding confirmed = Finding.builder().from(f).status(FindingStatus.CONFIRMED)
          .review(Review.of(REVIEWER, at, null)).build();
      cordon.storage().findings().update(confirmed);
      return confirmed;
    }

    /**
     * The storage the records and findings are in, to look at anything else.
     *
     * @return the storage the records and findings are in, to look at anything else
     */
    public Storage storage() {
      return cordon.storage();
    }

    @Override
    public void close() {
      cordon.close();
    }
  }
}

package dev.cordon.core.rules;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.risk.RiskArea;
import dev.cordon.core.risk.RiskRegistry;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import dev.cordon.core.validation.internal.CordonErrors;
import dev.cordon.spi.rules.EntryRule;
import dev.cordon.spi.rules.FindingDraft;
import dev.cordon.spi.rules.Records;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The compliance-check engine (合規檢查): runs every rule over a date range and stores the
 * findings, deterministically.
 *
 * <p>A finding's id is derived from its rule and key, so a re-run over the same records finds the
 * same ids: an identical finding is left as it is, a changed one (a longer range, more evidence) is
 * updated, and a finding's review status is never reset. A condition that continues from the day
 * before the run extends the stored finding rather than opening another. Each finding takes the
 * severity the policy in force on its date gives its rule; a rule the policy switches off on that
 * date yields nothing.
 */
public final class Checks {
  /** How far back a stored range finding is looked for to be extended. */
  private static final int EXTEND_LOOKBACK_DAYS = 400;

  private final Storage storage;
  private final PolicyHistory policies;
  private final List<Rule> rules;
  private final Map<String, String> origins;
  private final Clock clock;

  /**
   * An engine running {@code rules}; {@code origins} names where each came from (rule id → origin,
   * e.g. {@code built-in} or a provider class), for the run's provenance.
   */
  public Checks(Storage storage, PolicyHistory policies, List<Rule> rules, Map<String, String> origins) {
    this(storage, policies, rules, origins, Clock.systemUTC());
  }

  /**
   * An engine running {@code rules} whose "now" (the as-of instant of a run given no other) comes
   * from {@code clock}.
   */
  public Checks(Storage storage, PolicyHistory policies, List<Rule> rules, Map<String, String> origins,
      Clock clock) {
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
    this.storage = storage;
    this.policies = policies;
    Map<String, Rule> byId = new TreeMap<>();
    List<Violation> dup = new ArrayList<>();
    for (Rule r : rules) {
      if (byId.putIfAbsent(r.id(), r) != null) {
        dup.add(CordonErrors.duplicateRuleId("rules", r.id()));
      }
    }
    if (!dup.isEmpty()) {
      throw new CordonValidationException(dup);
    }
    requireKnownRules(policies, byId.keySet());
    this.rules = List.copyOf(byId.values());
    this.origins = Map.copyOf(origins);
  }

  /**
   * Checks that every rule id a policy of {@code policies} switches or re-grades is one of
   * {@code ruleIds} — the built-in rules ({@link BuiltInRules}) and those of the rule providers in
   * use. A policy that names an unknown rule (a typo such as {@code ENTRY-FEVR}, or a plug-in's rule
   * whose provider is missing) would otherwise be silently ignored.
   *
   * @throws CordonValidationException with a {@code CORDON-POLICY-005} violation for each unknown
   *     id, at {@code [index].rules.ID} (the policy's index in the history, oldest first), listing
   *     the known ids
   */
  public static void requireKnownRules(PolicyHistory policies, Collection<String> ruleIds) {
    List<Violation> unknown = new ArrayList<>();
    List<PreventionPolicy> all = policies.policies();
    String known = String.join(", ", new java.util.TreeSet<>(ruleIds));
    for (int i = 0; i < all.size(); i++) {
      for (String id : new java.util.TreeSet<>(all.get(i).rules().keySet())) {
        if (!ruleIds.contains(id)) {
          unknown.add(CordonErrors.unknownRule("[" + i + "].rules." + id, id, known));
        }
      }
    }
    if (!unknown.isEmpty()) {
      throw new CordonValidationException(unknown);
    }
  }

  /** The days before a run's range whose risk areas its rules may ask about: the largest in any policy. */
  private int riskAreaLookBehind() {
    return policies.policies().stream().mapToInt(PreventionPolicy::riskAreaLookBehindDays).max()
        .orElse(PreventionPolicy.DEFAULT_RISK_AREA_LOOK_BEHIND_DAYS);
  }

  /** An engine with the built-in rules only. */
  public static Checks builtIn(Storage storage, PolicyHistory policies) {
    Map<String, String> o = new LinkedHashMap<>();
    BuiltInRules.all().forEach(r -> o.put(r.id(), "built-in"));
    return new Checks(storage, policies, BuiltInRules.all(), o);
  }

  /** The rules, ordered by id. */
  public List<Rule> rules() {
    return rules;
  }

  /** Runs every rule over the days {@code [from, to)}, judging deadlines at local midnight of {@code to}. */
  public CheckRun run(LocalDate from, LocalDate to) {
    return run(from, to, to.atStartOfDay(zone()).toInstant());
  }

  /** Runs every rule over the days {@code [from, to)}, judging deadlines at {@code asOf}. */
  public CheckRun run(LocalDate from, LocalDate to, Instant asOf) {
    if (!from.isBefore(to)) {
      throw new CordonValidationException(CordonErrors.checkRangeEmpty("to", to, from));
    }
    return execute(from, to, asOf, rules, null);
  }

  /**
   * Runs only the rules with the given ids over the days {@code [from, to)}, judging deadlines at
   * local midnight of {@code to} — e.g. {@code INSPECTION-ITEM-FAILED} right after an inspection is
   * recorded. Unknown ids are ignored.
   */
  public CheckRun run(LocalDate from, LocalDate to, Collection<String> ruleIds) {
    return run(from, to, to.atStartOfDay(zone()).toInstant(), ruleIds);
  }

  /** Runs only the rules whose ids are given over {@code [from, to)}, judging deadlines at {@code asOf}. */
  public CheckRun run(LocalDate from, LocalDate to, Instant asOf, Collection<String> ruleIds) {
    if (!from.isBefore(to)) {
      throw new CordonValidationException(CordonErrors.checkRangeEmpty("to", to, from));
    }
    List<Rule> chosen = rules.stream().filter(r -> ruleIds.contains(r.id())).toList();
    return execute(from, to, asOf, chosen, null);
  }

  /**
   * Runs the per-entry rules ({@link EntryRule}) over just these entries, e.g. right after they were
   * recorded. The cost follows the entries given.
   */
  public CheckRun checkEntries(List<Entry> entries) {
    if (entries.isEmpty()) {
      ZoneId z = zone();
      LocalDate today = LocalDate.now(clock.withZone(z));
      return new CheckRun(today, today.plusDays(1), clock.instant(), List.of(), List.of(), List.of(), 0, 0, 0);
    }
    ZoneId z = zone();
    LocalDate from = entries.stream().map(e -> e.localDate(z)).min(Comparator.naturalOrder()).orElseThrow();
    LocalDate to = entries.stream().map(e -> e.localDate(z)).max(Comparator.naturalOrder()).orElseThrow().plusDays(1);
    List<Rule> entryRules = rules.stream().filter(r -> r instanceof EntryRule).toList();
    return execute(from, to, to.atStartOfDay(z).toInstant(), entryRules, entries);
  }

  private ZoneId zone() {
    return policies.latest().zone();
  }

  private CheckRun execute(LocalDate from, LocalDate to, Instant asOf, List<Rule> toRun, List<Entry> only) {
    ZoneId zone = zone();
    Records records = only == null ? new StorageRecords(storage, zone) : new BatchRecords(new StorageRecords(storage, zone), only, zone);
    RiskRegistry risk;
    try (Stream<RiskArea> s = storage.riskAreas().overlapping(from.minusDays(riskAreaLookBehind()), to)) {
      risk = RiskRegistry.of(s.toList());
    }
    List<String> ran = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Map<FindingId, Finding> produced = new TreeMap<>();
    int[] counts = new int[3];
    for (Rule rule : toRun) {
      if (!enabledSomewhere(rule.id(), from, to)) {
        skipped.add(rule.id());
        continue;
      }
      ran.add(rule.id() + " (" + origins.getOrDefault(rule.id(), rule.getClass().getName()) + ")");
      List<FindingDraft> drafts = new ArrayList<>();
      rule.evaluate(new Context(from, to, asOf, zone, records, risk, drafts));
      storage.inTransaction(() -> {
        for (FindingDraft d : drafts) {
          PreventionPolicy p = policies.policyOn(d.date());
          if (!p.isEnabled(rule.id())) {
            continue;
          }
          Severity severity = p.severityOf(rule.id()).orElse(rule.defaultSeverity());
          Finding f = store(rule, d, p, severity, from, counts);
          produced.put(f.id(), f);
        }
      });
    }
    return new CheckRun(from, to, asOf, ran, skipped, new ArrayList<>(produced.values()),
        counts[0], counts[1], counts[2]);
  }

  /** Whether a policy that applies on some day of {@code [from, to)} switches the rule on. */
  private boolean enabledSomewhere(String ruleId, LocalDate from, LocalDate to) {
    for (PreventionPolicy p : policies.policies()) {
      boolean appliesAtFrom = !p.effectiveFrom().isAfter(from) && policies.policyOn(from).equals(p);
      boolean startsInside = p.effectiveFrom().isAfter(from) && p.effectiveFrom().isBefore(to);
      if ((appliesAtFrom || startsInside) && p.isEnabled(ruleId)) {
        return true;
      }
    }
    return false;
  }

  private Finding store(Rule rule, FindingDraft d, PreventionPolicy judgedBy, Severity severity, LocalDate runFrom,
      int[] counts) {
    FindingId id = d.idFor(rule.id());
    Finding candidate = Finding.builder()
        .id(id).ruleId(rule.id()).severity(severity).subject(d.subject()).unit(d.unit())
        .date(d.date()).until(d.until()).messageEn(d.message().en()).messageZh(d.message().zh())
        .evidence(d.evidence()).policyFrom(judgedBy.effectiveFrom()).build();
    Optional<Finding> stored = storage.findings().get(id);
    if (stored.isEmpty() && d instanceof FindingDraft.OfDays days && days.date().equals(runFrom)) {
      stored = continued(rule.id(), days);
    }
    if (stored.isEmpty()) {
      storage.findings().put(candidate);
      counts[0]++;
      return candidate;
    }
    Finding old = stored.get();
    LinkedHashSet<String> evidence = new LinkedHashSet<>(old.evidence());
    evidence.addAll(candidate.evidence());
    Optional<LocalDate> until = old.until().isPresent() && candidate.until().isPresent()
        ? Optional.of(max(old.until().get(), candidate.until().get()))
        : old.until().or(candidate::until);
    Finding merged = Finding.builder().from(old)
        .severity(severity)
        .messageEn(old.id().equals(id) ? candidate.messageEn() : old.messageEn())
        .messageZh(old.id().equals(id) ? candidate.messageZh() : old.messageZh())
        .evidence(new ArrayList<>(evidence))
        .until(until)
        .policyFrom(candidate.policyFrom())
        .build();
    if (merged.equals(old)) {
      counts[2]++;
      return old;
    }
    storage.findings().update(merged);
    counts[1]++;
    return merged;
  }

  /**
   * A stored finding of the same rule that this condition continues: it ends on the day this one
   * begins and has the id this draft would have had it started on that finding's first day (same
   * subject, same aspects — two roles of one unit never extend each other's findings).
   */
  private Optional<Finding> continued(String ruleId, FindingDraft.OfDays d) {
    try (Stream<Finding> s = storage.findings().between(d.date().minusDays(EXTEND_LOOKBACK_DAYS), d.date())) {
      return s.filter(f -> f.ruleId().equals(ruleId) && f.subject().equals(d.subject())
          && f.until().filter(d.date()::equals).isPresent()
          && f.date().isBefore(d.date())
          && f.id().equals(d.startingOn(f.date()).idFor(ruleId))).findFirst();
    }
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private final class Context implements RuleContext {
    private final LocalDate from;
    private final LocalDate to;
    private final Instant asOf;
    private final ZoneId zone;
    private final Records records;
    private final RiskRegistry risk;
    private final List<FindingDraft> drafts;

    Context(LocalDate from, LocalDate to, Instant asOf, ZoneId zone, Records records, RiskRegistry risk,
        List<FindingDraft> drafts) {
      this.from = from;
      this.to = to;
      this.asOf = asOf;
      this.zone = zone;
      this.records = records;
      this.risk = risk;
      this.drafts = drafts;
    }

    @Override
    public LocalDate from() {
      return from;
    }

    @Override
    public LocalDate to() {
      return to;
    }

    @Override
    public Instant asOf() {
      return asOf;
    }

    @Override
    public ZoneId zone() {
      return zone;
    }

    @Override
    public PreventionPolicy policyOn(LocalDate day) {
      return policies.policyOn(day);
    }

    @Override
    public Records records() {
      return records;
    }

    @Override
    public RiskRegistry risk() {
      return risk;
    }

    @Override
    public void report(FindingDraft draft) {
      drafts.add(draft);
    }
  }
}

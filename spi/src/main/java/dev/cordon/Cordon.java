package dev.cordon;

import dev.cordon.Discovery.Seen;
import dev.cordon.core.CordonConfigurationException;
import dev.cordon.core.CordonStorageException;
import dev.cordon.core.inspection.Checklist;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PolicyId;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.view.internal.Reveal;
import dev.cordon.core.view.internal.ScopedRules;
import dev.cordon.core.view.internal.ScopedStorage;
import dev.cordon.core.rules.BuiltInRules;
import dev.cordon.core.rules.Checks;
import dev.cordon.core.service.DiningService;
import dev.cordon.core.service.Directory;
import dev.cordon.core.service.DisinfectionService;
import dev.cordon.core.service.DutyService;
import dev.cordon.core.service.EntryService;
import dev.cordon.core.service.FindingService;
import dev.cordon.core.service.InspectionService;
import dev.cordon.core.service.NoticeService;
import dev.cordon.core.service.PersonalDataService;
import dev.cordon.core.service.ReportService;
import dev.cordon.core.service.RiskAreaService;
import dev.cordon.core.service.StockService;
import dev.cordon.core.service.SupplyPlanning;
import dev.cordon.core.service.TravelService;
import dev.cordon.core.service.internal.Services;
import dev.cordon.core.storage.BatchOutcome;
import dev.cordon.core.storage.Storage;
import dev.cordon.spi.report.ReportWriterProvider;
import dev.cordon.spi.risk.RiskAreaSource;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleProvider;
import dev.cordon.spi.storage.StorageOptions;
import dev.cordon.spi.storage.StorageProvider;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of Cordon (防疫合規): open it on a storage URL, use its services, close it.
 *
 * <pre>{@code
 * try (Cordon cordon = Cordon.open("memory:")) {
 *   cordon.directory().register(unit);
 *   cordon.entries().record(entry);
 * }
 * }</pre>
 *
 * <p>Storage is chosen explicitly first ({@link Builder#storage(StorageProvider, String)},
 * {@link Builder#storage(Storage)}) and by discovery second: {@link java.util.ServiceLoader} finds
 * the {@link StorageProvider}s visible to Cordon's own class loader (or the one given to
 * {@link Builder#classLoader}) and the one that supports the URL is used. None, or two, is a
 * {@link CordonConfigurationException} naming the URL, every provider seen and the artifact to add.
 * A provider that fails to load is logged with its class name and skipped.
 *
 * <p>Thread-safe. {@link #close()} closes the storage Cordon opened (a storage passed in as an
 * instance stays the caller's to close); any use afterwards throws {@link CordonStorageException}.
 *
 * <p><b>Personal values and views (层层负责).</b> A Cordon opened this way is the whole organisation
 * and returns records as they are stored, personal values included: the application that embeds
 * it is the data controller and decides who sees what. For a unit's officers, {@link #scopedTo}
 * gives a view whose reads, checks and reports see only that unit's subtree, whose writes outside
 * it are refused ({@code CORDON-SCOPE-001}), and which withholds personal values (names masked,
 * phone and ID numbers, purposes and hosts removed) until {@link #revealing} names who asks and
 * why; every read through a revealed view that shows personal values is written to the access log
 * ({@code storage().accessLog()}) first.
 */
public final class Cordon implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Cordon.class);
  private static final String STORAGE_HINT = "Add the artifact of a provider for this URL: "
      + "dev.cordon:cordon-spi (memory:), dev.cordon:cordon-adapters-jdbc (jdbc:sqlite:, jdbc:h2:, jdbc:postgresql:).";

  private final Storage storage;
  private final boolean ownsStorage;
  private final String storageDescription;
  private final PolicyHistory policies;
  private final String policySource;
  private final List<ReportWriterProvider> reportWriters;
  private final List<String> seen;
  private final Services services;
  private final Checks checks;
  private final Clock clock;
  private volatile boolean closed;
  // views: the whole organisation's instance they were made from (null for that instance itself),
  // the unit they are scoped to and the reveal they were given
  private final Cordon origin;
  private final Optional<UnitId> scope;
  private final Reveal reveal;
  private final Services returning;
  private final List<Rule> rules;
  private final Map<String, String> origins;
  private final Checklist checklist;

  private Cordon(Storage storage, boolean ownsStorage, String storageDescription, Judged judged,
      List<ReportWriterProvider> reportWriters, List<String> seen, List<Rule> rules, Map<String, String> origins,
      Checklist checklist, Clock clock) {
    this.clock = clock;
    this.storage = storage;
    this.ownsStorage = ownsStorage;
    this.storageDescription = storageDescription;
    this.policies = judged.history();
    this.policySource = judged.source();
    PolicyHistory policies = judged.history();
    this.reportWriters = List.copyOf(reportWriters);
    this.seen = List.copyOf(seen);
    this.checks = new Checks(storage, policies, rules, origins, clock);
    // record → rules → findings: the per-entry rules judge every batch of entries as it is stored;
    // inspection → failed items → findings, as soon as it is recorded
    this.services = Services.create(storage, policies, checklist, clock, checks::checkEntries,
        i -> checks.run(i.date(), i.date().plusDays(1), List.of(InspectionService.FAILED_ITEM_RULE)));
    this.returning = services;
    this.origin = null;
    this.scope = Optional.empty();
    this.reveal = null;
    this.rules = List.copyOf(rules);
    this.origins = Map.copyOf(origins);
    this.checklist = checklist;
  }

  /** A view of {@code whole}'s storage: scoped to a subtree when {@code scope} is given, revealed when {@code reveal} is. */
  private Cordon(Cordon whole, Optional<UnitId> scope, Reveal reveal) {
    ScopedStorage.Views views = ScopedStorage.views(whole.storage, scope, Optional.ofNullable(reveal));
    this.origin = whole;
    this.scope = scope;
    this.reveal = reveal;
    this.clock = whole.clock;
    this.storage = views.caller();
    this.ownsStorage = false;
    this.storageDescription = whole.storageDescription;
    this.policies = whole.policies;
    this.policySource = whole.policySource;
    this.reportWriters = whole.reportWriters;
    this.seen = whole.seen;
    this.rules = whole.rules;
    this.origins = whole.origins;
    this.checklist = whole.checklist;
    // checks judge what the view shows and keep the findings of its subtree; they and the services
    // that do not hand out personal records work on the quiet storage (withheld, never logged)
    ScopedStorage quiet = (ScopedStorage) views.quiet();
    this.checks = new Checks(quiet, policies, quiet.subtree() == null ? rules : ScopedRules.within(rules, quiet.subtree()),
        origins, clock);
    this.services = Services.create(quiet, policies, checklist, clock, checks::checkEntries,
        i -> checks.run(i.date(), i.date().plusDays(1), List.of(InspectionService.FAILED_ITEM_RULE)));
    // the entry ledger and the travel workflow hand out records with personal values: through a
    // revealed view they read from the storage that logs what they show
    this.returning = views.services() == views.quiet() ? services
        : Services.create(views.services(), policies, checklist, clock, checks::checkEntries,
            i -> checks.run(i.date(), i.date().plusDays(1), List.of(InspectionService.FAILED_ITEM_RULE)));
  }

  /**
   * Opens Cordon on the storage at {@code url} (e.g. {@code memory:}) with the default policy.
   *
   * @param url the storage URL
   * @return Cordon on the storage at {@code url} (e.g. {@code memory:}) with the default policy
   */
  public static Cordon open(String url) {
    return builder().storage(url).build();
  }

  /**
   * A builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Master data: units, people, sites, supply items.
   *
   * @return Master data: units, people, sites, supply items
   */
  public Directory directory() {
    return live(services.directory());
  }

  /**
   * The registration ledger (出入登記).
   *
   * @return the registration ledger (出入登記)
   */
  public EntryService entries() {
    return live(returning.entries());
  }

  /**
   * The travel workflow (外出報備).
   *
   * @return the travel workflow (外出報備)
   */
  public TravelService travel() {
    return live(returning.travel());
  }

  /**
   * The stock ledger (防疫物資臺賬).
   *
   * @return the stock ledger (防疫物資臺賬)
   */
  public StockService stock() {
    return live(services.stock());
  }

  /**
   * Supply planning (物資保障): days of cover, run-out forecasts, allocation of the reserve by need.
   *
   * @return Supply planning (物資保障): days of cover, run-out forecasts, allocation of the reserve by need
   */
  public SupplyPlanning supplyPlanning() {
    return live(services.supplyPlanning());
  }

  /**
   * Staggered canteen sittings (錯峰就餐): plans and their checks.
   *
   * @return Staggered canteen sittings (錯峰就餐): plans and their checks
   */
  public DiningService dining() {
    return live(services.dining());
  }

  /**
   * Duty assignments (責任分工).
   *
   * @return Duty assignments (責任分工)
   */
  public DutyService duty() {
    return live(services.duty());
  }

  /**
   * The disinfection log (消殺記錄).
   *
   * @return the disinfection log (消殺記錄)
   */
  public DisinfectionService disinfection() {
    return live(services.disinfection());
  }

  /**
   * The compliance checks (合規檢查): the built-in rules and those of every {@link RuleProvider}.
   *
   * @return the compliance checks (合規檢查): the built-in rules and those of every {@link RuleProvider}
   */
  public Checks checks() {
    return live(checks);
  }

  /**
   * The review of findings (分析甄別) and queries over them.
   *
   * @return the review of findings (分析甄別) and queries over them
   */
  public FindingService findings() {
    return live(services.findings());
  }

  /**
   * Inspections and supervision (檢查督導) against the organisation's checklist.
   *
   * @return and supervision (檢查督導) against the organisation's checklist
   */
  public InspectionService inspections() {
    return live(services.inspections());
  }

  /**
   * Named notices of criticism (實名通報批評), built from confirmed findings only.
   *
   * @return Named notices of criticism (實名通報批評), built from confirmed findings only
   */
  public NoticeService notices() {
    return live(services.notices());
  }

  /**
   * The report values (報表): daily, findings, stock; write them with {@link #reportWriter}.
   *
   * @return the report values (報表): daily, findings, stock; write them with {@link #reportWriter}
   */
  public ReportService reports() {
    return live(services.reports());
  }

  /**
   * The medium/high-risk area lists (中高風險地區名單) the rules judge risk levels by.
   *
   * @return the medium/high-risk area lists (中高風險地區名單) the rules judge risk levels by
   */
  public RiskAreaService riskAreas() {
    return live(services.riskAreas());
  }

  /**
   * Loads a risk-area source into storage, idempotently (loading it twice stores nothing new), e.g.
   * {@code cordon.loadRiskAreas(RiskAreaSource.china2021q4())}. Names the source could not resolve
   * are returned, not stored.
   *
   * @param source the source
   * @return a risk-area source into storage, idempotently (loading it twice stores nothing new), e.g. {@code cordon.loadRiskAreas(RiskAreaSource.china2021q4())}
   */
  public RiskAreaService.Loaded loadRiskAreas(RiskAreaSource source) {
    RiskAreaService.Loaded loaded = riskAreas().load(source.load());
    LOG.info("Loaded risk-area source {}: {} new, {} updated, {} unchanged, {} names unresolved", source.id(),
        loaded.stored(), loaded.updated(), loaded.unchanged(), loaded.unresolved().size());
    return loaded;
  }

  /**
   * Personal information over time: the purge that erases personal values past their retention
   * ({@link PersonalDataService#purge}), and the purge and access logs. A purge is the whole
   * organisation's: through a view scoped to a unit its log lines are refused ({@code CORDON-SCOPE-001}).
   *
   * @return Personal information over time: the purge that erases personal values past their retention ({@link PersonalDataService#purge}), and the purge and access logs
   */
  public PersonalDataService personalData() {
    return live(services.personalData());
  }

  /**
   * The storage ports, for what the services do not cover. Through a view ({@link #scopedTo},
   * {@link #revealing}) they are the view's: filtered to its subtree, personal values withheld
   * unless revealed (and each reveal logged).
   *
   * @return the storage ports, for what the services do not cover
   */
  public Storage storage() {
    return live(storage);
  }

  /**
   * A view scoped to {@code unit} and every unit below it (层层负责): its services, checks and
   * reports read, count and judge only the records of that subtree (see {@code Subtree} in the
   * README for which records belong to a unit), and a write of a record outside it is refused with
   * {@code CORDON-SCOPE-001} before anything is stored ({@code CORDON-SCOPE-002} for policies, risk
   * areas and supply items, which it reads but does not change). Personal values are withheld
   * ({@link dev.cordon.core.privacy.Redaction#withhold}: names masked, phone and ID numbers,
   * purposes and hosts removed) unless the view is {@link #revealing revealed}. Checks through the
   * view store only the findings that roll up to a unit of the subtree.
   *
   * <p>The view shares this instance's storage, policies, rules and report writers; closing it does
   * not close them, and closing this instance closes the view. On a view, {@code unit} must be in
   * its subtree; the new view keeps the reveal, if any.
   *
   * @param unit the unit
   * @return a view scoped to {@code unit} and every unit below it (层层负责): its services, checks and reports read, count and judge only the records of that subtree (see {@code Subtree} in the README for which records belong to a unit), and a write of a record outside it is refused with {@code CORDON-SCOPE-001} before anything is stored ({@code CORDON-SCOPE-002} for policies, risk areas and supply items, which it reads but does not change)
   * @throws dev.cordon.core.validation.CordonValidationException {@code CORDON-STORE-002} when no
   *     such unit is stored (or, on a view, none in its subtree)
   */
  public Cordon scopedTo(UnitId unit) {
    Objects.requireNonNull(unit, "unit");
    Storage s = live(storage);
    if (origin != null && !s.units().contains(unit)) {
      throw new dev.cordon.core.validation.CordonValidationException(
          dev.cordon.core.storage.StorageErrors.unknownReference("unit", unit.value(), "unit"));
    }
    return new Cordon(origin == null ? this : origin, Optional.of(unit), reveal);
  }

  /**
   * A view that shows personal values unmasked (查阅个人信息) to {@code by} for {@code reason}, with the
   * same scope as this instance: every read through it that returns personal values — records of
   * the entry ledger, travel declarations, people, and the names in its reports — is first written
   * to the access log ({@code storage().accessLog()}): who, when, why, through which scope, what was
   * asked for and which records' values were shown. On the whole organisation's instance, which
   * returns records as stored anyway, it is how an application has its own reads logged and reports
   * show names in full.
   *
   * @param by who did it
   * @param reason the reason
   * @return a view that shows personal values unmasked (查阅个人信息) to {@code by} for {@code reason}, with the same scope as this instance: every read through it that returns personal values — records of the entry ledger, travel declarations, people, and the names in its reports — is first written to the access log ({@code storage().accessLog()}): who, when, why, through which scope, what was asked for and which records' values were shown
   * @throws dev.cordon.core.validation.CordonValidationException {@code CORDON-SCOPE-003} when
   *     {@code by} or {@code reason} is missing or blank; the access log's codes when either is too
   *     long (100 and 500 characters) or holds a bidi control
   */
  public Cordon revealing(String by, String reason) {
    live(storage);
    return new Cordon(origin == null ? this : origin, scope, Reveal.of(by, reason, clock));
  }

  /**
   * The unit whose subtree this instance is a view of; empty for the whole organisation.
   *
   * @return the unit whose subtree this instance is a view of; empty for the whole organisation
   */
  public Optional<UnitId> scope() {
    return scope;
  }

  /**
   * Whether this instance shows personal values: as stored (the whole organisation) or revealed.
   *
   * @return whether this instance shows personal values: as stored (the whole organisation) or revealed
   */
  public boolean showsPersonalData() {
    return origin == null || reveal != null;
  }

  /**
   * The policies in force: those given to the builder, else the history stored with the data when
   * this instance was built ({@code storage().policies()}), else {@link PreventionPolicy#defaults()}.
   * {@link #describe()} says which ({@code policySource}).
   *
   * @return the policies in force: those given to the builder, else the history stored with the data when this instance was built ({@code storage().policies()}), else {@link PreventionPolicy#defaults()}
   */
  public PolicyHistory policies() {
    return policies;
  }

  /**
   * Stores {@code history} with the data, each version under the day it takes effect: a day not
   * stored yet is added, a stored day whose policy differs gets a new version (the old one stays in
   * {@code storage().policies().history(id)}), an identical one is left as it is. All or nothing.
   * Every version must name only rules this instance knows ({@code CORDON-POLICY-005}) and count
   * days in the storage's zone ({@code CORDON-POLICY-008}). Instances built afterwards without a
   * policy of their own judge by the stored history; this one keeps the policies it was built with.
   *
   * @param history the policy history
   * @return how many versions were stored new or changed, and how many were already stored
   */
  public BatchOutcome storePolicies(PolicyHistory history) {
    Storage s = live(storage);
    Checks.requireKnownRules(history, checks.rules().stream().map(Rule::id).toList());
    history.requireZone(s.zone());
    List<PreventionPolicy> versions = history.policies();
    return s.inTransaction(() -> {
      BatchOutcome outcome = BatchOutcome.NONE;
      for (PreventionPolicy p : versions) {
        PolicyId id = PolicyId.of(p);
        outcome = outcome.plus(s.policies().contains(id) ? s.policies().update(p) : s.policies().put(p));
      }
      return outcome;
    });
  }

  /**
   * The clock that says what day it is ({@link Builder#clock}): the services judge record dates by
   * it, and importers built on this instance judge dates in the data (a birth date in the future)
   * by it too.
   *
   * @return the clock that says what day it is ({@link Builder#clock}): the services judge record dates by it, and importers built on this instance judge dates in the data (a birth date in the future) by it too
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The report writer for {@code format} (e.g. {@code json}, {@code csv}, {@code html}).
   *
   * @param format the format name
   * @return the report writer for {@code format} (e.g. {@code json}, {@code csv}, {@code html})
   */
  public ReportWriterProvider reportWriter(String format) {
    String f = format.toLowerCase(Locale.ROOT);
    List<ReportWriterProvider> m = reportWriters.stream().filter(w -> formatOf(w).equals(f)).toList();
    if (m.isEmpty()) {
      throw new CordonConfigurationException("No report writer for format '" + format + "'. Formats "
          + "available: " + reportWriters.stream().map(ReportWriterProvider::format).toList()
          + ". Add dev.cordon:cordon-adapters-csv for csv and html.");
    }
    return m.get(0);
  }

  /**
   * The report formats available.
   *
   * @return the report formats available
   */
  public List<String> reportFormats() {
    return reportWriters.stream().map(ReportWriterProvider::format).sorted().toList();
  }

  /**
   * What is active, for diagnostics: the storage (provider, URL with password masked, schema
   * version), the report writers and every provider seen during discovery.
   *
   * @return what is active, for diagnostics: the storage (provider, URL with password masked, schema version), the report writers and every provider seen during discovery
   */
  public Map<String, String> describe() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("storage", storageDescription);
    storage.describe().forEach((k, v) -> d.put("storage." + k, v));
    d.put("reportFormats", String.join(", ", reportFormats()));
    d.put("policies", policies.policies().stream().map(p -> p.effectiveFrom().toString()).toList().toString());
    d.put("policySource", policySource);
    d.put("providersSeen", seen.isEmpty() ? "(explicit configuration, no discovery)" : String.join("; ", seen));
    d.put("scope", scope.map(u -> "unit " + u.value() + " and its subtree").orElse("whole organisation"));
    d.put("personalData", origin == null ? "as stored (the embedding application decides who sees it)"
        : reveal == null ? "withheld (names masked) unless revealed"
        : "revealed to " + reveal.by() + " (" + reveal.reason() + "), each read logged in the access log");
    return d;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (ownsStorage && origin == null) {
      storage.close();
    }
  }

  private <T> T live(T service) {
    if (closed || origin != null && origin.closed) {
      throw new CordonStorageException("This Cordon is closed; open a new one.");
    }
    return service;
  }

  @Override
  public String toString() {
    return "Cordon[" + storageDescription + scope.map(u -> ", scoped to " + u.value()).orElse("")
        + (reveal == null ? "" : ", revealed to " + reveal.by()) + (closed ? ", closed" : "") + "]";
  }

  /** Builds a {@link Cordon}. */
  public static final class Builder {
    private String url;
    private StorageProvider provider;
    private Storage storage;
    private StorageOptions options = StorageOptions.defaults();
    private PolicyHistory policies;
    private ClassLoader classLoader;
    private final List<ReportWriterProvider> reportWriters = new ArrayList<>();
    private final List<RuleProvider> ruleProviders = new ArrayList<>();
    private boolean discoverRules = true;
    private Checklist checklist = Checklist.defaults();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Storage by URL, chosen among the providers discovered.
     *
     * @param url the storage URL
     * @return Storage by URL, chosen among the providers discovered
     */
    public Builder storage(String url) {
      this.url = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * Storage from this provider, explicitly (no discovery).
     *
     * @param provider the provider
     * @param url the storage URL
     * @return Storage from this provider, explicitly (no discovery)
     */
    public Builder storage(StorageProvider provider, String url) {
      this.provider = Objects.requireNonNull(provider, "provider");
      this.url = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * This storage instance, already open; it stays yours to close.
     *
     * @param storage the storage
     * @return this storage instance, already open; it stays yours to close
     */
    public Builder storage(Storage storage) {
      this.storage = Objects.requireNonNull(storage, "storage");
      return this;
    }

    /**
     * A provider setting, e.g. {@code option("user", "cordon")}.
     *
     * @param key the key
     * @param value the value
     * @return a provider setting, e.g. {@code option("user", "cordon")}
     */
    public Builder option(String key, String value) {
      this.options = options.with(key, value);
      return this;
    }

    /**
     * One policy for all dates.
     *
     * @param policy the prevention policy
     * @return one policy for all dates
     */
    public Builder policy(PreventionPolicy policy) {
      this.policies = PolicyHistory.of(policy);
      return this;
    }

    /**
     * Dated policies.
     *
     * @param policies the policies
     * @return Dated policies
     */
    public Builder policies(PolicyHistory policies) {
      this.policies = Objects.requireNonNull(policies, "policies");
      return this;
    }

    /**
     * The class loader for discovery; Cordon's own by default.
     *
     * @param loader the class loader to search
     * @return the class loader for discovery; Cordon's own by default
     */
    public Builder classLoader(ClassLoader loader) {
      this.classLoader = Objects.requireNonNull(loader, "loader");
      return this;
    }

    /**
     * A report writer, explicitly; it wins over any discovered one of the same format. Two given for
     * one format are refused at {@link #build()}.
     *
     * @param writer the report writer
     * @return a report writer, explicitly; it wins over any discovered one of the same format
     */
    public Builder reportWriter(ReportWriterProvider writer) {
      this.reportWriters.add(Objects.requireNonNull(writer, "writer"));
      return this;
    }

    /**
     * A rule provider, explicitly.
     *
     * @param provider the provider
     * @return a rule provider, explicitly
     */
    public Builder ruleProvider(RuleProvider provider) {
      this.ruleProviders.add(Objects.requireNonNull(provider, "provider"));
      return this;
    }

    /**
     * Whether rule providers on the class path are discovered (default true).
     *
     * @param discover whether to discover providers with ServiceLoader
     * @return whether rule providers on the class path are discovered (default true)
     */
    public Builder discoverRules(boolean discover) {
      this.discoverRules = discover;
      return this;
    }

    /**
     * The clock that says what day it is when a record's date is judged plausible (a record may be
     * dated up to the policy's {@code plausibleDaysAhead} after today); default the system clock.
     *
     * @param clock the clock
     * @return the clock that says what day it is when a record's date is judged plausible (a record may be dated up to the policy's {@code plausibleDaysAhead} after today); default the system clock
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The organisation's inspection checklist (default: {@link Checklist#defaults()}).
     *
     * @param checklist the checklist
     * @return the organisation's inspection checklist (default: {@link Checklist#defaults()})
     */
    public Builder checklist(Checklist checklist) {
      this.checklist = Objects.requireNonNull(checklist, "checklist");
      return this;
    }

    /**
     * Opens the storage and assembles Cordon.
     *
     * @return the storage and assembles Cordon
     */
    public Cordon build() {
      boolean given = policies != null;
      PolicyHistory p = given ? policies : PolicyHistory.of(PreventionPolicy.defaults().build());
      StorageOptions opts = new StorageOptions(p.latest().zone(), options.settings());
      ClassLoader loader = classLoader != null ? classLoader : Cordon.class.getClassLoader();
      List<String> seen = new ArrayList<>();

      List<Seen<ReportWriterProvider>> writersFound =
          Discovery.load(ReportWriterProvider.class, loader, ReportWriterProvider::format);
      writersFound.forEach(s -> seen.add("report " + s));
      List<ReportWriterProvider> writers = chooseReportWriters(reportWriters, writersFound);

      List<Rule> rules = new ArrayList<>();
      Map<String, String> origins = new LinkedHashMap<>();
      assembleRules(ruleProviders, discoverRules, loader, seen, rules, origins);

      // a policy naming a rule no one provides is refused before any storage is opened
      Checks.requireKnownRules(p, origins.keySet());
      if (storage != null) {
        return new Cordon(storage, false, "storage instance " + storage.getClass().getName(),
            judgedBy(storage, given, p, origins.keySet()), writers, seen, rules, origins, checklist, clock);
      }
      if (url == null) {
        throw new CordonConfigurationException("No storage given: call storage(url), e.g. storage(\"memory:\").");
      }
      StorageProvider chosen = provider;
      if (chosen == null) {
        List<Seen<StorageProvider>> found = Discovery.load(StorageProvider.class, loader, StorageProvider::id);
        found.forEach(s -> seen.add("storage " + s));
        chosen = Discovery.choose(found, sp -> sp.supports(url), "storage provider", maskUrl(url), STORAGE_HINT);
      }
      Storage opened = chosen.open(url, opts);
      LOG.info("Cordon opened {} storage at {}", chosen.id(), maskUrl(url));
      try {
        return new Cordon(opened, true, chosen.id() + " " + maskUrl(url),
            judgedBy(opened, given, p, origins.keySet()), writers, seen, rules, origins, checklist, clock);
      } catch (RuntimeException e) {
        opened.close();
        throw e;
      }
    }
  }

  /** The policies an instance judges by, and where they come from: given, stored or the defaults. */
  private record Judged(PolicyHistory history, String source) {}

  /**
   * The policies given to the builder; else the history stored with the data, which must name only
   * known rules and count days in the storage's zone; else the defaults.
   */
  private static Judged judgedBy(Storage storage, boolean given, PolicyHistory p, java.util.Set<String> ruleIds) {
    if (given) {
      return new Judged(p, "given");
    }
    Optional<PolicyHistory> stored = storage.policies().inForce();
    if (stored.isEmpty()) {
      return new Judged(p, "defaults (none stored)");
    }
    Checks.requireKnownRules(stored.get(), ruleIds);
    for (PreventionPolicy version : stored.get().policies()) {
      if (!version.zone().equals(storage.zone())) {
        throw new CordonConfigurationException("The policy stored for " + version.effectiveFrom()
            + " counts days in " + version.zone() + ", but the storage counts them in " + storage.zone()
            + ". Store that policy again with the zone " + storage.zone() + ".");
      }
    }
    return new Judged(stored.get(), "stored");
  }

  /**
   * One report writer per format (compared in lower case): the explicit ones, then for every other
   * format the one discovered. Like storage providers, two writers claiming one format — two given,
   * or two discovered and none given — are a {@link CordonConfigurationException} naming both, never
   * a silent drop.
   */
  static List<ReportWriterProvider> chooseReportWriters(List<ReportWriterProvider> explicit,
      List<Seen<ReportWriterProvider>> discovered) {
    Map<String, List<String>> given = new LinkedHashMap<>();
    Map<String, ReportWriterProvider> byFormat = new LinkedHashMap<>();
    for (ReportWriterProvider w : explicit) {
      String f = formatOf(w);
      given.computeIfAbsent(f, k -> new ArrayList<>()).add(f + " (" + w.getClass().getName() + ", given)");
      byFormat.putIfAbsent(f, w);
    }
    Map<String, List<Seen<ReportWriterProvider>>> claims = new LinkedHashMap<>();
    for (Seen<ReportWriterProvider> s : discovered) {
      if (s.provider() != null && !given.containsKey(formatOf(s.provider()))) {
        claims.computeIfAbsent(formatOf(s.provider()), k -> new ArrayList<>()).add(s);
      }
    }
    List<String> clashes = new ArrayList<>();
    given.forEach((f, names) -> {
      if (names.size() > 1) {
        clashes.add("'" + f + "': " + String.join("; ", names));
      }
    });
    claims.forEach((f, ss) -> {
      if (ss.size() > 1) {
        clashes.add("'" + f + "': " + ss.stream().map(Seen::toString).collect(Collectors.joining("; ")));
      } else {
        byFormat.put(f, ss.get(0).provider());
      }
    });
    if (!clashes.isEmpty()) {
      throw new CordonConfigurationException("More than one report writer claims " + String.join(", and ", clashes)
          + ". Remove one of them from the class path, or pass the one to use to Cordon.builder().reportWriter(…).");
    }
    return List.copyOf(byFormat.values());
  }

  private static String formatOf(ReportWriterProvider writer) {
    return writer.format().toLowerCase(Locale.ROOT);
  }

  /**
   * The rules Cordon runs: the built-in ones, then those of the explicit rule providers and, when
   * discovery is on, of the discovered ones. Fails loudly rather than dropping a rule: two different
   * providers with one provider id, or a rule id taken twice (by a built-in rule, another provider or
   * the same provider), are a {@link CordonConfigurationException} naming both.
   */
  static void assembleRules(List<RuleProvider> explicit, boolean discover, ClassLoader loader, List<String> seen,
      List<Rule> rules, Map<String, String> origins) {
    // rule id -> who gives it, in words, for a clash message naming both
    Map<String, String> givenBy = new LinkedHashMap<>();
    for (Rule r : BuiltInRules.all()) {
      rules.add(r);
      origins.put(r.id(), "built-in");
      givenBy.put(r.id(), "the built-in rule " + r.getClass().getName());
    }
    // provider id -> (provider, how it is named in messages); explicit ones first, they win over
    // the same provider class discovered on the class path
    Map<String, RuleProvider> byId = new LinkedHashMap<>();
    Map<String, String> named = new LinkedHashMap<>();
    List<Map.Entry<RuleProvider, String>> candidates = new ArrayList<>();
    explicit.forEach(rp -> candidates.add(Map.entry(rp, rp.id() + " (" + rp.getClass().getName() + ", given)")));
    if (discover) {
      for (Seen<RuleProvider> s : Discovery.load(RuleProvider.class, loader, RuleProvider::id)) {
        seen.add("rules " + s);
        if (s.provider() != null) {
          candidates.add(Map.entry(s.provider(), s.toString()));
        }
      }
    }
    for (Map.Entry<RuleProvider, String> c : candidates) {
      RuleProvider rp = c.getKey();
      RuleProvider same = byId.get(rp.id());
      if (same == null) {
        byId.put(rp.id(), rp);
        named.put(rp.id(), c.getValue());
      } else if (!same.getClass().equals(rp.getClass())) {
        throw new CordonConfigurationException("Two rule providers share the id " + rp.id() + ": "
            + named.get(rp.id()) + " and " + c.getValue() + ". Remove one of them, or give it another id.");
      }
    }
    for (Map.Entry<String, RuleProvider> e : byId.entrySet()) {
      String provider = "rule provider " + named.get(e.getKey());
      List<Rule> provided;
      try {
        provided = List.copyOf(e.getValue().rules());
      } catch (RuntimeException ex) {
        throw new CordonConfigurationException("The " + provider + " failed to give its rules: " + ex, ex);
      }
      for (Rule r : provided) {
        if (r.id() == null || r.id().isBlank()) {
          throw new CordonConfigurationException("The " + provider + " gives a rule without an id ("
              + r.getClass().getName() + ").");
        }
        String taken = givenBy.get(r.id());
        if (taken != null) {
          throw new CordonConfigurationException("The rule id " + r.id() + " of the " + provider + " ("
              + r.getClass().getName() + ") is already taken by " + taken + ". Rule ids must be unique.");
        }
        rules.add(r);
        origins.put(r.id(), "provider " + e.getKey() + " (" + e.getValue().getClass().getName() + ")");
        givenBy.put(r.id(), "the " + provider + " (" + r.getClass().getName() + ")");
      }
    }
  }

  /** The URL with any password masked ({@code password=***}, {@code user:***@host}). */
  static String maskUrl(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("(//[^/:@]+:)[^@/]*@", "$1***@");
  }
}

package dev.cordon.core.service;

import dev.cordon.core.duty.Assignment;
import dev.cordon.core.duty.Role;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.finding.FindingStatus;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.notice.Notice;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.person.Person;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.view.internal.PersonNames;
import dev.cordon.core.report.DailyReport;
import dev.cordon.core.report.Figures;
import dev.cordon.core.report.FindingsReport;
import dev.cordon.core.report.Names;
import dev.cordon.core.report.NoticeReport;
import dev.cordon.core.report.StockReport;
import dev.cordon.core.report.UnitFigures;
import dev.cordon.core.risk.RiskArea;
import dev.cordon.core.risk.RiskRegistry;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.storage.EntryDayCount;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.storage.StorageErrors;
import dev.cordon.core.supply.Lot;
import dev.cordon.core.supply.StockPosition;
import dev.cordon.core.supply.SupplyCover;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Builds the report values (報表): the daily report rolled up the unit tree, the findings report
 * and the stock report. Entry figures are counted where the data lives
 * ({@link dev.cordon.core.storage.EntryLedger#dailyCounts}), so a day's report reads that day's
 * entries whatever the history size.
 */
public final class ReportService {
  private final Storage storage;
  private final PolicyHistory policies;

  ReportService(Storage storage, PolicyHistory policies) {
    this.storage = storage;
    this.policies = policies;
  }

  /**
   * The daily report for {@code date} and the unit {@code root} (the tree's root when empty): every
   * unit below it, each with its own figures and its subtree's totals.
   */
  public DailyReport daily(LocalDate date, Optional<UnitId> root) {
    PreventionPolicy policy = policies.policyOn(date);
    LocalDate next = date.plusDays(1);
    List<Unit> units;
    try (Stream<Unit> s = storage.units().all()) {
      units = s.toList();
    }
    // the tree's root: a unit without a parent, or, in a view scoped to a unit, the unit whose parent
    // the view does not show
    Set<UnitId> shown = new HashSet<>();
    units.forEach(u -> shown.add(u.id()));
    UnitId top = root.orElseGet(() -> units.stream().filter(u -> u.parent().filter(shown::contains).isEmpty())
        .map(Unit::id).min(Comparator.naturalOrder()).orElseThrow(() -> noSuch("unit", "(root)")));
    if (units.stream().noneMatch(u -> u.id().equals(top))) {
      throw noSuch("unit", top.value());
    }
    Map<UnitId, List<Unit>> children = new HashMap<>();
    units.forEach(u -> u.parent().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(u)));
    List<Site> sites;
    try (Stream<Site> s = storage.sites().all()) {
      sites = s.toList();
    }
    Map<SiteId, UnitId> ownerOf = new HashMap<>();
    sites.forEach(s -> ownerOf.put(s.id(), s.owner()));

    Map<UnitId, long[]> counts = new HashMap<>(); // 0 away, 1 risk, 2 follow-up, 3 adm, 4 den, 5 ref, 6 fever, 7 non-green, 8 uncovered, 9 silent
    RiskRegistry risk;
    try (Stream<RiskArea> s = storage.riskAreas().overlapping(date, next)) {
      risk = RiskRegistry.of(s.toList());
    }
    try (Stream<TravelDeclaration> s = storage.travel().overlapping(date, next)) {
      s.forEach(t -> {
        Optional<UnitId> unit = storage.people().get(t.employee()).flatMap(Person::unit);
        if (unit.isEmpty()) {
          return;
        }
        long[] c = counts.computeIfAbsent(unit.get(), k -> new long[10]);
        if (t.isAwayOn(date)) {
          c[0]++;
          if (t.destinations().stream().anyMatch(d -> risk.levelOf(d, date).isMediumOrHigh())) {
            c[1]++;
          }
        }
        boolean followedUp = t.actualReturn().filter(r -> !r.isAfter(date)).isPresent()
            && t.followUpUntil().filter(u -> u.isAfter(date)).isPresent() && t.followUpClosedAt().isEmpty();
        if (followedUp) {
          c[2]++;
        }
      });
    }
    Set<SiteId> withEntries = new HashSet<>();
    for (EntryDayCount e : storage.entries().dailyCounts(date, next, policy.feverThreshold())) {
      withEntries.add(e.site());
      UnitId owner = ownerOf.get(e.site());
      if (owner == null) {
        continue;
      }
      long[] c = counts.computeIfAbsent(owner, k -> new long[10]);
      c[3] += e.admitted();
      c[4] += e.denied();
      c[5] += e.referred();
      c[6] += e.fevers();
      c[7] += e.nonGreen();
    }
    Set<SiteId> covered = new HashSet<>();
    try (Stream<Assignment> s = storage.assignments().overlapping(date, next)) {
      s.filter(a -> a.role() == Role.SITE_RESPONSIBLE && a.isHeldOn(date))
          .forEach(a -> a.scope().site().ifPresent(covered::add));
    }
    for (Site site : sites) {
      if (site.keySite()) {
        long[] c = counts.computeIfAbsent(site.owner(), k -> new long[10]);
        if (!covered.contains(site.id())) {
          c[8]++;
        }
        if (!withEntries.contains(site.id())) {
          c[9]++;
        }
      }
    }
    Map<UnitId, EnumMap<Severity, Long>> findings = new HashMap<>();
    try (Stream<Finding> s = storage.findings().between(date, next)) {
      s.filter(f -> f.status() == FindingStatus.OPEN || f.status() == FindingStatus.CONFIRMED)
          .forEach(f -> f.unit().ifPresent(u -> findings.computeIfAbsent(u, k -> new EnumMap<>(Severity.class))
              .merge(f.severity(), 1L, Long::sum)));
    }
    Map<UnitId, Cover> lowest = new HashMap<>();
    Map<UnitId, Unit> byId = new HashMap<>();
    units.forEach(u -> byId.put(u.id(), u));
    for (StockPosition p : new StockService(storage).positions(next.atStartOfDay(policy.zone()).toInstant())) {
      Unit holder = byId.get(p.holding().holder());
      Optional<BigDecimal> days = holder == null ? Optional.empty() : coverDays(p, holder, policy, date);
      days.ifPresent(d -> lowest.merge(holder.id(), new Cover(d, p.holding().item()),
          (a, b) -> a.days().compareTo(b.days()) <= 0 ? a : b));
    }

    List<UnitFigures> rows = new ArrayList<>();
    walk(byId.get(top), 0, children, counts, findings, lowest, rows);
    Names names = names(List.of(), List.of(), "report daily " + date);
    return new DailyReport(date, top, rows, policy.supplyReserveDays(), names);
  }

  private record Cover(BigDecimal days, dev.cordon.core.supply.SupplyItemId item) {}

  /** Depth-first: adds the unit's row before its children's and returns its subtree's figures. */
  private Figures walk(Unit unit, int depth, Map<UnitId, List<Unit>> children, Map<UnitId, long[]> counts,
      Map<UnitId, EnumMap<Severity, Long>> findings, Map<UnitId, Cover> lowest, List<UnitFigures> rows) {
    long[] c = counts.getOrDefault(unit.id(), new long[10]);
    Cover cover = lowest.get(unit.id());
    Figures own = new Figures(unit.headcount(), c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
        findings.getOrDefault(unit.id(), new EnumMap<>(Severity.class)),
        Optional.ofNullable(cover).map(Cover::days), Optional.ofNullable(cover).map(Cover::item), c[8], c[9]);
    int at = rows.size();
    rows.add(null);
    Figures subtree = own;
    List<Unit> kids = new ArrayList<>(children.getOrDefault(unit.id(), List.of()));
    kids.sort(Comparator.comparing(Unit::id));
    for (Unit k : kids) {
      subtree = subtree.plus(walk(k, depth + 1, children, counts, findings, lowest, rows));
    }
    rows.set(at, new UnitFigures(unit.id(), unit.name(), unit.parent(), depth, own, subtree));
    return subtree;
  }

  /**
   * Days of cover ({@link SupplyCover}), the norm converted to the item's unit; empty when the item's
   * kind has no norm or nothing is used.
   */
  private Optional<BigDecimal> coverDays(StockPosition p, Unit holder, PreventionPolicy policy, LocalDate day) {
    return storage.supplyItems().get(p.holding().item())
        .flatMap(i -> Optional.ofNullable(policy.consumptionNorms().get(i.kind())).map(i::inOwnUnits))
        .flatMap(norm -> SupplyCover.of(p, day, norm, holder.headcount()).days());
  }

  /**
   * The findings dated in {@code [from, to)} that match: the unit's subtree (if given), rule ids,
   * severities and statuses (empty sets match everything).
   */
  public FindingsReport findings(LocalDate from, LocalDate to, Optional<UnitId> unit, Set<String> rules,
      Set<Severity> severities, Set<FindingStatus> statuses) {
    Set<UnitId> scope = unit.map(u -> new Directory(storage).subtree(u)).orElse(null);
    Predicate<Finding> keep = f -> (scope == null || f.unit().filter(scope::contains).isPresent())
        && (rules.isEmpty() || rules.contains(f.ruleId()))
        && (severities.isEmpty() || severities.contains(f.severity()))
        && (statuses.isEmpty() || statuses.contains(f.status()));
    List<Finding> out;
    try (Stream<Finding> s = storage.findings().between(from, to)) {
      out = s.filter(keep).sorted(Comparator.comparing(Finding::date)
          .thenComparing(Finding::severity, Comparator.reverseOrder()).thenComparing(Finding::id)).toList();
    }
    String filter = "unit=" + unit.map(u -> u.value() + " subtree").orElse("all")
        + ", rules=" + (rules.isEmpty() ? "all" : new java.util.TreeSet<>(rules))
        + ", severities=" + (severities.isEmpty() ? "all" : severities)
        + ", statuses=" + (statuses.isEmpty() ? "all" : statuses);
    return new FindingsReport(from, to, filter, out,
        names(out, List.of(), "report findings " + from + ".." + to.minusDays(1) + " " + filter));
  }

  /**
   * The notice list (通報): the notices issued on {@code [from, to)} — only those naming a unit of
   * {@code unit}'s subtree when given — with the findings each names.
   */
  public NoticeReport notices(LocalDate from, LocalDate to, Optional<UnitId> unit) {
    Set<UnitId> scope = unit.map(u -> new Directory(storage).subtree(u)).orElse(null);
    List<Notice> notices;
    try (Stream<Notice> s = storage.notices().between(from, to)) {
      notices = s.filter(n -> scope == null || n.units().stream().anyMatch(scope::contains)).toList();
    }
    List<Finding> named = new ArrayList<>();
    Map<UnitId, String> names = new java.util.TreeMap<>();
    for (Notice n : notices) {
      for (FindingId id : n.findings()) {
        storage.findings().get(id).ifPresent(named::add);
      }
      List<UnitId> units = new ArrayList<>(n.units());
      units.add(n.issuer());
      units.forEach(u -> names.put(u, storage.units().get(u).map(Unit::name).orElse(u.value())));
    }
    return new NoticeReport(from, to, notices, named, names,
        names(named, notices, "report notices " + from + ".." + to.minusDays(1) + unit.map(u -> " unit=" + u.value()).orElse("")));
  }

  /** The stock report at the end of {@code date}, with "expiring soon" looking {@code soonDays} ahead. */
  public StockReport stock(LocalDate date, int soonDays) {
    PreventionPolicy policy = policies.policyOn(date);
    List<StockReport.Line> lines = new ArrayList<>();
    for (StockPosition p : new StockService(storage).positions(date.plusDays(1).atStartOfDay(policy.zone()).toInstant())) {
      Optional<Unit> holder = storage.units().get(p.holding().holder());
      Optional<SupplyItem> item = storage.supplyItems().get(p.holding().item());
      BigDecimal usable = p.usableOn(date);
      BigDecimal soon = p.lots().stream()
          .filter(l -> !l.isExpiredOn(date) && l.expiry().filter(e -> e.isBefore(date.plusDays(soonDays))).isPresent())
          .map(Lot::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
      lines.add(new StockReport.Line(p.holding().holder().value(), holder.map(Unit::name).orElse(""),
          p.holding().item().value(), item.map(SupplyItem::name).orElse(""),
          item.map(SupplyItem::unitOfMeasure).orElse(""), p.balance(), usable, p.expiredOn(date), soon,
          holder.flatMap(h -> coverDays(p, h, policy, date))));
    }
    return new StockReport(date, soonDays, lines, policy.supplyReserveDays());
  }

  /**
   * The language reports are written in unless the caller asks for another: Simplified Chinese when
   * the policy in force on {@code date} counts days in a zone of China (the policy's locale), else
   * English.
   */
  public java.util.Locale language(LocalDate date) {
    String zone = policies.policyOn(date).zone().getId();
    return CHINA_ZONES.contains(zone) ? java.util.Locale.SIMPLIFIED_CHINESE : java.util.Locale.ENGLISH;
  }

  private static final Set<String> CHINA_ZONES = Set.of("Asia/Shanghai", "Asia/Chongqing", "Asia/Chungking",
      "Asia/Harbin", "Asia/Urumqi", "Asia/Kashgar", "PRC");

  /**
   * The names a report shows beside ids: every unit (in the tree's order), site and item, the rules'
   * descriptions, and the masked names of the people the findings are about or name in their
   * messages. Names of people are masked here, before they reach any report — unless the report is
   * made through a revealed view ({@code Cordon.revealing}), which shows them as stored and writes
   * the people named to the access log as one line for {@code what}.
   */
  private Names names(List<Finding> findings, List<Notice> notices, String what) {
    List<Unit> units;
    try (Stream<Unit> s = storage.units().all()) {
      units = s.toList();
    }
    Map<UnitId, List<Unit>> children = new HashMap<>();
    List<Unit> roots = new ArrayList<>();
    Set<UnitId> shown = new HashSet<>();
    units.forEach(u -> shown.add(u.id()));
    for (Unit u : units) {
      if (u.parent().filter(shown::contains).isPresent()) {
        children.computeIfAbsent(u.parent().get(), k -> new ArrayList<>()).add(u);
      } else {
        roots.add(u);
      }
    }
    Map<String, String> unitNames = new java.util.LinkedHashMap<>();
    java.util.ArrayDeque<Unit> stack = new java.util.ArrayDeque<>();
    roots.stream().sorted(Comparator.comparing(Unit::id).reversed()).forEach(stack::push);
    while (!stack.isEmpty()) {
      Unit u = stack.pop();
      if (unitNames.putIfAbsent(u.id().value(), u.name()) == null) {
        children.getOrDefault(u.id(), List.of()).stream().sorted(Comparator.comparing(Unit::id).reversed())
            .forEach(stack::push);
      }
    }
    units.forEach(u -> unitNames.putIfAbsent(u.id().value(), u.name()));
    Map<String, String> siteNames = new HashMap<>();
    try (Stream<Site> s = storage.sites().all()) {
      s.forEach(x -> siteNames.put(x.id().value(), x.name()));
    }
    Map<String, String> itemNames = new HashMap<>();
    try (Stream<SupplyItem> s = storage.supplyItems().all()) {
      s.forEach(x -> itemNames.put(x.id().value(), x.name()));
    }
    Map<String, dev.cordon.core.report.Text> rules = new HashMap<>();
    dev.cordon.core.rules.BuiltInRules.all().forEach(r -> rules.put(r.id(), r.description()));
    Map<String, String> people = new HashMap<>();
    Set<String> tried = new HashSet<>();
    List<String> candidates = new ArrayList<>();
    for (Finding f : findings) {
      candidates.add(f.subject().id());
      candidates.addAll(Names.ids(f.messageEn()));
    }
    notices.forEach(n -> candidates.add(n.issuedBy().value()));
    for (String id : candidates) {
      if (unitNames.containsKey(id) || siteNames.containsKey(id) || itemNames.containsKey(id) || !tried.add(id)) {
        continue;
      }
      try {
        storage.people().get(dev.cordon.core.person.PersonId.of(id))
            .ifPresent(p -> people.put(id, Names.maskName(p.name())));
      } catch (CordonValidationException notAnId) {
        // a word of the message that cannot be a person's id
      }
    }
    // through a view the people read above are withheld copies: the view gives their names as stored,
    // masked here as for the whole organisation, or shown in full (and logged) when it was revealed
    Optional<PersonNames> view = people.isEmpty() ? Optional.empty() : storage.capability(PersonNames.class);
    view.ifPresent(v -> v.namesOf(people.keySet().stream().sorted().map(dev.cordon.core.person.PersonId::of).toList(), what)
        .forEach((id, name) -> people.put(id.value(), v.revealed() ? name : Names.maskName(name))));
    return new Names(unitNames, siteNames, itemNames, people, rules);
  }

  private static CordonValidationException noSuch(String what, String id) {
    return new CordonValidationException(StorageErrors.unknownReference("unit", id, what));
  }

}

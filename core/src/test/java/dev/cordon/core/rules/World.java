package dev.cordon.core.rules;

import dev.cordon.core.dining.DiningPlan;
import dev.cordon.core.disinfection.DisinfectionRecord;
import dev.cordon.core.disinfection.DisinfectionRecordId;
import dev.cordon.core.duty.Assignment;
import dev.cordon.core.duty.AssignmentId;
import dev.cordon.core.duty.Role;
import dev.cordon.core.duty.Scope;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.inspection.Inspection;
import dev.cordon.core.notice.Notice;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.person.Rank;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.risk.RiskRegistry;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import dev.cordon.core.supply.Holding;
import dev.cordon.core.supply.MovementKind;
import dev.cordon.core.supply.StockBook;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockMovementId;
import dev.cordon.core.supply.StockPosition;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.supply.SupplyKind;
import dev.cordon.core.travel.PurposeKind;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelDeclarationId;
import dev.cordon.core.travel.TravelState;
import dev.cordon.spi.rules.FindingDraft;
import dev.cordon.spi.rules.Records;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * An in-memory set of records for the rules' example tests — {@link Records} over lists — and a
 * {@link RuleContext} that collects the drafts a rule reports. October 2021, Baotou.
 */
final class World implements Records {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final UnitId GROUP = UnitId.of("group");
  static final UnitId BRANCH = UnitId.of("branch");

  final List<Unit> units = new ArrayList<>();
  final List<Person> people = new ArrayList<>();
  final List<Site> sites = new ArrayList<>();
  final List<SupplyItem> items = new ArrayList<>();
  final List<StockMovement> movements = new ArrayList<>();
  final List<Assignment> assignments = new ArrayList<>();
  final List<TravelDeclaration> travel = new ArrayList<>();
  final List<DisinfectionRecord> disinfections = new ArrayList<>();
  final List<Inspection> inspections = new ArrayList<>();
  final List<Notice> notices = new ArrayList<>();
  final List<Finding> findings = new ArrayList<>();
  final List<DiningPlan> diningPlans = new ArrayList<>();
  PreventionPolicy policy = PreventionPolicy.defaults().build();

  /** A group with one branch (headcount 10). */
  static World withBranch() {
    World w = new World();
    w.units.add(Unit.builder().id(GROUP).name("包头热力集团").kind(UnitKind.GROUP).headcount(50).build());
    w.units.add(Unit.builder().id(BRANCH).name("东河分公司").kind(UnitKind.GRASSROOTS_UNIT).parent(GROUP)
        .headcount(10).build());
    return w;
  }

  static LocalDate oct(int day) {
    return LocalDate.of(2021, 10, day);
  }

  static Instant at(LocalDate day, int hour) {
    return day.atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant();
  }

  Site site(String id, SiteKind kind, UnitId owner) {
    Site s = Site.builder().id(SiteId.of(id)).name(id).kind(kind).owner(owner).region(RegionCode.of("150202")).build();
    sites.add(s);
    return s;
  }

  Person person(String id, UnitId unit, Rank rank) {
    Person p = Person.builder().id(PersonId.of(id)).name("张伟").category(PersonCategory.EMPLOYEE).unit(unit)
        .rank(rank).build();
    people.add(p);
    return p;
  }

  Assignment assign(String id, String person, Role role, Scope scope, LocalDate from, LocalDate to) {
    Assignment.Builder b = Assignment.builder().id(AssignmentId.of(id)).person(PersonId.of(person)).role(role)
        .scope(scope).validFrom(from);
    if (to != null) {
      b.validTo(to);
    }
    Assignment a = b.build();
    assignments.add(a);
    return a;
  }

  SupplyItem item(String id, SupplyKind kind) {
    SupplyItem i = SupplyItem.builder().id(SupplyItemId.of(id)).name(id).kind(kind).unitOfMeasure("个").build();
    items.add(i);
    return i;
  }

  /** An item counted in {@code unitOfMeasure}, {@code unitsPerNormUnit} of which make one unit of the norm. */
  SupplyItem item(String id, SupplyKind kind, String unitOfMeasure, String unitsPerNormUnit) {
    SupplyItem i = SupplyItem.builder().id(SupplyItemId.of(id)).name(id).kind(kind).unitOfMeasure(unitOfMeasure)
        .unitsPerNormUnit(new BigDecimal(unitsPerNormUnit)).build();
    items.add(i);
    return i;
  }

  void receive(String id, String item, UnitId holder, String quantity, Instant at, LocalDate expiry) {
    StockMovement.Builder b = StockMovement.builder().id(StockMovementId.of(id)).item(SupplyItemId.of(item))
        .kind(MovementKind.RECEIPT).holder(holder).quantity(new BigDecimal(quantity)).at(at);
    if (expiry != null) {
      b.lot("L-" + id).expiry(expiry);
    }
    movements.add(b.build());
  }

  TravelDeclaration trip(String id, String person, LocalDate departed, LocalDate returned) {
    TravelDeclaration.Builder b = TravelDeclaration.builder().id(TravelDeclarationId.of(id))
        .employee(PersonId.of(person)).addDestinations(RegionCode.of("150100")).purpose("出差")
        .purposeKind(PurposeKind.BUSINESS).plannedDeparture(departed)
        .plannedReturn(returned == null ? departed.plusDays(3) : returned)
        .declaredAt(at(departed.minusDays(2), 9)).actualDeparture(departed);
    if (returned == null) {
      b.state(TravelState.DEPARTED);
    } else {
      b.state(TravelState.RETURNED).actualReturn(returned);
    }
    TravelDeclaration t = b.build();
    travel.add(t);
    return t;
  }

  void disinfect(String id, String site, Instant at) {
    disinfections.add(DisinfectionRecord.builder().id(DisinfectionRecordId.of(id)).site(SiteId.of(site)).at(at)
        .build());
  }

  /** Runs {@code rule} over {@code [from, to)} and returns what it reported. */
  List<FindingDraft> run(Rule rule, LocalDate from, LocalDate to) {
    List<FindingDraft> out = new ArrayList<>();
    PolicyHistory policies = PolicyHistory.of(policy);
    rule.evaluate(new RuleContext() {
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
        return to.atStartOfDay(ZONE).toInstant();
      }

      @Override
      public ZoneId zone() {
        return ZONE;
      }

      @Override
      public PreventionPolicy policyOn(LocalDate day) {
        return policies.policyOn(day);
      }

      @Override
      public Records records() {
        return World.this;
      }

      @Override
      public RiskRegistry risk() {
        return RiskRegistry.of(List.of());
      }

      @Override
      public void report(FindingDraft draft) {
        out.add(draft);
      }
    });
    return out;
  }

  // --- Records ---------------------------------------------------------------------------------

  private Instant start(LocalDate d) {
    return d.atStartOfDay(ZONE).toInstant();
  }

  @Override
  public Stream<Entry> entries(LocalDate from, LocalDate to) {
    return Stream.empty();
  }

  @Override
  public Stream<Entry> entriesOf(PersonId employee, LocalDate from, LocalDate to) {
    return Stream.empty();
  }

  @Override
  public Stream<TravelDeclaration> travel(LocalDate from, LocalDate to) {
    return travel.stream().filter(t -> t.spanStart().isBefore(to) && t.spanEnd().map(e -> e.isAfter(from)).orElse(true));
  }

  @Override
  public Stream<TravelDeclaration> travelOf(PersonId employee) {
    return travel.stream().filter(t -> t.employee().equals(employee));
  }

  @Override
  public Stream<Assignment> assignments(LocalDate from, LocalDate to) {
    return assignments.stream().filter(a -> a.validFrom().isBefore(to) && a.validTo().map(e -> e.isAfter(from)).orElse(true));
  }

  @Override
  public Stream<DisinfectionRecord> disinfections(LocalDate from, LocalDate to) {
    return disinfections.stream().filter(r -> !r.at().isBefore(start(from)) && r.at().isBefore(start(to)))
        .sorted(Comparator.comparing(DisinfectionRecord::at));
  }

  @Override
  public Optional<Site> site(SiteId id) {
    return sites.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  @Override
  public List<Site> sites() {
    return sites;
  }

  @Override
  public Optional<Unit> unit(UnitId id) {
    return units.stream().filter(u -> u.id().equals(id)).findFirst();
  }

  @Override
  public List<Unit> units() {
    return units;
  }

  @Override
  public Optional<Person> person(PersonId id) {
    return people.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  @Override
  public Optional<SupplyItem> item(SupplyItemId id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  @Override
  public List<StockPosition> positions(Instant asOf) {
    return holdings().stream().map(h -> StockBook.position(h, movements, asOf)).toList();
  }

  @Override
  public List<Holding> holdings() {
    TreeSet<Holding> out = new TreeSet<>();
    movements.forEach(m -> out.addAll(StockBook.holdingsOf(m)));
    return new ArrayList<>(out);
  }

  @Override
  public Stream<StockMovement> movementsOf(Holding holding) {
    return movements.stream().filter(m -> StockBook.holdingsOf(m).contains(holding));
  }

  @Override
  public Stream<Inspection> inspections(LocalDate from, LocalDate to) {
    return inspections.stream().filter(i -> !i.date().isBefore(from) && i.date().isBefore(to));
  }

  @Override
  public Stream<Notice> notices(LocalDate from, LocalDate to) {
    return notices.stream().filter(n -> !n.date().isBefore(from) && n.date().isBefore(to));
  }

  @Override
  public Stream<DiningPlan> diningPlans(LocalDate from, LocalDate to) {
    return diningPlans.stream().filter(p -> !p.date().isBefore(from) && p.date().isBefore(to))
        .sorted(java.util.Comparator.comparing(DiningPlan::date).thenComparing(DiningPlan::id));
  }

  @Override
  public Optional<Finding> finding(FindingId id) {
    return findings.stream().filter(f -> f.id().equals(id)).findFirst();
  }
}

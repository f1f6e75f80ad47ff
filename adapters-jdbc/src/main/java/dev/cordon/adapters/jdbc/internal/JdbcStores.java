package dev.cordon.adapters.jdbc.internal;

import dev.cordon.core.dining.DiningPlan;
import dev.cordon.core.dining.DiningPlanId;
import dev.cordon.core.disinfection.DisinfectionRecord;
import dev.cordon.core.disinfection.DisinfectionRecordId;
import dev.cordon.core.duty.Assignment;
import dev.cordon.core.duty.AssignmentId;
import dev.cordon.core.duty.Scope;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.inspection.Inspection;
import dev.cordon.core.inspection.InspectionId;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.risk.RiskArea;
import dev.cordon.core.risk.RiskAreaId;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.storage.AssignmentStore;
import dev.cordon.core.storage.DiningPlanStore;
import dev.cordon.core.storage.DisinfectionLog;
import dev.cordon.core.storage.EntryDayCount;
import dev.cordon.core.storage.EntryLedger;
import dev.cordon.core.storage.FindingStore;
import dev.cordon.core.storage.InspectionStore;
import dev.cordon.core.storage.NoticeStore;
import dev.cordon.core.storage.PersonStore;
import dev.cordon.core.storage.RiskAreaStore;
import dev.cordon.core.storage.SiteStore;
import dev.cordon.core.storage.StockLedger;
import dev.cordon.core.storage.SupplyItemStore;
import dev.cordon.core.storage.TravelStore;
import dev.cordon.core.storage.UnitStore;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelDeclarationId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The stores of one JDBC storage, one per aggregate, each over its table. */
public final class JdbcStores {
  private final UnitStore units;
  private final PersonStore people;
  private final SiteStore sites;
  private final SupplyItemStore items;
  private final EntryLedger entries;
  private final TravelStore travel;
  private final RiskAreaStore riskAreas;
  private final StockLedger stock;
  private final AssignmentStore assignments;
  private final DisinfectionLog disinfection;
  private final FindingStore findings;
  private final InspectionStore inspections;
  private final NoticeStore notices;
  private final DiningPlanStore diningPlans;

  /** The stores over {@code db}. */
  public JdbcStores(Database db) {
    units = new Units(db);
    people = new People(db);
    sites = new Sites(db);
    items = new Items(db);
    entries = new Entries(db);
    travel = new Travel(db);
    riskAreas = new RiskAreas(db);
    stock = new StockTable(db);
    assignments = new Assignments(db);
    disinfection = new Disinfections(db);
    findings = new Findings(db);
    inspections = new Inspections(db);
    notices = new NoticeTable(db);
    diningPlans = new DiningPlans(db);
  }

  /** Units. */
  public UnitStore units() {
    return units;
  }

  /** People. */
  public PersonStore people() {
    return people;
  }

  /** Sites. */
  public SiteStore sites() {
    return sites;
  }

  /** Supply items. */
  public SupplyItemStore supplyItems() {
    return items;
  }

  /** The registration ledger. */
  public EntryLedger entries() {
    return entries;
  }

  /** Travel declarations. */
  public TravelStore travel() {
    return travel;
  }

  /** Risk areas. */
  public RiskAreaStore riskAreas() {
    return riskAreas;
  }

  /** The stock ledger. */
  public StockLedger stock() {
    return stock;
  }

  /** Assignments. */
  public AssignmentStore assignments() {
    return assignments;
  }

  /** The disinfection log. */
  public DisinfectionLog disinfection() {
    return disinfection;
  }

  /** Findings. */
  public FindingStore findings() {
    return findings;
  }

  /** Inspections. */
  public InspectionStore inspections() {
    return inspections;
  }

  /** Notices. */
  public NoticeStore notices() {
    return notices;
  }

  /** Adopted canteen plans. */
  public DiningPlanStore diningPlans() {
    return diningPlans;
  }

  private static final class Units extends VersionedTable<UnitId, Unit> implements UnitStore {
    Units(Database db) {
      super(db, "cordon_unit", "unit", Unit.class, Unit::id, List.of());
    }
  }

  private static final class People extends VersionedTable<PersonId, Person> implements PersonStore {
    People(Database db) {
      super(db, "cordon_person", "person", Person.class, Person::id, List.of());
    }
  }

  private static final class Sites extends VersionedTable<SiteId, Site> implements SiteStore {
    Sites(Database db) {
      super(db, "cordon_site", "site", Site.class, Site::id, List.of(Column.text("unit_id", Site::owner)));
    }
  }

  private static final class Items extends VersionedTable<SupplyItemId, SupplyItem> implements SupplyItemStore {
    Items(Database db) {
      super(db, "cordon_supply_item", "supply item", SupplyItem.class, SupplyItem::id, List.of());
    }
  }

  private static final class Travel extends VersionedTable<TravelDeclarationId, TravelDeclaration>
      implements TravelStore {
    Travel(Database db) {
      super(db, "cordon_travel_declaration", "travel declaration", TravelDeclaration.class, TravelDeclaration::id,
          List.of(Column.text("employee_id", TravelDeclaration::employee),
              Column.date("span_start", TravelDeclaration::spanStart),
              Column.date("span_end", TravelDeclaration::spanEnd)));
    }

    @Override
    public Stream<TravelDeclaration> overlapping(LocalDate from, LocalDate to) {
      return pagedById(" AND span_start < ? AND (span_end IS NULL OR span_end > ?)", new Object[] {to, from});
    }

    @Override
    public Stream<TravelDeclaration> ofEmployee(PersonId employee) {
      return pagedById(" AND employee_id = ?", new Object[] {employee.value()});
    }
  }

  private static final class RiskAreas extends VersionedTable<RiskAreaId, RiskArea> implements RiskAreaStore {
    RiskAreas(Database db) {
      super(db, "cordon_risk_area", "risk area", RiskArea.class, RiskArea::id,
          List.of(Column.text("region", a -> a.region().code()),
              Column.date("in_force_from", RiskArea::inForceFrom),
              Column.date("in_force_to", RiskArea::inForceTo)));
    }

    @Override
    public Stream<RiskArea> overlapping(LocalDate from, LocalDate to) {
      return pagedById(" AND in_force_from < ? AND (in_force_to IS NULL OR in_force_to > ?)", new Object[] {to, from});
    }
  }

  private static final class Assignments extends VersionedTable<AssignmentId, Assignment> implements AssignmentStore {
    Assignments(Database db) {
      super(db, "cordon_assignment", "assignment", Assignment.class, Assignment::id,
          List.of(Column.text("person_id", Assignment::person),
              Column.date("valid_from", Assignment::validFrom),
              Column.date("valid_to", Assignment::validTo)));
    }

    @Override
    public Stream<Assignment> overlapping(LocalDate from, LocalDate to) {
      return pagedById(" AND valid_from < ? AND (valid_to IS NULL OR valid_to > ?)", new Object[] {to, from});
    }
  }

  private static final class Findings extends VersionedTable<FindingId, Finding> implements FindingStore {
    Findings(Database db) {
      super(db, "cordon_finding", "finding", Finding.class, Finding::id,
          List.of(Column.text("rule_id", Finding::ruleId),
              Column.text("severity", Finding::severity),
              Column.text("status", Finding::status),
              Column.text("unit_id", Finding::unit),
              Column.date("finding_date", Finding::date)));
    }

    @Override
    public Stream<Finding> between(LocalDate from, LocalDate to) {
      String base = "SELECT body, finding_date, id FROM cordon_finding WHERE is_current"
          + " AND finding_date >= ? AND finding_date < ?";
      return paged("read findings", base + " ORDER BY finding_date, id LIMIT ?",
          base + " AND (finding_date, id) > (?, ?) ORDER BY finding_date, id LIMIT ?",
          f -> new Object[] {f.date(), f.id().value()}, from, to);
    }
  }

  /** Adopted canteen plans: versioned, queried by plan date. */
  private static final class DiningPlans extends VersionedTable<DiningPlanId, DiningPlan> implements DiningPlanStore {
    DiningPlans(Database db) {
      super(db, "cordon_dining_plan", "dining plan", DiningPlan.class, DiningPlan::id,
          List.of(Column.date("plan_date", DiningPlan::date),
              Column.text("site_id", DiningPlan::canteen)));
    }

    @Override
    public Stream<DiningPlan> between(LocalDate from, LocalDate to) {
      String base = "SELECT body, plan_date, id FROM cordon_dining_plan WHERE is_current"
          + " AND plan_date >= ? AND plan_date < ?";
      return paged("read dining plans", base + " ORDER BY plan_date, id LIMIT ?",
          base + " AND (plan_date, id) > (?, ?) ORDER BY plan_date, id LIMIT ?",
          p -> new Object[] {p.date(), p.id().value()}, from, to);
    }
  }

  /** Inspections: written once, one row each (no versions, nothing superseded). */
  private static final class Inspections extends LedgerTable<InspectionId, Inspection> implements InspectionStore {
    Inspections(Database db) {
      super(db, "cordon_inspection", "inspection", Inspection.class, Inspection::id, i -> Optional.empty(), false,
          List.of(Column.date("inspection_date", Inspection::date),
              Column.text("scope_key", i -> i.scope().key())));
    }

    @Override
    public Stream<Inspection> between(LocalDate from, LocalDate to) {
      return byDate(" WHERE inspection_date >= ? AND inspection_date < ?", from, to);
    }

    @Override
    public Stream<Inspection> of(Scope scope) {
      return byDate(" WHERE scope_key = ?", scope.key());
    }

    private Stream<Inspection> byDate(String condition, Object... params) {
      String base = "SELECT body, inspection_date, id FROM cordon_inspection" + condition;
      return paged("read inspections", base + " ORDER BY inspection_date, id LIMIT ?",
          base + " AND (inspection_date, id) > (?, ?) ORDER BY inspection_date, id LIMIT ?",
          i -> new Object[] {i.date(), i.id().value()}, params);
    }
  }

  private static final class Entries extends LedgerTable<EntryId, Entry> implements EntryLedger {
    Entries(Database db) {
      super(db, "cordon_entry", "entry", Entry.class, Entry::id, Entry::supersedes, true,
          List.of(Column.text("site_id", Entry::site),
              Column.instant("occurred_at", Entry::at),
              Column.date("entry_day", e -> e.localDate(db.zone())),
              Column.text("person_id", e -> e.entrant().personId()),
              Column.text("category", e -> e.entrant().category()),
              Column.text("decision", Entry::decision),
              Column.decimal("temperature", Entry::temperature),
              Column.text("health_code", Entry::healthCode),
              Column.text("supersedes", Entry::supersedes)));
    }

    @Override
    public Stream<Entry> between(Instant from, Instant to) {
      return between("entry_day", Entry::at, from, to, "");
    }

    @Override
    public Stream<Entry> ofSite(SiteId site, Instant from, Instant to) {
      return between("entry_day", Entry::at, from, to, " AND site_id = ?", site.value());
    }

    @Override
    public Stream<Entry> ofEmployee(PersonId person, Instant from, Instant to) {
      return between("entry_day", Entry::at, from, to, " AND person_id = ?", person.value());
    }

    @Override
    public List<EntryDayCount> dailyCounts(LocalDate from, LocalDate to, BigDecimal feverThreshold) {
      return EntryCounts.bySiteAndDay(db, from, to, feverThreshold);
    }
  }

  private static final class Disinfections extends LedgerTable<DisinfectionRecordId, DisinfectionRecord>
      implements DisinfectionLog {
    Disinfections(Database db) {
      super(db, "cordon_disinfection_record", "disinfection record", DisinfectionRecord.class,
          DisinfectionRecord::id, r -> Optional.empty(), false,
          List.of(Column.text("site_id", DisinfectionRecord::site),
              Column.instant("occurred_at", DisinfectionRecord::at),
              Column.date("disinfection_day", r -> r.at().atZone(db.zone()).toLocalDate())));
    }

    @Override
    public Stream<DisinfectionRecord> between(Instant from, Instant to) {
      return between("disinfection_day", DisinfectionRecord::at, from, to, "");
    }
  }
}

package dev.cordon.adapters.jdbc.internal;

import dev.cordon.core.privacy.AccessRecord;
import dev.cordon.core.privacy.PurgeRecord;

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
import dev.cordon.core.policy.PolicyId;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.risk.RiskArea;
import dev.cordon.core.risk.RiskAreaId;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelDeclarationId;
import dev.cordon.core.storage.AssignmentQueries;
import dev.cordon.core.storage.DiningPlanQueries;
import dev.cordon.core.storage.DisinfectionQueries;
import dev.cordon.core.storage.EntryDayCount;
import dev.cordon.core.storage.EntryQueries;
import dev.cordon.core.storage.FindingQueries;
import dev.cordon.core.storage.InspectionQueries;
import dev.cordon.core.storage.LockKey;
import dev.cordon.core.storage.NoticeQueries;
import dev.cordon.core.storage.RecordKind;
import dev.cordon.core.storage.RecordTable;
import dev.cordon.core.storage.RiskAreaQueries;
import dev.cordon.core.storage.StockQueries;
import dev.cordon.core.storage.TravelQueries;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The tables of one JDBC storage, one per record kind; each is also the capability that answers its
 * kind's queries in SQL (the ports in core ask for them through {@code Storage.capability}).
 */
public final class JdbcStores {
  private final Map<RecordKind<?, ?>, Table<?, ?>> tables = new LinkedHashMap<>();
  private final Map<Class<?>, Object> capabilities = new HashMap<>();
  private final StockTable stock;
  private final NoticeTable notices;

  /** The tables over {@code db}. */
  public JdbcStores(Database db) {
    stock = new StockTable(db);
    notices = new NoticeTable(db);
    add(RecordKind.POLICIES, new Policies(db));
    add(RecordKind.UNITS, new Units(db));
    add(RecordKind.PEOPLE, new People(db));
    add(RecordKind.SITES, new Sites(db));
    add(RecordKind.SUPPLY_ITEMS, new Items(db));
    add(RecordKind.ENTRIES, new Entries(db), EntryQueries.class);
    add(RecordKind.TRAVEL, new Travel(db), TravelQueries.class);
    add(RecordKind.RISK_AREAS, new RiskAreas(db), RiskAreaQueries.class);
    add(RecordKind.STOCK, stock, StockQueries.class);
    add(RecordKind.ASSIGNMENTS, new Assignments(db), AssignmentQueries.class);
    add(RecordKind.DISINFECTION, new Disinfections(db), DisinfectionQueries.class);
    add(RecordKind.FINDINGS, new Findings(db), FindingQueries.class);
    add(RecordKind.INSPECTIONS, new Inspections(db), InspectionQueries.class);
    add(RecordKind.NOTICES, notices, NoticeQueries.class);
    add(RecordKind.DINING_PLANS, new DiningPlans(db), DiningPlanQueries.class);
    add(RecordKind.PURGE_LOG, new LedgerTable<>(db, "cordon_purge_log", "purge log line", PurgeRecord.class,
        PurgeRecord::id, r -> Optional.empty(), false, List.of(Column.instant("logged_at", PurgeRecord::at))));
    add(RecordKind.ACCESS_LOG, new LedgerTable<>(db, "cordon_access_log", "access log line", AccessRecord.class,
        AccessRecord::id, r -> Optional.empty(), false, List.of(Column.instant("logged_at", AccessRecord::at))));
  }

  private <K extends Comparable<K>, V> void add(RecordKind<K, V> kind, Table<K, V> table, Class<?>... offers) {
    tables.put(kind, table);
    for (Class<?> c : offers) {
      capabilities.put(c, table);
    }
  }

  /** The table of {@code kind}. */
  @SuppressWarnings("unchecked")
  public <K extends Comparable<K>, V> RecordTable<K, V> table(RecordKind<K, V> kind) {
    RecordTable<K, V> t = (RecordTable<K, V>) tables.get(kind);
    if (t == null) {
      throw new IllegalArgumentException("no table for " + kind);
    }
    return t;
  }

  /** The query interface {@code type}, answered in SQL, if this storage offers it. */
  public <C> Optional<C> capability(Class<C> type) {
    return Optional.ofNullable(capabilities.get(type)).map(type::cast);
  }

  /** The query interfaces answered in SQL. */
  public List<String> capabilities() {
    return capabilities.keySet().stream().map(Class::getSimpleName).sorted().toList();
  }

  /** Locks {@code key} on {@code c} until its transaction ends. */
  public void lock(Connection c, LockKey key) throws SQLException {
    if (key instanceof LockKey.HoldingKey h) {
      stock.lock(c, h.holding());
    } else if (key instanceof LockKey.NoticeYear y) {
      notices.lock(c, y.year());
    } else {
      throw new IllegalArgumentException("unknown lock key " + key.text());
    }
  }

  private static final class Policies extends VersionedTable<PolicyId, PreventionPolicy> {
    Policies(Database db) {
      super(db, "cordon_policy", "policy", PreventionPolicy.class, PolicyId::of, List.of());
    }
  }

  private static final class Units extends VersionedTable<UnitId, Unit>  {
    Units(Database db) {
      super(db, "cordon_unit", "unit", Unit.class, Unit::id, List.of());
    }
  }

  private static final class People extends VersionedTable<PersonId, Person>  {
    People(Database db) {
      super(db, "cordon_person", "person", Person.class, Person::id, List.of());
    }
  }

  private static final class Sites extends VersionedTable<SiteId, Site>  {
    Sites(Database db) {
      super(db, "cordon_site", "site", Site.class, Site::id, List.of(Column.text("unit_id", Site::owner)));
    }
  }

  private static final class Items extends VersionedTable<SupplyItemId, SupplyItem>  {
    Items(Database db) {
      super(db, "cordon_supply_item", "supply item", SupplyItem.class, SupplyItem::id, List.of());
    }
  }

  private static final class Travel extends VersionedTable<TravelDeclarationId, TravelDeclaration>
      implements TravelQueries {
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

  private static final class RiskAreas extends VersionedTable<RiskAreaId, RiskArea> implements RiskAreaQueries {
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

  private static final class Assignments extends VersionedTable<AssignmentId, Assignment> implements AssignmentQueries {
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

  private static final class Findings extends VersionedTable<FindingId, Finding> implements FindingQueries {
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
  private static final class DiningPlans extends VersionedTable<DiningPlanId, DiningPlan> implements DiningPlanQueries {
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
  private static final class Inspections extends LedgerTable<InspectionId, Inspection> implements InspectionQueries {
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

  private static final class Entries extends LedgerTable<EntryId, Entry> implements EntryQueries {
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
              Column.text("supersedes", Entry::supersedes)),
          "entry_day");
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
      implements DisinfectionQueries {
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

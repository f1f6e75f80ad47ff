package dev.cordon.core.storage.internal;

import dev.cordon.core.privacy.AccessRecord;
import dev.cordon.core.privacy.PurgeRecord;
import dev.cordon.core.storage.AuditLog;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
import dev.cordon.core.notice.Notice;
import dev.cordon.core.notice.NoticeId;
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
import dev.cordon.core.storage.AssignmentQueries;
import dev.cordon.core.storage.AssignmentStore;
import dev.cordon.core.storage.DiningPlanQueries;
import dev.cordon.core.storage.DiningPlanStore;
import dev.cordon.core.storage.DisinfectionLog;
import dev.cordon.core.storage.DisinfectionQueries;
import dev.cordon.core.storage.EntryDayCount;
import dev.cordon.core.storage.EntryLedger;
import dev.cordon.core.storage.EntryQueries;
import dev.cordon.core.storage.FindingQueries;
import dev.cordon.core.storage.FindingStore;
import dev.cordon.core.storage.InspectionQueries;
import dev.cordon.core.storage.InspectionStore;
import dev.cordon.core.storage.PersonStore;
import dev.cordon.core.storage.PolicyStore;
import dev.cordon.core.storage.RecordKind;
import dev.cordon.core.storage.RiskAreaQueries;
import dev.cordon.core.storage.RiskAreaStore;
import dev.cordon.core.storage.SiteStore;
import dev.cordon.core.storage.StockLedger;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.storage.SupplyItemStore;
import dev.cordon.core.storage.TravelQueries;
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
import java.util.stream.Stream;

/**
 * Core's ports over a storage's tables: what {@link Storage#units()}, {@link Storage#entries()} …
 * return. Each port is a thin object (the storage caches its tables); query methods go to the
 * provider's capability when it offers one, else to core's answers over the tables ({@link Scans}).
 */
public final class Ports {
  private Ports() {}

  /** The policies port of {@code s}. */
  public static PolicyStore policies(Storage s) {
    return new Policies(s);
  }

  /** The units port of {@code s}. */
  public static UnitStore units(Storage s) {
    return new Units(s);
  }

  /** The people port of {@code s}. */
  public static PersonStore people(Storage s) {
    return new People(s);
  }

  /** The sites port of {@code s}. */
  public static SiteStore sites(Storage s) {
    return new Sites(s);
  }

  /** The supply items port of {@code s}. */
  public static SupplyItemStore supplyItems(Storage s) {
    return new Items(s);
  }

  /** The registration ledger of {@code s}. */
  public static EntryLedger entries(Storage s) {
    return new Entries(s);
  }

  /** The travel declarations of {@code s}. */
  public static TravelStore travel(Storage s) {
    return new Travel(s);
  }

  /** The risk areas of {@code s}. */
  public static RiskAreaStore riskAreas(Storage s) {
    return new RiskAreas(s);
  }

  /** The stock ledger of {@code s}, with the stock guard. */
  public static StockLedger stock(Storage s) {
    return new StockPort(s);
  }

  /** The duty assignments of {@code s}. */
  public static AssignmentStore assignments(Storage s) {
    return new Assignments(s);
  }

  /** The disinfection log of {@code s}. */
  public static DisinfectionLog disinfection(Storage s) {
    return new Disinfections(s);
  }

  /** The findings of {@code s}. */
  public static FindingStore findings(Storage s) {
    return new Findings(s);
  }

  /** The inspections of {@code s}. */
  public static InspectionStore inspections(Storage s) {
    return new Inspections(s);
  }

  /** The notices of {@code s}, numbered per year. */
  public static dev.cordon.core.storage.NoticeStore notices(Storage s) {
    return new NoticePort(s);
  }

  /** The canteen plans of {@code s}. */
  public static DiningPlanStore diningPlans(Storage s) {
    return new DiningPlans(s);
  }

  /** The purge log of {@code s}. */
  public static AuditLog<PurgeRecord> purgeLog(Storage s) {
    return new Log<>(s, RecordKind.PURGE_LOG, PurgeRecord::at);
  }

  /** The access log of {@code s}. */
  public static AuditLog<AccessRecord> accessLog(Storage s) {
    return new Log<>(s, RecordKind.ACCESS_LOG, AccessRecord::at);
  }

  private static final class Log<T> extends Port<String, T> implements AuditLog<T> {
    private final Function<T, Instant> at;

    Log(Storage s, RecordKind<String, T> kind, Function<T, Instant> at) {
      super(s, kind);
      this.at = at;
    }

    @Override
    public Stream<T> between(Instant from, Instant to) {
      List<T> out;
      try (Stream<T> all = all()) {
        out = all.filter(t -> !at.apply(t).isBefore(from) && at.apply(t).isBefore(to))
            .sorted(Comparator.comparing(at).thenComparing(kind::idOf))
            .collect(Collectors.toList());
      }
      return out.stream();
    }
  }

  private static final class Policies extends VersionedPort<PolicyId, PreventionPolicy> implements PolicyStore {
    Policies(Storage s) {
      super(s, RecordKind.POLICIES);
    }
  }

  private static final class Units extends VersionedPort<UnitId, Unit> implements UnitStore {
    Units(Storage s) {
      super(s, RecordKind.UNITS);
    }
  }

  private static final class People extends VersionedPort<PersonId, Person> implements PersonStore {
    People(Storage s) {
      super(s, RecordKind.PEOPLE);
    }
  }

  private static final class Sites extends VersionedPort<SiteId, Site> implements SiteStore {
    Sites(Storage s) {
      super(s, RecordKind.SITES);
    }
  }

  private static final class Items extends VersionedPort<SupplyItemId, SupplyItem> implements SupplyItemStore {
    Items(Storage s) {
      super(s, RecordKind.SUPPLY_ITEMS);
    }
  }

  private static final class Travel extends VersionedPort<TravelDeclarationId, TravelDeclaration>
      implements TravelStore {
    Travel(Storage s) {
      super(s, RecordKind.TRAVEL);
    }

    private TravelQueries q() {
      return queries(TravelQueries.class, Scans.Travel::new);
    }

    @Override
    public Stream<TravelDeclaration> overlapping(LocalDate from, LocalDate to) {
      return q().overlapping(from, to);
    }

    @Override
    public Stream<TravelDeclaration> ofEmployee(PersonId employee) {
      return q().ofEmployee(employee);
    }
  }

  private static final class RiskAreas extends VersionedPort<RiskAreaId, RiskArea> implements RiskAreaStore {
    RiskAreas(Storage s) {
      super(s, RecordKind.RISK_AREAS);
    }

    @Override
    public Stream<RiskArea> overlapping(LocalDate from, LocalDate to) {
      return queries(RiskAreaQueries.class, Scans.RiskAreas::new).overlapping(from, to);
    }
  }

  private static final class Assignments extends VersionedPort<AssignmentId, Assignment>
      implements AssignmentStore {
    Assignments(Storage s) {
      super(s, RecordKind.ASSIGNMENTS);
    }

    @Override
    public Stream<Assignment> overlapping(LocalDate from, LocalDate to) {
      return queries(AssignmentQueries.class, Scans.Assignments::new).overlapping(from, to);
    }
  }

  private static final class Findings extends VersionedPort<FindingId, Finding> implements FindingStore {
    Findings(Storage s) {
      super(s, RecordKind.FINDINGS);
    }

    @Override
    public Stream<Finding> between(LocalDate from, LocalDate to) {
      return queries(FindingQueries.class, Scans.Findings::new).between(from, to);
    }
  }

  private static final class DiningPlans extends VersionedPort<DiningPlanId, DiningPlan>
      implements DiningPlanStore {
    DiningPlans(Storage s) {
      super(s, RecordKind.DINING_PLANS);
    }

    @Override
    public Stream<DiningPlan> between(LocalDate from, LocalDate to) {
      return queries(DiningPlanQueries.class, Scans.DiningPlans::new).between(from, to);
    }
  }

  private static final class Inspections extends Port<InspectionId, Inspection> implements InspectionStore {
    Inspections(Storage s) {
      super(s, RecordKind.INSPECTIONS);
    }

    private InspectionQueries q() {
      return queries(InspectionQueries.class, Scans.Inspections::new);
    }

    @Override
    public Stream<Inspection> between(LocalDate from, LocalDate to) {
      return q().between(from, to);
    }

    @Override
    public Stream<Inspection> of(Scope scope) {
      return q().of(scope);
    }
  }

  private static final class Entries extends LedgerPort<EntryId, Entry> implements EntryLedger {
    Entries(Storage s) {
      super(s, RecordKind.ENTRIES);
    }

    private EntryQueries q() {
      return queries(EntryQueries.class, Scans.Entries::new);
    }

    @Override
    public Stream<Entry> between(Instant from, Instant to) {
      return q().between(from, to);
    }

    @Override
    public Stream<Entry> ofSite(SiteId site, Instant from, Instant to) {
      return q().ofSite(site, from, to);
    }

    @Override
    public Stream<Entry> ofEmployee(PersonId person, Instant from, Instant to) {
      return q().ofEmployee(person, from, to);
    }

    @Override
    public List<EntryDayCount> dailyCounts(LocalDate from, LocalDate to, BigDecimal feverThreshold) {
      return q().dailyCounts(from, to, feverThreshold);
    }
  }

  private static final class Disinfections extends LedgerPort<DisinfectionRecordId, DisinfectionRecord>
      implements DisinfectionLog {
    Disinfections(Storage s) {
      super(s, RecordKind.DISINFECTION);
    }

    @Override
    public Stream<DisinfectionRecord> between(Instant from, Instant to) {
      return queries(DisinfectionQueries.class, Scans.Disinfections::new).between(from, to);
    }
  }
}

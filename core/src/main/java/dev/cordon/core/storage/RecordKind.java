package dev.cordon.core.storage;

import dev.cordon.core.privacy.AccessRecord;
import dev.cordon.core.privacy.PurgeRecord;

import dev.cordon.core.dining.DiningPlan;
import dev.cordon.core.dining.DiningPlanId;
import dev.cordon.core.disinfection.DisinfectionRecord;
import dev.cordon.core.disinfection.DisinfectionRecordId;
import dev.cordon.core.duty.Assignment;
import dev.cordon.core.duty.AssignmentId;
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
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockMovementId;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelDeclarationId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One kind of record Cordon stores (SPI tier): its name, its Java type, how to read its id, and its
 * {@link Shape} — what a provider needs to keep one {@link RecordTable} per kind without knowing
 * the domain. The kinds are the constants of this class; a provider keeps a table for each of
 * {@link #all()} and should not assume the list is closed (a later minor version may add a kind: a
 * provider that stores records generically, by kind name, id text and body, needs no change).
 *
 * @param <K> the id type, ordered (records are listed in id order)
 * @param <V> the record type: immutable, with value equality
 */
public final class RecordKind<K extends Comparable<K>, V> {
  /** How a kind's records change over time, and so which table primitives it uses. */
  public enum Shape {
    /** Written once, never changed: inspections, notices. */
    RECORDS,
    /**
     * Append-only, never changed; a correction is a new record that supersedes an old one
     * ({@link RecordTable#markSuperseded}): entries, stock movements, disinfection records.
     */
    LEDGER,
    /** A new version per change, every version kept ({@link RecordTable#appendVersion}). */
    VERSIONED
  }

  /** Units (單位). */
  public static final RecordKind<UnitId, Unit> UNITS =
      new RecordKind<>("unit", Unit.class, Unit::id, Shape.VERSIONED, null, null);
  /** People (人員). */
  public static final RecordKind<PersonId, Person> PEOPLE =
      new RecordKind<>("person", Person.class, Person::id, Shape.VERSIONED, null, null);
  /** Sites (場所). */
  public static final RecordKind<SiteId, Site> SITES =
      new RecordKind<>("site", Site.class, Site::id, Shape.VERSIONED, null, null);
  /** Supply items (防疫物資). */
  public static final RecordKind<SupplyItemId, SupplyItem> SUPPLY_ITEMS =
      new RecordKind<>("supply item", SupplyItem.class, SupplyItem::id, Shape.VERSIONED, null, null);
  /** Registration-ledger entries (出入登記). */
  public static final RecordKind<EntryId, Entry> ENTRIES =
      new RecordKind<>("entry", Entry.class, Entry::id, Shape.LEDGER, Entry::supersedes, Entry::at);
  /** Travel declarations (外出報備). */
  public static final RecordKind<TravelDeclarationId, TravelDeclaration> TRAVEL = new RecordKind<>(
      "travel declaration", TravelDeclaration.class, TravelDeclaration::id, Shape.VERSIONED, null, null);
  /** Risk areas (中高風險地區). */
  public static final RecordKind<RiskAreaId, RiskArea> RISK_AREAS =
      new RecordKind<>("risk area", RiskArea.class, RiskArea::id, Shape.VERSIONED, null, null);
  /** Stock movements (防疫物資臺賬). */
  public static final RecordKind<StockMovementId, StockMovement> STOCK = new RecordKind<>(
      "stock movement", StockMovement.class, StockMovement::id, Shape.LEDGER, StockMovement::supersedes,
      StockMovement::at);
  /** Duty assignments (責任分工). */
  public static final RecordKind<AssignmentId, Assignment> ASSIGNMENTS =
      new RecordKind<>("assignment", Assignment.class, Assignment::id, Shape.VERSIONED, null, null);
  /** Disinfection records (消殺記錄). */
  public static final RecordKind<DisinfectionRecordId, DisinfectionRecord> DISINFECTION = new RecordKind<>(
      "disinfection record", DisinfectionRecord.class, DisinfectionRecord::id, Shape.LEDGER, null,
      DisinfectionRecord::at);
  /** Findings (檢查發現), one version per review step. */
  public static final RecordKind<FindingId, Finding> FINDINGS =
      new RecordKind<>("finding", Finding.class, Finding::id, Shape.VERSIONED, null, null);
  /** Inspections (檢查督導). */
  public static final RecordKind<InspectionId, Inspection> INSPECTIONS =
      new RecordKind<>("inspection", Inspection.class, Inspection::id, Shape.RECORDS, null, null);
  /** Named notices (通報). */
  public static final RecordKind<NoticeId, Notice> NOTICES =
      new RecordKind<>("notice", Notice.class, Notice::id, Shape.RECORDS, null, null);
  /** Adopted canteen plans (錯峰就餐方案). */
  public static final RecordKind<DiningPlanId, DiningPlan> DINING_PLANS =
      new RecordKind<>("dining plan", DiningPlan.class, DiningPlan::id, Shape.VERSIONED, null, null);

  /**
   * Prevention policies (防控政策), one per day they take effect, versioned: the history the checks
   * and reports judge by when the application gives none.
   */
  public static final RecordKind<PolicyId, PreventionPolicy> POLICIES = new RecordKind<>(
      "policy", PreventionPolicy.class, PolicyId::of, Shape.VERSIONED, null, null);

  /**
   * The purge log (個人信息刪除記錄): one line per committed batch of a purge or an erasure; written
   * once, never changed, never purged.
   */
  public static final RecordKind<String, PurgeRecord> PURGE_LOG =
      new RecordKind<>("purge log line", PurgeRecord.class, PurgeRecord::id, Shape.RECORDS, null, null);

  /**
   * The access log (個人信息查閱記錄): one line per reveal of personal values; written once, never
   * changed, never purged.
   */
  public static final RecordKind<String, AccessRecord> ACCESS_LOG =
      new RecordKind<>("access log line", AccessRecord.class, AccessRecord::id, Shape.RECORDS, null, null);

  private static final List<RecordKind<?, ?>> ALL = List.of(POLICIES, UNITS, PEOPLE, SITES, SUPPLY_ITEMS, ENTRIES,
      TRAVEL, RISK_AREAS, STOCK, ASSIGNMENTS, DISINFECTION, FINDINGS, INSPECTIONS, NOTICES, DINING_PLANS,
      PURGE_LOG, ACCESS_LOG);

  private final String name;
  private final Class<V> type;
  private final Function<V, K> id;
  private final Shape shape;
  private final Function<V, Optional<K>> supersedes;
  private final Function<V, Instant> instant;

  private RecordKind(String name, Class<V> type, Function<V, K> id, Shape shape,
      Function<V, Optional<K>> supersedes, Function<V, Instant> instant) {
    this.name = name;
    this.type = type;
    this.id = id;
    this.shape = shape;
    this.supersedes = supersedes == null ? v -> Optional.empty() : supersedes;
    this.instant = instant;
  }

  /** Every kind, in a fixed order (master data first). */
  public static List<RecordKind<?, ?>> all() {
    return ALL;
  }

  /** The kind's name in English, singular, e.g. {@code stock movement}: for messages. */
  public String name() {
    return name;
  }

  /** The record type. */
  public Class<V> type() {
    return type;
  }

  /** The kind's shape. */
  public Shape shape() {
    return shape;
  }

  /** The id of {@code record}. */
  public K idOf(V record) {
    return id.apply(Objects.requireNonNull(record, "record"));
  }

  /**
   * The id as text, the form a provider keys rows by: the id's value (ids are 1 to 100 visible
   * characters). Ordering records by this text with a binary (code unit) collation gives id order.
   */
  public String idText(K id) {
    return id.toString();
  }

  /** The record that {@code record} corrects, for a {@link Shape#LEDGER} kind; else empty. */
  public Optional<K> supersedesOf(V record) {
    return supersedes.apply(record);
  }

  /**
   * The instant of a record of a kind whose records happen at an instant (entries, stock movements,
   * disinfection records); empty for other kinds.
   */
  public Optional<Instant> instantOf(V record) {
    return instant == null ? Optional.empty() : Optional.of(instant.apply(record));
  }

  /** Whether the kind's records happen at an instant ({@link #instantOf}). */
  public boolean hasInstant() {
    return instant != null;
  }

  @Override
  public String toString() {
    return "RecordKind[" + name + "]";
  }
}

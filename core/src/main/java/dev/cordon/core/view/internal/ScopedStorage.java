package dev.cordon.core.view.internal;

import dev.cordon.core.dining.DiningPlan;
import dev.cordon.core.disinfection.DisinfectionRecord;
import dev.cordon.core.duty.Assignment;
import dev.cordon.core.duty.Scope;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.inspection.Inspection;
import dev.cordon.core.notice.Notice;
import dev.cordon.core.notice.NoticeId;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.validation.PersonalField;
import dev.cordon.core.privacy.Redaction;
import dev.cordon.core.risk.RiskArea;
import dev.cordon.core.site.SiteId;
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
import dev.cordon.core.storage.Storage;
import dev.cordon.core.storage.TravelQueries;
import dev.cordon.core.supply.Holding;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.internal.CordonErrors;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A view of a storage (视图): the records of one unit's subtree ({@link Subtree}; all of them for a
 * view of the whole organisation), with personal values withheld ({@link Redaction#withhold}) unless
 * the view is revealed ({@link Reveal}), in which case every read that shows personal values is
 * written to the access log first.
 *
 * <p>Every read of the tables and of the query capabilities is filtered to what the subtree shows;
 * a write of a record the subtree does not admit is refused ({@code CORDON-SCOPE-001}, shared
 * reference data {@code CORDON-SCOPE-002}) before anything reaches the storage. Transactions, locks
 * and the zone are the storage's. The view owns nothing: closing it does nothing.
 *
 * <p>A view comes in three presentations ({@link #views}): the one handed to the caller
 * ({@code Cordon.storage()}), whose reads are always withheld or logged; the one the services use,
 * whose reads inside its own transactions are the records as stored — the ports compare and extend
 * stored records there, and a withheld copy is never written back — and outside them withheld or
 * logged; and a quiet one for checks and reports, which judge and count without showing personal
 * values and so neither reveal nor log (a report's names come through {@link PersonNames}, masked unless revealed).
 */
public final class ScopedStorage implements Storage {
  private final Storage base;
  private final Subtree subtree;
  private final boolean asStoredInTransaction;
  private final Reveal reveal;
  private final Reveal names;
  private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
  private final Map<RecordKind<?, ?>, ViewTable<?, ?>> tables = new ConcurrentHashMap<>();

  private ScopedStorage(Storage base, Subtree subtree, boolean asStoredInTransaction, Reveal reveal, Reveal names) {
    this.base = base;
    this.subtree = subtree;
    this.asStoredInTransaction = asStoredInTransaction;
    this.reveal = reveal;
    this.names = names;
  }

  /**
   * The storages of one view.
   *
   * @param caller what {@code Cordon.storage()} hands out: reads withheld, or revealed and logged
   * @param services what the services that return records (entries, travel) use
   * @param quiet what checks, reports and the other services use: withheld outside transactions, not logged
   */
  public record Views(Storage caller, Storage services, Storage quiet) {}

  /**
   * The view of {@code base} scoped to {@code scope}'s subtree (the whole organisation when empty),
   * revealed to {@code reveal} when given.
   *
   * @throws CordonValidationException {@code CORDON-STORE-002} for a unit that is not stored
   */
  public static Views views(Storage base, Optional<UnitId> scope, Optional<Reveal> reveal) {
    Subtree s = scope.map(u -> Subtree.of(base, u)).orElse(null);
    Reveal r = reveal.orElse(null);
    ScopedStorage quiet = new ScopedStorage(base, s, true, null, r);
    return new Views(new ScopedStorage(base, s, false, r, r), r == null ? quiet : new ScopedStorage(base, s, true, r, r),
        quiet);
  }

  /** The unit whose subtree this view shows; empty for the whole organisation. */
  public Optional<UnitId> scope() {
    return subtree == null ? Optional.empty() : Optional.of(subtree.root());
  }

  /** The subtree, or null for the whole organisation. */
  public Subtree subtree() {
    return subtree;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <K extends Comparable<K>, V> RecordTable<K, V> table(RecordKind<K, V> kind) {
    return (RecordTable<K, V>) tables.computeIfAbsent(kind, k -> new ViewTable<>(kind, base.table(kind)));
  }

  @SuppressWarnings("unchecked")
  private <K extends Comparable<K>, V> ViewTable<K, V> view(RecordKind<K, V> kind) {
    return (ViewTable<K, V>) table(kind);
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return base.inTransaction(() -> inside(work));
  }

  @Override
  public <T> T inRetryableTransaction(Supplier<T> work) {
    return base.inRetryableTransaction(() -> inside(work));
  }

  private <T> T inside(Supplier<T> work) {
    int[] d = depth.get();
    d[0]++;
    try {
      return work.get();
    } finally {
      d[0]--;
    }
  }

  @Override
  public void lock(LockKey key) {
    base.lock(key);
  }

  @Override
  public ZoneId zone() {
    return base.zone();
  }

  @Override
  public Map<String, String> describe() {
    Map<String, String> d = new LinkedHashMap<>(base.describe());
    d.put("scope", subtree == null ? "whole organisation" : "unit " + subtree.root().value() + " and its subtree");
    d.put("personalData", reveal == null ? "withheld" : "revealed to " + reveal.by() + ", each read logged");
    return d;
  }

  /** Does nothing: the storage is its owner's to close. */
  @Override
  public void close() {}

  @Override
  public <C> Optional<C> capability(Class<C> type) {
    Object c = null;
    if (type == PersonNames.class) {
      c = new PersonNames() {
        @Override
        public boolean revealed() {
          return names != null;
        }

        @Override
        public Map<PersonId, String> namesOf(Collection<PersonId> people, String what) {
          return ScopedStorage.this.namesOf(people, what);
        }
      };
    } else if (type == EntryQueries.class) {
      c = new Entries();
    } else if (type == TravelQueries.class) {
      c = new Travel();
    } else if (type == StockQueries.class) {
      c = new Stock();
    } else if (type == NoticeQueries.class) {
      c = new Notices();
    } else if (type == FindingQueries.class) {
      c = (FindingQueries) (from, to) -> view(RecordKind.FINDINGS).shown(base.findings().between(from, to));
    } else if (type == InspectionQueries.class) {
      c = new Inspections();
    } else if (type == AssignmentQueries.class) {
      c = (AssignmentQueries) (from, to) -> view(RecordKind.ASSIGNMENTS).shown(base.assignments().overlapping(from, to));
    } else if (type == DisinfectionQueries.class) {
      c = (DisinfectionQueries) (from, to) -> view(RecordKind.DISINFECTION).shown(base.disinfection().between(from, to));
    } else if (type == DiningPlanQueries.class) {
      c = (DiningPlanQueries) (from, to) -> view(RecordKind.DINING_PLANS).shown(base.diningPlans().between(from, to));
    } else if (type == RiskAreaQueries.class) {
      c = (RiskAreaQueries) (from, to) -> view(RecordKind.RISK_AREAS).shown(base.riskAreas().overlapping(from, to));
    }
    // any other capability of the provider would bypass the view: not offered
    return Optional.ofNullable(type.cast(c));
  }

  private Map<PersonId, String> namesOf(Collection<PersonId> people, String what) {
    Map<PersonId, String> out = new LinkedHashMap<>();
    for (PersonId id : people) {
      base.people().get(id).filter(this::shows).filter(p -> !p.redacted().contains(PersonalField.NAME))
          .ifPresent(p -> out.put(id, p.name()));
    }
    if (names != null) {
      names.log(base.accessLog(), scope(), what,
          out.keySet().stream().map(id -> RecordKind.PEOPLE.name() + ":" + id.value()).toList());
    }
    return out;
  }

  private boolean shows(Object record) {
    return subtree == null || subtree.shows(record);
  }

  /** How reads of personal records are shown now. */
  private enum Shown { AS_STORED, WITHHELD, LOGGED }

  private Shown presentation() {
    if (asStoredInTransaction && depth.get()[0] > 0) {
      return Shown.AS_STORED;
    }
    return reveal == null ? Shown.WITHHELD : Shown.LOGGED;
  }

  /** One table seen through the view. */
  private final class ViewTable<K extends Comparable<K>, V> implements RecordTable<K, V> {
    private final RecordKind<K, V> kind;
    private final RecordTable<K, V> table;
    private final boolean personal;

    ViewTable(RecordKind<K, V> kind, RecordTable<K, V> table) {
      this.kind = kind;
      this.table = table;
      this.personal = Redaction.holdsPersonalData(kind.type());
    }

    private boolean visible(V v) {
      return shows(v);
    }

    private void requireAdmitted(V v) {
      if (subtree == null || subtree.admits(v)) {
        return;
      }
      String id = kind.idText(kind.idOf(v));
      throw new CordonValidationException(Subtree.isReferenceData(v)
          ? CordonErrors.sharedReferenceData(kind.name(), id, subtree.root().value())
          : CordonErrors.outsideScope(kind.name(), id, subtree.root().value()));
    }

    /** Refuses a write to a stored record the view does not show, as if it were outside the subtree. */
    private void requireStoredVisible(K id) {
      if (subtree == null) {
        return;
      }
      Optional<V> stored = table.get(id);
      if (stored.isPresent() && !visible(stored.get())) {
        throw new CordonValidationException(
            CordonErrors.outsideScope(kind.name(), kind.idText(id), subtree.root().value()));
      }
    }

    /** {@code s} filtered to what the view shows, withheld or logged as the view presents it. */
    Stream<V> shown(Stream<V> s) {
      Stream<V> filtered = subtree == null ? s : s.filter(this::visible);
      if (!personal) {
        return filtered;
      }
      switch (presentation()) {
        case AS_STORED:
          return filtered;
        case WITHHELD:
          return filtered.map(Redaction::withhold);
        default:
          List<V> read;
          try (filtered) {
            read = filtered.collect(Collectors.toCollection(ArrayList::new));
          }
          logged(read);
          return read.stream();
      }
    }

    private V one(V v) {
      if (!personal) {
        return v;
      }
      return switch (presentation()) {
        case AS_STORED -> v;
        case WITHHELD -> Redaction.withhold(v);
        case LOGGED -> {
          logged(List.of(v));
          yield v;
        }
      };
    }

    private void logged(Collection<V> read) {
      List<String> ids = read.stream().filter(v -> !Redaction.present(v).isEmpty())
          .map(v -> kind.name() + ":" + kind.idText(kind.idOf(v))).distinct().toList();
      reveal.log(base.accessLog(), scope(), "read " + kind.name(), ids);
    }

    @Override
    public List<V> insertAbsent(List<? extends V> records) {
      records.forEach(this::requireAdmitted);
      List<V> raced = table.insertAbsent(records);
      if (subtree != null) {
        List<V> stored = new ArrayList<>(records);
        stored.removeAll(raced);
        subtree.written(kind, stored);
      }
      return raced;
    }

    @Override
    public Map<K, List<V>> versions(Collection<K> ids) {
      Map<K, List<V>> found = table.versions(ids);
      Map<K, List<V>> out = new LinkedHashMap<>();
      List<V> read = new ArrayList<>();
      Shown how = personal ? presentation() : Shown.AS_STORED;
      found.forEach((id, versions) -> {
        if (versions.isEmpty() || !visible(versions.get(versions.size() - 1))) {
          return;
        }
        read.addAll(versions);
        out.put(id, how == Shown.WITHHELD ? versions.stream().map(Redaction::withhold).toList() : versions);
      });
      if (how == Shown.LOGGED) {
        logged(read);
      }
      return out;
    }

    @Override
    public boolean appendVersion(V record, int stored) {
      requireAdmitted(record);
      requireStoredVisible(kind.idOf(record));
      boolean appended = table.appendVersion(record, stored);
      if (appended && subtree != null) {
        subtree.written(kind, List.of(record));
      }
      return appended;
    }

    @Override
    public Optional<K> markSuperseded(K old, K by) {
      requireStoredVisible(old);
      return table.markSuperseded(old, by);
    }

    @Override
    public Stream<V> all() {
      return shown(table.all());
    }

    @Override
    public boolean rewrite(K id, List<? extends V> versions) {
      versions.forEach(this::requireAdmitted);
      requireStoredVisible(id);
      return table.rewrite(id, versions);
    }

    @Override
    public Optional<V> get(K id) {
      return table.get(id).filter(this::visible).map(this::one);
    }

    @Override
    public boolean contains(K id) {
      return table.get(id).filter(this::visible).isPresent();
    }

    @Override
    public long count() {
      if (subtree == null) {
        return table.count();
      }
      try (Stream<V> s = table.all()) {
        return s.filter(this::visible).count();
      }
    }

    @Override
    public Map<K, K> supersededBy(RecordKind<K, V> k, Collection<K> ids) {
      Map<K, K> marks = table.supersededBy(k, ids);
      if (subtree == null || marks.isEmpty()) {
        return marks;
      }
      Map<K, List<V>> stored = table.versions(marks.keySet());
      Map<K, K> out = new LinkedHashMap<>();
      marks.forEach((old, by) -> {
        List<V> v = stored.get(old);
        if (v != null && !v.isEmpty() && visible(v.get(v.size() - 1))) {
          out.put(old, by);
        }
      });
      return out;
    }

    @Override
    public Stream<V> current(RecordKind<K, V> k, Instant from, Instant to) {
      return shown(table.current(k, from, to));
    }

    @Override
    public Stream<V> current(RecordKind<K, V> k) {
      return shown(table.current(k));
    }
  }

  private final class Entries implements EntryQueries {
    @Override
    public Stream<Entry> between(Instant from, Instant to) {
      return view(RecordKind.ENTRIES).shown(base.entries().between(from, to));
    }

    @Override
    public Stream<Entry> ofSite(SiteId site, Instant from, Instant to) {
      if (subtree != null && !subtree.containsSite(site)) {
        return Stream.empty();
      }
      return view(RecordKind.ENTRIES).shown(base.entries().ofSite(site, from, to));
    }

    @Override
    public Stream<Entry> ofEmployee(PersonId person, Instant from, Instant to) {
      return view(RecordKind.ENTRIES).shown(base.entries().ofEmployee(person, from, to));
    }

    @Override
    public List<EntryDayCount> dailyCounts(LocalDate from, LocalDate to, BigDecimal feverThreshold) {
      List<EntryDayCount> all = base.entries().dailyCounts(from, to, feverThreshold);
      return subtree == null ? all : all.stream().filter(c -> subtree.containsSite(c.site())).toList();
    }
  }

  private final class Travel implements TravelQueries {
    @Override
    public Stream<TravelDeclaration> overlapping(LocalDate from, LocalDate to) {
      return view(RecordKind.TRAVEL).shown(base.travel().overlapping(from, to));
    }

    @Override
    public Stream<TravelDeclaration> ofEmployee(PersonId employee) {
      if (subtree != null && !subtree.containsPerson(employee)) {
        return Stream.empty();
      }
      return view(RecordKind.TRAVEL).shown(base.travel().ofEmployee(employee));
    }
  }

  /** Movements of the subtree's holdings; a holding of a unit outside it is not shown, even in part. */
  private final class Stock implements StockQueries {
    @Override
    public Stream<StockMovement> between(Instant from, Instant to) {
      return view(RecordKind.STOCK).shown(base.stock().between(from, to));
    }

    @Override
    public Stream<StockMovement> of(UnitId holder, SupplyItemId item) {
      if (subtree != null && !subtree.contains(holder)) {
        return Stream.empty();
      }
      return base.stock().of(holder, item);
    }

    @Override
    public Stream<Holding> holdings() {
      Stream<Holding> all = base.stock().holdings();
      return subtree == null ? all : all.filter(h -> subtree.contains(h.holder()));
    }
  }

  /** Notices of the subtree; numbers are the organisation's, so numbering reads every notice. */
  private final class Notices implements NoticeQueries {
    @Override
    public Stream<Notice> between(LocalDate from, LocalDate to) {
      return view(RecordKind.NOTICES).shown(base.notices().between(from, to));
    }

    @Override
    public int highestNumber(int year) {
      return base.notices().highestNumber(year);
    }

    @Override
    public Optional<NoticeId> holderOf(int year, int sequence) {
      return base.notices().holderOf(year, sequence);
    }
  }

  private final class Inspections implements InspectionQueries {
    @Override
    public Stream<Inspection> between(LocalDate from, LocalDate to) {
      return view(RecordKind.INSPECTIONS).shown(base.inspections().between(from, to));
    }

    @Override
    public Stream<Inspection> of(Scope scope) {
      return view(RecordKind.INSPECTIONS).shown(base.inspections().of(scope));
    }
  }

  @Override
  public String toString() {
    return "ScopedStorage[" + (subtree == null ? "whole organisation" : subtree.root().value())
        + (reveal == null ? "" : ", revealed") + "]";
  }
}

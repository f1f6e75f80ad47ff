package dev.cordon.spi.memory;

import dev.cordon.core.CordonStorageException;
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
import dev.cordon.core.risk.RiskArea;
import dev.cordon.core.risk.RiskAreaId;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.storage.AssignmentStore;
import dev.cordon.core.storage.BatchOutcome;
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
import dev.cordon.core.storage.Storage;
import dev.cordon.core.storage.SupplyItemStore;
import dev.cordon.core.storage.TravelStore;
import dev.cordon.core.storage.UnitStore;
import dev.cordon.core.storage.WriteOutcome;
import dev.cordon.core.supply.Holding;
import dev.cordon.core.supply.StockBook;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockMovementId;
import dev.cordon.core.supply.StockShortfall;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelDeclarationId;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TreeMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The in-memory {@link Storage}: the reference implementation of the storage ports, complete and
 * thread-safe. Writes are serialised by one lock (so the negative-balance check and the insert are
 * one step, and a transaction is all or nothing, undone from a journal when it fails); reads do not
 * lock and see the committed state plus the writes of a transaction in progress (weakly
 * consistent iteration). Nothing survives {@link #close()} or the end of the JVM.
 */
public final class MemoryStorage implements Storage {
  private final String url;
  private final ZoneId zone;
  private final ReentrantLock lock = new ReentrantLock();
  private final ThreadLocal<Deque<Runnable>> journal = new ThreadLocal<>();
  private volatile boolean closed;

  private final Units units = new Units(this);
  private final People people = new People(this);
  private final Sites sites = new Sites(this);
  private final Items items = new Items(this);
  private final Entries entries = new Entries(this);

  ZoneId zone() {
    return zone;
  }
  private final Travel travel = new Travel(this);
  private final RiskAreas riskAreas = new RiskAreas(this);
  private final Stock stock = new Stock(this);
  private final Assignments assignments = new Assignments(this);
  private final Disinfections disinfection = new Disinfections(this);
  private final Findings findings = new Findings(this);
  private final Inspections inspections = new Inspections(this);
  private final Notices notices = new Notices(this);
  private final DiningPlans diningPlans = new DiningPlans(this);

  /** A new, empty in-memory storage counting days in Asia/Shanghai. */
  public MemoryStorage(String url) {
    this(url, ZoneId.of("Asia/Shanghai"));
  }

  /** A new, empty in-memory storage counting days in {@code zone}. */
  public MemoryStorage(String url, ZoneId zone) {
    this.url = url;
    this.zone = zone;
  }

  void checkOpen() {
    if (closed) {
      throw new CordonStorageException("The storage " + url + " is closed; open a new one.");
    }
  }

  /**
   * Runs a write under the lock, inside the current transaction if there is one; a write that fails
   * is undone whole even then (a savepoint, as the JDBC provider takes), so a refused batch leaves
   * nothing behind in a transaction that goes on.
   */
  <T> T write(Supplier<T> work) {
    return inTransaction(() -> {
      Deque<Runnable> j = journal.get();
      int mark = j.size();
      try {
        return work.get();
      } catch (RuntimeException | Error e) {
        while (j.size() > mark) {
          j.pop().run();
        }
        throw e;
      }
    });
  }

  /** Registers an undo action for the current write. */
  void onRollback(Runnable undo) {
    Deque<Runnable> j = journal.get();
    if (j != null) {
      j.push(undo);
    }
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    checkOpen();
    lock.lock();
    try {
      checkOpen();
      if (journal.get() != null) {
        return work.get(); // joins the outer transaction
      }
      Deque<Runnable> j = new ArrayDeque<>();
      journal.set(j);
      try {
        T result = work.get();
        return result;
      } catch (RuntimeException | Error e) {
        while (!j.isEmpty()) {
          j.pop().run();
        }
        throw e;
      } finally {
        journal.remove();
      }
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Map<String, String> describe() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("provider", MemoryStorageProvider.ID);
    d.put("url", url);
    d.put("persistent", "false");
    d.put("zone", zone.getId());
    return d;
  }

  @Override
  public void close() {
    closed = true;
  }

  @Override
  public UnitStore units() {
    return units;
  }

  @Override
  public PersonStore people() {
    return people;
  }

  @Override
  public SiteStore sites() {
    return sites;
  }

  @Override
  public SupplyItemStore supplyItems() {
    return items;
  }

  @Override
  public EntryLedger entries() {
    return entries;
  }

  @Override
  public TravelStore travel() {
    return travel;
  }

  @Override
  public RiskAreaStore riskAreas() {
    return riskAreas;
  }

  @Override
  public StockLedger stock() {
    return stock;
  }

  @Override
  public AssignmentStore assignments() {
    return assignments;
  }

  @Override
  public DisinfectionLog disinfection() {
    return disinfection;
  }

  @Override
  public FindingStore findings() {
    return findings;
  }

  @Override
  public InspectionStore inspections() {
    return inspections;
  }

  @Override
  public NoticeStore notices() {
    return notices;
  }

  @Override
  public DiningPlanStore diningPlans() {
    return diningPlans;
  }

  @Override
  public String toString() {
    return "MemoryStorage[" + url + (closed ? ", closed" : "") + "]";
  }

  private static final class Units extends MemoryStores.Versioned<UnitId, Unit> implements UnitStore {
    Units(MemoryStorage s) {
      super(s, "unit", Unit::id);
    }
  }

  private static final class People extends MemoryStores.Versioned<PersonId, Person> implements PersonStore {
    People(MemoryStorage s) {
      super(s, "person", Person::id);
    }
  }

  private static final class Sites extends MemoryStores.Versioned<SiteId, Site> implements SiteStore {
    Sites(MemoryStorage s) {
      super(s, "site", Site::id);
    }
  }

  private static final class Items extends MemoryStores.Versioned<SupplyItemId, SupplyItem>
      implements SupplyItemStore {
    Items(MemoryStorage s) {
      super(s, "supply item", SupplyItem::id);
    }
  }

  private static final class Travel extends MemoryStores.Versioned<TravelDeclarationId, TravelDeclaration>
      implements TravelStore {
    Travel(MemoryStorage s) {
      super(s, "travel declaration", TravelDeclaration::id);
    }

    @Override
    public Stream<TravelDeclaration> overlapping(LocalDate from, LocalDate to) {
      return all().filter(t -> t.spanStart().isBefore(to)
          && t.spanEnd().map(e -> e.isAfter(from)).orElse(true));
    }

    @Override
    public Stream<TravelDeclaration> ofEmployee(PersonId employee) {
      return all().filter(t -> t.employee().equals(employee));
    }
  }

  private static final class RiskAreas extends MemoryStores.Versioned<RiskAreaId, RiskArea>
      implements RiskAreaStore {
    RiskAreas(MemoryStorage s) {
      super(s, "risk area", RiskArea::id);
    }

    @Override
    public Stream<RiskArea> overlapping(LocalDate from, LocalDate to) {
      return all().filter(a -> a.inForceFrom().isBefore(to)
          && a.inForceTo().map(e -> e.isAfter(from)).orElse(true));
    }
  }

  private static final class Assignments extends MemoryStores.Versioned<AssignmentId, Assignment>
      implements AssignmentStore {
    Assignments(MemoryStorage s) {
      super(s, "assignment", Assignment::id);
    }

    @Override
    public Stream<Assignment> overlapping(LocalDate from, LocalDate to) {
      return all().filter(a -> a.validFrom().isBefore(to)
          && a.validTo().map(e -> e.isAfter(from)).orElse(true));
    }
  }

  private static final class Findings extends MemoryStores.Versioned<FindingId, Finding>
      implements FindingStore {
    Findings(MemoryStorage s) {
      super(s, "finding", Finding::id);
    }

    @Override
    public Stream<Finding> between(LocalDate from, LocalDate to) {
      return all().filter(f -> !f.date().isBefore(from) && f.date().isBefore(to))
          .sorted(Comparator.comparing(Finding::date).thenComparing(Finding::id));
    }
  }

  private static final class DiningPlans extends MemoryStores.Versioned<DiningPlanId, DiningPlan>
      implements DiningPlanStore {
    DiningPlans(MemoryStorage s) {
      super(s, "dining plan", DiningPlan::id);
    }

    @Override
    public Stream<DiningPlan> between(LocalDate from, LocalDate to) {
      return all().filter(p -> !p.date().isBefore(from) && p.date().isBefore(to))
          .sorted(Comparator.comparing(DiningPlan::date).thenComparing(DiningPlan::id));
    }
  }

  /** Inspections: written once (the inherited {@code update} is not part of the port). */
  private static final class Inspections extends MemoryStores.Versioned<InspectionId, Inspection>
      implements InspectionStore {
    private static final Comparator<Inspection> ORDER =
        Comparator.comparing(Inspection::date).thenComparing(Inspection::id);

    Inspections(MemoryStorage s) {
      super(s, "inspection", Inspection::id);
    }

    @Override
    public Stream<Inspection> between(LocalDate from, LocalDate to) {
      return all().filter(i -> !i.date().isBefore(from) && i.date().isBefore(to)).sorted(ORDER);
    }

    @Override
    public Stream<Inspection> of(Scope scope) {
      return all().filter(i -> i.scope().equals(scope)).sorted(ORDER);
    }
  }

  /**
   * Notices: immutable, numbered per year. Numbering is derived from the stored notices under the
   * storage lock, which a transaction holds throughout — so {@code nextNumber} then {@code put} in
   * one transaction is atomic, and a rolled-back issue frees its number.
   */
  private static final class Notices extends MemoryStores.Versioned<NoticeId, Notice> implements NoticeStore {
    Notices(MemoryStorage s) {
      super(s, "notice", Notice::id);
    }

    @Override
    public WriteOutcome put(Notice n) {
      return storage.write(() -> {
        if (get(n.id()).isEmpty()) {
          try (Stream<Notice> s = all()) {
            s.filter(o -> o.year() == n.year() && o.sequence() == n.sequence()).findFirst().ifPresent(o -> {
              throw new CordonValidationException(Violation.of("CORDON-NOTICE-003", "sequence", n.number(),
                  o.id().value()));
            });
          }
        }
        return super.put(n);
      });
    }

    @Override
    public WriteOutcome update(Notice n) {
      throw new UnsupportedOperationException("notices are immutable");
    }

    @Override
    public int nextNumber(int year) {
      return storage.write(() -> {
        try (Stream<Notice> s = all()) {
          return s.filter(n -> n.year() == year).mapToInt(Notice::sequence).max().orElse(0) + 1;
        }
      });
    }

    @Override
    public Stream<Notice> between(LocalDate from, LocalDate to) {
      return all().filter(n -> !n.date().isBefore(from) && n.date().isBefore(to))
          .sorted(Comparator.comparing(Notice::date).thenComparingInt(Notice::year)
              .thenComparingInt(Notice::sequence).thenComparing(Notice::id));
    }
  }

  private static final class Entries extends MemoryStores.Ledger<EntryId, Entry, At<EntryId>>
      implements EntryLedger {
    Entries(MemoryStorage s) {
      super(s, "entry", Entry::id, Entry::supersedes, e -> new At<>(e.at(), e.id()));
    }

    @Override
    public Stream<Entry> between(Instant from, Instant to) {
      return range(At.bound(from), At.bound(to));
    }

    @Override
    public Stream<Entry> ofSite(SiteId site, Instant from, Instant to) {
      return between(from, to).filter(e -> e.site().equals(site));
    }

    @Override
    public Stream<Entry> ofEmployee(PersonId person, Instant from, Instant to) {
      return between(from, to).filter(e -> e.entrant().personId().filter(person::equals).isPresent());
    }

    @Override
    public List<EntryDayCount> dailyCounts(LocalDate from, LocalDate to, BigDecimal feverThreshold) {
      ZoneId z = ((MemoryStorage) storage).zone();
      Map<List<Object>, long[]> counts = new TreeMap<>(Comparator
          .comparing((List<Object> k) -> (LocalDate) k.get(0)).thenComparing(k -> (SiteId) k.get(1)));
      try (Stream<Entry> s = between(from.atStartOfDay(z).toInstant(), to.atStartOfDay(z).toInstant())) {
        s.forEach(e -> {
          long[] c = counts.computeIfAbsent(List.of(e.localDate(z), e.site()), k -> new long[5]);
          c[e.decision().ordinal()]++;
          if (e.temperature().filter(t -> t.compareTo(feverThreshold) >= 0).isPresent()) {
            c[3]++;
          }
          if (e.healthCode().filter(h -> !h.isGreen()).isPresent()) {
            c[4]++;
          }
        });
      }
      List<EntryDayCount> out = new ArrayList<>();
      counts.forEach((k, c) -> out.add(new EntryDayCount((SiteId) k.get(1), (LocalDate) k.get(0),
          c[0], c[1], c[2], c[3], c[4])));
      return out;
    }
  }

  private static final class Disinfections
      extends MemoryStores.Ledger<DisinfectionRecordId, DisinfectionRecord, At<DisinfectionRecordId>>
      implements DisinfectionLog {
    Disinfections(MemoryStorage s) {
      super(s, "disinfection record", DisinfectionRecord::id, r -> Optional.empty(),
          r -> new At<>(r.at(), r.id()));
    }

    @Override
    public Stream<DisinfectionRecord> between(Instant from, Instant to) {
      return range(At.bound(from), At.bound(to));
    }
  }

  private static final class Stock extends MemoryStores.Ledger<StockMovementId, StockMovement, At<StockMovementId>>
      implements StockLedger {
    /** Current movements per holding, for balances and the negative-balance guard. */
    private final Map<Holding, ConcurrentSkipListMap<At<StockMovementId>, StockMovement>> byHolding =
        new ConcurrentHashMap<>();

    Stock(MemoryStorage s) {
      super(s, "stock movement", StockMovement::id, StockMovement::supersedes, m -> new At<>(m.at(), m.id()));
    }

    /**
     * Per holding, the earliest instant the write under way changes; with {@link #depth}, read and
     * written only under the storage's lock.
     */
    private final Map<Holding, Instant> changed = new TreeMap<>();
    private int depth;

    @Override
    public WriteOutcome put(StockMovement m) {
      return storage.write(() -> guarded(() -> super.put(m)));
    }

    @Override
    public BatchOutcome putAll(List<? extends StockMovement> movements) {
      return storage.write(() -> guarded(() -> super.putAll(movements)));
    }

    /**
     * Runs a put or a batch, then refuses it (the write's savepoint undoes it) when a holding it
     * changed has a negative running balance from the earliest instant the write changed on. A batch
     * is judged once, as a whole, after its last movement.
     */
    private <T> T guarded(Supplier<T> work) {
      depth++;
      try {
        T result = work.get();
        if (depth == 1) {
          for (Map.Entry<Holding, Instant> e : changed.entrySet()) {
            Optional<StockShortfall> shortfall =
                StockBook.firstShortfall(e.getKey(), currentOf(e.getKey()).values(), e.getValue());
            if (shortfall.isPresent()) {
              throw shortfall.get().refusal();
            }
          }
        }
        return result;
      } finally {
        depth--;
        if (depth == 0) {
          changed.clear();
        }
      }
    }

    @Override
    void beforeAppend(StockMovement m, StockMovement superseded) {
      noteChange(m);
      if (superseded != null) {
        noteChange(superseded);
      }
    }

    private void noteChange(StockMovement m) {
      for (Holding h : StockBook.holdingsOf(m)) {
        changed.merge(h, m.at(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }

    private ConcurrentSkipListMap<At<StockMovementId>, StockMovement> currentOf(Holding h) {
      return byHolding.computeIfAbsent(h, k -> new ConcurrentSkipListMap<>());
    }

    @Override
    void indexed(StockMovement removed, StockMovement added) {
      if (removed != null) {
        for (Holding h : StockBook.holdingsOf(removed)) {
          currentOf(h).remove(new At<>(removed.at(), removed.id()));
        }
      }
      if (added != null) {
        for (Holding h : StockBook.holdingsOf(added)) {
          currentOf(h).put(new At<>(added.at(), added.id()), added);
        }
      }
    }

    @Override
    public Stream<StockMovement> between(Instant from, Instant to) {
      return range(At.bound(from), At.bound(to));
    }

    @Override
    public Stream<StockMovement> of(UnitId holder, SupplyItemId item) {
      storage.checkOpen();
      var m = byHolding.get(new Holding(holder, item));
      return m == null ? Stream.empty() : m.values().stream();
    }

    @Override
    public Stream<Holding> holdings() {
      storage.checkOpen();
      return byHolding.entrySet().stream().filter(e -> !e.getValue().isEmpty())
          .map(Map.Entry::getKey).sorted();
    }
  }
}

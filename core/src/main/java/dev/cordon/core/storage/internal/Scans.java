package dev.cordon.core.storage.internal;

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
import dev.cordon.core.person.PersonId;
import dev.cordon.core.risk.RiskArea;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.storage.AssignmentQueries;
import dev.cordon.core.storage.DiningPlanQueries;
import dev.cordon.core.storage.DisinfectionQueries;
import dev.cordon.core.storage.EntryDayCount;
import dev.cordon.core.storage.EntryQueries;
import dev.cordon.core.storage.FindingQueries;
import dev.cordon.core.storage.InspectionQueries;
import dev.cordon.core.storage.NoticeQueries;
import dev.cordon.core.storage.RecordKind;
import dev.cordon.core.storage.RiskAreaQueries;
import dev.cordon.core.storage.StockQueries;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.storage.TravelQueries;
import dev.cordon.core.supply.Holding;
import dev.cordon.core.supply.StockBook;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.travel.TravelDeclaration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Core's answers to the query interfaces, over a provider's tables: correct for every provider, and
 * as fast as the table's {@link dev.cordon.core.storage.RecordTable#current} (an index of instants)
 * or a full read. A provider offers its own through {@link Storage#capability} to go faster.
 */
final class Scans {
  private Scans() {}

  /** The records of {@code kind} matching {@code test}, ordered by {@code order}; read whole, then streamed. */
  static <V> Stream<V> select(Storage s, RecordKind<?, V> kind, Predicate<V> test, Comparator<V> order) {
    List<V> out;
    try (Stream<V> all = current(s, kind)) {
      out = all.filter(test).collect(Collectors.toCollection(ArrayList::new));
    }
    if (order != null) {
      out.sort(order);
    }
    return out.stream();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <V> Stream<V> current(Storage s, RecordKind<?, V> kind) {
    RecordKind k = kind;
    return s.table(k).current(k);
  }

  private static <V> Predicate<V> onDays(Function<V, LocalDate> date, LocalDate from, LocalDate to) {
    return v -> !date.apply(v).isBefore(from) && date.apply(v).isBefore(to);
  }

  /** Whether {@code [start, end)} (no end: open) overlaps {@code [from, to)}. */
  static boolean overlaps(LocalDate start, Optional<LocalDate> end, LocalDate from, LocalDate to) {
    return start.isBefore(to) && end.map(e -> e.isAfter(from)).orElse(true);
  }

  record Entries(Storage s) implements EntryQueries {
    @Override
    public Stream<Entry> between(Instant from, Instant to) {
      return s.table(RecordKind.ENTRIES).current(RecordKind.ENTRIES, from, to);
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
      ZoneId z = s.zone();
      Map<LocalDate, Map<SiteId, long[]>> counts = new TreeMap<>();
      try (Stream<Entry> all = between(from.atStartOfDay(z).toInstant(), to.atStartOfDay(z).toInstant())) {
        all.forEach(e -> {
          long[] c = counts.computeIfAbsent(e.localDate(z), k -> new TreeMap<>())
              .computeIfAbsent(e.site(), k -> new long[5]);
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
      counts.forEach((day, sites) -> sites.forEach((site, c) ->
          out.add(new EntryDayCount(site, day, c[0], c[1], c[2], c[3], c[4]))));
      return out;
    }
  }

  record Stock(Storage s) implements StockQueries {
    @Override
    public Stream<StockMovement> between(Instant from, Instant to) {
      return s.table(RecordKind.STOCK).current(RecordKind.STOCK, from, to);
    }

    @Override
    public Stream<StockMovement> of(UnitId holder, SupplyItemId item) {
      Holding h = new Holding(holder, item);
      return select(s, RecordKind.STOCK, m -> StockBook.holdingsOf(m).contains(h),
          Comparator.comparing(StockMovement::at).thenComparing(StockMovement::id));
    }

    @Override
    public Stream<Holding> holdings() {
      TreeSet<Holding> out = new TreeSet<>();
      try (Stream<StockMovement> all = current(s, RecordKind.STOCK)) {
        all.forEach(m -> out.addAll(StockBook.holdingsOf(m)));
      }
      return out.stream();
    }
  }

  record Disinfections(Storage s) implements DisinfectionQueries {
    @Override
    public Stream<DisinfectionRecord> between(Instant from, Instant to) {
      return s.table(RecordKind.DISINFECTION).current(RecordKind.DISINFECTION, from, to);
    }
  }

  record Findings(Storage s) implements FindingQueries {
    @Override
    public Stream<Finding> between(LocalDate from, LocalDate to) {
      return select(s, RecordKind.FINDINGS, onDays(Finding::date, from, to),
          Comparator.comparing(Finding::date).thenComparing(Finding::id));
    }
  }

  record DiningPlans(Storage s) implements DiningPlanQueries {
    @Override
    public Stream<DiningPlan> between(LocalDate from, LocalDate to) {
      return select(s, RecordKind.DINING_PLANS, onDays(DiningPlan::date, from, to),
          Comparator.comparing(DiningPlan::date).thenComparing(DiningPlan::id));
    }
  }

  record Inspections(Storage s) implements InspectionQueries {
    private static final Comparator<Inspection> ORDER =
        Comparator.comparing(Inspection::date).thenComparing(Inspection::id);

    @Override
    public Stream<Inspection> between(LocalDate from, LocalDate to) {
      return select(s, RecordKind.INSPECTIONS, onDays(Inspection::date, from, to), ORDER);
    }

    @Override
    public Stream<Inspection> of(Scope scope) {
      return select(s, RecordKind.INSPECTIONS, i -> i.scope().equals(scope), ORDER);
    }
  }

  record Notices(Storage s) implements NoticeQueries {
    @Override
    public Stream<Notice> between(LocalDate from, LocalDate to) {
      return select(s, RecordKind.NOTICES, onDays(Notice::date, from, to),
          Comparator.comparing(Notice::date).thenComparingInt(Notice::year).thenComparingInt(Notice::sequence)
              .thenComparing(Notice::id));
    }

    @Override
    public int highestNumber(int year) {
      try (Stream<Notice> all = current(s, RecordKind.NOTICES)) {
        return all.filter(n -> n.year() == year).mapToInt(Notice::sequence).max().orElse(0);
      }
    }

    @Override
    public Optional<NoticeId> holderOf(int year, int sequence) {
      try (Stream<Notice> all = current(s, RecordKind.NOTICES)) {
        return all.filter(n -> n.year() == year && n.sequence() == sequence).map(Notice::id).findFirst();
      }
    }
  }

  record Travel(Storage s) implements TravelQueries {
    @Override
    public Stream<TravelDeclaration> overlapping(LocalDate from, LocalDate to) {
      return select(s, RecordKind.TRAVEL, t -> overlaps(t.spanStart(), t.spanEnd(), from, to), null);
    }

    @Override
    public Stream<TravelDeclaration> ofEmployee(PersonId employee) {
      return select(s, RecordKind.TRAVEL, t -> t.employee().equals(employee), null);
    }
  }

  record RiskAreas(Storage s) implements RiskAreaQueries {
    @Override
    public Stream<RiskArea> overlapping(LocalDate from, LocalDate to) {
      return select(s, RecordKind.RISK_AREAS, a -> overlaps(a.inForceFrom(), a.inForceTo(), from, to), null);
    }
  }

  record Assignments(Storage s) implements AssignmentQueries {
    @Override
    public Stream<Assignment> overlapping(LocalDate from, LocalDate to) {
      return select(s, RecordKind.ASSIGNMENTS, a -> overlaps(a.validFrom(), a.validTo(), from, to), null);
    }
  }
}

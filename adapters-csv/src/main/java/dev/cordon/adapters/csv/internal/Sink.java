package dev.cordon.adapters.csv.internal;

import dev.cordon.core.storage.StorageErrors;
import dev.cordon.Cordon;
import dev.cordon.adapters.csv.ImportKind;
import dev.cordon.core.disinfection.DisinfectionRecord;
import dev.cordon.core.duty.Assignment;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.service.EntryService;
import dev.cordon.core.org.Unit;
import dev.cordon.core.person.Person;
import dev.cordon.core.risk.RiskArea;
import dev.cordon.core.site.Site;
import dev.cordon.core.storage.BatchOutcome;
import dev.cordon.core.storage.WriteOutcome;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Where the records of one kind go: the service that validates against stored data and stores
 * them (entries through {@code EntryService}, so its listeners — the rules — see them), batched
 * in one transaction, or one by one.
 *
 * @param <T> the record type
 */
public abstract class Sink<T> {
  /** The problems a record has against stored data, found before it is batched; none by default. */
  public List<Violation> problemsOf(T value) {
    return List.of();
  }

  /** Stores one record. */
  public abstract WriteOutcome store(T value);

  /** Stores a batch in one transaction: all or none. */
  public abstract BatchOutcome storeAll(List<T> values);

  /**
   * Whether {@code value}, refused as conflicting with a stored record of its id, is in fact that
   * record imported again from another source (a renamed or re-exported file): entries differ
   * then only in {@code source}.
   */
  public boolean isSameRecord(T value) {
    return false;
  }

  /**
   * The order in which a refused batch's records are stored one by one, or null for the file's
   * order. Stock movements go in order of instant, then id — the order the stock guard judges a
   * ledger in — so that a receipt listed after the consumptions it covers is stored before them.
   */
  public Comparator<T> oneByOneOrder() {
    return null;
  }

  /** The sink of {@code kind} in {@code cordon}. */
  @SuppressWarnings("unchecked")
  public static <T> Sink<T> of(ImportKind kind, Cordon cordon) {
    return (Sink<T>) switch (kind) {
      case UNITS -> simple(cordon, (Unit u) -> cordon.directory().register(u));
      case PEOPLE -> simple(cordon, (Person p) -> cordon.directory().register(p));
      case SITES -> simple(cordon, (Site s) -> cordon.directory().register(s));
      case SUPPLY_ITEMS -> simple(cordon, (SupplyItem i) -> cordon.directory().register(i));
      case ENTRIES -> new Entries(cordon);
      case TRAVEL_DECLARATIONS -> simple(cordon, (TravelDeclaration t) -> cordon.travel().declare(t));
      case STOCK_MOVEMENTS -> new Sink<StockMovement>() {
        @Override
        public WriteOutcome store(StockMovement m) {
          return cordon.stock().record(m);
        }

        @Override
        public BatchOutcome storeAll(List<StockMovement> values) {
          return cordon.stock().recordAll(values);
        }

        @Override
        public Comparator<StockMovement> oneByOneOrder() {
          return Comparator.comparing(StockMovement::at).thenComparing(m -> m.id().value());
        }
      };
      case ASSIGNMENTS -> simple(cordon, (Assignment a) -> cordon.duty().assign(a));
      case DISINFECTION_RECORDS -> simple(cordon, (DisinfectionRecord d) -> cordon.disinfection().record(d));
      case RISK_AREAS -> new Sink<RiskArea>() {
        @Override
        public WriteOutcome store(RiskArea a) {
          return cordon.storage().riskAreas().put(a);
        }

        @Override
        public BatchOutcome storeAll(List<RiskArea> values) {
          return cordon.storage().inTransaction(() -> cordon.storage().riskAreas().putAll(values));
        }
      };
    };
  }

  private static <T> Sink<T> simple(Cordon cordon, Function<T, WriteOutcome> one) {
    return new Sink<T>() {
      @Override
      public WriteOutcome store(T value) {
        return one.apply(value);
      }

      @Override
      public BatchOutcome storeAll(List<T> values) {
        return cordon.storage().inTransaction(() -> {
          BatchOutcome o = BatchOutcome.NONE;
          for (T v : values) {
            o = o.plus(one.apply(v));
          }
          return o;
        });
      }
    };
  }

  private static final class Entries extends Sink<Entry> {
    private final Cordon cordon;
    private final EntryService.Screen screen;

    Entries(Cordon cordon) {
      this.cordon = cordon;
      this.screen = cordon.entries().screen();
    }

    @Override
    public List<Violation> problemsOf(Entry e) {
      return screen.problemsOf(e);
    }

    @Override
    public WriteOutcome store(Entry e) {
      return cordon.entries().record(e);
    }

    @Override
    public BatchOutcome storeAll(List<Entry> values) {
      return screen.recordAll(values);
    }

    @Override
    public boolean isSameRecord(Entry e) {
      return cordon.storage().entries().get(e.id())
          .map(stored -> Entry.builder().from(stored).source(e.source()).build().equals(e))
          .orElse(false);
    }
  }

  /** Whether {@code e} is the refusal of a different record under an existing id. */
  public static boolean isConflict(CordonValidationException e) {
    return e.codes().contains(StorageErrors.CONFLICT);
  }
}

package dev.cordon.core.service;

import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.storage.BatchOutcome;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.supply.AllocationPlan;
import dev.cordon.core.supply.AllocationPlanId;
import dev.cordon.core.supply.AllocationPlanner;
import dev.cordon.core.supply.Holding;
import dev.cordon.core.supply.Lot;
import dev.cordon.core.supply.RunOutForecast;
import dev.cordon.core.supply.StockBook;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockPosition;
import dev.cordon.core.supply.SupplyCover;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.supply.UnitNeed;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import dev.cordon.core.validation.internal.CordonErrors;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Supply planning (物資保障): days of cover (可保障天數), run-out forecasts (斷供預測), and the
 * distribution of the central reserve to units by need (按需調撥) — planned with
 * {@link AllocationPlanner} and executed through the {@link StockService} in one transaction.
 *
 * <p>The norms come from the policy in force on the day judged: the consumption norm per head per
 * day of the item's kind (消耗定額; a kind without a norm is not consumed by norm, its cover is
 * unbounded and its need zero) and the reserve days (儲備天數). Headcounts are the units' own.
 */
public final class SupplyPlanning {
  private final Storage storage;
  private final PolicyHistory policies;
  private final StockService stock;

  /** Supply planning over {@code storage}, under {@code policies}, recording through {@code stock}. */
  SupplyPlanning(Storage storage, PolicyHistory policies, StockService stock) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.policies = Objects.requireNonNull(policies, "policies");
    this.stock = Objects.requireNonNull(stock, "stock");
  }

  /**
   * The days of cover of {@code holder}'s stock of {@code item} at the end of {@code day} (every
   * movement before the next local midnight), under the policy in force that day.
   *
   * @throws CordonValidationException if the unit or item is not registered
   */
  public SupplyCover cover(UnitId holder, SupplyItemId item, LocalDate day) {
    PreventionPolicy policy = policies.policyOn(day);
    return coverAt(holder, item, day, startOf(day.plusDays(1), policy.zone()), policy);
  }

  /** The days of cover of every holding (holder and item with movements) at the end of {@code day}. */
  public List<SupplyCover> covers(LocalDate day) {
    List<Holding> holdings;
    try (Stream<Holding> s = storage.stock().holdings()) {
      holdings = s.sorted().toList();
    }
    List<SupplyCover> out = new ArrayList<>(holdings.size());
    for (Holding h : holdings) {
      out.add(cover(h.holder(), h.item(), day));
    }
    return out;
  }

  /**
   * When {@code holder}'s stock of {@code item} runs out, from the start of {@code day}, at the rate
   * it was consumed over the {@code lookBackDays} days before.
   *
   * @param lookBackDays the days of consumption the rate is taken from, at least 1
   */
  public RunOutForecast forecast(UnitId holder, SupplyItemId item, LocalDate day, int lookBackDays) {
    if (lookBackDays < 1) {
      throw new IllegalArgumentException("the look-back has at least one day: " + lookBackDays);
    }
    requireRegistered(holder, item);
    ZoneId zone = policies.policyOn(day).zone();
    Instant start = startOf(day, zone);
    List<StockMovement> movements;
    try (Stream<StockMovement> s = storage.stock().of(holder, item)) {
      movements = s.toList();
    }
    StockPosition position = StockBook.position(new Holding(holder, item), movements, start);
    BigDecimal rate = RunOutForecast.dailyRate(movements, holder, item,
        startOf(day.minusDays(lookBackDays), zone), start, lookBackDays);
    return RunOutForecast.of(position, day, rate);
  }

  /**
   * What each of {@code units} needs of {@code item} to hold the policy's reserve days, judged on
   * the stock before {@code at}: the shortfall to the reserve norm, in whole units.
   */
  public List<UnitNeed> needs(SupplyItemId item, Collection<UnitId> units, Instant at) {
    LocalDate day = localDay(at);
    PreventionPolicy policy = policies.policyOn(day);
    List<UnitNeed> out = new ArrayList<>();
    for (UnitId u : units) {
      out.add(UnitNeed.toReserve(coverAt(u, item, day, at, policy), policy.supplyReserveDays()));
    }
    return out;
  }

  /**
   * Plans the distribution of {@code item} from {@code reserve} to {@code units}, each needing its
   * shortfall to the reserve norm, keeping {@code minimum} at the reserve; stock as before
   * {@code at}, the transfers dated {@code at}. Nothing is recorded.
   *
   * @throws CordonValidationException if a unit or the item is not registered, or the request is
   *     malformed (see {@link AllocationPlanner#plan})
   */
  public AllocationPlan plan(AllocationPlanId id, SupplyItemId item, UnitId reserve, BigDecimal minimum,
      Collection<UnitId> units, Instant at) {
    return plan(id, item, reserve, minimum, needs(item, units, at), at);
  }

  /** Plans the distribution of {@code item} from {@code reserve} to units with the needs given. */
  public AllocationPlan plan(AllocationPlanId id, SupplyItemId item, UnitId reserve, BigDecimal minimum,
      List<UnitNeed> needs, Instant at) {
    requireRegistered(reserve, item);
    List<Violation> v = new ArrayList<>();
    for (int i = 0; i < needs.size(); i++) {
      References.require(v, storage.units(), needs.get(i).unit(), "needs[" + i + "].unit", "unit");
    }
    References.throwIfAny(v);
    StockPosition position = stock.position(reserve, item, at);
    return AllocationPlanner.plan(id, position, localDay(at), at, minimum, needs);
  }

  /**
   * Executes {@code plan}: records its transfers in one transaction, all or none. Executing a plan
   * again stores nothing new (the transfers' ids derive from the plan).
   *
   * <p>Before recording, the reserve's current stock is checked: the transfers must take exactly
   * the lots the plan drew, and leave at least the plan's minimum usable. When the stock has changed
   * since the plan was made so that this no longer holds, nothing is recorded and a
   * {@link CordonValidationException} ({@code CORDON-PLAN-004}) asks for a new plan; a transfer the
   * ledger refuses ({@code CORDON-SUPPLY-004}) likewise stores none.
   */
  public BatchOutcome execute(AllocationPlan plan) {
    List<StockMovement> movements = plan.movements();
    return storage.inTransaction(() -> {
      List<StockMovement> fresh = movements.stream()
          .filter(m -> storage.stock().get(m.id()).isEmpty()).toList();
      if (!fresh.isEmpty()) {
        checkStillFits(plan, fresh);
      }
      return stock.recordAll(movements);
    });
  }

  private void checkStillFits(AllocationPlan plan, List<StockMovement> fresh) {
    Holding h = new Holding(plan.reserve(), plan.item());
    List<StockMovement> current;
    try (Stream<StockMovement> s = storage.stock().of(plan.reserve(), plan.item())) {
      current = s.toList();
    }
    StockPosition before = StockBook.position(h, current, null);
    List<StockMovement> all = new ArrayList<>(current);
    all.addAll(fresh);
    StockPosition after = StockBook.position(h, all, null);
    Map<String, BigDecimal> expected = byLot(before.lots());
    for (StockMovement m : fresh) {
      expected.merge(key(m.lot(), m.expiry()), m.quantity().negate(), BigDecimal::add);
    }
    Map<String, BigDecimal> actual = byLot(after.lots());
    expected.values().removeIf(q -> q.signum() == 0);
    String reason = null;
    if (expected.values().stream().anyMatch(q -> q.signum() < 0)) {
      reason = "a lot drawn no longer holds the quantity planned";
    } else if (!sameQuantities(expected, actual)) {
      reason = "the transfers would no longer take the lots planned";
    } else if (after.usableOn(plan.day()).compareTo(plan.minimum()) < 0) {
      reason = "the transfers would leave " + after.usableOn(plan.day()).toPlainString()
          + " usable, below the minimum " + plan.minimum().toPlainString();
    }
    if (reason != null) {
      throw new CordonValidationException(CordonErrors.planOutdated("plan", plan.id().value(),
          plan.item().value(), plan.reserve().value(), reason));
    }
  }

  private static Map<String, BigDecimal> byLot(List<Lot> lots) {
    Map<String, BigDecimal> out = new TreeMap<>();
    for (Lot l : lots) {
      out.merge(key(l.lot(), l.expiry()), l.quantity(), BigDecimal::add);
    }
    return out;
  }

  private static boolean sameQuantities(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
    b.values().removeIf(q -> q.signum() == 0);
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    return a.entrySet().stream().allMatch(e -> e.getValue().compareTo(b.get(e.getKey())) == 0);
  }

  private static String key(Optional<String> lot, Optional<LocalDate> expiry) {
    return lot.map(l -> "L" + l).orElse("-") + "\u0000" + expiry.map(LocalDate::toString).orElse("-");
  }

  private SupplyCover coverAt(UnitId holder, SupplyItemId item, LocalDate day, Instant asOf, PreventionPolicy policy) {
    requireRegistered(holder, item);
    Unit unit = storage.units().get(holder).orElseThrow();
    SupplyItem supply = storage.supplyItems().get(item).orElseThrow();
    // the norm in the item's own unit: quantities planned and transferred are counted in it
    BigDecimal norm = supply.inOwnUnits(policy.consumptionNorms().getOrDefault(supply.kind(), BigDecimal.ZERO));
    return SupplyCover.of(stock.position(holder, item, asOf), day, norm, unit.headcount());
  }

  private void requireRegistered(UnitId holder, SupplyItemId item) {
    List<Violation> v = new ArrayList<>();
    References.require(v, storage.units(), holder, "holder", "unit");
    References.require(v, storage.supplyItems(), item, "item", "supply item");
    References.throwIfAny(v);
  }

  private LocalDate localDay(Instant at) {
    LocalDate guess = at.atZone(policies.latest().zone()).toLocalDate();
    return at.atZone(policies.policyOn(guess).zone()).toLocalDate();
  }

  private static Instant startOf(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toInstant();
  }
}

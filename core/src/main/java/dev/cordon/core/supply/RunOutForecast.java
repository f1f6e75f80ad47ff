package dev.cordon.core.supply;

import dev.cordon.core.org.UnitId;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a holder's stock of an item runs out (斷供預測) if it keeps being consumed at its recent
 * rate.
 *
 * <p>The stock is used first-expired, first-out, one lot after the other, at {@link #dailyRate()}
 * per day from the start of {@link #day()}. A lot can be used up to the end of its expiry day; what
 * is left of it then expires unused ({@link #expiringUnused()}) and consumption moves on to the next
 * lot. Lots already expired on {@code day} are not stock. The forecast is computed lot by lot, not
 * day by day, so its cost follows the number of lots.
 *
 * @param holding the holder and item
 * @param day the first day of the forecast
 * @param usable the usable quantity on {@code day}
 * @param dailyRate the quantity consumed per day (from the ledger, see {@link #dailyRate(Iterable, UnitId, SupplyItemId, Instant, Instant, int)})
 * @param daysLeft the days until the stock runs out, rounded down to one decimal; empty when the
 *     rate is zero (the stock is never used up by consumption)
 * @param runOutOn the day on which the stock runs out; empty when the rate is zero
 * @param expiringUnused the quantity that will expire before it can be consumed at this rate
 */
public record RunOutForecast(Holding holding, LocalDate day, BigDecimal usable, BigDecimal dailyRate,
    Optional<BigDecimal> daysLeft, Optional<LocalDate> runOutOn, BigDecimal expiringUnused) {

  private static final MathContext MC = MathContext.DECIMAL64;
  private static final Comparator<Lot> FEFO = Comparator
      .comparing((Lot l) -> l.expiry().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(l -> l.lot().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));

  /** Checks that nothing is missing. */
  public RunOutForecast {
    Objects.requireNonNull(holding, "holding");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(daysLeft, "daysLeft");
    Objects.requireNonNull(runOutOn, "runOutOn");
  }

  /**
   * The forecast for {@code position} from {@code day} at {@code dailyRate} per day.
   *
   * @throws IllegalArgumentException if the rate is negative
   */
  public static RunOutForecast of(StockPosition position, LocalDate day, BigDecimal dailyRate) {
    if (dailyRate.signum() < 0) {
      throw new IllegalArgumentException("negative consumption rate: " + dailyRate);
    }
    List<Lot> lots = position.lots().stream()
        .filter(l -> !l.isExpiredOn(day) && l.quantity().signum() > 0).sorted(FEFO).toList();
    BigDecimal usable = lots.stream().map(Lot::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (dailyRate.signum() == 0) {
      BigDecimal expiring = lots.stream().filter(l -> l.expiry().isPresent()).map(Lot::quantity)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      return new RunOutForecast(position.holding(), day, usable, dailyRate, Optional.empty(),
          Optional.empty(), expiring);
    }
    BigDecimal t = BigDecimal.ZERO; // days from the start of `day` at which the lots so far are used up
    BigDecimal wasted = BigDecimal.ZERO;
    for (Lot lot : lots) {
      BigDecimal q = lot.quantity();
      if (lot.expiry().isEmpty()) {
        t = t.add(q.divide(dailyRate, MC));
        continue;
      }
      // usable up to the end of its expiry day
      BigDecimal limit = BigDecimal.valueOf(ChronoUnit.DAYS.between(day, lot.expiry().get()) + 1);
      if (t.compareTo(limit) >= 0) {
        wasted = wasted.add(q);
        continue;
      }
      BigDecimal end = t.add(q.divide(dailyRate, MC));
      if (end.compareTo(limit) <= 0) {
        t = end;
      } else {
        wasted = wasted.add(q.subtract(limit.subtract(t).multiply(dailyRate)));
        t = limit;
      }
    }
    BigDecimal days = t.setScale(1, RoundingMode.DOWN);
    LocalDate out = day.plusDays(t.setScale(0, RoundingMode.DOWN).longValueExact());
    return new RunOutForecast(position.holding(), day, usable, dailyRate, Optional.of(days),
        Optional.of(out), wasted.setScale(3, RoundingMode.HALF_UP));
  }

  /**
   * The recent consumption rate (近期消耗速度): the quantity of {@code item} that {@code holder}
   * consumed ({@link MovementKind#CONSUMPTION}) with {@code from <= at < to}, divided by
   * {@code days}, to three decimals. Transfers out are distributions, not consumption, and
   * write-offs are losses; neither is counted.
   *
   * @param movements the holding's current movements, in any order
   * @param days the length of the window in days, at least 1
   */
  public static BigDecimal dailyRate(Iterable<StockMovement> movements, UnitId holder, SupplyItemId item,
      Instant from, Instant to, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("a consumption window has at least one day: " + days);
    }
    BigDecimal used = BigDecimal.ZERO;
    for (StockMovement m : movements) {
      if (m.kind() == MovementKind.CONSUMPTION && m.holder().equals(holder) && m.item().equals(item)
          && !m.at().isBefore(from) && m.at().isBefore(to)) {
        used = used.add(m.quantity());
      }
    }
    return used.divide(BigDecimal.valueOf(days), 3, RoundingMode.HALF_UP);
  }
}

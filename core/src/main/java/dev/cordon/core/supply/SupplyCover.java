package dev.cordon.core.supply;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Days of cover (可保障天數) of a holder's stock of one item on a day: usable balance ÷ (consumption
 * norm per head per day (消耗定額) × the holder unit's own headcount). Expired lots are not counted
 * (DESIGN §4, "Days of cover").
 *
 * <p>The numbers come in as numbers (the norm and the reserve days are looked up in the policy by
 * the service layer), so that supplies do not depend on the policy.
 *
 * @param holding the holder and item
 * @param day the local day judged (lots expiring before it are expired)
 * @param usable the quantity held in lots that have not expired on {@code day}
 * @param expired the quantity held in expired lots, not counted
 * @param normPerHead consumption per head per day, in the item's own unit of measure (the policy's norm
 *     converted by {@code SupplyItem.inOwnUnits})
 * @param headcount the holder unit's own headcount (人數)
 * @param days the days of cover, rounded down to one decimal; empty when the daily use is zero
 *     (nothing is consumed, so the stock never runs out)
 */
public record SupplyCover(Holding holding, LocalDate day, BigDecimal usable, BigDecimal expired,
    BigDecimal normPerHead, int headcount, Optional<BigDecimal> days) {

  /** Checks that nothing is missing and no number is negative. */
  public SupplyCover {
    Objects.requireNonNull(holding, "holding");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(days, "days");
    if (usable.signum() < 0 || expired.signum() < 0 || normPerHead.signum() < 0 || headcount < 0) {
      throw new IllegalArgumentException("negative quantity, norm or headcount in the cover of " + holding);
    }
  }

  /**
   * The cover of {@code position} on {@code day} for a unit of {@code headcount} people consuming
   * {@code normPerHead} each per day.
   */
  public static SupplyCover of(StockPosition position, LocalDate day, BigDecimal normPerHead, int headcount) {
    BigDecimal usable = position.usableOn(day).max(BigDecimal.ZERO);
    BigDecimal daily = normPerHead.multiply(BigDecimal.valueOf(headcount));
    Optional<BigDecimal> days = daily.signum() == 0 ? Optional.empty()
        : Optional.of(usable.divide(daily, 1, RoundingMode.DOWN));
    return new SupplyCover(position.holding(), day, usable, position.expiredOn(day).max(BigDecimal.ZERO),
        normPerHead, headcount, days);
  }

  /** The quantity the unit uses in a day: norm × headcount (日消耗量). */
  public BigDecimal dailyUse() {
    return normPerHead.multiply(BigDecimal.valueOf(headcount));
  }

  /** The quantity a reserve of {@code reserveDays} days amounts to (儲備定額): daily use × days. */
  public BigDecimal reserveTarget(int reserveDays) {
    return dailyUse().multiply(BigDecimal.valueOf(reserveDays));
  }

  /** Whether the usable stock covers fewer than {@code reserveDays} days (compared exactly, not rounded). */
  public boolean isBelow(int reserveDays) {
    return usable.compareTo(reserveTarget(reserveDays)) < 0;
  }

  /**
   * The shortfall to a reserve of {@code reserveDays} days (缺口), in whole units of measure rounded
   * up: {@code ⌈reserve target − usable⌉}, or 0 when the reserve is met.
   */
  public long shortfall(int reserveDays) {
    BigDecimal gap = reserveTarget(reserveDays).subtract(usable);
    return gap.signum() <= 0 ? 0 : gap.setScale(0, RoundingMode.CEILING).longValueExact();
  }
}

package dev.cordon.core.supply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A quantity taken from one lot (批次) of the reserve for one line of an {@link AllocationPlan}.
 *
 * @param lot the lot number, empty for stock held without one
 * @param expiry the lot's expiry date (有效期至), if any
 * @param quantity the quantity taken, positive
 */
public record LotDraw(Optional<String> lot, Optional<LocalDate> expiry, BigDecimal quantity) {
  /** Checks that nothing is missing and the quantity is positive. */
  public LotDraw {
    Objects.requireNonNull(lot, "lot");
    Objects.requireNonNull(expiry, "expiry");
    if (quantity.signum() <= 0) {
      throw new IllegalArgumentException("a draw takes a positive quantity: " + quantity);
    }
  }

  /** The lot as people read it: {@code A (expires 2021-11-01)}, or {@code unnamed lot}. */
  String describeEn() {
    return lot.map(l -> "lot " + l).orElse("stock without lot number")
        + expiry.map(e -> " (expires " + e + ")").orElse("");
  }

  /** The lot in Chinese: {@code 批次 A（有效期至 2021-11-01）}. */
  String describeZh() {
    return lot.map(l -> "批次 " + l).orElse("无批号库存") + expiry.map(e -> "（有效期至 " + e + "）").orElse("");
  }
}

package dev.cordon.core.supply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The quantity of one lot (批次) in a holder's stock. Stock received without a lot is held in the
 * unnamed lot (empty {@link #lot()} and {@link #expiry()}).
 *
 * @param lot the lot number, if any
 * @param expiry the last day the lot may be used, if any
 * @param quantity the quantity held
 */
public record Lot(Optional<String> lot, Optional<LocalDate> expiry, BigDecimal quantity) {
  /** Whether the lot has expired on {@code day}: its expiry is before {@code day}. */
  public boolean isExpiredOn(LocalDate day) {
    return expiry.map(e -> e.isBefore(day)).orElse(false);
  }
}

package dev.cordon.core.supply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A holder's stock of one item at one moment: the balance (結存) and its lots.
 *
 * @param holding the holder and item
 * @param balance the quantity held, all lots together (expired ones included)
 * @param lots the lots with a quantity other than zero, first-expiring first
 */
public record StockPosition(Holding holding, BigDecimal balance, List<Lot> lots) {
  /** The quantity that has not expired on {@code day} — what counts as usable stock. */
  public BigDecimal usableOn(LocalDate day) {
    return lots.stream().filter(l -> !l.isExpiredOn(day)).map(Lot::quantity)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The quantity held in lots that have expired on {@code day}. */
  public BigDecimal expiredOn(LocalDate day) {
    return balance.subtract(usableOn(day));
  }
}

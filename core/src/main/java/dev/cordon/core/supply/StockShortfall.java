package dev.cordon.core.supply;

import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The first point of the ledger at which a holding's running balance goes below zero (庫存透支):
 * what the stock guard refuses with {@code CORDON-SUPPLY-004}.
 *
 * @param holding the holder and item
 * @param at the instant of the movement after which the balance is negative
 * @param movement that movement: the one being recorded, or a later one it would overdraw
 * @param balance the running balance right after that movement, below zero
 */
public record StockShortfall(Holding holding, Instant at, StockMovementId movement, BigDecimal balance) {
  /** The violation that reports this shortfall: when, at which movement and by how much. */
  public Violation violation() {
    String shown = balance.stripTrailingZeros().toPlainString();
    return Violation.of("CORDON-SUPPLY-004", "quantity", shown, shown, holding.item().value(),
        holding.holder().value(), at.toString(), movement.value(),
        balance.negate().stripTrailingZeros().toPlainString());
  }

  /** The refusal to throw for this shortfall. */
  public CordonValidationException refusal() {
    return new CordonValidationException(violation());
  }
}

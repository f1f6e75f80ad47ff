package dev.cordon.core.supply;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.internal.Decimals;
import dev.cordon.core.internal.Instants;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.validation.LedgerDate;
import dev.cordon.core.validation.PlainText;
import dev.cordon.core.validation.Validation;
import dev.cordon.core.validation.internal.CordonErrors;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of the prevention-supply ledger (防疫物資臺賬): a receipt, a transfer between holders,
 * a consumption, a write-off or a stocktake, of one item, optionally of one lot with its expiry.
 *
 * <p>A holder is a unit; the central reserve (物資儲備庫) is one. The ledger is append-only and
 * balances are derived from it; a movement that would make a balance negative is refused when it
 * is recorded. A correction is a new movement that {@link #supersedes()} the old one.
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableStockMovement.class)
@JsonDeserialize(as = ImmutableStockMovement.class)
public abstract class StockMovement {
  /** The movement's id. */
  public abstract StockMovementId id();

  /** The item moved. */
  public abstract SupplyItemId item();

  /** What the movement does. */
  public abstract MovementKind kind();

  /** When. */
  @LedgerDate
  public abstract Instant at();

  /** The holder whose stock it concerns: the receiver of a receipt, the sender of a transfer. */
  public abstract UnitId holder();

  /** The receiving holder of a transfer (transfers only). */
  public abstract Optional<UnitId> destination();

  /** The quantity moved, or counted for a stocktake; positive (zero allowed for a stocktake). */
  @PositiveOrZero
  @Digits(integer = 12, fraction = 3)
  public abstract BigDecimal quantity();

  /** The lot (批號). */
  public abstract Optional<@PlainText @Size(min = 1, max = 100) String> lot();

  /** The lot's expiry date (有效期至): the last day the lot may be used. */
  public abstract Optional<@LedgerDate LocalDate> expiry();

  /** Who recorded it. */
  public abstract Optional<PersonId> recordedBy();

  /** A remark. */
  public abstract Optional<@PlainText @Size(min = 1, max = 500) String> note();

  /** The movement this one corrects. */
  public abstract Optional<StockMovementId> supersedes();

  /** The change to {@code holder}'s balance; a stocktake's change depends on the balance before. */
  public BigDecimal signedQuantityFor(UnitId unit) {
    return switch (kind()) {
      case RECEIPT -> unit.equals(holder()) ? quantity() : BigDecimal.ZERO;
      case TRANSFER -> unit.equals(holder()) ? quantity().negate()
          : destination().filter(unit::equals).isPresent() ? quantity() : BigDecimal.ZERO;
      case CONSUMPTION, WRITE_OFF -> unit.equals(holder()) ? quantity().negate() : BigDecimal.ZERO;
      case STOCKTAKE -> BigDecimal.ZERO;
    };
  }

  /** A builder for a movement. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StockMovement}s; {@link #build()} throws when malformed. */
  public static final class Builder extends ImmutableStockMovement.Builder {}

  @Value.Check
  StockMovement normalise() {
    if (!Instants.isNormal(at())) {
      return ((ImmutableStockMovement) this).withAt(Instants.normal(at()));
    }
    Validation.require(this, v -> {
      if (kind() != MovementKind.STOCKTAKE && quantity().signum() <= 0) {
        v.add(CordonErrors.quantityNotPositive("quantity", Decimals.render(quantity())));
      }
      if (kind() == MovementKind.TRANSFER && destination().isEmpty()) {
        v.add(CordonErrors.movementNeeds("destination", null, kind(), "destination"));
      }
      if (kind() != MovementKind.TRANSFER && destination().isPresent()) {
        v.add(CordonErrors.movementNeeds("destination", destination().get().value(),
            kind(), "no destination"));
      }
      if (destination().filter(holder()::equals).isPresent()) {
        v.add(CordonErrors.transferToItself("destination", holder().value()));
      }
    });
    return this;
  }
}

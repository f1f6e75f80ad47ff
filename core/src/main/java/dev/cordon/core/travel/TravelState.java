package dev.cordon.core.travel;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a {@link TravelDeclaration} is in its life: DECLARED → APPROVED | REJECTED; any of those
 * three → DEPARTED; DEPARTED → RETURNED → CLOSED.
 *
 * <p>Leaving while still DECLARED or after a REJECTED is what people really do: the move is allowed
 * and flagged (TRAVEL-UNAPPROVED), never refused. What is refused is what cannot have happened: a
 * step backwards, CLOSED before RETURNED.
 */
public enum TravelState {
  /** Declared, awaiting approval (已報備). */
  DECLARED,
  /** Approved, not yet left (已批准). */
  APPROVED,
  /** Rejected, not left (未批准). */
  REJECTED,
  /** Left, not yet back (已出行). */
  DEPARTED,
  /** Back (已返回). */
  RETURNED,
  /** Back, return reported and any follow-up done (已辦結). */
  CLOSED;

  /** The states this one may move to. */
  public Set<TravelState> next() {
    return switch (this) {
      case DECLARED -> EnumSet.of(APPROVED, REJECTED, DEPARTED);
      case APPROVED, REJECTED -> EnumSet.of(DEPARTED);
      case DEPARTED -> EnumSet.of(RETURNED);
      case RETURNED -> EnumSet.of(CLOSED);
      case CLOSED -> EnumSet.noneOf(TravelState.class);
    };
  }

  /** Whether a declaration in this state may move to {@code next}. */
  public boolean canMoveTo(TravelState next) {
    return next().contains(next);
  }

  /** Whether the traveller has left (DEPARTED, RETURNED or CLOSED). */
  public boolean hasDeparted() {
    return this == DEPARTED || this == RETURNED || this == CLOSED;
  }

  /** Whether the traveller is back (RETURNED or CLOSED). */
  public boolean hasReturned() {
    return this == RETURNED || this == CLOSED;
  }
}

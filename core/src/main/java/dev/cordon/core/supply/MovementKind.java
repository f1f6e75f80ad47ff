package dev.cordon.core.supply;

/** What a {@link StockMovement} does to the stock of its holder(s). */
public enum MovementKind {
  /** Stock received by a holder (入庫): adds to {@code holder}. */
  RECEIPT,
  /** Stock sent from {@code holder} to {@code destination} (調撥/發放). */
  TRANSFER,
  /** Stock used up by {@code holder} (領用/消耗). */
  CONSUMPTION,
  /** Stock removed as expired or damaged (報廢). */
  WRITE_OFF,
  /** Stock counted at {@code holder} (盤點): the balance becomes the counted quantity. */
  STOCKTAKE
}

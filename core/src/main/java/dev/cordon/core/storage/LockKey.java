package dev.cordon.core.storage;

import dev.cordon.core.supply.Holding;

/**
 * What core locks, through {@link Storage#lock}, around an invariant that spans records (SPI tier).
 * A provider maps each key to its own primitive (a locked row, an advisory lock, a mutex) and holds
 * it until the current transaction ends. Keys are ordered: core takes several in ascending order, so
 * two writers cannot deadlock each other on them.
 */
public sealed interface LockKey extends Comparable<LockKey> {
  /** The text form of the key, unique across kinds, e.g. {@code holding:hall-1/masks}. */
  String text();

  @Override
  default int compareTo(LockKey other) {
    return text().compareTo(other.text());
  }

  /** One holder's stock of one item: the stock guard's check and insert are one step. */
  record HoldingKey(Holding holding) implements LockKey {
    @Override
    public String text() {
      return "holding:" + holding.holder().value() + "/" + holding.item().value();
    }
  }

  /** One year's notice numbers: the next number and the insert are one step. */
  record NoticeYear(int year) implements LockKey {
    @Override
    public String text() {
      return "notice-year:" + year;
    }
  }
}

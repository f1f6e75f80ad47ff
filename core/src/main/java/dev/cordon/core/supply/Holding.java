package dev.cordon.core.supply;

import dev.cordon.core.org.UnitId;

/**
 * A holder's stock of one item (庫存): the key of a balance.
 *
 * @param holder the unit holding the stock
 * @param item the item held
 */
public record Holding(UnitId holder, SupplyItemId item) implements Comparable<Holding> {
  @Override
  public int compareTo(Holding o) {
    int c = holder.compareTo(o.holder);
    return c != 0 ? c : item.compareTo(o.item);
  }

  @Override
  public String toString() {
    return holder + "/" + item;
  }
}

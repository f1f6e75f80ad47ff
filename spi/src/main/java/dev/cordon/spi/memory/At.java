package dev.cordon.spi.memory;

import java.time.Instant;

/** An order key of ledgers: instant, then id; a null id sorts first (for range bounds). */
record At<K extends Comparable<K>>(Instant at, K id) implements Comparable<At<K>> {
  static <K extends Comparable<K>> At<K> bound(Instant at) {
    return new At<>(at, null);
  }

  @Override
  public int compareTo(At<K> o) {
    int c = at.compareTo(o.at);
    if (c != 0) {
      return c;
    }
    if (id == null || o.id == null) {
      return id == null ? (o.id == null ? 0 : -1) : 1;
    }
    return id.compareTo(o.id);
  }
}

package dev.cordon.core.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants in Cordon's records are kept to the microsecond, the precision SQL databases store. */
public final class Instants {
  private Instants() {}

  public static boolean isNormal(Instant instant) {
    return instant.getNano() % 1_000 == 0;
  }

  public static Instant normal(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }
}

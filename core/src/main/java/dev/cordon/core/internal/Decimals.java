package dev.cordon.core.internal;

import java.math.BigDecimal;

/** Renders decimals for messages without ever expanding a huge exponent. */
public final class Decimals {
  private Decimals() {}

  /** Plain notation for numbers of ordinary size, scientific notation otherwise; at most 40 characters. */
  public static String render(BigDecimal value) {
    boolean ordinary = Math.abs((long) value.precision() - value.scale()) <= 30 && Math.abs(value.scale()) <= 30;
    String s = ordinary ? value.toPlainString() : value.toString();
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}

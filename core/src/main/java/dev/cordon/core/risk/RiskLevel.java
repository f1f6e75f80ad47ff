package dev.cordon.core.risk;

/** The risk level of an area (風險等級). Ordered: LOW &lt; MEDIUM &lt; HIGH. */
public enum RiskLevel {
  /** Low risk (低風險): the default of every area not listed. */
  LOW,
  /** Medium risk (中風險). */
  MEDIUM,
  /** High risk (高風險). */
  HIGH;

  /** Whether this is medium or high (中高風險). */
  public boolean isMediumOrHigh() {
    return this != LOW;
  }

  /** The higher of this and {@code other}. */
  public RiskLevel max(RiskLevel other) {
    return compareTo(other) >= 0 ? this : other;
  }
}

package dev.cordon.core.finding;

/** How serious a finding is (嚴重程度). Ordered from INFO to CRITICAL. */
public enum Severity {
  /** For information (提示). */
  INFO,
  /** Low (輕微). */
  LOW,
  /** Medium (一般). */
  MEDIUM,
  /** High (嚴重). */
  HIGH,
  /** Critical (重大). */
  CRITICAL
}

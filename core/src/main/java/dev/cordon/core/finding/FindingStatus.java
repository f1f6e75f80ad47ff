package dev.cordon.core.finding;

import java.util.EnumSet;
import java.util.Set;

/**
 * The review state of a finding: OPEN → CONFIRMED | DISMISSED (analysed and verified, 分析甄別);
 * CONFIRMED → RECTIFIED (整改完成). Only CONFIRMED and RECTIFIED findings may appear in a named
 * notice (通報).
 */
public enum FindingStatus {
  /** Found, not yet reviewed (待甄別). */
  OPEN,
  /** Reviewed and confirmed (已確認). */
  CONFIRMED,
  /** Reviewed and dismissed, with a reason (已排除). */
  DISMISSED,
  /** Confirmed, then put right (已整改). */
  RECTIFIED;

  /** The statuses this one may move to. */
  public Set<FindingStatus> next() {
    return switch (this) {
      case OPEN -> EnumSet.of(CONFIRMED, DISMISSED);
      case CONFIRMED -> EnumSet.of(RECTIFIED);
      case DISMISSED, RECTIFIED -> EnumSet.noneOf(FindingStatus.class);
    };
  }

  /** Whether a finding in this status may move to {@code next}. */
  public boolean canMoveTo(FindingStatus next) {
    return next().contains(next);
  }
}

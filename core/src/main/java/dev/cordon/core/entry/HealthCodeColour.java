package dev.cordon.core.entry;

/** The colour of the health code shown at the door (健康碼). */
public enum HealthCodeColour {
  /** Green (綠碼): no restriction. */
  GREEN,
  /** Yellow (黃碼): to be isolated at home or tested. */
  YELLOW,
  /** Red (紅碼): confirmed, suspected or close contact. */
  RED,
  /** The entrant could not or would not show a code (未出示). */
  NOT_PRESENTED;

  /** Whether this is a green code. */
  public boolean isGreen() {
    return this == GREEN;
  }
}

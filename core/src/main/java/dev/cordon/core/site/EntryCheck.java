package dev.cordon.core.site;

/** A check made of everyone entering a site (出入查驗). */
public enum EntryCheck {
  /** Temperature taken (測溫). */
  TEMPERATURE,
  /** Health code checked (查驗健康碼). */
  HEALTH_CODE,
  /** Itinerary code checked (查驗行程碼). */
  ITINERARY_CODE,
  /** Entry written in the registration ledger (登記). */
  REGISTRATION
}

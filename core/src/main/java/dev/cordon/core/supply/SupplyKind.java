package dev.cordon.core.supply;

/** Kinds of prevention supplies (防疫物資). */
public enum SupplyKind {
  /** Masks (口罩). */
  MASK,
  /** Disinfectant (消毒液). */
  DISINFECTANT,
  /** Thermometers (體溫計/測溫槍). */
  THERMOMETER,
  /** Hand sanitiser (免洗洗手液). */
  HAND_SANITISER,
  /** Gloves (手套). */
  GLOVES,
  /** Protective suits (防護服). */
  PROTECTIVE_SUIT,
  /** Anything else (其他). */
  OTHER
}

package dev.cordon.core.travel;

/** Why someone travels; the policy says which purposes are essential (必要). */
public enum PurposeKind {
  /** Business travel (公務出差). */
  BUSINESS,
  /** Medical treatment (就醫). */
  MEDICAL,
  /** A family emergency (家庭急事). */
  FAMILY_EMERGENCY,
  /** Personal travel, leisure (個人事務). */
  PERSONAL,
  /** Anything else (其他). */
  OTHER
}

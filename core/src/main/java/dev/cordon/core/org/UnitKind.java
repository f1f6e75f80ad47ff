package dev.cordon.core.org;

/** What kind of unit a {@link Unit} is. */
public enum UnitKind {
  /** The group company at the root of the tree (集團). */
  GROUP,
  /** A department of the head office (機關部室). */
  HEAD_OFFICE_DEPARTMENT,
  /** A grassroots unit such as a heating branch (基層單位). */
  GRASSROOTS_UNIT,
  /** The property-management company (物業公司). */
  PROPERTY_SERVICE,
  /** Any other unit (其他). */
  OTHER
}

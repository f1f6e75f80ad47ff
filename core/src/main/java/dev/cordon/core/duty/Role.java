package dev.cordon.core.duty;

/** A duty in the prevention work (責任分工). */
public enum Role {
  /** The group leader who answers for a liaison unit (聯繫點領導); scope: a unit. */
  LIAISON_LEADER(true),
  /** The group leader who oversees a head-office department (分管領導); scope: a unit. */
  SUPERVISING_LEADER(false),
  /** The person responsible for a site (場所責任人); scope: a site. */
  SITE_RESPONSIBLE(true),
  /** The principal of a unit (單位負責人); scope: a unit. */
  UNIT_PRINCIPAL(true),
  /** A member of the prevention leading-group office (防控辦); scope: a unit. */
  PREVENTION_OFFICE(false);

  private final boolean singleHolder;

  Role(boolean singleHolder) {
    this.singleHolder = singleHolder;
  }

  /** Whether only one person may hold this role for a scope at a time. */
  public boolean isSingleHolder() {
    return singleHolder;
  }
}

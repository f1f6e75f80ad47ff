package dev.cordon.core.person;

/** A person's rank, which decides who may hold which duty. */
public enum Rank {
  /** A member of the group's leadership (集團領導). */
  GROUP_LEADER,
  /** The principal of a unit (單位負責人). */
  UNIT_PRINCIPAL,
  /** Everyone else (職工). */
  STAFF
}

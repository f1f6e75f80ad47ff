package dev.cordon.core.person;

/** Who a person is to the organisation. */
public enum PersonCategory {
  /** Own staff (職工). */
  EMPLOYEE,
  /** A visitor (訪客). */
  VISITOR,
  /** A contractor's worker (外包/施工人員). */
  CONTRACTOR
}

package dev.cordon.core.travel;

/** The approval of a travel declaration (審批). */
public enum ApprovalStatus {
  /** Not yet decided (待審批). */
  PENDING,
  /** Approved (批准). */
  APPROVED,
  /** Rejected (不批准). */
  REJECTED
}

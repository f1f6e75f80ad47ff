package dev.cordon.core.entry;

/** What the door decided about an entrant. */
public enum Decision {
  /** Let in (放行). */
  ADMITTED,
  /** Turned away (勸返). */
  DENIED,
  /** Sent on for a second check or to a fever clinic (轉介/復檢). */
  REFERRED
}

package dev.cordon.core.finding;

/** What a finding is about. */
public enum SubjectKind {
  /** A site (場所). */
  SITE,
  /** A unit (單位). */
  UNIT,
  /** A person (人員). */
  PERSON,
  /** A single record (an entry, a declaration, a movement …). */
  RECORD,
  /** A holder's stock of an item. */
  HOLDING
}

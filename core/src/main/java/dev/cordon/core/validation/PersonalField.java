package dev.cordon.core.validation;

/**
 * A personal value a record may hold (個人信息字段): what a purge erases and a scoped view withholds.
 * Facts that are not personal — the site, the time, the temperature, the health-code colour, the
 * decision, the unit, the staff number the organisation gave — are never among them.
 */
public enum PersonalField {
  /** A person's name (姓名), or a visitor's as written in the ledger. */
  NAME,
  /** A phone number (聯繫電話). */
  PHONE,
  /** A resident ID number (居民身份證號碼). */
  RESIDENT_ID,
  /** A free-text purpose: of a visit (來訪事由) or of a trip (外出事由). */
  PURPOSE,
  /** Whom a visitor came to see (被訪人), as written. */
  HOST
}

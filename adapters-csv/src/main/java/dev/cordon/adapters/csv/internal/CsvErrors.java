package dev.cordon.adapters.csv.internal;

import dev.cordon.core.validation.Violation;

/**
 * Every stable error code of the CSV adapter, each declared once, here, with a factory that takes
 * its typed arguments (as Hibernate Validator's {@code Log} declares each message once). The
 * messages, English and Simplified Chinese, are in {@code CsvMessages*.properties} under the same
 * code: {@code {0}} is the column, {@code {1}} the value as written (masked if personal), {@code {2}}…
 * the further arguments of each factory in order. A value passed as {@code shown} is masked and cut
 * again by {@link CsvMessages#violation} whatever the column.
 *
 * <p>{@code CORDON-CSV-014} (the CSV structure unreadable, the rest of the file not imported) is no
 * longer raised: the importer skips such a record ({@link #recordTooLarge}, {@code CORDON-CSV-023}).
 * Its message stays, since a code is never reused.
 */
public final class CsvErrors {
  private CsvErrors() {}

  /** CORDON-CSV-001: the header lacks required columns; {@code found} lists the headers found. */
  public static Violation headerLacksColumns(String missing, String found) {
    return CsvMessages.violation("CORDON-CSV-001", "header", null, missing, found);
  }

  /** CORDON-CSV-002: several headers denote the one {@code column}. */
  public static Violation headersOfOneColumn(String column, String headers) {
    return CsvMessages.violation("CORDON-CSV-002", column, null, headers);
  }

  /** CORDON-CSV-003: a required value is empty. */
  public static Violation requiredEmpty(String column) {
    return CsvMessages.violation("CORDON-CSV-003", column, null);
  }

  /** CORDON-CSV-004: not a temperature. */
  public static Violation notATemperature(String column, String shown) {
    return CsvMessages.violation("CORDON-CSV-004", column, shown);
  }

  /** CORDON-CSV-005: not a health-code colour. */
  public static Violation notAHealthCode(String column, String shown) {
    return CsvMessages.violation("CORDON-CSV-005", column, shown);
  }

  /** CORDON-CSV-006: not an itinerary-code status. */
  public static Violation notAnItineraryStatus(String column, String shown) {
    return CsvMessages.violation("CORDON-CSV-006", column, shown);
  }

  /** CORDON-CSV-007: not a date and time. */
  public static Violation notADateTime(String column, String shown) {
    return CsvMessages.violation("CORDON-CSV-007", column, shown);
  }

  /** CORDON-CSV-008: not one of {@code allowed}. */
  public static Violation notOneOf(String column, String shown, String allowed) {
    return CsvMessages.violation("CORDON-CSV-008", column, shown, allowed);
  }

  /** CORDON-CSV-009: not yes or no. */
  public static Violation notYesOrNo(String column, String shown) {
    return CsvMessages.violation("CORDON-CSV-009", column, shown);
  }

  /** CORDON-CSV-010: a row of {@code fields} fields under a header of {@code width}. */
  public static Violation wrongFieldCount(int fields, int width) {
    return CsvMessages.violation("CORDON-CSV-010", "row", null, fields, width);
  }

  /** CORDON-CSV-011: a control character in a cell. */
  public static Violation controlCharacter(String column) {
    return CsvMessages.violation("CORDON-CSV-011", column, null);
  }

  /** CORDON-CSV-012: a cell of {@code length} characters, over {@code max}. */
  public static Violation cellTooLong(String column, int length, int max) {
    return CsvMessages.violation("CORDON-CSV-012", column, null, length, max);
  }

  /** CORDON-CSV-013: bytes not valid in {@code encoding}; {@code where} says where, or is empty. */
  public static Violation undecodableBytes(String column, String shown, Object encoding, String where) {
    return CsvMessages.violation("CORDON-CSV-013", column, shown, encoding, where);
  }

  /** CORDON-CSV-015: not a region code or the exact name of one division. */
  public static Violation notARegion(String column, String shown) {
    return CsvMessages.violation("CORDON-CSV-015", column, shown);
  }

  /** CORDON-CSV-016: a visitor category on a row with a person id (an employee's or a contractor's). */
  public static Violation categoryContradictsPerson(String column, String shown) {
    return CsvMessages.violation("CORDON-CSV-016", column, shown);
  }

  /** CORDON-CSV-017: not a number. */
  public static Violation notANumber(String column, String shown) {
    return CsvMessages.violation("CORDON-CSV-017", column, shown);
  }

  /** CORDON-CSV-018: not a date. */
  public static Violation notADate(String column, String shown) {
    return CsvMessages.violation("CORDON-CSV-018", column, shown);
  }

  /** CORDON-CSV-019: the first line looks like data: no header. */
  public static Violation noHeader(String missing, String firstLine) {
    return CsvMessages.violation("CORDON-CSV-019", "header", null, missing, firstLine);
  }

  /** CORDON-CSV-020: a line break in a cell that is not free text. */
  public static Violation lineBreak(String column, long firstLine, long lastLine, String freeColumns) {
    return CsvMessages.violation("CORDON-CSV-020", column, null, firstLine, lastLine, freeColumns);
  }

  /** CORDON-CSV-021: an invisible or direction-changing {@code character} at {@code position}. */
  public static Violation invisibleCharacter(String column, String character, int position) {
    return CsvMessages.violation("CORDON-CSV-021", column, null, character, position);
  }

  /** CORDON-CSV-022: the storage refused the record, {@code reason} its message. */
  public static Violation storageRefused(String reason) {
    return CsvMessages.violation("CORDON-CSV-022", "row", null, reason);
  }

  /** CORDON-CSV-023: a record over the reader's limits, skipped; the import resumed at {@code resumedAt}. */
  public static Violation recordTooLarge(long line, String why, long resumedAt) {
    return CsvMessages.violation("CORDON-CSV-023", "row", null, line, why, resumedAt);
  }

  /** CORDON-CSV-024: a header over the reader's limits. */
  public static Violation headerTooLarge(String why, int maxFields, int maxRecordChars) {
    return CsvMessages.violation("CORDON-CSV-024", "header", null, why, maxFields, maxRecordChars);
  }

  /** CORDON-CSV-025: a cell spanning lines that holds what looks like further rows. */
  public static Violation rowsInACell(String column, long firstLine, long lastLine, int delimiters) {
    return CsvMessages.violation("CORDON-CSV-025", column, null, firstLine, lastLine, delimiters);
  }

  /** CORDON-CSV-026: a GB18030 row inside a file of {@code charset}. */
  public static Violation foreignEncodingRow(String charset) {
    return CsvMessages.violation("CORDON-CSV-026", "row", null, charset);
  }
}

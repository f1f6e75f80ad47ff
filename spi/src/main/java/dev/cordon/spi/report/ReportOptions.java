package dev.cordon.spi.report;

import java.util.Locale;

/**
 * How a report is written.
 *
 * @param locale the language of headings and messages (English or Simplified Chinese)
 * @param byteOrderMark whether text formats start with a UTF-8 byte-order mark (for spreadsheets)
 */
public record ReportOptions(Locale locale, boolean byteOrderMark) {
  /**
   * English, no byte-order mark.
   *
   * @return English, no byte-order mark
   */
  public static ReportOptions defaults() {
    return new ReportOptions(Locale.ENGLISH, false);
  }

  /**
   * These options in another language.
   *
   * @param l the line
   * @return These options in another language
   */
  public ReportOptions withLocale(Locale l) {
    return new ReportOptions(l, byteOrderMark);
  }

  /**
   * These options with or without a byte-order mark.
   *
   * @param bom whether a byte order mark was found
   * @return These options with or without a byte-order mark
   */
  public ReportOptions withByteOrderMark(boolean bom) {
    return new ReportOptions(locale, bom);
  }
}

package dev.cordon.adapters.csv.internal;

import de.siegmar.fastcsv.writer.QuoteStrategy;

/**
 * Spreadsheet formula injection (CSV injection, OWASP): a text cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, tab, CR or LF would be run as a formula by Excel, LibreOffice or
 * WPS. Such a cell is written with a leading apostrophe {@code '} (and quoted), which spreadsheets
 * show as text. A cell that already starts with an apostrophe gets one more, so that the importer,
 * which removes one leading apostrophe, reads back exactly the original text.
 */
public final class Formulas {
  /** Quotes every defused cell (and, as always, cells holding delimiters, quotes or line breaks). */
  public static final QuoteStrategy QUOTE_DEFUSED = new QuoteStrategy() {
    @Override
    public boolean quoteValue(int lineNo, int fieldIdx, String value) {
      return value.startsWith("'");
    }
  };

  private Formulas() {}

  /** Whether a text cell would be read as a formula. */
  public static boolean isDangerous(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
  }

  /** The text to write for a text cell. */
  public static String defuse(String text) {
    if (text == null) {
      return "";
    }
    return isDangerous(text) || text.startsWith("'") ? "'" + text : text;
  }
}

package dev.cordon.core.report;

/**
 * A column of a {@link ReportTable}.
 *
 * @param id a stable machine name, e.g. {@code unit_id}; CSV headers use it
 * @param header the heading in English and Simplified Chinese
 * @param numeric whether the cells are numbers (right-aligned; never formula-defused)
 */
public record Column(String id, Text header, boolean numeric) {
  /** A text column. */
  public static Column text(String id, String en, String zh) {
    return new Column(id, Text.of(en, zh), false);
  }

  /** A numeric column. */
  public static Column number(String id, String en, String zh) {
    return new Column(id, Text.of(en, zh), true);
  }
}

package dev.cordon.core.report;

import java.util.Objects;

/**
 * A column of a {@link ReportTable}.
 *
 * @param id a stable machine name, e.g. {@code unit_id}
 * @param header the heading in English and Simplified Chinese; csv and html writers use it in the
 *     report's language
 * @param numeric whether the cells are numbers (right-aligned; never formula-defused)
 * @param machine whether the column holds a code or id that a translated or named column beside it
 *     already shows to people (severity {@code HIGH} beside 严重, {@code U-B03} beside its name):
 *     writers for machines (json, csv) keep it, a page for people (html) may leave it out
 */
public record Column(String id, Text header, boolean numeric, boolean machine) {
  public Column {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(header, "header");
  }

  /** A column for people and machines alike. */
  public Column(String id, Text header, boolean numeric) {
    this(id, header, numeric, false);
  }

  /** A text column. */
  public static Column text(String id, String en, String zh) {
    return new Column(id, Text.of(en, zh), false);
  }

  /** A numeric column. */
  public static Column number(String id, String en, String zh) {
    return new Column(id, Text.of(en, zh), true);
  }

  /** A column of ids or codes shown to people through the named column beside it. */
  public static Column code(String id, String en, String zh) {
    return new Column(id, Text.of(en, zh), false, true);
  }
}

package dev.cordon.core.report;

import java.util.List;
import java.util.Objects;

/**
 * One table of a report: a name, columns and rows of cells. A cell is a {@code String}, a
 * {@code Number}, a {@code java.time} date or instant, a {@code Boolean} or {@code null}; text is
 * already masked where it holds personal data.
 *
 * @param name the table's stable name, e.g. {@code units}
 * @param title the table's title
 * @param columns the columns
 * @param rows the rows; each has one cell per column
 */
public record ReportTable(String name, Text title, List<Column> columns, List<List<Object>> rows) {
  public ReportTable {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    for (List<Object> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException("table " + name + ": a row has " + r.size()
            + " cells for " + columns.size() + " columns");
      }
    }
  }
}

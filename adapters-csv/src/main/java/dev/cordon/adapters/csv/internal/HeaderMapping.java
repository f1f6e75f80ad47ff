package dev.cordon.adapters.csv.internal;

import java.util.List;
import java.util.Map;

/**
 * Where each column of a {@link Layout} is in one file's header.
 *
 * @param layout the layout
 * @param index column id → field index
 * @param ignored headers that denote no column (kept in the summary)
 * @param reasonIndex the index of an error file's reason column, or -1
 * @param width the number of header fields
 */
public record HeaderMapping(Layout layout, Map<String, Integer> index, List<String> ignored,
    int reasonIndex, int width) {
  /** Whether the file has column {@code id}. */
  public boolean has(String id) {
    return index.containsKey(id);
  }
}

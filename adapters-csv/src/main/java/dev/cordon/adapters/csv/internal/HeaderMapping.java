package dev.cordon.adapters.csv.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where each column of a {@link Layout} is in one file's header.
 */
public final class HeaderMapping {
  private final Layout layout;
  private final Map<String, Integer> index;
  private final List<String> ignored;
  private final int reasonIndex;
  private final int width;
  /** The field position of each layout column, in layout order; -1 where the file lacks it. */
  private final int[] positionOf;

  /**
   * A mapping.
   *
   * @param layout the layout
   * @param index column id → field index
   * @param ignored headers that denote no column (kept in the summary)
   * @param reasonIndex the index of an error file's reason column, or -1
   * @param width the number of header fields
   */
  public HeaderMapping(Layout layout, Map<String, Integer> index, List<String> ignored, int reasonIndex,
      int width) {
    this.layout = layout;
    this.index = Map.copyOf(index);
    this.ignored = List.copyOf(ignored);
    this.reasonIndex = reasonIndex;
    this.width = width;
    List<Layout.Col> columns = layout.columns();
    this.positionOf = new int[columns.size()];
    for (int k = 0; k < positionOf.length; k++) {
      Integer i = index.get(columns.get(k).id());
      positionOf[k] = i == null ? -1 : i;
    }
  }

  /** The layout. */
  public Layout layout() {
    return layout;
  }

  /** Column id → field index. */
  public Map<String, Integer> index() {
    return index;
  }

  /** Headers that denote no column (kept in the summary). */
  public List<String> ignored() {
    return ignored;
  }

  /** The index of an error file's reason column, or -1. */
  public int reasonIndex() {
    return reasonIndex;
  }

  /** The number of header fields. */
  public int width() {
    return width;
  }

  /** Whether the file has column {@code id}. */
  public boolean has(String id) {
    return index.containsKey(id);
  }

  /** The field position of the {@code k}-th column of the layout, or -1 when the file lacks it. */
  int positionOf(int k) {
    return positionOf[k];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HeaderMapping m && layout.equals(m.layout) && index.equals(m.index)
        && ignored.equals(m.ignored) && reasonIndex == m.reasonIndex && width == m.width;
  }

  @Override
  public int hashCode() {
    return Objects.hash(layout, index, ignored, reasonIndex, width);
  }

  @Override
  public String toString() {
    return "HeaderMapping[" + layout + ", columns " + index + ", ignored " + ignored.size() + "]";
  }
}

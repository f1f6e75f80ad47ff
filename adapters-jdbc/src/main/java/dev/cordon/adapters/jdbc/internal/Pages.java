package dev.cordon.adapters.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A stream read page by page with keyset paging: each page is one query that starts after the last
 * row of the previous page ({@code WHERE (k1, k2) > (?, ?) ORDER BY k1, k2 LIMIT ?}), never an
 * {@code OFFSET}. A page holds a connection only while it is read, so an open stream holds none
 * between pages; inside a transaction the pages are read on the transaction's connection. Like the
 * in-memory provider's streams, the iteration is weakly consistent: rows written after a page was
 * read appear if they sort after it.
 */
final class Pages<V> implements Spliterator<V> {
  /** One page: up to {@code limit} rows after {@code last} (null for the first page), in order. */
  @FunctionalInterface
  interface PageQuery<V> {
    List<V> page(Connection connection, V last, int limit) throws SQLException;
  }

  private final Database db;
  private final String operation;
  private final PageQuery<V> query;
  private final ArrayDeque<V> buffer = new ArrayDeque<>();
  private V last;
  private boolean exhausted;

  private Pages(Database db, String operation, PageQuery<V> query) {
    this.db = db;
    this.operation = operation;
    this.query = query;
  }

  static <V> Stream<V> stream(Database db, String operation, PageQuery<V> query) {
    db.checkOpen();
    return StreamSupport.stream(new Pages<>(db, operation, query), false);
  }

  @Override
  public boolean tryAdvance(Consumer<? super V> action) {
    if (buffer.isEmpty() && !exhausted) {
      int limit = db.fetchSize();
      List<V> page = db.read(operation, c -> query.page(c, last, limit));
      if (page.size() < limit) {
        exhausted = true;
      }
      buffer.addAll(page);
      if (!page.isEmpty()) {
        last = page.get(page.size() - 1);
      }
    }
    V next = buffer.poll();
    if (next == null) {
      return false;
    }
    action.accept(next);
    return true;
  }

  @Override
  public Spliterator<V> trySplit() {
    return null;
  }

  @Override
  public long estimateSize() {
    return Long.MAX_VALUE;
  }

  @Override
  public int characteristics() {
    return Spliterator.ORDERED | Spliterator.NONNULL;
  }
}

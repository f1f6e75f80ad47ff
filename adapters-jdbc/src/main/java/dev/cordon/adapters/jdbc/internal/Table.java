package dev.cordon.adapters.jdbc.internal;

import dev.cordon.core.json.CordonJson;
import dev.cordon.core.storage.RecordTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What every Cordon table shares: an id, the record as JSON in {@code body}, plain columns for
 * queries, and the SQL to read bodies back. Every statement is built from identifiers chosen here
 * and {@code ?} placeholders only; values are always bound.
 */
abstract class Table<K extends Comparable<K>, V> implements RecordTable<K, V> {
  /** Ids per {@code IN (…)} list. */
  static final int IN_LIST = 500;

  final Database db;
  final String table;
  final String what;
  final Class<V> type;
  final Function<V, K> idOf;
  final List<Column<V>> columns;

  Table(Database db, String table, String what, Class<V> type, Function<V, K> idOf, List<Column<V>> columns) {
    this.db = db;
    this.table = table;
    this.what = what;
    this.type = type;
    this.idOf = idOf;
    this.columns = columns;
  }

  String idText(V value) {
    return idOf.apply(value).toString();
  }

  V parse(String body) {
    return CordonJson.read(body, type);
  }

  /** Whether a stored body holds {@code value}: the canonical JSON first, the record's equality then. */
  boolean holds(String body, V value, String json) {
    return body.equals(json) || parse(body).equals(value);
  }

  /**
   * Whether rows are keyed by (id, version_no) — a versioned table — or by id alone (one row per
   * record).
   */
  abstract boolean versioned();

  /**
   * Rewrites the body and the plain columns of every stored row of {@code id}, in version order,
   * when exactly {@code versions.size()} rows are stored; one conditional {@code UPDATE} per row
   * inside the caller's transaction.
   */
  @Override
  public boolean rewrite(K id, List<? extends V> versions) {
    db.checkOpen();
    String idText = id.toString();
    if (versions.isEmpty()) {
      return false;
    }
    for (V v : versions) {
      if (!idText(v).equals(idText)) {
        throw new IllegalArgumentException("a version of another record given to rewrite " + what + " " + id);
      }
    }
    StringBuilder set = new StringBuilder("body = ?");
    for (Column<V> col : columns) {
      set.append(", ").append(col.name()).append(" = ?");
    }
    String where = versioned() ? " WHERE id = ? AND version_no = ?" : " WHERE id = ?";
    String sql = "UPDATE " + table + " SET " + set + where;
    return db.primitive("rewrite " + what + " " + idText, c -> {
      if (number(c, "SELECT COUNT(*) FROM " + table + " WHERE id = ?", idText) != versions.size()) {
        return false;
      }
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < versions.size(); i++) {
          V v = versions.get(i);
          db.bindBody(ps, 1, CordonJson.write(v));
          int next = bindColumns(ps, 2, v);
          ps.setString(next, idText);
          if (versioned()) {
            ps.setInt(next + 1, i + 1);
          }
          ps.addBatch();
        }
        ps.executeBatch();
      }
      return true;
    });
  }

  /** The bodies a query returns, parsed. */
  List<V> bodies(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setFetchSize(db.fetchSize());
      Column.bindAll(db.dialect(), ps, 1, params);
      List<V> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(parse(db.body(rs, 1)));
        }
      }
      return out;
    }
  }

  /** A streamed query, keyset-paged: {@code first} for the first page, {@code next} after a row. */
  Stream<V> paged(String operation, String first, String next, Function<V, Object[]> keyOf, Object... params) {
    return Pages.stream(db, operation, (c, last, limit) -> {
      Object[] all;
      if (last == null) {
        all = concat(params, new Object[0], limit);
        return page(c, first, all);
      }
      all = concat(params, keyOf.apply(last), limit);
      return page(c, next, all);
    });
  }

  private List<V> page(Connection c, String sql, Object[] params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setFetchSize(db.fetchSize());
      int i = Column.bindAll(db.dialect(), ps, 1, java.util.Arrays.copyOf(params, params.length - 1));
      ps.setInt(i, (Integer) params[params.length - 1]);
      List<V> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(parse(db.body(rs, 1)));
        }
      }
      return out;
    }
  }

  private static Object[] concat(Object[] params, Object[] key, int limit) {
    Object[] all = new Object[params.length + key.length + 1];
    System.arraycopy(params, 0, all, 0, params.length);
    System.arraycopy(key, 0, all, params.length, key.length);
    all[all.length - 1] = limit;
    return all;
  }

  /** One number from a query. */
  long number(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Column.bindAll(db.dialect(), ps, 1, params);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Runs {@code sql} once per row in JDBC batches; returns the rows whose update count was 0. */
  List<V> batch(Connection c, String sql, List<V> rows, RowBinder<V> binder) throws SQLException {
    List<V> untouched = new ArrayList<>();
    if (rows.isEmpty()) {
      return untouched;
    }
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      List<V> pending = new ArrayList<>();
      for (V row : rows) {
        binder.bind(ps, row);
        ps.addBatch();
        pending.add(row);
        if (pending.size() == db.batchSize()) {
          collect(ps.executeBatch(), pending, untouched);
          pending.clear();
        }
      }
      if (!pending.isEmpty()) {
        collect(ps.executeBatch(), pending, untouched);
      }
    }
    return untouched;
  }

  private static <V> void collect(int[] counts, List<V> rows, List<V> untouched) {
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0) {
        untouched.add(rows.get(i));
      }
    }
  }

  /** Binds one row of a batch. */
  @FunctionalInterface
  interface RowBinder<V> {
    void bind(PreparedStatement ps, V row) throws SQLException;
  }

  /** Binds the plain columns of {@code value} from parameter {@code first}; returns the next index. */
  int bindColumns(PreparedStatement ps, int first, V value) throws SQLException {
    int i = first;
    for (Column<V> col : columns) {
      Column.bind(db.dialect(), ps, i++, col.value().apply(value), col.sqlType());
    }
    return i;
  }

  String columnNames() {
    StringBuilder sb = new StringBuilder();
    for (Column<V> col : columns) {
      sb.append(", ").append(col.name());
    }
    return sb.toString();
  }

  /**
   * Reads the stored rows of {@code ids} — {@code read} gives, per id text, the bodies of its
   * versions, oldest first — and parses them, keyed by the typed ids asked for.
   */
  Map<K, List<V>> versionsOf(Collection<K> ids, SqlRead read) {
    db.checkOpen();
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<String, K> byText = new HashMap<>();
    for (K id : ids) {
      byText.put(id.toString(), id);
    }
    return db.read("read " + what + " records", c -> {
      Map<K, List<V>> out = new HashMap<>();
      read.bodies(c, new ArrayList<>(byText.keySet())).forEach((id, bodies) -> {
        List<V> parsed = new ArrayList<>(bodies.size());
        for (String b : bodies) {
          parsed.add(parse(b));
        }
        out.put(byText.get(id), parsed);
      });
      return out;
    });
  }

  /** Reads the bodies of the rows of some ids, per id text. */
  @FunctionalInterface
  interface SqlRead {
    Map<String, List<String>> bodies(Connection c, List<String> ids) throws SQLException;
  }

  /** The distinct ids of {@code values}, in order. */
  List<String> ids(List<? extends V> values) {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    for (V v : values) {
      ids.add(idText(v));
    }
    return new ArrayList<>(ids);
  }

  /** {@code (?, ?, …)} for an {@code IN} list of {@code n} ids. */
  static String inList(int n) {
    return "(" + Dialect.marks(n) + ")";
  }

  static <T> Optional<T> first(List<T> list) {
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }
}

package dev.cordon.adapters.jdbc.internal;

import dev.cordon.core.json.CordonJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A versioned aggregate in one table: a row per (id, version_no), {@code is_current} on the latest.
 * The storage core's primitives for a versioned kind: {@link #insertAbsent} adds version 1,
 * {@link #appendVersion} the next one; core's ports hold the rules.
 */
class VersionedTable<K extends Comparable<K>, V> extends Table<K, V> {

  private final String insertSql;
  private final String versionsSql100;

  VersionedTable(Database db, String table, String what, Class<V> type, Function<V, K> idOf, List<Column<V>> columns) {
    super(db, table, what, type, idOf, columns);
    int count = 4 + columns.size();
    this.insertSql = db.dialect().insertUnlessPresent(table,
        "id, version_no, is_current, body" + columnNames(), count, "id, version_no");
    this.versionsSql100 = versionsSql(IN_LIST);
  }

  private String versionsSql(int n) {
    return "SELECT id, body FROM " + table + " WHERE id IN " + inList(n) + " ORDER BY id, version_no";
  }

  @Override
  final boolean versioned() {
    return true;
  }

  @Override
  public List<V> insertAbsent(List<? extends V> records) {
    db.checkOpen();
    if (records.isEmpty()) {
      return List.of();
    }
    return db.primitive("store " + records.size() + " " + what + " record(s)", c -> insert(c, new ArrayList<>(records), 1));
  }

  @Override
  public Map<K, List<V>> versions(Collection<K> ids) {
    return versionsOf(ids, this::versionsOf);
  }

  /**
   * Retires version {@code stored} with a conditional {@code UPDATE} — the optimistic lock that lets
   * concurrent updaters from any number of processes take turns — and inserts the next version; if
   * another writer was first, undoes both (a savepoint) and returns false.
   */
  @Override
  public boolean appendVersion(V value, int stored) {
    db.checkOpen();
    String id = idText(value);
    try {
      return db.write("update " + what + " " + id, c -> {
        int retired;
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE " + table + " SET is_current = FALSE WHERE id = ? AND version_no = ? AND is_current")) {
          ps.setString(1, id);
          ps.setInt(2, stored);
          retired = ps.executeUpdate();
        }
        if (retired != 1) {
          return false;
        }
        if (!insert(c, List.of(value), stored + 1).isEmpty()) {
          throw new Overtaken();
        }
        return true;
      });
    } catch (Overtaken e) {
      return false;
    }
  }

  /** Another writer stored the version first: undo the write's savepoint. */
  private static final class Overtaken extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Overtaken() {
      super(null, null, false, false);
    }
  }

  @Override
  public Optional<K> markSuperseded(K old, K by) {
    throw new UnsupportedOperationException(what + " records are versioned, not superseded");
  }

  /** Inserts rows as version {@code version}; returns those another writer inserted first. */
  private List<V> insert(Connection c, List<V> rows, int version) throws SQLException {
    return batch(c, insertSql, rows, (ps, v) -> {
      String id = idText(v);
      ps.setString(1, id);
      ps.setInt(2, version);
      ps.setBoolean(3, true);
      db.bindBody(ps, 4, CordonJson.write(v));
      int next = bindColumns(ps, 5, v);
      if (db.dialect().rebindsKey()) {
        ps.setString(next, id);
        ps.setInt(next + 1, version);
      }
    });
  }

  /** Every stored version's body per id. */
  private Map<String, List<String>> versionsOf(Connection c, List<String> ids) throws SQLException {
    Map<String, List<String>> out = new HashMap<>();
    for (int from = 0; from < ids.size(); from += IN_LIST) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
      String sql = chunk.size() == IN_LIST ? versionsSql100 : versionsSql(chunk.size());
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(db.body(rs, 2));
          }
        }
      }
    }
    return out;
  }

  @Override
  public Optional<V> get(K id) {
    return first(db.read("read " + what + " " + id,
        c -> bodies(c, "SELECT body FROM " + table + " WHERE id = ? AND is_current", id.toString())));
  }

  @Override
  public boolean contains(K id) {
    return db.read("look up " + what + " " + id,
        c -> number(c, "SELECT COUNT(*) FROM " + table + " WHERE id = ? AND is_current", id.toString())) > 0;
  }

  @Override
  public Stream<V> all() {
    return pagedById("", new Object[0]);
  }

  /** Current records matching {@code condition} (with its parameters), ordered by id, paged. */
  Stream<V> pagedById(String condition, Object[] params) {
    String base = "SELECT body, id FROM " + table + " WHERE is_current" + condition;
    return paged("read " + what + " records", base + " ORDER BY id LIMIT ?",
        base + " AND id > ? ORDER BY id LIMIT ?", v -> new Object[] {idText(v)}, params);
  }

  @Override
  public long count() {
    return db.read("count " + what + " records",
        c -> number(c, "SELECT COUNT(*) FROM " + table + " WHERE is_current"));
  }
}

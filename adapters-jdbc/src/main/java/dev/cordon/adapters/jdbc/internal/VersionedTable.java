package dev.cordon.adapters.jdbc.internal;

import dev.cordon.core.CordonStorageException;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.storage.BatchOutcome;
import dev.cordon.core.storage.VersionedStore;
import dev.cordon.core.storage.WriteOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A versioned aggregate in one table: a row per (id, version_no), {@code is_current} on the latest.
 * {@link #put} adds version 1 (or finds the record among the stored versions); {@link #update}
 * retires the current row with a conditional {@code UPDATE} — the optimistic lock that lets
 * concurrent updaters from any number of processes take turns — and inserts the next version.
 */
class VersionedTable<K extends Comparable<K>, V> extends Table<K, V> implements VersionedStore<K, V> {
  private static final int UPDATE_ATTEMPTS = 10;

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
  public WriteOutcome put(V value) {
    return single(putAll(List.of(value)));
  }

  @Override
  public BatchOutcome putAll(List<? extends V> values) {
    db.checkOpen();
    if (values.isEmpty()) {
      return BatchOutcome.NONE;
    }
    return db.write("store " + values.size() + " " + what + " record(s)", c -> putBatch(c, values));
  }

  private BatchOutcome putBatch(Connection c, List<? extends V> values) throws SQLException {
    Map<String, List<String>> known = versionsOf(c, ids(values));
    Map<String, V> fresh = new java.util.LinkedHashMap<>();
    int present = 0;
    for (V v : values) {
      String id = idText(v);
      String json = CordonJson.write(v);
      V pending = fresh.get(id);
      if (pending != null) {
        if (!pending.equals(v)) {
          throw conflict(id);
        }
        present++;
        continue;
      }
      List<String> versions = known.get(id);
      if (versions != null) {
        if (versions.stream().noneMatch(b -> holds(b, v, json))) {
          throw conflict(id);
        }
        present++;
        continue;
      }
      fresh.put(id, v);
    }
    List<V> raced = insert(c, new ArrayList<>(fresh.values()), 1);
    for (V v : raced) {
      // another writer stored this id between our read and our insert
      String id = idText(v);
      String json = CordonJson.write(v);
      List<String> versions = versionsOf(c, List.of(id)).getOrDefault(id, List.of());
      if (versions.stream().noneMatch(b -> holds(b, v, json))) {
        throw conflict(id);
      }
    }
    return new BatchOutcome(fresh.size() - raced.size(), present + raced.size());
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
  public WriteOutcome update(V value) {
    db.checkOpen();
    String id = idText(value);
    String json = CordonJson.write(value);
    return db.write("update " + what + " " + id, c -> {
      for (int attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
        Integer version = null;
        String body = null;
        try (PreparedStatement ps = c.prepareStatement(
            "SELECT version_no, body FROM " + table + " WHERE id = ? AND is_current")) {
          ps.setString(1, id);
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              version = rs.getInt(1);
              body = db.body(rs, 2);
            }
          }
        }
        if (version == null) {
          throw missing(what, id);
        }
        if (holds(body, value, json)) {
          return WriteOutcome.ALREADY_PRESENT;
        }
        int retired;
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE " + table + " SET is_current = FALSE WHERE id = ? AND version_no = ? AND is_current")) {
          ps.setString(1, id);
          ps.setInt(2, version);
          retired = ps.executeUpdate();
        }
        if (retired == 1 && insert(c, List.of(value), version + 1).isEmpty()) {
          return WriteOutcome.STORED;
        }
        // another writer updated the record meanwhile: read the new current version and try again
      }
      throw new CordonStorageException("Cordon could not update " + what + " " + id + " on " + db.url()
          + ": it kept changing under concurrent updates (" + UPDATE_ATTEMPTS + " attempts).");
    });
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
  public List<V> history(K id) {
    return db.read("read the history of " + what + " " + id,
        c -> bodies(c, "SELECT body FROM " + table + " WHERE id = ? ORDER BY version_no", id.toString()));
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

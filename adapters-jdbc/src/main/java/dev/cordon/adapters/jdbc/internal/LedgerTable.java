package dev.cordon.adapters.jdbc.internal;

import dev.cordon.core.json.CordonJson;
import dev.cordon.core.storage.RecordKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * An append-only ledger in one table: a row per record, never updated except to set
 * {@code superseded_by} once, when a correction arrives. The storage core's primitives: records
 * inserted with insert-unless-present in JDBC batches, supersessions recorded with a conditional
 * {@code UPDATE … WHERE superseded_by IS NULL}; core's ports hold the rules.
 */
class LedgerTable<K extends Comparable<K>, V> extends Table<K, V> {
  /** A stored row: its body and the id of the record that corrects it, if any. */
  record Stored(String body, String supersededBy) {}

  private final Function<V, Optional<K>> supersedesOf;
  private final boolean corrects;
  private final String insertSql;
  private final PgBulk.Partitioning partitioning;
  /** {@code WHERE} for one id; on a partitioned table it also names the id's day, so that it prunes. */
  private final String byId;

  LedgerTable(Database db, String table, String what, Class<V> type, Function<V, K> idOf,
      Function<V, Optional<K>> supersedesOf, boolean corrects, List<Column<V>> columns) {
    this(db, table, what, type, idOf, supersedesOf, corrects, columns, null);
  }

  /**
   * @param partitionedBy on PostgreSQL, the day column by whose month the table is partitioned (with a
   *     key table {@code <table>_key}); null for a plain table. Ignored on other databases.
   */
  LedgerTable(Database db, String table, String what, Class<V> type, Function<V, K> idOf,
      Function<V, Optional<K>> supersedesOf, boolean corrects, List<Column<V>> columns, String partitionedBy) {
    super(db, table, what, type, idOf, columns);
    this.supersedesOf = supersedesOf;
    this.corrects = corrects;
    this.insertSql = db.dialect().insertUnlessPresent(table, "id, body" + columnNames(), 2 + columns.size(), "id");
    this.partitioning = partitionedBy != null && db.dialect() == Dialect.POSTGRESQL
        ? new PgBulk.Partitioning(table, partitionedBy, table + "_key") : null;
    this.byId = partitioning == null ? " WHERE id = ?"
        : " WHERE id = ? AND " + partitionedBy + " = (SELECT " + partitionedBy + " FROM " + partitioning.keyTable()
            + " WHERE id = ?)";
  }

  /** The month partitioning of this table on PostgreSQL, or null. */
  PgBulk.Partitioning partitioning() {
    return partitioning;
  }

  /** The value of the partition column of a record. */
  java.time.LocalDate dayOf(V value) {
    for (Column<V> col : columns) {
      if (col.name().equals(partitioning.dayColumn())) {
        return (java.time.LocalDate) col.value().apply(value);
      }
    }
    throw new IllegalStateException(table + " has no column " + partitioning.dayColumn());
  }

  /** The parameters of {@link #byId} for {@code id}. */
  private Object[] idParams(String id) {
    return partitioning == null ? new Object[] {id} : new Object[] {id, id};
  }

  @Override
  final boolean versioned() {
    return false;
  }

  @Override
  public List<V> insertAbsent(List<? extends V> records) {
    db.checkOpen();
    if (records.isEmpty()) {
      return List.of();
    }
    if (db.dialect() == Dialect.POSTGRESQL) {
      return db.primitive("store " + records.size() + " " + what + " record(s)",
          c -> {
            // one COPY and one set-based insert per batchSize records
            List<V> untouched = new ArrayList<>();
            for (int from = 0; from < records.size(); from += db.batchSize()) {
              untouched.addAll(PgBulk.insertAbsent(c, this,
                  new ArrayList<V>(records.subList(from, Math.min(records.size(), from + db.batchSize())))));
            }
            return untouched;
          });
    }
    return db.primitive("store " + records.size() + " " + what + " record(s)",
        c -> batch(c, insertSql, new ArrayList<>(records), (ps, v) -> {
          String id = idText(v);
          ps.setString(1, id);
          db.bindBody(ps, 2, CordonJson.write(v));
          int next = bindColumns(ps, 3, v);
          if (db.dialect().rebindsKey()) {
            ps.setString(next, id);
          }
        }));
  }

  @Override
  public Map<K, List<V>> versions(Collection<K> ids) {
    return versionsOf(ids, (c, texts) -> {
      Map<String, List<String>> out = new HashMap<>();
      stored(c, texts).forEach((id, s) -> out.put(id, List.of(s.body())));
      return out;
    });
  }

  @Override
  public boolean appendVersion(V record, int stored) {
    throw new UnsupportedOperationException(what + " records are never changed");
  }

  /** A conditional {@code UPDATE … WHERE superseded_by IS NULL}: two racing correctors cannot both win. */
  @Override
  public Optional<K> markSuperseded(K old, K by) {
    db.checkOpen();
    String oldText = old.toString();
    return db.primitive("correct " + what + " " + oldText, c -> {
      int marked;
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE " + table + " SET superseded_by = ?" + byId + " AND superseded_by IS NULL")) {
        ps.setString(1, by.toString());
        Column.bindAll(db.dialect(), ps, 2, idParams(oldText));
        marked = ps.executeUpdate();
      }
      if (marked == 1) {
        return Optional.<K>empty();
      }
      Stored s = stored(c, List.of(oldText)).get(oldText);
      String first = s == null ? null : s.supersededBy();
      return first == null ? Optional.<K>empty() : Optional.of(idOfText(c, first));
    });
  }

  @Override
  public Map<K, K> supersededBy(RecordKind<K, V> kind, Collection<K> ids) {
    db.checkOpen();
    if (!corrects || ids.isEmpty()) {
      return Map.of();
    }
    Map<String, K> byText = new HashMap<>();
    for (K id : ids) {
      byText.put(id.toString(), id);
    }
    return db.read("read " + what + " corrections", c -> {
      Map<K, K> out = new HashMap<>();
      for (Map.Entry<String, Stored> e : stored(c, new ArrayList<>(byText.keySet())).entrySet()) {
        if (e.getValue().supersededBy() != null) {
          out.put(byText.get(e.getKey()), idOfText(c, e.getValue().supersededBy()));
        }
      }
      return out;
    });
  }

  /** The id (typed) of the record stored under {@code text}, read from its body: corrections are rare. */
  private K idOfText(Connection c, String text) throws SQLException {
    return first(bodies(c, "SELECT body FROM " + table + byId, idParams(text))).map(idOf).orElseThrow();
  }

  @Override
  public Stream<V> current(RecordKind<K, V> kind) {
    if (!corrects) {
      return all();
    }
    String base = "SELECT body, id FROM " + table + " WHERE superseded_by IS NULL";
    return paged("read " + what + " records", base + " ORDER BY id LIMIT ?",
        base + " AND id > ? ORDER BY id LIMIT ?", v -> new Object[] {idText(v)});
  }

  /** The stored rows with these ids. */
  Map<String, Stored> stored(Connection c, List<String> ids) throws SQLException {
    Map<String, Stored> out = new HashMap<>();
    boolean pg = db.dialect() == Dialect.POSTGRESQL;
    // PostgreSQL: one array parameter (= ANY (?)) instead of an IN list of hundreds, parsed and planned once
    int step = pg ? Math.max(IN_LIST, ids.size()) : IN_LIST;
    for (int from = 0; from < ids.size(); from += step) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + step));
      String where = pg ? " WHERE id = ANY (?)" : " WHERE id IN " + inList(chunk.size());
      String sql = "SELECT id, body" + (corrects ? ", superseded_by" : "") + " FROM " + table + where;
      List<java.time.LocalDate> days = List.of();
      if (partitioning != null) {
        // the days of these ids first (none for a batch of new records: then nothing more is read), so
        // that the query names them and PostgreSQL reads only their partitions
        days = daysOf(c, chunk);
        if (days.isEmpty()) {
          continue;
        }
        sql += " AND " + partitioning.dayColumn() + " IN " + inList(days.size());
      }
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int next = bindIds(c, ps, chunk);
        Column.bindAll(db.dialect(), ps, next, days.toArray());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString(1), new Stored(db.body(rs, 2), corrects ? rs.getString(3) : null));
          }
        }
      }
    }
    return out;
  }

  /** Binds the ids of {@code WHERE id = ANY (?)} (PostgreSQL) or of an IN list; returns the next index. */
  private int bindIds(Connection c, PreparedStatement ps, List<String> ids) throws SQLException {
    if (db.dialect() == Dialect.POSTGRESQL) {
      ps.setArray(1, c.createArrayOf("varchar", ids.toArray()));
      return 2;
    }
    for (int i = 0; i < ids.size(); i++) {
      ps.setString(i + 1, ids.get(i));
    }
    return ids.size() + 1;
  }

  /** The distinct days the key table holds for these ids (PostgreSQL). */
  private List<java.time.LocalDate> daysOf(Connection c, List<String> ids) throws SQLException {
    TreeSet<java.time.LocalDate> days = new TreeSet<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT " + partitioning.dayColumn() + " FROM "
        + partitioning.keyTable() + " WHERE id = ANY (?)")) {
      bindIds(c, ps, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          days.add(Database.date(rs, 1));
        }
      }
    }
    return new ArrayList<>(days);
  }

  @Override
  public Optional<V> get(K id) {
    return first(db.read("read " + what + " " + id,
        c -> bodies(c, "SELECT body FROM " + table + byId, idParams(id.toString()))));
  }

  @Override
  public boolean contains(K id) {
    return db.read("look up " + what + " " + id,
        c -> number(c, "SELECT COUNT(*) FROM " + table + byId, idParams(id.toString()))) > 0;
  }

  @Override
  public Stream<V> all() {
    String base = "SELECT body, id FROM " + table;
    return paged("read " + what + " records", base + " ORDER BY id LIMIT ?",
        base + " WHERE id > ? ORDER BY id LIMIT ?", v -> new Object[] {idText(v)});
  }

  @Override
  public long count() {
    return db.read("count " + what + " records", c -> number(c, "SELECT COUNT(*) FROM " + table));
  }

  /**
   * Current records with {@code from <= occurred_at < to} (and {@code condition}), ordered by
   * instant then id, paged. The day column bounds (when the table has one) serve the day index and
   * let PostgreSQL prune day partitions.
   */
  Stream<V> between(String dayColumn, Function<V, Instant> atOf, Instant from, Instant to, String condition,
      Object... params) {
    if (!from.isBefore(to)) {
      db.checkOpen();
      return Stream.empty();
    }
    List<Object> all = new ArrayList<>(List.of(from, to));
    String days = "";
    if (dayColumn != null) {
      days = " AND " + dayColumn + " >= ? AND " + dayColumn + " <= ?";
      all.add(from.atZone(db.zone()).toLocalDate());
      all.add(to.atZone(db.zone()).toLocalDate());
    }
    all.addAll(List.of(params));
    String base = "SELECT body, occurred_at, id FROM " + table + " WHERE occurred_at >= ? AND occurred_at < ?"
        + days + (corrects ? " AND superseded_by IS NULL" : "") + condition;
    return paged("read " + what + " records", base + " ORDER BY occurred_at, id LIMIT ?",
        base + " AND (occurred_at, id) > (?, ?) ORDER BY occurred_at, id LIMIT ?",
        v -> new Object[] {atOf.apply(v), idText(v)}, all.toArray());
  }
}

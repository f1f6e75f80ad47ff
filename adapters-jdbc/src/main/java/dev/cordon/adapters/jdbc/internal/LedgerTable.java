package dev.cordon.adapters.jdbc.internal;

import dev.cordon.core.json.CordonJson;
import dev.cordon.core.storage.BatchOutcome;
import dev.cordon.core.storage.LedgerStore;
import dev.cordon.core.storage.WriteOutcome;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * An append-only ledger in one table: a row per record, never updated except to set
 * {@code superseded_by} once, when a correction arrives. A batch is checked against the stored rows
 * and itself in order (idempotency by id, supersession of an existing, not yet corrected record),
 * inserted with insert-unless-present in JDBC batches, and the supersessions are recorded with a
 * conditional {@code UPDATE … WHERE superseded_by IS NULL}, so two writers racing to correct the
 * same record cannot both succeed.
 */
class LedgerTable<K extends Comparable<K>, V> extends Table<K, V> implements LedgerStore<K, V> {
  /** A stored row: its body and the id of the record that corrects it, if any. */
  record Stored(String body, String supersededBy) {}

  private final Function<V, Optional<K>> supersedesOf;
  private final boolean corrects;
  private final String insertSql;

  LedgerTable(Database db, String table, String what, Class<V> type, Function<V, K> idOf,
      Function<V, Optional<K>> supersedesOf, boolean corrects, List<Column<V>> columns) {
    super(db, table, what, type, idOf, columns);
    this.supersedesOf = supersedesOf;
    this.corrects = corrects;
    this.insertSql = db.dialect().insertUnlessPresent(table, "id, body" + columnNames(), 2 + columns.size(), "id");
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

  /** Whether {@link #lockFor} must run before a batch is checked. */
  boolean locks() {
    return false;
  }

  /** Hook run first in the batch's transaction, before the batch is checked: e.g. to take locks. */
  void lockFor(Connection c, List<? extends V> values, Map<String, Stored> targets) throws SQLException {}

  /** Hook run for each new record, in order, before it is accepted. */
  void accept(V value, V superseded) {}

  /** Hook run when a batch ends, stored or refused. */
  void afterBatch() {}

  /** Checks and stores a batch on {@code c}, inside the caller's write. */
  BatchOutcome putBatch(Connection c, List<? extends V> values) throws SQLException {
    try {
      return checkAndStore(c, values);
    } finally {
      afterBatch();
    }
  }

  private BatchOutcome checkAndStore(Connection c, List<? extends V> values) throws SQLException {
    Set<String> wanted = new LinkedHashSet<>(ids(values));
    for (V v : values) {
      supersedesOf.apply(v).ifPresent(s -> wanted.add(s.toString()));
    }
    if (locks()) {
      lockFor(c, values, stored(c, new ArrayList<>(wanted)));
    }
    Map<String, Stored> known = stored(c, new ArrayList<>(wanted));
    Map<String, V> fresh = new LinkedHashMap<>();
    Map<String, String> correctedNow = new HashMap<>();
    int present = 0;
    for (V v : values) {
      String id = idText(v);
      V pending = fresh.get(id);
      if (pending != null || known.containsKey(id)) {
        boolean same = pending != null ? pending.equals(v) : holds(known.get(id).body(), v, CordonJson.write(v));
        if (!same) {
          throw conflict(id);
        }
        present++;
        continue;
      }
      V superseded = null;
      Optional<K> target = supersedesOf.apply(v);
      if (target.isPresent()) {
        String old = target.get().toString();
        Stored s = known.get(old);
        superseded = fresh.containsKey(old) ? fresh.get(old) : s == null ? null : parse(s.body());
        if (superseded == null) {
          throw missing(what, old);
        }
        String by = correctedNow.containsKey(old) ? correctedNow.get(old) : s == null ? null : s.supersededBy();
        if (by != null) {
          throw alreadyCorrected(old, by);
        }
        correctedNow.put(old, id);
      }
      accept(v, superseded);
      fresh.put(id, v);
    }
    List<V> raced = batch(c, insertSql, new ArrayList<>(fresh.values()), (ps, v) -> {
      String id = idText(v);
      ps.setString(1, id);
      db.bindBody(ps, 2, CordonJson.write(v));
      int next = bindColumns(ps, 3, v);
      if (db.dialect().rebindsKey()) {
        ps.setString(next, id);
      }
    });
    Set<String> racedIds = new HashSet<>();
    for (V v : raced) {
      // another writer stored this id between our read and our insert
      String id = idText(v);
      Stored s = stored(c, List.of(id)).get(id);
      if (s == null || !holds(s.body(), v, CordonJson.write(v))) {
        throw conflict(id);
      }
      racedIds.add(id);
    }
    List<V> corrections = new ArrayList<>();
    for (V v : fresh.values()) {
      if (!racedIds.contains(idText(v)) && supersedesOf.apply(v).isPresent()) {
        corrections.add(v);
      }
    }
    List<V> lost = batch(c, "UPDATE " + table + " SET superseded_by = ? WHERE id = ? AND superseded_by IS NULL",
        corrections, (ps, v) -> {
          ps.setString(1, idText(v));
          ps.setString(2, supersedesOf.apply(v).orElseThrow().toString());
        });
    if (!lost.isEmpty()) {
      String old = supersedesOf.apply(lost.get(0)).orElseThrow().toString();
      Stored s = stored(c, List.of(old)).get(old);
      throw alreadyCorrected(old, s == null ? "?" : s.supersededBy());
    }
    return new BatchOutcome(fresh.size() - raced.size(), present + raced.size());
  }

  private static CordonValidationException alreadyCorrected(String old, String by) {
    return new CordonValidationException(Violation.of("CORDON-STORE-003", "supersedes", old, by));
  }

  /** The stored rows with these ids. */
  Map<String, Stored> stored(Connection c, List<String> ids) throws SQLException {
    Map<String, Stored> out = new HashMap<>();
    for (int from = 0; from < ids.size(); from += IN_LIST) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
      String sql = "SELECT id, body" + (corrects ? ", superseded_by" : "") + " FROM " + table + " WHERE id IN "
          + inList(chunk.size());
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString(1), new Stored(db.body(rs, 2), corrects ? rs.getString(3) : null));
          }
        }
      }
    }
    return out;
  }

  @Override
  public Optional<V> get(K id) {
    return first(db.read("read " + what + " " + id,
        c -> bodies(c, "SELECT body FROM " + table + " WHERE id = ?", id.toString())));
  }

  @Override
  public boolean contains(K id) {
    return db.read("look up " + what + " " + id,
        c -> number(c, "SELECT COUNT(*) FROM " + table + " WHERE id = ?", id.toString())) > 0;
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

  @Override
  public List<V> history(K id) {
    return db.read("read the history of " + what + " " + id, c -> {
      List<V> out = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      String next = id.toString();
      while (next != null && seen.add(next)) {
        Stored s = stored(c, List.of(next)).get(next);
        if (s == null) {
          break;
        }
        out.add(parse(s.body()));
        next = s.supersededBy();
      }
      return out;
    });
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

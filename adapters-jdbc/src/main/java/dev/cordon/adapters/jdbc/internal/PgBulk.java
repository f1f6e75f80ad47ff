package dev.cordon.adapters.jdbc.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The PostgreSQL bulk write of a ledger table: the batch is sent with one {@code COPY … FROM STDIN}
 * (pgjdbc's {@code CopyManager}) into a temporary staging table of the session, then moved by one
 * set-based {@code INSERT … SELECT … ON CONFLICT DO NOTHING RETURNING id} that also empties the
 * staging table; the records not inserted are the staged ones whose id did not come back.
 *
 * <p>Everything runs on the caller's connection, inside its transaction or savepoint, so a batch stays
 * all or nothing. The staging table is {@code ON COMMIT DELETE ROWS} and created with {@code IF NOT
 * EXISTS} before every batch: a pooled connection keeps it between borrowers, and a transaction that
 * created it and rolled back leaves none behind, so no cache of "already created" can go stale.
 *
 * <p>Within one batch the first record of an id is the one that may be inserted; later records of the
 * same id are returned as not inserted (they are not staged), exactly as the row-by-row
 * insert-unless-present did. For a table partitioned by month (see {@link Partitioning}) the id is
 * claimed first in the table's unpartitioned key table, and only the rows whose id was claimed reach
 * the partitioned table; the month partitions a batch needs are created first.
 *
 * <p>pgjdbc is an optional dependency: its copy API is reached by reflection, and only on PostgreSQL.
 */
final class PgBulk {
  private PgBulk() {}

  /**
   * Inserts the records absent from {@code table}; returns those not inserted (an id already stored,
   * or a later record of an id earlier in the batch), in batch order.
   */
  static <K extends Comparable<K>, V> List<V> insertAbsent(Connection c, LedgerTable<K, V> table, List<V> rows)
      throws SQLException {
    // the first record of an id is the one that may be inserted; a later one is not inserted, as by the
    // row-by-row insert-unless-present (core's ports hand over distinct ids, so this is rarely needed)
    List<V> later = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<V> firsts = new ArrayList<>(rows.size());
    for (V v : rows) {
      (seen.add(table.idText(v)) ? firsts : later).add(v);
    }
    List<V> untouched = insertDistinct(c, table, firsts);
    if (later.isEmpty()) {
      return untouched;
    }
    List<V> out = new ArrayList<>();
    Set<V> notInserted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    notInserted.addAll(untouched);
    notInserted.addAll(later);
    for (V v : rows) {
      if (notInserted.remove(v)) {
        out.add(v);
      }
    }
    return out;
  }

  /** As {@link #insertAbsent}, for records of distinct ids. */
  private static <K extends Comparable<K>, V> List<V> insertDistinct(Connection c, LedgerTable<K, V> table,
      List<V> rows) throws SQLException {
    String stage = "cordon_stage_" + table.table.substring("cordon_".length());
    List<Column<V>> columns = table.columns;
    StringBuilder names = new StringBuilder("id, body");
    for (Column<V> col : columns) {
      names.append(", ").append(col.name());
    }
    Partitioning part = table.partitioning();
    // one round trip: the staging table (made on first use; LIKE locks the parent table only, and only
    // then) and which of the batch's month partitions are missing
    StringBuilder sql0 = new StringBuilder("CREATE TEMP TABLE IF NOT EXISTS " + stage + " (seq INTEGER NOT NULL, LIKE "
        + table.table + " INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
    List<LocalDate> months = new ArrayList<>();
    if (part != null) {
      Set<LocalDate> touched = new TreeSet<>();
      for (V v : rows) {
        touched.add(part.monthOf(table.dayOf(v)));
      }
      months.addAll(touched);
      sql0.append("; SELECT ");
      for (int i = 0; i < months.size(); i++) {
        sql0.append(i == 0 ? "" : ", ").append("to_regclass('").append(part.partitionOf(months.get(i)))
            .append("') IS NULL");
      }
    }
    List<LocalDate> missing = new ArrayList<>();
    try (Statement st = c.createStatement()) {
      st.execute(sql0.toString());
      if (part != null) {
        while (!st.getMoreResults() && st.getUpdateCount() != -1) {
          // past the CREATE's update count to the SELECT's rows
        }
        try (ResultSet rs = st.getResultSet()) {
          rs.next();
          for (int i = 0; i < months.size(); i++) {
            if (rs.getBoolean(i + 1)) {
              missing.add(months.get(i));
            }
          }
        }
      }
    }
    if (!missing.isEmpty()) {
      part.ensure(c, missing);
    }
    copy(c, "COPY " + stage + " (seq, " + names + ") FROM STDIN", copyText(table, rows));
    // the staging table is emptied by the statement that reads it, so a second batch in the same
    // transaction starts from an empty one
    String sql;
    if (part == null) {
      sql = "WITH s AS (DELETE FROM " + stage + " RETURNING *) INSERT INTO " + table.table + " (" + names + ") SELECT "
          + names + " FROM s ON CONFLICT (id) DO NOTHING RETURNING id";
    } else {
      sql = "WITH s AS (DELETE FROM " + stage + " RETURNING *),"
          + " k AS (INSERT INTO " + part.keyTable() + " (id, " + part.dayColumn() + ") SELECT id, " + part.dayColumn()
          + " FROM s ON CONFLICT (id) DO NOTHING RETURNING id)"
          + " INSERT INTO " + table.table + " (" + names + ") SELECT " + prefixed("s.", names)
          + " FROM s JOIN k ON k.id = s.id RETURNING id";
    }
    Set<String> inserted = new HashSet<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        inserted.add(rs.getString(1));
      }
    }
    List<V> untouched = new ArrayList<>();
    for (V v : rows) {
      if (!inserted.contains(table.idText(v))) {
        untouched.add(v);
      }
    }
    return untouched;
  }

  private static String prefixed(String prefix, CharSequence names) {
    StringBuilder sb = new StringBuilder();
    for (String n : names.toString().split(", ")) {
      sb.append(sb.length() == 0 ? "" : ", ").append(prefix).append(n);
    }
    return sb.toString();
  }

  /** The rows as {@code COPY} text: one line per record, tab-separated, {@code \N} for NULL. */
  static <V> byte[] copyText(LedgerTable<?, V> table, List<V> rows) {
    StringBuilder sb = new StringBuilder(rows.size() * 1024);
    int seq = 0;
    for (V v : rows) {
      sb.append(seq++).append('\t');
      escape(sb, table.idText(v));
      sb.append('\t');
      escape(sb, dev.cordon.core.json.CordonJson.write(v));
      for (Column<V> col : table.columns) {
        sb.append('\t');
        value(sb, col.value().apply(v));
      }
      sb.append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A column value as COPY text, as {@link Column#bind} would bind it on PostgreSQL. */
  static void value(StringBuilder sb, Object value) {
    Object v = value instanceof Optional<?> o ? o.orElse(null) : value;
    if (v == null) {
      sb.append("\\N");
    } else if (v instanceof Instant i) {
      sb.append(timestamp(i));
    } else if (v instanceof LocalDate d) {
      sb.append(d);
    } else if (v instanceof BigDecimal b) {
      sb.append(b.toPlainString());
    } else if (v instanceof Integer || v instanceof Long) {
      sb.append(v);
    } else if (v instanceof Boolean b) {
      sb.append(b ? 't' : 'f');
    } else if (v instanceof Enum<?> e) {
      escape(sb, e.name());
    } else {
      // ids are records whose toString() is their value
      escape(sb, v.toString());
    }
  }

  /**
   * An instant as {@code timestamptz} text in UTC, rounded to the microsecond half up, the way pgjdbc
   * sends a bound {@code OffsetDateTime} (so both paths store the same value).
   */
  static String timestamp(Instant instant) {
    Instant i = instant;
    if (i.getNano() % 1000 >= 500) {
      i = i.plusNanos(1000 - i.getNano() % 1000);
    }
    LocalDateTime t = LocalDateTime.ofEpochSecond(i.getEpochSecond(), i.getNano(), ZoneOffset.UTC);
    StringBuilder sb = new StringBuilder(32);
    sb.append(t.toLocalDate()).append(' ');
    two(sb, t.getHour()).append(':');
    two(sb, t.getMinute()).append(':');
    two(sb, t.getSecond());
    int micros = t.getNano() / 1000;
    if (micros != 0) {
      String m = Integer.toString(1_000_000 + micros).substring(1);
      sb.append('.').append(m);
    }
    return sb.append("+00").toString();
  }

  private static StringBuilder two(StringBuilder sb, int n) {
    return sb.append(n < 10 ? "0" : "").append(n);
  }

  /**
   * Appends {@code s} escaped for COPY's text format: backslash, tab, newline and carriage return
   * become backslash sequences; every other character stands for itself. A NUL character cannot be
   * stored in PostgreSQL text and is sent as it is, so the server refuses it (SQLState 22021) just as
   * it refuses a bound parameter holding one.
   */
  static void escape(StringBuilder sb, String s) {
    int n = s.length();
    int first = 0;
    while (first < n) {
      char ch = s.charAt(first);
      if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
        break;
      }
      first++;
    }
    sb.append(s, 0, first);
    for (int i = first; i < n; i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> sb.append("\\\\");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default -> sb.append(ch);
      }
    }
  }

  /** {@code COPY … FROM STDIN} of {@code text} through pgjdbc's CopyManager on {@code c}. */
  static long copy(Connection c, String sql, byte[] text) throws SQLException {
    try {
      Object pg = c.unwrap(Reflect.PG_CONNECTION);
      Object manager = Reflect.GET_COPY_API.invoke(pg);
      return (Long) Reflect.COPY_IN.invoke(manager, sql, new ByteArrayInputStream(text));
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof SQLException s) {
        throw s;
      }
      if (e.getCause() instanceof IOException io) {
        throw new SQLException("COPY failed: " + io.getClass().getSimpleName(), "08006", io);
      }
      throw new IllegalStateException("COPY failed", e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("pgjdbc's copy API is not accessible", e);
    }
  }

  /** pgjdbc's copy API, found on first use (only on PostgreSQL, where the driver is present). */
  private static final class Reflect {
    static final Class<?> PG_CONNECTION;
    static final Method GET_COPY_API;
    static final Method COPY_IN;

    static {
      try {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Class<?> pg;
        try {
          pg = Class.forName("org.postgresql.PGConnection", false, PgBulk.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          pg = Class.forName("org.postgresql.PGConnection", false, loader);
        }
        PG_CONNECTION = pg;
        GET_COPY_API = pg.getMethod("getCopyAPI");
        COPY_IN = GET_COPY_API.getReturnType().getMethod("copyIn", String.class, InputStream.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }
  }

  /**
   * A ledger table partitioned by month on its day column, with an unpartitioned key table
   * {@code (id PRIMARY KEY, day)} that keeps ids unique across partitions and tells a lookup by id
   * which partition to read.
   *
   * @param table the partitioned table
   * @param dayColumn its partition key, a {@code DATE}
   * @param keyTable the key table
   */
  record Partitioning(String table, String dayColumn, String keyTable) {
    /** The first day of the month of {@code day}. */
    LocalDate monthOf(LocalDate day) {
      return day.withDayOfMonth(1);
    }

    /** The name of the partition of the month starting {@code month}: {@code <table>_yYYYYmMM}. */
    String partitionOf(LocalDate month) {
      return table + "_y" + month.getYear() + "m" + (month.getMonthValue() < 10 ? "0" : "") + month.getMonthValue();
    }

    /**
     * Creates the partitions of {@code months} that do not exist yet, in the caller's transaction, under
     * a transaction-scoped advisory lock (so that racing writers create each partition once: the second
     * waits, then finds it made when the first commits). A partition is created as a plain table and
     * then attached: {@code ATTACH PARTITION} takes a {@code SHARE UPDATE EXCLUSIVE} lock on the parent,
     * which readers and writers of the table (whose locks it does not conflict with) keep no one from
     * taking, whereas {@code CREATE TABLE … PARTITION OF} would need {@code ACCESS EXCLUSIVE} and wait for
     * every transaction that has read the table — among them a writer waiting for the advisory lock. The
     * table has no default partition for the same reason (attaching beside one locks it exclusively).
     */
    void ensure(Connection c, List<LocalDate> missing) throws SQLException {
      try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
        ps.setString(1, "cordon partitions of " + table);
        ps.executeQuery().close();
      }
      try (Statement st = c.createStatement()) {
        // the lock ATTACH takes anyway; taking a table lock also makes this session read the catalog
        // changes other sessions committed meanwhile (an advisory lock does not), so that the check below
        // sees a partition the writer before us created
        st.execute("LOCK TABLE " + table + " IN SHARE UPDATE EXCLUSIVE MODE");
      }
      for (LocalDate month : missing(c, new TreeSet<>(missing))) {
        create(c, month);
      }
    }

    private List<LocalDate> missing(Connection c, Set<LocalDate> months) throws SQLException {
      List<LocalDate> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NULL")) {
        for (LocalDate m : months) {
          ps.setString(1, partitionOf(m));
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getBoolean(1)) {
              out.add(m);
            }
          }
        }
      }
      return out;
    }

    private void create(Connection c, LocalDate month) throws SQLException {
      String name = partitionOf(month);
      try (Statement st = c.createStatement()) {
        st.execute("CREATE TABLE " + name + " (LIKE " + table + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS)");
        st.execute("ALTER TABLE " + table + " ATTACH PARTITION " + name + " FOR VALUES FROM (DATE '" + month
            + "') TO (DATE '" + month.plusMonths(1) + "')");
      }
    }
  }
}

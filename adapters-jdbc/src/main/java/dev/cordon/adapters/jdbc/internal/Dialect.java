package dev.cordon.adapters.jdbc.internal;

import dev.cordon.core.CordonConfigurationException;
import java.time.Instant;
import java.util.Locale;

/** What differs between the databases Cordon supports: a few statements and the migration folder. */
public enum Dialect {
  /** H2 2.x, embedded (file or in-memory). */
  H2("h2"),
  /** PostgreSQL 12 or later. */
  POSTGRESQL("postgresql"),
  /** SQLite 3.35 or later in WAL mode (the embedded default), through org.xerial:sqlite-jdbc. */
  SQLITE("sqlite");



  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /** The Flyway location of this dialect's migrations. */
  public String migrations() {
    return "classpath:db/cordon/" + folder;
  }

  /** The dialect of a database, from its JDBC product name. */
  public static Dialect of(String productName) {
    String p = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
    if (p.equals("h2")) {
      return H2;
    }
    if (p.equals("postgresql")) {
      return POSTGRESQL;
    }
    if (p.equals("sqlite")) {
      return SQLITE;
    }
    throw new CordonConfigurationException("Cordon's JDBC storage supports SQLite, H2 and PostgreSQL, not '"
        + productName + "'.");
  }

  /**
   * An insert of one row into {@code table} that does nothing when a row with the same key exists
   * (update count 0). The SQL holds only identifiers chosen by Cordon and {@code ?} placeholders;
   * on H2 the key values are bound a second time, after the row's values.
   */
  String insertUnlessPresent(String table, String columns, int columnCount, String keyColumns) {
    String marks = marks(columnCount);
    return switch (this) {
      case POSTGRESQL, SQLITE -> "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ") ON CONFLICT ("
          + keyColumns + ") DO NOTHING";
      case H2 -> "INSERT INTO " + table + " (" + columns + ") SELECT " + marks + " WHERE NOT EXISTS (SELECT 1 FROM "
          + table + " WHERE " + String.join(" = ? AND ", keyColumns.split(", ")) + " = ?)";
    };
  }

  /**
   * What ends a query that locks the rows it reads until the transaction ends: {@code FOR UPDATE},
   * or nothing on SQLite, where a write transaction ({@code BEGIN IMMEDIATE}) holds the database's
   * single write lock from its start and so already excludes every other writer.
   */
  String forUpdate() {
    return this == SQLITE ? "" : " FOR UPDATE";
  }

  /**
   * An instant as SQLite stores it: microseconds since 1970-01-01T00:00Z, an 8-byte integer in the
   * row and in every index on it (text would take 30). Sub-microsecond parts are dropped from the
   * column only; the record's body keeps the instant exactly.
   */
  static long instantMicros(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
  }

  /** Whether {@link #insertUnlessPresent} binds the key values again after the row. */
  boolean rebindsKey() {
    return this == H2;
  }

  static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}

package dev.cordon.adapters.jdbc.internal;

import dev.cordon.core.CordonConfigurationException;
import java.util.Locale;

/** What differs between the databases Cordon supports: a few statements and the migration folder. */
public enum Dialect {
  /** H2 2.x, embedded (file or in-memory). */
  H2("h2"),
  /** PostgreSQL 12 or later. */
  POSTGRESQL("postgresql");

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
    throw new CordonConfigurationException("Cordon's JDBC storage supports H2 and PostgreSQL, not '"
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
      case POSTGRESQL -> "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ") ON CONFLICT ("
          + keyColumns + ") DO NOTHING";
      case H2 -> "INSERT INTO " + table + " (" + columns + ") SELECT " + marks + " WHERE NOT EXISTS (SELECT 1 FROM "
          + table + " WHERE " + String.join(" = ? AND ", keyColumns.split(", ")) + " = ?)";
    };
  }

  /** Whether {@link #insertUnlessPresent} binds the key values again after the row. */
  boolean rebindsKey() {
    return this == H2;
  }

  static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}

package dev.cordon.adapters.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.UUID;

/** Fresh storages for tests: H2 in memory, or a PostgreSQL database emptied before each use. */
final class TestStorages {
  /** Tables emptied between tests on PostgreSQL (the schema and its history stay). */
  static final String TABLES = "cordon_unit, cordon_person, cordon_site, cordon_supply_item, cordon_travel_declaration,"
      + " cordon_risk_area, cordon_assignment, cordon_finding, cordon_entry, cordon_disinfection_record,"
      + " cordon_stock_movement, cordon_stock_holding, cordon_inspection, cordon_notice, cordon_notice_year, cordon_dining_plan, cordon_policy";

  private TestStorages() {}

  private static final Path SQLITE_DIR = Path.of("target", "sqlite-tests");

  /** A unique SQLite file URL under {@code target/sqlite-tests} (the file does not exist yet). */
  static String sqliteUrl() {
    return "jdbc:sqlite:" + SQLITE_DIR.resolve("cordon-" + UUID.randomUUID() + ".db");
  }

  /** A new SQLite file storage with small pages and batches. */
  static JdbcStorage sqlite() {
    return JdbcStorage.open(sqliteUrl(), small(JdbcOptions.defaults()));
  }

  /** A new SQLite file storage with the default options (for the conformance kit's volume tests). */
  static JdbcStorage sqliteDefaults() {
    return JdbcStorage.open(sqliteUrl(), JdbcOptions.defaults());
  }

  /** A unique in-memory H2 URL. */
  static String h2Url() {
    return "jdbc:h2:mem:cordon-" + UUID.randomUUID();
  }

  /** Small pages and batches, so that streams and batches cross their boundaries in small tests. */
  static JdbcOptions small(JdbcOptions options) {
    return options.withFetchSize(3).withBatchSize(4);
  }

  /** A new in-memory H2 storage with small pages and batches. */
  static JdbcStorage h2() {
    return JdbcStorage.open(h2Url(), small(JdbcOptions.defaults()));
  }

  /** A new in-memory H2 storage with the default options (for the conformance kit's volume tests). */
  static JdbcStorage h2Defaults() {
    return JdbcStorage.open(h2Url(), JdbcOptions.defaults());
  }

  /** A storage with small pages and batches over {@code url} (a PostgreSQL test database), emptied first. */
  static JdbcStorage postgres(String url) {
    return postgres(url, small(PostgresServer.get().options()));
  }

  /** A storage over {@code url} (a PostgreSQL test database), emptied first. */
  static JdbcStorage postgres(String url, JdbcOptions options) {
    JdbcStorage s = JdbcStorage.open(url, options.withPoolSize(4));
    try (Connection c = PostgresServer.get().connect(url); Statement st = c.createStatement()) {
      st.execute("TRUNCATE " + TABLES);
    } catch (SQLException e) {
      s.close();
      throw new IllegalStateException(e);
    }
    return s;
  }

  /** A plain H2 connection to {@code url}. */
  static Connection h2Connection(String url) throws SQLException {
    return DriverManager.getConnection(url);
  }
}

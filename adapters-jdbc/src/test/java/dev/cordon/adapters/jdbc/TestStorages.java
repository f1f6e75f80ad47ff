package dev.cordon.adapters.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Fresh storages for tests: H2 in memory, or a PostgreSQL database emptied before each use. */
final class TestStorages {
  /** Tables emptied between tests on PostgreSQL (the schema and its history stay). */
  static final String TABLES = "cordon_unit, cordon_person, cordon_site, cordon_supply_item, cordon_travel_declaration,"
      + " cordon_risk_area, cordon_assignment, cordon_finding, cordon_entry, cordon_disinfection_record,"
      + " cordon_stock_movement, cordon_stock_holding";

  private TestStorages() {}

  /** A unique in-memory H2 URL. */
  static String h2Url() {
    return "jdbc:h2:mem:cordon-" + UUID.randomUUID();
  }

  /** A new in-memory H2 storage; small pages so that streams cross page boundaries. */
  static JdbcStorage h2() {
    return JdbcStorage.open(h2Url(), JdbcOptions.defaults().withFetchSize(3).withBatchSize(4));
  }

  /** A storage over {@code url} (a PostgreSQL database of this test class), emptied first. */
  static JdbcStorage postgres(String url) {
    JdbcStorage s = JdbcStorage.open(url, PostgresServer.get().options().withFetchSize(3).withBatchSize(4)
        .withPoolSize(4));
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

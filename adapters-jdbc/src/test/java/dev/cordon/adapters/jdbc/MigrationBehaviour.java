package dev.cordon.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordon.core.CordonConfigurationException;
import dev.cordon.tck.TckData;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Schema migrations on open, run on H2 and PostgreSQL by the subclasses. */
abstract class MigrationBehaviour {
  /** A URL of a new, empty database. */
  abstract String newDatabase();

  /** Options for opening it. */
  abstract JdbcOptions options();

  /** A plain connection to it. */
  abstract Connection connect(String url) throws SQLException;

  static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void migratingTwiceDoesNothingTheSecondTimeAndKeepsTheData() throws SQLException {
    String url = newDatabase();
    try (Connection keep = connect(url)) {
      try (JdbcStorage s = JdbcStorage.open(url, options())) {
        s.units().put(TckData.unit("u1", "一分公司"));
        assertThat(s.describe()).containsEntry("schemaVersion", "6");
      }
      long applied = count(keep, "SELECT COUNT(*) FROM \"cordon_schema_history\"");
      try (JdbcStorage s = JdbcStorage.open(url, options())) {
        assertThat(s.units().count()).isEqualTo(1);
        assertThat(s.describe()).containsEntry("schemaVersion", "6");
      }
      assertThat(count(keep, "SELECT COUNT(*) FROM \"cordon_schema_history\"")).isEqualTo(applied);
      assertThat(count(keep, "SELECT COUNT(*) FROM \"cordon_schema_history\" WHERE \"version\" IN ('1', '2', '3', '4', '5', '6')"
          + " AND \"success\" = TRUE")).isEqualTo(6);
    }
  }

  /**
   * Takes back what schema version 6 changed, keeping the rows, so that a test can make an older
   * database from a current one; nothing on databases where version 6 changes nothing.
   */
  void undoVersion6(Statement st) throws SQLException {}

  /**
   * A database written by the previous version (schema 4, before the purge and access logs) migrates
   * to 5 on open, keeps its records, and can be purged.
   */
  @Test
  void aVersion4DatabaseGainsTheLogsKeepsItsRecordsAndCanBePurged() throws SQLException {
    String url = newDatabase();
    dev.cordon.core.entry.Entry row = TckData.visitorEntry("e-1", "s-001", TckData.ZHANG_SAN, TckData.at("2021-10-25T09:00"));
    try (Connection keep = connect(url)) {
      try (JdbcStorage s = JdbcStorage.open(url, options())) {
        s.entries().put(row);
      }
      try (Statement st = keep.createStatement()) {
        undoVersion6(st);
        st.executeUpdate("DROP TABLE cordon_purge_log");
        st.executeUpdate("DROP TABLE cordon_access_log");
        st.executeUpdate("DELETE FROM \"cordon_schema_history\" WHERE \"version\" IN ('5', '6')");
        if (!keep.getAutoCommit()) {
          keep.commit();
        }
      }
      try (JdbcStorage s = JdbcStorage.open(url, options())) {
        assertThat(s.describe()).containsEntry("schemaVersion", "6");
        assertThat(s.entries().get(row.id())).contains(row);
        try (dev.cordon.Cordon c = dev.cordon.Cordon.builder().storage(s)
            .clock(java.time.Clock.fixed(java.time.Instant.parse("2022-06-01T00:00:00Z"), java.time.ZoneOffset.UTC))
            .build()) {
          assertThat(c.personalData().purge(java.time.LocalDate.of(2022, 6, 1), "test").records())
              .containsEntry("entry", 1);
        }
        assertThat(s.entries().get(row.id()).orElseThrow().entrant().name()).isEmpty();
        assertThat(s.purgeLog().count()).isEqualTo(1);
      }
    }
  }

  @Test
  void aDatabaseFromANewerCordonIsRefusedNamingBothVersions() throws SQLException {
    String url = newDatabase();
    try (Connection keep = connect(url)) {
      JdbcStorage.open(url, options()).close();
      try (Statement s = keep.createStatement()) {
        s.executeUpdate("INSERT INTO \"cordon_schema_history\" (\"installed_rank\", \"version\", \"description\","
            + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
            + " VALUES (99, '7', 'from the future', 'SQL', 'V7__from_the_future.sql', 0, 'test', 0, TRUE)");
        if (!keep.getAutoCommit()) {
          keep.commit();
        }
      }
      assertThatThrownBy(() -> JdbcStorage.open(url, options()))
          .isInstanceOf(CordonConfigurationException.class)
          .hasMessageContaining("schema version 7").hasMessageContaining("up to 6");
    }
  }

  @Test
  void withMigrationsOffAnEmptyDatabaseIsRefusedAndACurrentOneOpens() throws SQLException {
    String url = newDatabase();
    try (Connection keep = connect(url)) {
      assertThatThrownBy(() -> JdbcStorage.open(url, options().withMigrate(false)))
          .isInstanceOf(CordonConfigurationException.class).hasMessageContaining("migrate=false");
      JdbcStorage.open(url, options()).close();
      try (JdbcStorage s = JdbcStorage.open(url, options().withMigrate(false))) {
        assertThat(s.units().count()).isZero();
      }
    }
  }

  @Test
  void cordonsTablesGoBesideAnApplicationsOwnTables() throws SQLException {
    String url = newDatabase();
    try (Connection keep = connect(url)) {
      try (Statement s = keep.createStatement()) {
        s.execute("CREATE TABLE app_orders (id INTEGER PRIMARY KEY)");
        if (!keep.getAutoCommit()) {
          keep.commit();
        }
      }
      try (JdbcStorage s = JdbcStorage.open(url, options())) {
        s.units().put(TckData.unit("u1", "一分公司"));
      }
      assertThat(count(keep, "SELECT COUNT(*) FROM app_orders")).isZero();
      assertThat(count(keep, "SELECT COUNT(*) FROM cordon_unit")).isEqualTo(1);
    }
  }

  @Test
  void aDatabaseOpenedInAnotherZoneIsRefused() throws SQLException {
    String url = newDatabase();
    try (Connection keep = connect(url)) {
      JdbcStorage.open(url, options()).close();
      assertThatThrownBy(() -> JdbcStorage.open(url, options().withZone(ZoneId.of("Europe/Berlin"))))
          .isInstanceOf(CordonConfigurationException.class).hasMessageContaining("Asia/Shanghai")
          .hasMessageContaining("Europe/Berlin");
    }
  }
}

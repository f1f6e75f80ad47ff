package dev.cordon.adapters.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordon.adapters.jdbc.JdbcOptions;
import dev.cordon.adapters.jdbc.JdbcStorage;
import dev.cordon.core.CordonConfigurationException;
import dev.cordon.core.CordonStorageException;
import dev.cordon.tck.TckData;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sqlite.SQLiteDataSource;

/**
 * Opening without Flyway ({@link Schema#upToDate}) happens only when the history records exactly the
 * bundled migrations; anything else opens through Flyway, which migrates, validates or refuses as
 * before. On H2 and SQLite (the embedded databases whose start-up the command line pays).
 */
class SchemaUpToDateTest {
  @TempDir
  Path tmp;

  /** A new, empty database of one dialect, kept alive (H2 in memory) by an open connection. */
  private final class Db implements AutoCloseable {
    final Dialect dialect;
    final String url;
    final DataSource dataSource;
    final Connection keep;

    Db(Dialect dialect) throws SQLException {
      this.dialect = dialect;
      if (dialect == Dialect.H2) {
        url = "jdbc:h2:mem:schema-" + UUID.randomUUID();
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        dataSource = h2;
      } else {
        url = "jdbc:sqlite:" + tmp.resolve("schema-" + UUID.randomUUID() + ".db");
        SQLiteDataSource sqlite = new SQLiteDataSource();
        sqlite.setUrl(url);
        dataSource = sqlite;
      }
      keep = dataSource.getConnection();
      keep.setAutoCommit(true);
    }

    /** Gives it Cordon's current schema the usual way, with a record in it. */
    Db current() {
      try (JdbcStorage s = JdbcStorage.open(url, JdbcOptions.defaults())) {
        s.units().put(TckData.unit("u1", "一分公司"));
      }
      return this;
    }

    void sql(String statement) throws SQLException {
      try (Statement st = keep.createStatement()) {
        st.executeUpdate(statement);
      }
    }

    List<String> appliedVersions() throws SQLException {
      List<String> versions = new ArrayList<>();
      try (Statement st = keep.createStatement(); ResultSet rs = st.executeQuery("SELECT \"version\" FROM \""
          + Schema.HISTORY_TABLE + "\" WHERE \"type\" = 'SQL' AND \"success\" = TRUE ORDER BY \"installed_rank\"")) {
        while (rs.next()) {
          versions.add(rs.getString(1));
        }
      }
      return versions;
    }

    boolean hasHistoryTable() throws SQLException {
      try (ResultSet rs = keep.getMetaData().getTables(null, null, "%", null)) {
        while (rs.next()) {
          if (rs.getString("TABLE_NAME").equalsIgnoreCase(Schema.HISTORY_TABLE)) {
            return true;
          }
        }
      }
      return false;
    }

    @Override
    public void close() throws SQLException {
      keep.close();
    }
  }

  private static String latest(Dialect dialect) {
    List<String> versions = new ArrayList<>(Schema.bundled(dialect).keySet());
    assertThat(versions).as("migrations bundled for %s", dialect).isNotEmpty();
    return versions.get(versions.size() - 1);
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"H2", "SQLITE"})
  void aCurrentDatabaseIsRecognisedAndOpensAtItsVersion(Dialect dialect) throws SQLException {
    try (Db db = new Db(dialect).current()) {
      assertThat(db.appliedVersions()).containsExactlyElementsOf(Schema.bundled(dialect).keySet());
      // the checksums computed here are Flyway's, or the history would not match
      assertThat(Schema.upToDate(db.dataSource, dialect)).contains(latest(dialect));
      assertThat(Schema.prepare(db.dataSource, dialect, true, db.url)).isEqualTo(latest(dialect));
      try (JdbcStorage s = JdbcStorage.open(db.url, JdbcOptions.defaults().withReadOnly(true).withCreate(false))) {
        assertThat(s.describe()).containsEntry("schemaVersion", latest(dialect));
        assertThat(s.units().count()).isEqualTo(1);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"H2", "SQLITE"})
  void anEmptyDatabaseIsLeftToFlywayAndTheCheckCreatesNothing(Dialect dialect) throws SQLException {
    try (Db db = new Db(dialect)) {
      assertThat(Schema.upToDate(db.dataSource, dialect)).isEmpty();
      assertThat(db.hasHistoryTable()).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"H2", "SQLITE"})
  void aDatabaseOfAnOlderVersionIsMigratedByFlyway(Dialect dialect) throws SQLException {
    List<String> bundled = new ArrayList<>(Schema.bundled(dialect).keySet());
    String previous = bundled.get(bundled.size() - 2);
    try (Db db = new Db(dialect)) {
      Flyway.configure(Schema.class.getClassLoader()).dataSource(db.dataSource).loggers("slf4j")
          .locations(dialect.migrations()).table(Schema.HISTORY_TABLE).target(previous).load().migrate();
      assertThat(db.appliedVersions()).doesNotContain(latest(dialect)).contains(previous);

      assertThat(Schema.upToDate(db.dataSource, dialect)).isEmpty();
      // read-only, it is refused as before, naming both versions
      assertThatThrownBy(() -> Schema.prepare(db.dataSource, dialect, false, db.url, true, true))
          .isInstanceOf(CordonConfigurationException.class)
          .hasMessageContaining("schema version " + previous).hasMessageContaining("needs version " + latest(dialect));
      assertThat(Schema.prepare(db.dataSource, dialect, true, db.url)).isEqualTo(latest(dialect));
      assertThat(db.appliedVersions()).containsExactlyElementsOf(bundled);
      assertThat(Schema.upToDate(db.dataSource, dialect)).contains(latest(dialect));
    }
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"H2", "SQLITE"})
  void aTamperedChecksumGoesThroughFlywayAndFailsItsValidationAsBefore(Dialect dialect) throws SQLException {
    try (Db db = new Db(dialect).current()) {
      db.sql("UPDATE \"" + Schema.HISTORY_TABLE + "\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '"
          + latest(dialect) + "'");
      assertThat(Schema.upToDate(db.dataSource, dialect)).isEmpty();
      assertThatThrownBy(() -> Schema.prepare(db.dataSource, dialect, true, db.url))
          .isInstanceOf(CordonStorageException.class)
          .hasMessageContaining("could not check or migrate the schema");
      assertThatThrownBy(() -> JdbcStorage.open(db.url, JdbcOptions.defaults()))
          .isInstanceOf(CordonStorageException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"H2", "SQLITE"})
  void aDatabaseFromANewerCordonIsStillRefused(Dialect dialect) throws SQLException {
    try (Db db = new Db(dialect).current()) {
      db.sql("INSERT INTO \"" + Schema.HISTORY_TABLE + "\" (\"installed_rank\", \"version\", \"description\","
          + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
          + " VALUES (99, '999', 'from the future', 'SQL', 'V999__from_the_future.sql', 0, 'test', 0, TRUE)");
      assertThat(Schema.upToDate(db.dataSource, dialect)).isEmpty();
      assertThatThrownBy(() -> JdbcStorage.open(db.url, JdbcOptions.defaults()))
          .isInstanceOf(CordonConfigurationException.class)
          .hasMessageContaining("schema version 999").hasMessageContaining("up to " + latest(dialect));
      assertThatThrownBy(() -> JdbcStorage.open(db.url, JdbcOptions.defaults().withReadOnly(true).withCreate(false)))
          .isInstanceOf(CordonConfigurationException.class).hasMessageContaining("newer Cordon");
    }
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"H2", "SQLITE"})
  void aFailedOrRenamedOrMissingMigrationIsLeftToFlyway(Dialect dialect) throws SQLException {
    String latest = latest(dialect);
    String first = Schema.bundled(dialect).keySet().iterator().next();
    try (Db db = new Db(dialect).current()) {
      db.sql("UPDATE \"" + Schema.HISTORY_TABLE + "\" SET \"success\" = FALSE WHERE \"version\" = '" + latest + "'");
      assertThat(Schema.upToDate(db.dataSource, dialect)).isEmpty();
    }
    try (Db db = new Db(dialect).current()) {
      db.sql("UPDATE \"" + Schema.HISTORY_TABLE + "\" SET \"script\" = 'V" + latest + "__renamed.sql' WHERE \"version\" = '"
          + latest + "'");
      assertThat(Schema.upToDate(db.dataSource, dialect)).isEmpty();
    }
    try (Db db = new Db(dialect).current()) {
      db.sql("DELETE FROM \"" + Schema.HISTORY_TABLE + "\" WHERE \"version\" = '" + first + "'");
      assertThat(Schema.upToDate(db.dataSource, dialect)).isEmpty();
    }
    try (Db db = new Db(dialect).current()) {
      db.sql("INSERT INTO \"" + Schema.HISTORY_TABLE + "\" (\"installed_rank\", \"version\", \"description\","
          + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
          + " VALUES (98, NULL, 'repeatable', 'SQL', 'R__repeatable.sql', 0, 'test', 0, TRUE)");
      assertThat(Schema.upToDate(db.dataSource, dialect)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"H2", "SQLITE"})
  void theBundledMigrationsAreListedInVersionOrderWithFlywaysChecksums(Dialect dialect) {
    var bundled = Schema.bundled(dialect);
    assertThat(bundled.keySet()).contains("1", "5");
    bundled.values().forEach(m -> {
      assertThat(m.script()).startsWith("V" + m.version().replace('.', '_') + "__").endsWith(".sql");
      assertThat(Schema.checksum(m.url())).isPresent();
    });
    assertThat(Optional.of(latest(dialect))).contains(new ArrayList<>(bundled.keySet()).get(bundled.size() - 1));
  }
}

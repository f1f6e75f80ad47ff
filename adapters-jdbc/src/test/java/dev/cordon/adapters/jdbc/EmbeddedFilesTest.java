package dev.cordon.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cordon.adapters.jdbc.internal.Faults;
import dev.cordon.core.CordonConfigurationException;
import dev.cordon.core.CordonStorageException;
import dev.cordon.core.CordonStorageException.Fault;
import dev.cordon.tck.TckData;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What opening an embedded database says when the path is wrong, the file is something else, it may
 * only be read, or the server is unreachable; and that driver messages leave no value behind.
 */
class EmbeddedFilesTest {
  @TempDir
  Path tmp;

  @Test
  void aMissingSqliteFileIsRefusedUnlessItMayBeCreated() {
    Path file = tmp.resolve("typo/cordon.db");
    assertThatThrownBy(() -> JdbcStorage.open("jdbc:sqlite:" + file, JdbcOptions.defaults().withCreate(false)))
        .isInstanceOf(CordonConfigurationException.class).hasMessageContaining("There is no Cordon database at")
        .hasMessageContaining("cordon.db");
    assertThat(file).doesNotExist();
    assertThat(file.getParent()).doesNotExist();
    try (JdbcStorage s = JdbcStorage.open("jdbc:sqlite:" + file, JdbcOptions.defaults())) {
      assertThat(s.units().count()).isZero();
    }
    assertThat(file).exists();
    try (JdbcStorage s = JdbcStorage.open("jdbc:sqlite:" + file, JdbcOptions.defaults().withCreate(false))) {
      assertThat(s.units().count()).isZero();
    }
  }

  @Test
  void aMissingH2FileIsRefusedUnlessItMayBeCreated() {
    Path base = tmp.resolve("h2/cordon");
    assertThatThrownBy(() -> JdbcStorage.open("jdbc:h2:file:" + base, JdbcOptions.defaults().withCreate(false)))
        .isInstanceOf(CordonConfigurationException.class).hasMessageContaining("cordon.mv.db");
    assertThat(base.getParent()).doesNotExist();
  }

  @Test
  void aFileThatIsNotADatabaseIsNamedAsSuch() throws Exception {
    Path text = Files.writeString(tmp.resolve("notes.db"), "site,at\nS-1,2021-10-25 08:00\n");
    CordonStorageException e = catchThrowableOfType(CordonStorageException.class,
        () -> JdbcStorage.open("jdbc:sqlite:" + text, JdbcOptions.defaults()));
    assertThat(e.fault()).isEqualTo(Fault.NOT_A_CORDON_DATABASE);
    assertThat(e).hasMessageContaining("not an SQLite database");
    assertThat(Files.readString(text)).startsWith("site,at");

    Path h2 = tmp.resolve("h2db");
    JdbcStorage.open("jdbc:h2:file:" + h2, JdbcOptions.defaults()).close();
    CordonStorageException wrongKind = catchThrowableOfType(CordonStorageException.class,
        () -> JdbcStorage.open("jdbc:sqlite:" + h2 + ".mv.db", JdbcOptions.defaults()));
    assertThat(wrongKind).hasMessageContaining("an H2 database; open it with jdbc:h2:file:" + h2);
  }

  @Test
  void anSqliteFileOfAnotherApplicationIsNotACordonDatabaseWhenNotCreating() throws Exception {
    Path other = tmp.resolve("other.db");
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other); var st = c.createStatement()) {
      st.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
    }
    CordonStorageException e = catchThrowableOfType(CordonStorageException.class,
        () -> JdbcStorage.open("jdbc:sqlite:" + other, JdbcOptions.defaults().withCreate(false)));
    assertThat(e.fault()).as(e.getMessage()).isEqualTo(Fault.NOT_A_CORDON_DATABASE);
    CordonStorageException readOnly = catchThrowableOfType(CordonStorageException.class,
        () -> JdbcStorage.open("jdbc:sqlite:" + other, JdbcOptions.defaults().withReadOnly(true)));
    assertThat(readOnly.fault()).as(readOnly.getMessage()).isEqualTo(Fault.NOT_A_CORDON_DATABASE);
    // not even when creating: Cordon never adds its tables to another application's file
    byte[] before = Files.readAllBytes(other);
    CordonStorageException creating = catchThrowableOfType(CordonStorageException.class,
        () -> JdbcStorage.open("jdbc:sqlite:" + other, JdbcOptions.defaults()));
    assertThat(creating.fault()).isEqualTo(Fault.NOT_A_CORDON_DATABASE);
    assertThat(creating).hasMessageContaining("1 table(s) of another application");
    assertThat(Arrays.equals(Files.readAllBytes(other), before)).as("file untouched (journal mode kept)").isTrue();
  }

  @Test
  void anEmptyFileIsNotADatabaseUnlessItMayBeCreated() throws Exception {
    Path empty = Files.createFile(tmp.resolve("empty.db"));
    CordonStorageException e = catchThrowableOfType(CordonStorageException.class,
        () -> JdbcStorage.open("jdbc:sqlite:" + empty, JdbcOptions.defaults().withCreate(false)));
    assertThat(e.fault()).isEqualTo(Fault.NOT_A_CORDON_DATABASE);
    assertThat(Files.size(empty)).isZero();
    try (JdbcStorage s = JdbcStorage.open("jdbc:sqlite:" + empty, JdbcOptions.defaults())) {
      assertThat(s.units().count()).isZero();
    }
  }

  @Test
  void openingForReadingWritesNothingAndRefusesWrites() throws Exception {
    Path file = tmp.resolve("ro/cordon.db");
    try (JdbcStorage s = JdbcStorage.open("jdbc:sqlite:" + file, JdbcOptions.defaults())) {
      s.units().put(TckData.unit("u1", "一"));
    }
    byte[] before = Files.readAllBytes(file);
    long modified = Files.getLastModifiedTime(file).toMillis();
    try (JdbcStorage s = JdbcStorage.open("jdbc:sqlite:" + file, JdbcOptions.defaults().withReadOnly(true))) {
      assertThat(s.units().count()).isEqualTo(1);
      CordonStorageException write = catchThrowableOfType(CordonStorageException.class,
          () -> s.units().put(TckData.unit("u2", "二")));
      assertThat(write.fault()).isEqualTo(Fault.READ_ONLY);
      assertThat(write).hasMessageContaining("read-only").hasNoCause();
    }
    assertThat(Arrays.equals(Files.readAllBytes(file), before)).as("file unchanged").isTrue();
    assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
  }

  @Test
  void inMemorySqliteIsRefusedWithTheAlternatives() {
    assertThatThrownBy(() -> JdbcStorage.open("jdbc:sqlite::memory:", JdbcOptions.defaults()))
        .isInstanceOf(CordonConfigurationException.class).hasMessageContaining("jdbc:h2:mem:");
    assertThatThrownBy(() -> JdbcStorage.open("jdbc:sqlite:", JdbcOptions.defaults()))
        .isInstanceOf(CordonConfigurationException.class);
  }

  @Test
  void anUnreachablePostgresqlSaysConnectionRefusedQuickly() {
    long start = System.nanoTime();
    CordonStorageException e = catchThrowableOfType(CordonStorageException.class,
        () -> JdbcStorage.open("jdbc:postgresql://127.0.0.1:1/cordon?user=u&password=secret&connectTimeout=2",
            JdbcOptions.defaults().withConnectionTimeout(Duration.ofSeconds(2))));
    assertThat(e.fault()).isEqualTo(Fault.UNREACHABLE);
    assertThat(e).hasMessageContaining("connection refused").hasMessageNotContaining("secret").hasNoCause();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void driverMessagesAreSummarisedWithoutTheValuesTheyQuote() {
    SQLException pg = new BatchUpdateException("Batch entry 0 INSERT INTO cordon_entry (id, body) VALUES"
        + " (('E-1'), ('{\"name\":\"程芳\",\"phone\":\"18794042111\"}')) was aborted: ERROR: date/time field value out"
        + " of range  Call getNextException to see other errors in the batch.", "22008", 0, new int[0]);
    CordonStorageException e = Faults.of("store 1 entry record(s)", "jdbc:postgresql://db/cordon", pg);
    assertThat(e.getMessage()).contains("SQLState 22008").doesNotContain("程芳").doesNotContain("18794042111")
        .doesNotContain("{");
    assertThat(e).hasNoCause();
    SQLException key = new SQLException("ERROR: duplicate key value violates unique constraint \"cordon_entry_pkey\"\n"
        + "  Detail: Key (id)=(150202195204270010) already exists.", "23505");
    assertThat(Faults.of("store", "db", key).getMessage()).doesNotContain("150202195204270010")
        .contains("duplicate key value violates unique constraint");
    SQLException refused = new SQLException("Connection to 127.0.0.1:1 refused.", "08001",
        new ConnectException("Connection refused"));
    assertThat(Faults.classify(refused)).isEqualTo(Fault.UNREACHABLE);
    assertThat(Faults.summary(new SQLException("x".repeat(9_000)))).hasSizeLessThan(200);
  }

  /** An older schema opened read-only is not migrated, and the refusal says how to migrate it. */
  @Test
  void anOlderSchemaOpenedReadOnlySaysHowToMigrateIt() throws Exception {
    Path file = tmp.resolve("older.db");
    org.flywaydb.core.Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null)
        .locations("classpath:db/cordon/sqlite").table("cordon_schema_history").target("3").load().migrate();
    assertThatThrownBy(() -> JdbcStorage.open("jdbc:sqlite:" + file, JdbcOptions.defaults().withReadOnly(true)))
        .isInstanceOf(CordonConfigurationException.class)
        .hasMessageContaining("schema version 3").hasMessageContaining("opened read-only")
        .hasMessageContaining("open it once for writing");
    try (JdbcStorage s = JdbcStorage.open("jdbc:sqlite:" + file, JdbcOptions.defaults().withCreate(false))) {
      assertThat(s.describe()).containsEntry("schemaVersion", "6");
    }
    try (JdbcStorage s = JdbcStorage.open("jdbc:sqlite:" + file, JdbcOptions.defaults().withReadOnly(true))) {
      assertThat(s.policies().count()).isZero();
    }
  }
}

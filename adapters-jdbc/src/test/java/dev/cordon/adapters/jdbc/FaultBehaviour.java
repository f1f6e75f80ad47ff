package dev.cordon.adapters.jdbc;

import static dev.cordon.tck.TckData.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.cordon.core.CordonStorageException;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.storage.BatchOutcome;
import dev.cordon.tck.TckData;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Faults in the middle of a batch and a database that goes away, on H2 and PostgreSQL: no partial
 * batch is ever visible, re-running the same import stores every record exactly once, and a lost
 * database is a {@link CordonStorageException} with its cause, quickly.
 */
abstract class FaultBehaviour {
  /** A URL of a new, empty database. */
  abstract String newDatabase();

  /** Options for it, with small batches (4 rows) and a short connection timeout. */
  abstract JdbcOptions options();

  /** A plain connection to it. */
  abstract Connection connect(String url) throws SQLException;

  /** A DataSource without a pool over {@code url}. */
  abstract javax.sql.DataSource plainDataSource(String url);

  /** Kills {@code victim}'s connection to the database the way a network or server failure would. */
  abstract void kill(Connection victim, String url) throws SQLException;

  /** Makes the database at {@code url} disappear while a storage is using it. */
  abstract void destroy(String url) throws SQLException;

  static List<Entry> tenEntries() {
    return IntStream.range(0, 10).mapToObj(i -> TckData.employeeEntry(String.format("E-%03d", i), "s1", "emp-1",
        at("2021-10-25T08:00").plusSeconds(i))).toList();
  }

  static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
    if (!c.getAutoCommit()) {
      c.commit();
    }
  }

  @Test
  void aStatementFailingMidBatchLeavesNothingAndARerunStoresEveryRecordOnce() throws SQLException {
    String url = newDatabase();
    try (Connection admin = connect(url); JdbcStorage s = JdbcStorage.open(url, options())) {
      // record 7 of 10 breaks a constraint: it travels in the second JDBC batch of four
      execute(admin, "ALTER TABLE cordon_entry ADD CONSTRAINT test_poison CHECK (id <> 'E-006')");
      Throwable t = catchThrowable(() -> s.entries().putAll(tenEntries()));
      assertThat(t).isInstanceOf(CordonStorageException.class).hasNoCause()
          .satisfies(x -> assertThat(((CordonStorageException) x).sqlState()).isPresent())
          .satisfies(x -> assertThat(x.getMessage()).doesNotContain("{\""))
          .hasMessageContaining("store 10 entry record(s)");
      assertThat(s.entries().count()).isZero();
      execute(admin, "ALTER TABLE cordon_entry DROP CONSTRAINT test_poison");
      assertThat(s.entries().putAll(tenEntries())).isEqualTo(new BatchOutcome(10, 0));
      assertThat(s.entries().putAll(tenEntries())).isEqualTo(new BatchOutcome(0, 10));
      assertThat(s.entries().count()).isEqualTo(10);
    }
  }

  @Test
  void anExecuteBatchThatThrowsLeavesNothingAndARerunStoresEveryRecordOnce() {
    String url = newDatabase();
    FaultyDataSource faulty = new FaultyDataSource(plainDataSource(url));
    try (JdbcStorage s = JdbcStorage.open(faulty, options())) {
      faulty.armAtBatch(2, c -> {
        throw new SQLException("injected failure of the second JDBC batch", "08006");
      });
      assertThatThrownBy(() -> s.entries().putAll(tenEntries())).isInstanceOf(CordonStorageException.class)
          .hasNoCause().hasMessageContaining("SQLState 08006")
          .hasMessageContaining("injected failure of the second JDBC batch");
      faulty.disarm();
      assertThat(s.entries().count()).isZero();
      assertThat(s.entries().putAll(tenEntries())).isEqualTo(new BatchOutcome(10, 0));
      assertThat(s.entries().putAll(tenEntries())).isEqualTo(new BatchOutcome(0, 10));
    }
  }

  @Test
  void aConnectionKilledMidBatchLeavesNothingAndARerunStoresEveryRecordOnce() {
    String url = newDatabase();
    FaultyDataSource faulty = new FaultyDataSource(plainDataSource(url));
    try (JdbcStorage s = JdbcStorage.open(faulty, options())) {
      s.entries().putAll(tenEntries().subList(0, 3));
      faulty.armAtBatch(2, victim -> kill(victim, url));
      Throwable t = catchThrowable(() -> s.entries().putAll(tenEntries()));
      assertThat(t).isInstanceOf(CordonStorageException.class).hasNoCause()
          .satisfies(x -> assertThat(((CordonStorageException) x).sqlState()).isPresent())
          .satisfies(x -> assertThat(x.getMessage()).doesNotContain("{\""));
      faulty.disarm();
      assertThat(s.entries().count()).as("only the earlier import").isEqualTo(3);
      assertThat(s.entries().putAll(tenEntries())).isEqualTo(new BatchOutcome(7, 3));
      assertThat(s.entries().putAll(tenEntries())).isEqualTo(new BatchOutcome(0, 10));
    }
  }

  @Test
  void aDatabaseThatDisappearsGivesAStorageExceptionWithItsCauseQuickly() throws SQLException {
    String url = newDatabase();
    JdbcStorage s = JdbcStorage.open(url, options());
    try {
      s.entries().putAll(tenEntries());
      Stream<Entry> open = s.entries().between(at("2021-10-25T00:00"), at("2021-10-26T00:00"));
      var iterator = open.iterator();
      iterator.next();
      destroy(url);
      assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
        Throwable read = catchThrowable(() -> s.units().count());
        assertThat(read).isInstanceOf(CordonStorageException.class).hasNoCause()
          .satisfies(x -> assertThat(((CordonStorageException) x).sqlState()).isPresent())
          .satisfies(x -> assertThat(x.getMessage()).doesNotContain("{\""));
        Throwable write = catchThrowable(() -> s.units().put(TckData.unit("u1", "一")));
        assertThat(write).isInstanceOf(CordonStorageException.class).hasNoCause()
          .satisfies(x -> assertThat(((CordonStorageException) x).sqlState()).isPresent())
          .satisfies(x -> assertThat(x.getMessage()).doesNotContain("{\""));
        Throwable rest = catchThrowable(() -> {
          while (iterator.hasNext()) {
            iterator.next();
          }
        });
        assertThat(rest).as("the open stream's next page").isInstanceOf(CordonStorageException.class);
      });
      open.close();
    } finally {
      s.close();
    }
  }
}

package dev.cordon.adapters.jdbc;

import static dev.cordon.tck.TckData.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.storage.BatchOutcome;
import dev.cordon.tck.TckData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's bulk write path (COPY into a staging table, one set-based insert per batch) and the
 * month partitions of {@code cordon_entry}: per-row outcomes, values that COPY's text format must
 * escape, partitions created on demand by racing writers, and pruning.
 */
class PostgresBulkTest {
  private static final Pattern PARTITION = Pattern.compile("cordon_entry_y\\d{4}m\\d{2}");
  private static String url;
  private JdbcStorage storage;

  @BeforeAll
  static void createDatabase() {
    url = PostgresServer.get().newDatabase("bulk");
  }

  @BeforeEach
  void openStorage() throws SQLException {
    storage = TestStorages.postgres(url, PostgresServer.get().options().withPoolSize(4));
    // partitions made by an earlier test are dropped, so that each test sees them created
    try (Connection c = connect(); Statement st = c.createStatement()) {
      for (String p : partitions(c)) {
        st.execute("DROP TABLE " + p);
      }
    }
  }

  @AfterEach
  void closeStorage() {
    storage.close();
  }

  private static Connection connect() throws SQLException {
    return PostgresServer.get().connect(url);
  }

  private static Entry entry(String id, String when) {
    return TckData.employeeEntry(id, "s1", "emp-1", at(when));
  }

  @Test
  void eachRowIsStoredAlreadyPresentOrRefusedAsThroughTheRowByRowInsert() {
    Entry a = entry("E-1", "2021-10-25T08:00");
    Entry b = entry("E-2", "2021-10-25T08:01");
    assertThat(storage.entries().putAll(List.of(a))).isEqualTo(new BatchOutcome(1, 0));
    // a new one, one already present, a duplicate inside the batch (the first is stored, the second is present)
    assertThat(storage.entries().putAll(List.of(b, a, b))).isEqualTo(new BatchOutcome(1, 2));
    assertThat(storage.entries().count()).isEqualTo(2);

    // a conflicting record under a stored id refuses the whole batch, new rows included
    Entry c = entry("E-3", "2021-10-25T08:02");
    Entry conflicting = TckData.employeeEntry("E-1", "other-site", "emp-1", at("2021-10-25T08:00"));
    Throwable t = catchThrowableOfType(CordonValidationException.class,
        () -> storage.entries().putAll(List.of(c, conflicting)));
    assertThat(t.getMessage()).isNotNull();
    assertThat(StorageBehaviour.code(t)).isEqualTo("CORDON-STORE-001");
    assertThat(storage.entries().get(c.id())).isEmpty();
    assertThat(storage.entries().get(a.id())).contains(a);

    // two different records with one id inside a batch: the second conflicts with the first
    Entry d = entry("E-4", "2021-10-25T08:03");
    Entry d2 = TckData.employeeEntry("E-4", "other-site", "emp-1", at("2021-10-25T08:03"));
    Throwable t2 = catchThrowableOfType(CordonValidationException.class,
        () -> storage.entries().putAll(List.of(d, d2)));
    assertThat(StorageBehaviour.code(t2)).isEqualTo("CORDON-STORE-001");
    assertThat(storage.entries().get(d.id())).isEmpty();
    assertThat(storage.entries().count()).isEqualTo(2);
  }

  @Test
  void aBatchInsideTheCallersTransactionIsUndoneWithIt() {
    Entry a = entry("E-10", "2021-10-25T08:00");
    Throwable t = catchThrowableOfType(IllegalStateException.class, () -> storage.inTransaction(() -> {
      storage.entries().putAll(List.of(a, entry("E-11", "2021-11-25T08:00")));
      assertThat(storage.entries().get(a.id())).contains(a);
      throw new IllegalStateException("undo");
    }));
    assertThat(t).hasMessage("undo");
    assertThat(storage.entries().count()).isZero();
    // the partitions made in the undone transaction are gone with it, and made again on the next write
    assertThat(storage.entries().putAll(List.of(a, entry("E-11", "2021-11-25T08:00"))))
        .isEqualTo(new BatchOutcome(2, 0));
    // two batches in one transaction: the staging table is emptied by each
    storage.inTransaction(() -> {
      assertThat(storage.entries().putAll(List.of(entry("E-12", "2021-10-26T08:00")))).isEqualTo(new BatchOutcome(1, 0));
      assertThat(storage.entries().putAll(List.of(entry("E-13", "2021-10-26T08:01"), a)))
          .isEqualTo(new BatchOutcome(1, 1));
      return null;
    });
    assertThat(storage.entries().count()).isEqualTo(4);
  }

  @Test
  void textThatCopyMustEscapeComesBackByteForByte() throws SQLException {
    List<String> hostile = List.of("tab\there", "new\nline", "cr\rlf\r\n", "back\\slash \\N \\t \\\\", "quote ' \" ,;",
        "\\.", "nul \u0000 end", "張三 🦠 \u2028", "end\\");
    List<Entry> batch = new ArrayList<>();
    for (int i = 0; i < hostile.size(); i++) {
      batch.add(TckData.visitorEntry("V-" + i, "s1", TckData.NAMES.get(i % TckData.NAMES.size()), at("2021-10-25T09:0" + i)));
      batch.set(i, Entry.builder().from(batch.get(i)).source(hostile.get(i)).build());
    }
    assertThat(storage.entries().putAll(batch)).isEqualTo(new BatchOutcome(batch.size(), 0));
    assertThat(storage.entries().putAll(batch)).isEqualTo(new BatchOutcome(0, batch.size()));
    try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("SELECT body FROM cordon_entry WHERE id = ?")) {
      for (Entry e : batch) {
        ps.setString(1, e.id().value());
        try (ResultSet rs = ps.executeQuery()) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString(1)).isEqualTo(CordonJson.write(e));
        }
        assertThat(storage.entries().get(e.id())).contains(e);
      }
    }
  }

  @Test
  void racingWritersOfNewMonthsCreateEachPartitionOnce() throws Exception {
    int writers = 4;
    CyclicBarrier start = new CyclicBarrier(writers);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<BatchOutcome>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        done.add(pool.submit(() -> {
          BatchOutcome total = BatchOutcome.NONE;
          for (int month = 1; month <= 6; month++) {
            int m = month;
            List<Entry> batch = IntStream.range(0, 5)
                .mapToObj(i -> entry("R-" + writer + "-" + m + "-" + i, String.format("2022-%02d-1%dT08:00", m, i)))
                .toList();
            start.await();
            total = total.plus(storage.entries().putAll(batch));
          }
          return total;
        }));
      }
      for (Future<BatchOutcome> f : done) {
        assertThat(f.get()).isEqualTo(new BatchOutcome(30, 0));
      }
    } finally {
      pool.shutdownNow();
    }
    try (Connection c = connect()) {
      assertThat(partitions(c)).containsExactly("cordon_entry_y2022m01", "cordon_entry_y2022m02", "cordon_entry_y2022m03",
          "cordon_entry_y2022m04", "cordon_entry_y2022m05", "cordon_entry_y2022m06");
      assertThat(number(c, "SELECT COUNT(*) FROM cordon_entry_y2022m03")).isEqualTo(writers * 5);
      assertThat(number(c, "SELECT COUNT(*) FROM cordon_entry_key")).isEqualTo(writers * 30);
    }
  }

  @Test
  void aDayBoundedQueryAndALookupByIdTouchOnePartition() throws SQLException {
    List<Entry> batch = new ArrayList<>();
    for (String month : List.of("2021-10", "2021-11", "2021-12")) {
      for (int i = 0; i < 20; i++) {
        batch.add(entry("P-" + month + "-" + i, month + String.format("-%02dT08:00", 1 + i)));
      }
    }
    storage.entries().putAll(batch);
    try (Connection c = connect()) {
      assertThat(partitions(c)).hasSize(3);
      String between = "EXPLAIN (ANALYZE, COSTS OFF, SUMMARY OFF, TIMING OFF) SELECT body, occurred_at, id FROM cordon_entry"
          + " WHERE occurred_at >= ? AND occurred_at < ? AND entry_day >= ? AND entry_day <= ?"
          + " AND superseded_by IS NULL ORDER BY occurred_at, id LIMIT ?";
      try (PreparedStatement ps = c.prepareStatement(between)) {
        ps.setObject(1, java.time.OffsetDateTime.parse("2021-11-04T16:00:00Z"));
        ps.setObject(2, java.time.OffsetDateTime.parse("2021-11-05T16:00:00Z"));
        ps.setObject(3, java.time.LocalDate.parse("2021-11-05"));
        ps.setObject(4, java.time.LocalDate.parse("2021-11-06"));
        ps.setInt(5, 100);
        assertThat(scanned(ps)).containsExactly("cordon_entry_y2021m11");
      }
      String byId = "EXPLAIN (ANALYZE, COSTS OFF, SUMMARY OFF, TIMING OFF) SELECT body FROM cordon_entry WHERE id = ?"
          + " AND entry_day = (SELECT entry_day FROM cordon_entry_key WHERE id = ?)";
      try (PreparedStatement ps = c.prepareStatement(byId)) {
        ps.setString(1, "P-2021-12-3");
        ps.setString(2, "P-2021-12-3");
        assertThat(scanned(ps)).containsExactly("cordon_entry_y2021m12");
      }
    }
    assertThat(storage.entries().get(batch.get(45).id())).contains(batch.get(45));
    assertThat(storage.entries().contains(batch.get(45).id())).isTrue();
  }

  /** The partitions of cordon_entry that the plan of {@code ps} actually read. */
  private static List<String> scanned(PreparedStatement ps) throws SQLException {
    TreeSet<String> out = new TreeSet<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String line = rs.getString(1);
        Matcher m = PARTITION.matcher(line);
        if (m.find() && !line.contains("never executed")) {
          out.add(m.group());
        }
      }
    }
    return new ArrayList<>(out);
  }

  static List<String> partitions(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT i.inhrelid::regclass::text FROM"
        + " pg_inherits i WHERE i.inhparent = 'cordon_entry'::regclass ORDER BY 1")) {
      while (rs.next()) {
        if (PARTITION.matcher(rs.getString(1)).matches()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  static long number(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

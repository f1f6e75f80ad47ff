package dev.cordon.adapters.jdbc;

import static dev.cordon.tck.TckData.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.storage.BatchOutcome;
import dev.cordon.tck.TckData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Schema version 5 → 6 on PostgreSQL: a database made by the version 5 migrations and filled as
 * Cordon 5 stored entries (corrections included) is migrated on open; every row is kept as it was, each
 * id once, in the partition of its month, and a re-import is already present.
 */
class PostgresPartitionMigrationTest {
  private static final String ROW = "SELECT id, site_id, occurred_at, entry_day, person_id, category, decision, temperature,"
      + " health_code, supersedes, superseded_by, recorded_at, body FROM cordon_entry ORDER BY id";

  @Test
  void aVersion5LedgerMovesIntoMonthPartitionsRowForRow() throws SQLException {
    String url = PostgresServer.get().newDatabase("partition_migration");
    PostgresServer server = PostgresServer.get();
    Flyway.configure(getClass().getClassLoader()).dataSource(url, server.user(), server.password()).loggers("slf4j")
        .locations("classpath:db/cordon/postgresql").table("cordon_schema_history").target("5").load().migrate();

    List<Entry> entries = new ArrayList<>();
    String[] days = {"2021-10-25T09:00", "2021-10-31T23:30", "2021-11-01T00:10", "2021-11-15T12:00", "2021-12-31T23:59"};
    for (int i = 0; i < days.length; i++) {
      entries.add(TckData.visitorEntry("M-" + i, "s-00" + (i % 2), TckData.NAMES.get(i % TckData.NAMES.size()),
          at(days[i])));
    }
    Entry fixed = entries.get(0);
    Entry fix = TckData.correctionOf(fixed, "M-0-fix", "37.1");
    Entry fixedAgain = entries.get(3);
    Entry fix2 = TckData.correctionOf(fixedAgain, "M-3-fix", "36.4");
    List<Entry> all = new ArrayList<>(entries);
    all.add(fix);
    all.add(fix2);
    List<String> before;
    try (Connection c = PostgresServer.get().connect(url)) {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO cordon_entry (id, site_id, occurred_at, entry_day,"
          + " person_id, category, decision, temperature, health_code, supersedes, superseded_by, body)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (Entry e : all) {
          ps.setString(1, e.id().value());
          ps.setString(2, e.site().value());
          ps.setObject(3, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC));
          ps.setObject(4, e.localDate(TckData.ZONE));
          ps.setString(5, e.entrant().personId().map(Object::toString).orElse(null));
          ps.setString(6, e.entrant().category().name());
          ps.setString(7, e.decision().name());
          ps.setBigDecimal(8, e.temperature().orElse(null));
          ps.setString(9, e.healthCode().map(Enum::name).orElse(null));
          ps.setString(10, e.supersedes().map(Object::toString).orElse(null));
          ps.setString(11, e == fixed ? fix.id().value() : e == fixedAgain ? fix2.id().value() : null);
          ps.setString(12, CordonJson.write(e));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      before = rows(c);
    }
    assertThat(before).hasSize(7);

    try (JdbcStorage s = JdbcStorage.open(url, PostgresServer.get().options().withZone(TckData.ZONE))) {
      assertThat(s.describe()).containsEntry("schemaVersion", "6");
      try (Connection c = PostgresServer.get().connect(url)) {
        assertThat(rows(c)).isEqualTo(before);
        assertThat(PostgresBulkTest.partitions(c))
            .containsExactly("cordon_entry_y2021m10", "cordon_entry_y2021m11", "cordon_entry_y2021m12");
        assertThat(PostgresBulkTest.number(c, "SELECT COUNT(*) FROM cordon_entry_key")).isEqualTo(7);
        assertThat(PostgresBulkTest.number(c, "SELECT COUNT(DISTINCT id) FROM cordon_entry")).isEqualTo(7);
        assertThat(PostgresBulkTest.number(c, "SELECT COUNT(*) FROM cordon_entry e JOIN cordon_entry_key k"
            + " ON k.id = e.id AND k.entry_day = e.entry_day")).isEqualTo(7);
        // the local day in Asia/Shanghai: 2021-10-31T23:30 there is in October, 2021-12-31T23:59 in December
        assertThat(PostgresBulkTest.number(c, "SELECT COUNT(*) FROM cordon_entry_y2021m10")).isEqualTo(3);
      }
      assertThat(s.entries().putAll(all)).isEqualTo(new BatchOutcome(0, 7));
      assertThat(s.entries().history(fixed.id())).containsExactly(fixed, fix);
      assertThat(s.entries().history(fixedAgain.id())).containsExactly(fixedAgain, fix2);
      assertThat(s.entries().history(entries.get(1).id())).containsExactly(entries.get(1));
      Entry later = TckData.visitorEntry("M-9", "s-001", TckData.ZHANG_SAN, at("2022-02-02T10:00"));
      assertThat(s.entries().putAll(List.of(later, entries.get(2)))).isEqualTo(new BatchOutcome(1, 1));
      assertThat(s.entries().count()).isEqualTo(8);
    }
  }

  private static List<String> rows(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(ROW); ResultSet rs = ps.executeQuery()) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          sb.append(rs.getMetaData().getColumnType(i) == Types.NUMERIC ? rs.getBigDecimal(i) : rs.getString(i))
              .append('|');
        }
        out.add(sb.toString());
      }
    }
    return out;
  }
}

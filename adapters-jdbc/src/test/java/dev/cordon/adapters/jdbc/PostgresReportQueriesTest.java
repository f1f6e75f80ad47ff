package dev.cordon.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.entry.Entry;
import dev.cordon.tck.TckData;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ReportQueriesBehaviour} on PostgreSQL, and the plan of a day's counts over a long history. */
class PostgresReportQueriesTest extends ReportQueriesBehaviour {
  private static String url;

  @BeforeAll
  static void createDatabase() {
    url = PostgresServer.get().newDatabase("reports");
  }

  @Override
  JdbcStorage open() {
    return TestStorages.postgres(url);
  }

  @Test
  void oneDaysCountsReadThatDayThroughTheDayIndexNotTheHistory() throws Exception {
    List<Entry> history = new ArrayList<>();
    LocalDate first = LocalDate.parse("2021-08-01");
    for (int d = 0; d < 90; d++) {
      for (int i = 0; i < 80; i++) {
        history.add(TckData.employeeEntry(String.format("E-%02d-%03d", d, i), "s" + i % 5, "emp-" + i,
            TckData.midnight(first.plusDays(d)).plusSeconds(8 * 3600 + i * 60L)));
      }
    }
    try (JdbcStorage big = JdbcStorage.open(url, PostgresServer.get().options())) {
      big.entries().putAll(history);
      assertThat(big.reports().entriesBySiteAndDay(first.plusDays(40), first.plusDays(41), THRESHOLD))
          .hasSize(5).allMatch(c -> c.admitted() == 16);
    }
    try (Connection c = PostgresServer.get().connect(url); Statement s = c.createStatement()) {
      s.execute("ANALYZE cordon_entry");
      StringBuilder plan = new StringBuilder();
      try (ResultSet rs = s.executeQuery("EXPLAIN SELECT e.entry_day, e.site_id, COUNT(*) FROM cordon_entry e"
          + " WHERE e.entry_day >= DATE '2021-09-10' AND e.entry_day < DATE '2021-09-11'"
          + " AND e.superseded_by IS NULL GROUP BY e.entry_day, e.site_id")) {
        while (rs.next()) {
          plan.append(rs.getString(1)).append('\n');
        }
      }
      // the day index, on the one partition of that month (cordon_entry_day_site's copy on each partition)
      assertThat(plan.toString()).containsPattern("cordon_entry_y2021m09_entry_day_site_id_idx")
          .doesNotContain("Seq Scan on cordon_entry").doesNotContainPattern("cordon_entry_y2021m(0[^9]|1)");
    }
  }
}

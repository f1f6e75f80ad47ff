package dev.cordon.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.org.Unit;
import dev.cordon.tck.TckData;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Streams are read lazily, a page at a time, with keyset conditions and never an OFFSET. */
class PagingTest {
  @Test
  void aStreamReadsOnlyThePagesItIsAskedForWithKeysetConditions() {
    JdbcDataSource h2 = new JdbcDataSource();
    String url = TestStorages.h2Url() + ";DB_CLOSE_DELAY=-1";
    h2.setURL(url);
    FaultyDataSource recording = new FaultyDataSource(h2);
    try (JdbcStorage s = JdbcStorage.open(recording, TestStorages.small(JdbcOptions.defaults()))) {
      List<Unit> units = IntStream.range(0, 10).mapToObj(i -> TckData.unit("u" + i, "单位" + i)).toList();
      s.units().putAll(units);
      int before = recording.prepared().size();
      try (Stream<Unit> all = s.units().all()) {
        assertThat(all.limit(2).toList()).hasSize(2);
      }
      List<String> firstTwo = recording.prepared().subList(before, recording.prepared().size());
      assertThat(firstTwo).as("one page for two rows").hasSize(1);

      before = recording.prepared().size();
      try (Stream<Unit> all = s.units().all()) {
        assertThat(all.toList()).hasSize(10);
      }
      List<String> pages = recording.prepared().subList(before, recording.prepared().size());
      assertThat(pages).as("pages of 3: 3 + 3 + 3 + 1").hasSize(4);
      assertThat(pages.subList(1, 4)).allMatch(sql -> sql.contains("id > ?") && sql.contains("LIMIT ?"));
      assertThat(recording.prepared()).noneMatch(sql -> sql.toUpperCase(java.util.Locale.ROOT).contains("OFFSET"));
    } finally {
      try (var c = TestStorages.h2Connection(url); var st = c.createStatement()) {
        st.execute("SHUTDOWN");
      } catch (java.sql.SQLException ignored) {
        // already gone
      }
    }
  }
}

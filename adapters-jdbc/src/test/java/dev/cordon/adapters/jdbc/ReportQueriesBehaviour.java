package dev.cordon.adapters.jdbc;

import static dev.cordon.tck.TckData.at;
import static dev.cordon.tck.TckData.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.HealthCodeColour;
import dev.cordon.core.finding.FindingStatus;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.storage.EntryDayCount;
import dev.cordon.tck.TckData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SQL aggregates of the daily report, on H2 and PostgreSQL. */
abstract class ReportQueriesBehaviour {
  static final BigDecimal THRESHOLD = new BigDecimal("37.3");
  JdbcStorage storage;

  abstract JdbcStorage open();

  @BeforeEach
  void openStorage() {
    storage = open();
  }

  @AfterEach
  void closeStorage() {
    storage.close();
  }

  static Entry entry(String id, String site, String when, Decision decision, String temperature,
      HealthCodeColour code) {
    return Entry.builder().from(TckData.employeeEntry(id, site, "emp-1", at(when))).decision(decision)
        .temperature(Optional.ofNullable(temperature).map(BigDecimal::new)).healthCode(Optional.ofNullable(code))
        .build();
  }

  void writeTheLedger() {
    storage.sites().putAll(List.of(TckData.site("s1", "营业厅", "u1", TckData.BAOTOU),
        TckData.site("s2", "食堂", "u1", TckData.BAOTOU), TckData.site("s3", "办公楼", "u2", TckData.BAOTOU)));
    Entry fever = entry("e3", "s1", "2021-10-25T09:00", Decision.ADMITTED, "37.3", HealthCodeColour.GREEN);
    storage.entries().putAll(List.of(
        // the day before, and 23:59 local time on it: not counted on the 25th
        entry("e0", "s1", "2021-10-24T23:59", Decision.ADMITTED, "36.5", HealthCodeColour.GREEN),
        entry("e1", "s1", "2021-10-25T00:00", Decision.ADMITTED, "36.5", HealthCodeColour.GREEN),
        entry("e2", "s1", "2021-10-25T08:00", Decision.DENIED, "38.0", HealthCodeColour.YELLOW),
        fever,
        entry("e4", "s1", "2021-10-25T10:00", Decision.REFERRED, null, HealthCodeColour.NOT_PRESENTED),
        entry("e5", "s2", "2021-10-25T11:00", Decision.ADMITTED, "36.9", null),
        entry("e6", "s3", "2021-10-25T12:00", Decision.DENIED, "37.2", HealthCodeColour.RED),
        entry("e7", "s1", "2021-10-26T08:00", Decision.ADMITTED, "36.4", HealthCodeColour.GREEN),
        // an entry at a site that is not stored counts per site, not per unit
        entry("e8", "s9", "2021-10-25T13:00", Decision.ADMITTED, "36.4", HealthCodeColour.GREEN)));
    // a correction replaces the fever reading: the superseded row is not counted
    storage.entries().put(TckData.correctionOf(fever, "e3-fix", "36.3"));
  }

  @Test
  void entriesPerSiteAndDayAreCountedInSqlWithoutSupersededRows() {
    writeTheLedger();
    List<EntryDayCount> counts = storage.reports().entriesBySiteAndDay(day("2021-10-25"), day("2021-10-26"), THRESHOLD);
    assertThat(counts).containsExactly(
        new EntryDayCount(SiteId.of("s1"), day("2021-10-25"), 2, 1, 1, 1, 2),
        new EntryDayCount(SiteId.of("s2"), day("2021-10-25"), 1, 0, 0, 0, 0),
        new EntryDayCount(SiteId.of("s3"), day("2021-10-25"), 0, 1, 0, 0, 1),
        new EntryDayCount(SiteId.of("s9"), day("2021-10-25"), 1, 0, 0, 0, 0));
    assertThat(storage.entries().dailyCounts(day("2021-10-25"), day("2021-10-26"), THRESHOLD)).isEqualTo(counts);
    assertThat(storage.entries().dailyCounts(day("2021-10-24"), day("2021-10-27"), THRESHOLD))
        .extracting(EntryDayCount::day).containsExactly(day("2021-10-24"), day("2021-10-25"), day("2021-10-25"),
            day("2021-10-25"), day("2021-10-25"), day("2021-10-26"));
  }

  @Test
  void theFeverThresholdIsInclusive() {
    writeTheLedger();
    List<EntryDayCount> counts = storage.reports().entriesBySiteAndDay(day("2021-10-25"), day("2021-10-26"),
        new BigDecimal("37.2"));
    assertThat(counts).filteredOn(c -> c.site().value().equals("s3")).extracting(EntryDayCount::fevers)
        .containsExactly(1L);
  }

  @Test
  void entriesPerUnitAndDayFollowTheSitesOwner() {
    writeTheLedger();
    assertThat(storage.reports().entriesByUnitAndDay(day("2021-10-25"), day("2021-10-26"), THRESHOLD))
        .containsExactly(new JdbcReportQueries.UnitDay(day("2021-10-25"), UnitId.of("u1"), 3, 1, 1, 1, 2),
            new JdbcReportQueries.UnitDay(day("2021-10-25"), UnitId.of("u2"), 0, 1, 0, 0, 1));
  }

  @Test
  void disinfectionsAndFindingsPerDay() {
    storage.disinfection().putAll(List.of(TckData.disinfection("d1", "s1", at("2021-10-25T07:00")),
        TckData.disinfection("d2", "s1", at("2021-10-25T19:00")),
        TckData.disinfection("d3", "s2", at("2021-10-26T07:00"))));
    assertThat(storage.reports().disinfectionsBySiteAndDay(day("2021-10-25"), day("2021-10-27"))).containsExactly(
        new JdbcReportQueries.SiteDisinfections(day("2021-10-25"), SiteId.of("s1"), 2),
        new JdbcReportQueries.SiteDisinfections(day("2021-10-26"), SiteId.of("s2"), 1));

    var f1 = TckData.finding("f1", "s1", day("2021-10-25"));
    var f2 = TckData.finding("f2", "s1", day("2021-10-25"));
    storage.findings().putAll(List.of(f1, f2));
    storage.findings().update(TckData.confirmed(f1, "reviewer", at("2021-10-26T09:00")));
    List<JdbcReportQueries.FindingCount> findings =
        storage.reports().findingsByUnitAndDay(day("2021-10-25"), day("2021-10-26"));
    assertThat(findings).extracting(JdbcReportQueries.FindingCount::status)
        .containsExactlyInAnyOrder(FindingStatus.CONFIRMED, FindingStatus.OPEN);
    assertThat(findings).extracting(JdbcReportQueries.FindingCount::count).containsOnly(1L);
  }
}

package dev.cordon.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.entry.HealthCodeColour;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.storage.EntryDayCount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.cordon.core.storage.EntryLedger#dailyCounts}: counts per site and local
 * day in Asia/Shanghai (the zone of {@code StorageOptions.defaults()}), half-open on days, fevers at
 * or above the threshold, non-green codes, superseded entries not counted.
 */
public abstract class DailyCountsContract extends StorageContract {
  private static Entry entry(String id, String site, String localTime, String temperature, Decision decision,
      HealthCodeColour code) {
    Entry base = TckData.visitorEntry(id, site, TckData.ZHANG_SAN, TckData.at(localTime));
    Entry.Builder b = Entry.builder();
    b.from(base).decision(decision)
        .temperature(Optional.ofNullable(temperature).map(BigDecimal::new))
        .healthCode(Optional.ofNullable(code));
    return b.build();
  }

  @Test
  void countsPerSiteAndLocalDayWithFeversAtTheThresholdAndNonGreenCodes() {
    storage.entries().putAll(List.of(
        entry("e1", "s1", "2021-10-25T00:00", "37.3", Decision.ADMITTED, HealthCodeColour.GREEN),
        entry("e2", "s1", "2021-10-25T12:00", "37.2", Decision.DENIED, HealthCodeColour.YELLOW),
        entry("e3", "s1", "2021-10-25T23:59", null, Decision.REFERRED, HealthCodeColour.NOT_PRESENTED),
        entry("e4", "s2", "2021-10-25T08:00", "36.5", Decision.ADMITTED, null),
        entry("e5", "s1", "2021-10-24T23:59", "38.0", Decision.ADMITTED, HealthCodeColour.RED),
        entry("e6", "s1", "2021-10-26T00:00", "38.0", Decision.ADMITTED, HealthCodeColour.RED)));

    List<EntryDayCount> counts = storage.entries().dailyCounts(LocalDate.parse("2021-10-25"),
        LocalDate.parse("2021-10-26"), new BigDecimal("37.3"));

    assertThat(counts).containsExactly(
        new EntryDayCount(SiteId.of("s1"), LocalDate.parse("2021-10-25"), 1, 1, 1, 1, 2),
        new EntryDayCount(SiteId.of("s2"), LocalDate.parse("2021-10-25"), 1, 0, 0, 0, 0));
  }

  @Test
  void ordersByDayThenSiteAndSkipsSupersededEntries() {
    Entry original = entry("e1", "s2", "2021-10-24T09:00", "38.1", Decision.ADMITTED, HealthCodeColour.GREEN);
    storage.entries().putAll(List.of(original,
        entry("e2", "s1", "2021-10-25T09:00", "36.1", Decision.ADMITTED, HealthCodeColour.GREEN),
        entry("e3", "s1", "2021-10-24T09:00", "36.1", Decision.ADMITTED, HealthCodeColour.GREEN)));
    Entry.Builder fix = Entry.builder();
    fix.from(original).id(EntryId.of("e1-fix")).temperature(new BigDecimal("36.1")).supersedes(original.id());
    storage.entries().put(fix.build());

    List<EntryDayCount> counts = storage.entries().dailyCounts(LocalDate.parse("2021-10-24"),
        LocalDate.parse("2021-10-26"), new BigDecimal("37.3"));

    assertThat(counts).extracting(c -> c.day() + "/" + c.site().value() + "/" + c.fevers())
        .containsExactly("2021-10-24/s1/0", "2021-10-24/s2/0", "2021-10-25/s1/0");
  }

  @Test
  void anEmptyRangeCountsNothing() {
    storage.entries().put(entry("e1", "s1", "2021-10-25T09:00", "36.1", Decision.ADMITTED, null));
    assertThat(storage.entries().dailyCounts(LocalDate.parse("2021-10-26"), LocalDate.parse("2021-10-30"),
        new BigDecimal("37.3"))).isEmpty();
  }
}

package dev.cordon.tck;

import static dev.cordon.tck.TckData.midnight;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.site.SiteId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Range queries are streamed, not loaded whole: {@value #ENTRIES} entries written in batches with
 * {@code putAll} are read back by streaming and counting, in order, with each stream closed; a
 * stream closed early releases what it holds. The test holds at most one batch itself.
 */
public abstract class StreamingContract extends StorageContract {
  /** How many entries the ledger holds. */
  protected static final int ENTRIES = 100_000;
  /** How many entries one putAll() writes. */
  protected static final int BATCH = 5_000;
  private static final Instant START = midnight("2021-10-20");

  /** Entry {@code i}: one every 5 seconds from 2021-10-20 00:00, alternating between two sites. */
  private static Entry entry(int i) {
    return TckData.employeeEntry(String.format("e-%06d", i), i % 2 == 0 ? "s-001" : "s-002",
        String.format("p-%03d", i % 100), START.plusSeconds(5L * i));
  }

  private void writeAll() {
    for (int from = 0; from < ENTRIES; from += BATCH) {
      List<Entry> batch = new ArrayList<>(BATCH);
      for (int i = from; i < from + BATCH; i++) {
        batch.add(entry(i));
      }
      assertThat(storage.entries().putAll(batch).stored()).isEqualTo(BATCH);
    }
  }

  /** 100,000 entries stream back, counted one by one in instant order, the stream closed. */
  @Test
  public void aHundredThousandEntriesStreamInOrder() {
    writeAll();
    assertThat(storage.entries().count()).isEqualTo(ENTRIES);

    Instant end = START.plusSeconds(5L * ENTRIES);
    AtomicLong seen = new AtomicLong();
    AtomicReference<Instant> previous = new AtomicReference<>(Instant.MIN);
    AtomicLong outOfOrder = new AtomicLong();
    try (Stream<Entry> stream = storage.entries().between(START, end)) {
      stream.forEach(e -> {
        seen.incrementAndGet();
        if (e.at().isBefore(previous.getAndSet(e.at()))) {
          outOfOrder.incrementAndGet();
        }
      });
    }
    assertThat(seen.get()).isEqualTo(ENTRIES);
    assertThat(outOfOrder.get()).as("entries out of instant order").isZero();

    try (Stream<Entry> stream = storage.entries().ofSite(SiteId.of("s-002"), START, end)) {
      assertThat(stream.count()).isEqualTo(ENTRIES / 2);
    }
    try (Stream<Entry> all = storage.entries().all()) {
      assertThat(all.count()).isEqualTo(ENTRIES);
    }
  }

  /** Streams closed after reading one element release their resources: many in a row do not exhaust the storage. */
  @Test
  public void streamsClosedEarlyReleaseWhatTheyHold() {
    List<Entry> batch = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      batch.add(entry(i));
    }
    storage.entries().putAll(batch);
    Instant end = START.plusSeconds(5L * 2_000);
    for (int round = 0; round < 100; round++) {
      try (Stream<Entry> stream = storage.entries().between(START, end)) {
        assertThat(stream.findFirst()).contains(batch.get(0));
      }
      try (Stream<Entry> stream = storage.entries().all()) {
        assertThat(stream.limit(3).count()).isEqualTo(3);
      }
    }
    assertThat(storage.entries().count()).isEqualTo(2_000);
  }
}

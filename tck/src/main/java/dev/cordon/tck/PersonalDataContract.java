package dev.cordon.tck;

import static dev.cordon.tck.TckData.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.Cordon;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.privacy.AccessRecord;
import dev.cordon.core.validation.PersonalField;
import dev.cordon.core.privacy.PurgeOutcome;
import dev.cordon.core.privacy.PurgeRecord;
import dev.cordon.core.privacy.Redaction;
import dev.cordon.core.storage.RecordKind;
import dev.cordon.core.storage.RecordTable;
import dev.cordon.core.storage.WriteOutcome;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelDeclarationId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Personal information on the provider under test (issue 15): after a purge no purged value can be
 * read through any port or primitive, history included; a purge racing with recording loses nothing
 * that should stay; the purge and access logs are append-only; a redacted copy is never stored
 * through a port, and a ledger imported again after a purge stays erased.
 */
public abstract class PersonalDataContract extends StorageContract {
  private static final Instant T = at("2021-10-25T09:00");
  /** Two years and more after the records: every retention has run out. */
  private static final LocalDate AS_OF = LocalDate.of(2024, 1, 1);
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-01T02:00:00Z"), ZoneOffset.UTC);
  /** The personal values of the records below, as text. */
  private static final List<String> VALUES = List.of(TckData.ALATAN_BATER, TckData.O_NEILL, "13912345678",
      TckData.residentId("15292319851231001").value(), "检修供热管网", TckData.ZHANG_SAN, "额济纳旗供热站检查",
      "13812341234", "李四", "王五");

  private Cordon cordon() {
    return Cordon.builder().storage(storage).clock(CLOCK).build();
  }

  /** A visitor's row and its correction, a leaver with two versions, and a returned trip. */
  private void record() {
    Entry row = TckData.visitorEntry("e-1", "s-001", TckData.ALATAN_BATER, T);
    storage.entries().put(row);
    storage.entries().put(TckData.correctionOf(row, "e-2", "36.6"));
    storage.entries().put(TckData.visitorEntry("e-3", "s-001", TckData.O_NEILL, T.plusSeconds(60)));
    Person leaver = TckData.employee("p-1", "李四", "u-1");
    storage.people().put(leaver);
    storage.people().update(Person.builder().from(leaver).name("王五").leftOn(LocalDate.of(2021, 10, 31)).build());
    TravelDeclaration trip = TckData.travel("t-1", "p-2", LocalDate.of(2021, 10, 10), LocalDate.of(2021, 10, 12));
    storage.travel().put(trip);
    TravelDeclaration back = TckData.returned(TckData.departed(TckData.approved(trip, "p-9", T.minusSeconds(86400 * 20)),
        LocalDate.of(2021, 10, 10)), LocalDate.of(2021, 10, 12));
    storage.travel().update(back);
  }

  /** Everything a caller can read of the records, through every port and primitive, as JSON. */
  private String everythingReadable() {
    List<Object> read = new ArrayList<>();
    for (RecordKind<?, ?> kind : RecordKind.all()) {
      collect(kind, read);
    }
    read.addAll(list(storage.entries().between(T.minusSeconds(3600), T.plusSeconds(3600))));
    read.addAll(list(storage.entries().all()));
    storage.entries().get(EntryId.of("e-1")).ifPresent(read::add);
    read.addAll(storage.people().history(PersonId.of("p-1")));
    read.addAll(list(storage.people().all()));
    read.addAll(storage.travel().history(TravelDeclarationId.of("t-1")));
    read.addAll(list(storage.travel().overlapping(LocalDate.of(2021, 10, 1), LocalDate.of(2021, 11, 1))));
    read.addAll(list(storage.travel().ofEmployee(PersonId.of("p-2"))));
    return read.stream().map(CordonJson::write).collect(Collectors.joining("\n"));
  }

  private <K extends Comparable<K>, V> void collect(RecordKind<K, V> kind, List<Object> out) {
    RecordTable<K, V> table = storage.table(kind);
    List<K> ids = list(table.all()).stream().map(kind::idOf).toList();
    table.versions(ids).values().forEach(out::addAll);
  }

  /** After a purge no purged value is readable, in any version, through any port or primitive. */
  @Test
  public void afterAPurgeNoPurgedValueCanBeRead() {
    record();
    String before = everythingReadable();
    assertThat(VALUES).as("the values are there before the purge").allMatch(before::contains);
    PurgeOutcome outcome;
    try (Cordon c = cordon()) {
      outcome = c.personalData().purge(AS_OF, "tck", 2);
    }
    assertThat(outcome.records()).isEqualTo(Map.of("entry", 3, "person", 1, "travel declaration", 1));
    String after = everythingReadable();
    assertThat(VALUES.stream().filter(after::contains).toList()).as("purged values still readable").isEmpty();
    // the facts stay
    Entry erased = storage.entries().get(EntryId.of("e-3")).orElseThrow();
    assertThat(erased.temperature()).isPresent();
    assertThat(erased.site().value()).isEqualTo("s-001");
    assertThat(erased.entrant().redacted()).contains(PersonalField.NAME, PersonalField.PHONE,
        PersonalField.RESIDENT_ID, PersonalField.PURPOSE, PersonalField.HOST);
    assertThat(storage.people().history(PersonId.of("p-1"))).hasSize(2)
        .allSatisfy(p -> assertThat(p.name()).isEqualTo(Redaction.ERASED));
    assertThat(list(storage.entries().between(T.minusSeconds(3600), T.plusSeconds(3600))))
        .extracting(Entry::id).containsExactly(EntryId.of("e-2"), EntryId.of("e-3"));
  }

  /** A purge runs again to no effect, and the ledger imported again after it stays erased. */
  @Test
  public void aPurgeIsIdempotentAndAReimportStaysErased() {
    record();
    try (Cordon c = cordon()) {
      c.personalData().purge(AS_OF, "tck");
      assertThat(c.personalData().purge(AS_OF, "tck").recordsRewritten()).isZero();
    }
    Entry original = TckData.visitorEntry("e-3", "s-001", TckData.O_NEILL, T.plusSeconds(60));
    assertThat(storage.entries().put(original)).as("the row imported again").isEqualTo(WriteOutcome.ALREADY_PRESENT);
    assertThat(storage.entries().get(original.id())).contains(Redaction.erase(original));
  }

  /** A redacted copy is refused by every port that writes: the erased or withheld values would be lost. */
  @Test
  public void aRedactedCopyIsNeverStoredThroughAPort() {
    Entry row = TckData.visitorEntry("e-1", "s-001", TckData.ALATAN_BATER, T);
    assertThat(refusal(() -> storage.entries().put(Redaction.withhold(row))).violations())
        .extracting(v -> v.code()).contains("CORDON-PRIVACY-003");
    Person p = TckData.employee("p-1", "李四", "u-1");
    storage.people().put(p);
    assertThat(refusal(() -> storage.people().update(Redaction.withhold(p))).violations())
        .extracting(v -> v.code()).contains("CORDON-PRIVACY-003");
    assertThat(storage.people().history(p.id())).containsExactly(p);
    assertThat(storage.entries().get(row.id())).isEmpty();
  }

  /** The logs are append-only: a line is written once, the same line again is present, another refused. */
  @Test
  public void theLogsAreAppendOnly() {
    PurgeRecord line = PurgeRecord.builder().id("purge-1-0001").run("purge-1").batch(1).at(T).by("tck")
        .cause(PurgeRecord.Cause.PURGE).asOf(AS_OF).records(Map.of("entry", 2))
        .values(Map.of(PersonalField.NAME, 2)).held(0).build();
    assertThat(storage.purgeLog().put(line)).isEqualTo(WriteOutcome.STORED);
    assertThat(storage.purgeLog().put(line)).isEqualTo(WriteOutcome.ALREADY_PRESENT);
    PurgeRecord other = PurgeRecord.builder().from(line).held(5).build();
    assertThat(refusal(() -> storage.purgeLog().put(other)).violations()).extracting(v -> v.code())
        .contains("CORDON-STORE-001");
    AccessRecord seen = AccessRecord.builder().id("access-1").at(T).by("tck").reason("contact tracing")
        .what("read entry").addRecords("entry:e-1").count(1).build();
    storage.accessLog().put(seen);
    AccessRecord changed = AccessRecord.builder().from(seen).reason("curiosity").build();
    assertThat(refusal(() -> storage.accessLog().put(changed)).violations()).extracting(v -> v.code())
        .contains("CORDON-STORE-001");
    // a purge leaves the lines written before it as they were
    record();
    try (Cordon c = cordon()) {
      c.personalData().purge(AS_OF, "tck");
    }
    assertThat(storage.purgeLog().get(line.id())).contains(line);
    assertThat(storage.accessLog().get(seen.id())).contains(seen);
    assertThat(list(storage.accessLog().between(T, T.plusSeconds(1)))).containsExactly(seen);
    assertThat(list(storage.purgeLog().all())).hasSizeGreaterThan(1);
  }

  /**
   * A purge racing with recording loses nothing that should stay: rows recorded while old rows are
   * purged in small batches keep their values, the old rows are erased, nothing is lost or doubled.
   */
  @Test
  public void aPurgeRacingWithRecordingLosesNothingThatShouldStay() throws Exception {
    int old = 120;
    int fresh = 120;
    List<Entry> oldRows = new ArrayList<>();
    for (int i = 0; i < old; i++) {
      oldRows.add(TckData.visitorEntry(String.format("old-%03d", i), "s-001", TckData.ALATAN_BATER, T.plusSeconds(i)));
    }
    storage.entries().putAll(oldRows);
    Instant recent = CLOCK.instant().minusSeconds(3600);
    CompletableFuture<Void> recording = CompletableFuture.runAsync(() -> {
      for (int i = 0; i < fresh; i++) {
        storage.entries().put(TckData.visitorEntry(String.format("new-%03d", i), "s-001", TckData.O_NEILL,
            recent.plusSeconds(i)));
      }
    });
    PurgeOutcome outcome;
    try (Cordon c = cordon()) {
      outcome = c.personalData().purge(AS_OF, "tck", 7);
    }
    recording.get(2, TimeUnit.MINUTES);
    assertThat(outcome.records().get("entry")).isEqualTo(old);
    List<Entry> all = list(storage.entries().all());
    assertThat(all).hasSize(old + fresh);
    assertThat(all.stream().filter(e -> e.id().value().startsWith("new-")))
        .hasSize(fresh).allSatisfy(e -> assertThat(e.entrant().name()).contains(TckData.O_NEILL));
    assertThat(all.stream().filter(e -> e.id().value().startsWith("old-")))
        .hasSize(old).allSatisfy(e -> assertThat(Redaction.present(e)).isEmpty());
    assertThat(list(storage.purgeLog().all()).stream()
        .filter(l -> l.run().equals(outcome.run())).mapToInt(l -> l.records().getOrDefault("entry", 0)).sum())
        .isEqualTo(old);
    assertThat(Optional.of(outcome.batches())).contains((old + 6) / 7);
  }
}

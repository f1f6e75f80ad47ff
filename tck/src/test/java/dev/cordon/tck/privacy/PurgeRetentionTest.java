package dev.cordon.tck.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cordon.Cordon;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.finding.FindingStatus;
import dev.cordon.core.finding.Review;
import dev.cordon.core.notice.Notice;
import dev.cordon.core.notice.NoticeId;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.policy.Retention;
import dev.cordon.core.privacy.PurgeOutcome;
import dev.cordon.core.privacy.PurgeRecord;
import dev.cordon.core.privacy.Redaction;
import dev.cordon.core.storage.RecordKind;
import dev.cordon.core.storage.RecordTable;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.spi.memory.MemoryStorage;
import dev.cordon.tck.TckData;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a purge erases and when, at the boundaries of every retention and hold (issue 15): a value is
 * kept on the last day of its retention and erased the day after; the policy in force on the day a
 * purpose ended decides; a legal hold keeps a finding's evidence while it is open, and for the hold
 * days after it closed or was last named in a notice; a purge killed midway is finished by running it
 * again, to the same end as one uninterrupted run.
 */
class PurgeRetentionTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final LocalDate DAY = LocalDate.of(2021, 10, 25);

  private static Cordon cordon(Storage storage, PolicyHistory policies) {
    return Cordon.builder().storage(storage).policies(policies).clock(CLOCK).build();
  }

  private static PolicyHistory retention(Retention r) {
    return PolicyHistory.of(PreventionPolicy.defaults().retention(r).build());
  }

  private static boolean erased(Storage s, String entry) {
    return Redaction.present(s.entries().get(EntryId.of(entry)).orElseThrow()).isEmpty();
  }

  /** A visitor's row is kept the retention's last day and erased the day after; an employee's has nothing to erase. */
  @Test
  void aVisitorRowIsKeptToTheLastDayOfItsRetention() {
    qt().withExamples(40).forAll(integers().between(1, 60), integers().between(-3, 3)).checkAssert((days, offset) -> {
      try (Storage s = new MemoryStorage("memory:visitor");
          Cordon c = cordon(s, retention(Retention.builder().visitorDays(days).build()))) {
        // 09:00 in Baotou on DAY: the local day counts, not the UTC one
        s.entries().put(TckData.visitorEntry("e-1", "s-001", TckData.ZHANG_SAN, TckData.at("2021-10-25T09:00")));
        s.entries().put(TckData.employeeEntry("e-2", "s-001", "p-1", TckData.at("2021-10-25T09:00")));
        LocalDate asOf = DAY.plusDays(days + offset);
        PurgeOutcome o = c.personalData().purge(asOf, "test");
        assertThat(erased(s, "e-1")).as("erased %d days after, retention %d", days + offset, days).isEqualTo(offset > 0);
        assertThat(o.recordsRewritten()).isEqualTo(offset > 0 ? 1 : 0);
      }
    });
  }

  /** A trip's purpose ends with its follow-up, or its return; never while the traveller is away. */
  @Test
  void aTripsPurposeIsKeptUntilItsFollowUpEndsAndWhileAway() {
    try (Storage s = new MemoryStorage("memory:travel");
        Cordon c = cordon(s, retention(Retention.builder().travelDays(10).build()))) {
      TravelDeclaration trip = TckData.travel("t-1", "p-1", LocalDate.of(2021, 10, 10), LocalDate.of(2021, 10, 12));
      TravelDeclaration back = TckData.returned(TckData.departed(TckData.approved(trip, "p-9",
          TckData.at("2021-10-08T10:00")), LocalDate.of(2021, 10, 10)), LocalDate.of(2021, 10, 14));
      TravelDeclaration followed = TravelDeclaration.builder().from(back).followUpUntil(LocalDate.of(2021, 10, 28)).build();
      s.travel().put(trip);
      s.travel().update(followed);
      TravelDeclaration away = TckData.departed(TckData.approved(
          TckData.travel("t-2", "p-2", LocalDate.of(2021, 10, 10), LocalDate.of(2021, 10, 12)), "p-9",
          TckData.at("2021-10-08T10:00")), LocalDate.of(2021, 10, 10));
      s.travel().put(away);

      c.personalData().purge(LocalDate.of(2021, 11, 7), "test");
      assertThat(s.travel().get(trip.id()).orElseThrow().purpose()).as("follow-up ended 10-28, kept 10 days")
          .isEqualTo(trip.purpose());
      c.personalData().purge(LocalDate.of(2021, 11, 8), "test");
      assertThat(s.travel().history(trip.id())).hasSize(2).allSatisfy(t -> assertThat(t.purpose()).isEqualTo(Redaction.ERASED));
      assertThat(s.travel().get(away.id()).orElseThrow().purpose()).as("still away").isEqualTo(away.purpose());
      c.personalData().purge(LocalDate.of(2024, 1, 1), "test");
      assertThat(s.travel().get(away.id()).orElseThrow().purpose()).as("still away years later").isEqualTo(away.purpose());
    }
  }

  /** A leaver's name, phone and ID number are kept the leaver days after they left, in every version. */
  @Test
  void aLeaverIsKeptForTheLeaverDays() {
    try (Storage s = new MemoryStorage("memory:people");
        Cordon c = cordon(s, retention(Retention.builder().leaverDays(30).build()))) {
      Person p = TckData.employee("p-1", "李四", "u-1");
      s.people().put(p);
      s.people().update(Person.builder().from(p).leftOn(DAY).build());
      s.people().put(TckData.employee("p-2", "王五", "u-1"));
      c.personalData().purge(DAY.plusDays(30), "test");
      assertThat(s.people().get(p.id()).orElseThrow().name()).isEqualTo("李四");
      c.personalData().purge(DAY.plusDays(31), "test");
      assertThat(s.people().history(p.id())).hasSize(2).allSatisfy(v -> {
        assertThat(v.name()).isEqualTo(Redaction.ERASED);
        assertThat(v.phone()).isEmpty();
      });
      assertThat(s.people().get(p.id()).orElseThrow().leftOn()).contains(DAY);
      assertThat(s.people().get(PersonId.of("p-2")).orElseThrow().name()).as("no leftOn: staff").isEqualTo("王五");
    }
  }

  /** The policy in force on the day the purpose ended decides, not the one in force on the purge's day. */
  @Test
  void thePolicyInForceWhenThePurposeEndedDecides() {
    PreventionPolicy early = PreventionPolicy.defaults().retention(Retention.builder().visitorDays(5).build()).build();
    PreventionPolicy late = PreventionPolicy.defaults().effectiveFrom(LocalDate.of(2021, 10, 26))
        .retention(Retention.builder().visitorDays(100).build()).build();
    try (Storage s = new MemoryStorage("memory:policies"); Cordon c = cordon(s, PolicyHistory.of(early, late))) {
      s.entries().put(TckData.visitorEntry("e-1", "s-001", TckData.ZHANG_SAN, TckData.at("2021-10-25T09:00")));
      s.entries().put(TckData.visitorEntry("e-2", "s-001", TckData.ZHANG_SAN, TckData.at("2021-10-26T09:00")));
      c.personalData().purge(LocalDate.of(2021, 11, 15), "test");
      assertThat(erased(s, "e-1")).as("ended under the 5-day policy").isTrue();
      assertThat(erased(s, "e-2")).as("ended under the 100-day policy").isFalse();
    }
  }

  private static Finding finding(String id, String evidence, FindingStatus status, Instant reviewed) {
    Finding.Builder b = Finding.builder().id(FindingId.of(id)).ruleId("ENTRY-FEVER-ADMITTED")
        .severity(dev.cordon.core.finding.Severity.HIGH)
        .subject(dev.cordon.core.finding.Subject.of(dev.cordon.core.finding.SubjectKind.SITE, "s-001"))
        .unit(UnitId.of("u-1")).date(DAY).messageEn("m").messageZh("m").addEvidence(evidence).status(status);
    if (reviewed != null) {
      b.review(Review.of(PersonId.of("p-9"), reviewed, "reviewed"));
    }
    if (status == FindingStatus.RECTIFIED) {
      b.rectifiedOn(LocalDate.ofInstant(reviewed, ZoneOffset.UTC).plusDays(1));
    }
    return b.build();
  }

  /**
   * Legal hold: an open finding holds its evidence without end; a dismissed one for the hold days
   * after its review's day; one named in a later notice for the hold days after the notice.
   */
  @Test
  void aFindingHoldsItsEvidenceWhileOpenAndForTheHoldDaysAfter() {
    try (Storage s = new MemoryStorage("memory:holds");
        Cordon c = cordon(s, retention(Retention.builder().visitorDays(1).holdDays(20).build()))) {
      for (String e : List.of("e-open", "e-dismissed", "e-named", "e-free")) {
        s.entries().put(TckData.visitorEntry(e, "s-001", TckData.ZHANG_SAN, TckData.at("2021-10-25T09:00")));
      }
      s.findings().put(finding("f-open", "e-open", FindingStatus.OPEN, null));
      s.findings().put(finding("f-dismissed", "e-dismissed", FindingStatus.DISMISSED, Instant.parse("2021-11-01T02:00:00Z")));
      Finding named = finding("f-named", "e-named", FindingStatus.CONFIRMED, Instant.parse("2021-11-01T02:00:00Z"));
      s.findings().put(named);
      s.findings().update(finding("f-named", "e-named", FindingStatus.RECTIFIED, Instant.parse("2021-11-01T02:00:00Z")));
      s.notices().put(Notice.builder().id(NoticeId.of("n-1")).numberPrefix("包热防").year(2021).sequence(1)
          .title("通报").issuer(UnitId.of("u-1")).addUnits(UnitId.of("u-1")).addFindings(named.id())
          .issuedBy(PersonId.of("p-9")).issuedAt(Instant.parse("2021-12-01T02:00:00Z")).date(LocalDate.of(2021, 12, 1))
          .build());

      PurgeOutcome first = c.personalData().purge(LocalDate.of(2021, 11, 21), "test");
      assertThat(erased(s, "e-free")).isTrue();
      assertThat(erased(s, "e-open")).isFalse();
      assertThat(erased(s, "e-dismissed")).as("dismissed 11-01, held to 11-21").isFalse();
      assertThat(erased(s, "e-named")).isFalse();
      assertThat(first.held()).isEqualTo(3);

      c.personalData().purge(LocalDate.of(2021, 11, 22), "test");
      assertThat(erased(s, "e-dismissed")).isTrue();
      assertThat(erased(s, "e-named")).as("named in a notice of 12-01: held to 12-21").isFalse();

      c.personalData().purge(LocalDate.of(2021, 12, 22), "test");
      assertThat(erased(s, "e-named")).isTrue();
      assertThat(erased(s, "e-open")).as("open: held for ever").isFalse();
      List<PurgeRecord> log = c.personalData().purgeLog();
      assertThat(log.stream().filter(l -> l.batch() == 0).mapToInt(PurgeRecord::held).max()).hasValue(3);
    }
  }

  /** A malformed actor is refused before anything is erased. */
  @Test
  void aMalformedActorIsRefusedBeforeAnythingIsErased() {
    try (Storage s = new MemoryStorage("memory:actor"); Cordon c = cordon(s, retention(Retention.defaults()))) {
      s.entries().put(TckData.visitorEntry("e-1", "s-001", TckData.ZHANG_SAN, TckData.at("2021-10-25T09:00")));
      Throwable t = catchThrowable(() -> c.personalData().purge(LocalDate.of(2024, 1, 1), "   "));
      assertThat(t).isInstanceOf(CordonValidationException.class);
      assertThat(erased(s, "e-1")).isFalse();
      assertThat(c.personalData().purgeLog()).isEmpty();
    }
  }

  /** An impossible as-of day (outside 1900–2200) is refused before anything is erased or logged. */
  @Test
  void anImpossibleAsOfDayIsRefusedBeforeAnythingIsErased() {
    try (Storage s = new MemoryStorage("memory:as-of"); Cordon c = cordon(s, retention(Retention.defaults()))) {
      s.entries().put(TckData.visitorEntry("e-1", "s-001", TckData.ZHANG_SAN, TckData.at("2021-10-25T09:00")));
      Throwable t = catchThrowable(() -> c.personalData().purge(LocalDate.of(9999, 1, 1), "test"));
      assertThat(t).isInstanceOfSatisfying(CordonValidationException.class,
          e -> assertThat(e.codes()).contains("CORDON-DATE-001"));
      assertThat(erased(s, "e-1")).isFalse();
      assertThat(c.personalData().purgeLog()).isEmpty();
    }
  }

  /**
   * A purge killed midway (the storage fails on a rewrite) leaves every committed batch erased and
   * logged, nothing half-done; run again, it finishes, to the same records as one uninterrupted run.
   */
  @Test
  void aPurgeKilledMidwayIsFinishedByRunningItAgain() {
    List<Entry> rows = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      rows.add(TckData.visitorEntry(String.format("e-%02d", i), "s-001", TckData.ZHANG_SAN, TckData.at("2021-10-25T09:00").plusSeconds(i)));
    }
    List<Entry> clean;
    try (Storage s = new MemoryStorage("memory:clean"); Cordon c = cordon(s, retention(Retention.defaults()))) {
      s.entries().putAll(rows);
      c.personalData().purge(LocalDate.of(2024, 1, 1), "test", 10);
      clean = entries(s);
    }
    try (MemoryStorage inner = new MemoryStorage("memory:killed")) {
      inner.entries().putAll(rows);
      AtomicInteger rewrites = new AtomicInteger();
      Storage failing = new FailingStorage(inner, () -> {
        if (rewrites.incrementAndGet() == 27) {
          throw new IllegalStateException("killed");
        }
      });
      try (Cordon c = cordon(failing, retention(Retention.defaults()))) {
        assertThat(catchThrowable(() -> c.personalData().purge(LocalDate.of(2024, 1, 1), "test", 10))).hasMessage("killed");
      }
      long erasedNow = entries(inner).stream().filter(e -> Redaction.present(e).isEmpty()).count();
      assertThat(erasedNow).as("two batches of ten committed, the third undone").isEqualTo(20);
      try (Cordon c = cordon(inner, retention(Retention.defaults()))) {
        assertThat(c.personalData().purgeLog().stream().mapToInt(l -> l.records().getOrDefault("entry", 0)).sum())
            .isEqualTo(20);
        PurgeOutcome rest = c.personalData().purge(LocalDate.of(2024, 1, 1), "test", 10);
        assertThat(rest.records().get("entry")).isEqualTo(30);
        assertThat(c.personalData().purgeLog().stream().mapToInt(l -> l.records().getOrDefault("entry", 0)).sum())
            .isEqualTo(50);
      }
      assertThat(entries(inner)).isEqualTo(clean);
    }
  }

  private static List<Entry> entries(Storage s) {
    try (Stream<Entry> all = s.entries().all()) {
      return all.toList();
    }
  }

  /** A storage whose tables run {@code beforeRewrite} before every rewrite: a fault at a chosen moment. */
  private static final class FailingStorage implements Storage {
    private final Storage inner;
    private final Runnable beforeRewrite;

    FailingStorage(Storage inner, Runnable beforeRewrite) {
      this.inner = inner;
      this.beforeRewrite = beforeRewrite;
    }

    @Override
    public <K extends Comparable<K>, V> RecordTable<K, V> table(RecordKind<K, V> kind) {
      RecordTable<K, V> t = inner.table(kind);
      return new RecordTable<>() {
        @Override
        public List<V> insertAbsent(List<? extends V> records) {
          return t.insertAbsent(records);
        }

        @Override
        public java.util.Map<K, List<V>> versions(java.util.Collection<K> ids) {
          return t.versions(ids);
        }

        @Override
        public boolean appendVersion(V record, int stored) {
          return t.appendVersion(record, stored);
        }

        @Override
        public java.util.Optional<K> markSuperseded(K old, K by) {
          return t.markSuperseded(old, by);
        }

        @Override
        public Stream<V> all() {
          return t.all();
        }

        @Override
        public boolean rewrite(K id, List<? extends V> versions) {
          beforeRewrite.run();
          return t.rewrite(id, versions);
        }
      };
    }

    @Override
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
      return inner.inTransaction(work);
    }

    @Override
    public void lock(dev.cordon.core.storage.LockKey key) {
      inner.lock(key);
    }

    @Override
    public java.time.ZoneId zone() {
      return inner.zone();
    }

    @Override
    public java.util.Map<String, String> describe() {
      return inner.describe();
    }

    @Override
    public void close() {}
  }
}

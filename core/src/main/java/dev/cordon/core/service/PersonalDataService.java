package dev.cordon.core.service;

import dev.cordon.core.person.Person;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.policy.Retention;
import dev.cordon.core.privacy.AccessRecord;
import dev.cordon.core.validation.PersonalField;
import dev.cordon.core.privacy.PurgeOutcome;
import dev.cordon.core.privacy.PurgeRecord;
import dev.cordon.core.privacy.Redaction;
import dev.cordon.core.storage.RecordKind;
import dev.cordon.core.storage.RecordTable;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.validation.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Personal information over time (個人信息保護, PIPL Art. 47): the purge that erases personal values
 * past their retention, and the purge and access logs.
 *
 * <p><b>What a purge erases.</b> Names, phone numbers, ID numbers, free-text purposes and hosts —
 * {@link PersonalField} — from every version of every record whose purpose ended more than the
 * policy's {@link Retention} ago: a visitor's ledger row {@code visitorDays} after the day of the
 * entry, a travel declaration's purpose {@code travelDays} after its follow-up ended (or the return,
 * or the planned return; never while the traveller is away), a person's name, phone and ID number
 * {@code leaverDays} after {@code Person.leftOn}. The policy in force on the day the purpose ended
 * decides. It keeps every fact that is not personal — site, time, temperature, code colour,
 * decision, unit, staff number, destinations, counts — and marks the erased fields
 * ({@code redacted()}), so daily figures, findings and notices computed after a purge are the same
 * as before it.
 *
 * <p><b>Legal hold.</b> A record that is the evidence or the subject of a finding that is open or
 * confirmed, or was closed less than {@code holdDays} ago (counted from the last notice naming it,
 * when later), is kept whole and counted as held.
 *
 * <p><b>Safety.</b> A purge is idempotent (a second run erases nothing) and works in batches, each
 * one short transaction that rewrites its records ({@link RecordTable#rewrite}) and appends its line
 * to the purge log together: recording goes on between batches, a batch is never erased unlogged,
 * and a purge killed midway is finished by running it again. A record a writer changed meanwhile is
 * read again; a record recorded meanwhile is judged by its own dates.
 */
public final class PersonalDataService {
  /** Records per batch unless told otherwise. */
  public static final int DEFAULT_BATCH = 500;
  private static final int REWRITE_ATTEMPTS = 3;
  private static final DateTimeFormatter RUN_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Storage storage;
  private final PolicyHistory policies;
  private final Clock clock;

  PersonalDataService(Storage storage, PolicyHistory policies, Clock clock) {
    this.storage = storage;
    this.policies = policies;
    this.clock = clock;
  }

  /** Purges as of {@code asOf}, logged as run by {@code cordon}, in batches of {@value #DEFAULT_BATCH}. */
  public PurgeOutcome purge(LocalDate asOf) {
    return purge(asOf, "cordon");
  }

  /** Purges as of {@code asOf}, logged as run by {@code by}, in batches of {@value #DEFAULT_BATCH}. */
  public PurgeOutcome purge(LocalDate asOf, String by) {
    return purge(asOf, by, DEFAULT_BATCH);
  }

  /**
   * Erases every personal value past retention on {@code asOf} that no finding holds, in batches of
   * {@code batchSize} records, and logs each batch as run by {@code by} (an officer's staff number,
   * {@code cron} …; no personal value). Returns what it did.
   *
   * @throws dev.cordon.core.validation.CordonValidationException if {@code by} is blank, longer than
   *     100 characters or holds control characters, or {@code asOf} lies outside the years 1900–2200
   */
  public PurgeOutcome purge(LocalDate asOf, String by, int batchSize) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(by, "by");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
    }
    String run = "purge-" + asOf + "-" + RUN_TIME.format(clock.instant()) + "-"
        + UUID.randomUUID().toString().substring(0, 8);
    // a malformed actor is refused before anything is erased
    Validation.require(line(run, 0, by, asOf, Map.of(), Map.of(), 0));
    LegalHolds holds = LegalHolds.on(storage, policies, asOf);
    Run r = new Run(run, by, asOf, batchSize);
    ZoneId zone = storage.zone();

    r.sweep(RecordKind.ENTRIES, e -> Optional.of(e.at().atZone(zone).toLocalDate()),
        day -> policyOn(day).retention().visitorDays(), holds);
    r.sweep(RecordKind.TRAVEL, t -> purposeEnded(t, zone), day -> policyOn(day).retention().travelDays(), holds);
    r.sweep(RecordKind.PEOPLE, Person::leftOn, day -> policyOn(day).retention().leaverDays(), holds);
    if (r.batches == 0 || r.held > 0) {
      // the run's closing line: what legal holds kept, and that a run that erased nothing took place
      storage.purgeLog().put(line(run, 0, by, asOf, Map.of(), Map.of(), r.held));
    }
    return new PurgeOutcome(run, asOf, r.batches, r.records, r.values, r.held);
  }

  /** The purge log, oldest first. */
  public List<PurgeRecord> purgeLog() {
    try (Stream<PurgeRecord> s = storage.purgeLog().between(Instant.MIN, Instant.MAX)) {
      return s.toList();
    }
  }

  /** The access log, oldest first. */
  public List<AccessRecord> accessLog() {
    try (Stream<AccessRecord> s = storage.accessLog().between(Instant.MIN, Instant.MAX)) {
      return s.toList();
    }
  }

  /**
   * The day a trip's purpose ended: the latest of the follow-up's close, its last day, the return and
   * the planned return; none while the traveller is away (departed, not returned).
   */
  static Optional<LocalDate> purposeEnded(TravelDeclaration t, ZoneId zone) {
    if (t.actualDeparture().isPresent() && t.actualReturn().isEmpty()) {
      return Optional.empty();
    }
    LocalDate end = t.plannedReturn();
    for (Optional<LocalDate> d : List.of(t.actualReturn(), t.followUpUntil(),
        t.followUpClosedAt().map(i -> i.atZone(zone).toLocalDate()))) {
      if (d.isPresent() && d.get().isAfter(end)) {
        end = d.get();
      }
    }
    return Optional.of(end);
  }

  private PreventionPolicy policyOn(LocalDate day) {
    return policyOn(policies, day);
  }

  /** The policy in force on {@code day}; the first one for a day before every policy. */
  static PreventionPolicy policyOn(PolicyHistory policies, LocalDate day) {
    PreventionPolicy first = policies.policies().get(0);
    return day.isBefore(first.effectiveFrom()) ? first : policies.policyOn(day);
  }

  private PurgeRecord line(String run, int batch, String by, LocalDate asOf, Map<String, Integer> records,
      Map<PersonalField, Integer> values, int held) {
    return PurgeRecord.builder().id(run + "-" + String.format("%04d", batch)).run(run).batch(batch)
        .at(clock.instant()).by(by).cause(PurgeRecord.Cause.PURGE).asOf(asOf).records(records).values(values)
        .held(held).build();
  }

  /** What one committed batch rewrote. */
  private record Batch(int rewritten, Map<PersonalField, Integer> values) {}

  /** One purge run: its counters and the batches it commits. */
  private final class Run {
    final String run;
    final String by;
    final LocalDate asOf;
    final int batchSize;
    int batches;
    int held;
    final Map<String, Integer> records = new TreeMap<>();
    final Map<PersonalField, Integer> values = new EnumMap<>(PersonalField.class);

    Run(String run, String by, LocalDate asOf, int batchSize) {
      this.run = run;
      this.by = by;
      this.asOf = asOf;
      this.batchSize = batchSize;
    }

    /**
     * Finds the records of {@code kind} past retention — holding personal values, their purpose
     * ended ({@code ended}) more than {@code days} before {@code asOf} — and erases them batch by
     * batch, skipping and counting those held.
     */
    <K extends Comparable<K>, V> void sweep(RecordKind<K, V> kind, Function<V, Optional<LocalDate>> ended,
        Function<LocalDate, Integer> days, LegalHolds holds) {
      RecordTable<K, V> table = storage.table(kind);
      List<K> due = new ArrayList<>();
      try (Stream<V> all = table.all()) {
        all.forEach(v -> {
          if (Redaction.present(v).isEmpty()) {
            return;
          }
          Optional<LocalDate> end = ended.apply(v);
          if (end.isEmpty() || !asOf.isAfter(end.get().plusDays(days.apply(end.get())))) {
            return;
          }
          if (holds.holds(kind.idText(kind.idOf(v)))) {
            held++;
            return;
          }
          due.add(kind.idOf(v));
          if (due.size() == batchSize) {
            // erased between two elements of the stream, which RecordTable.all() allows: memory
            // stays bounded by the batch, not by the history
            batch(kind, table, List.copyOf(due));
            due.clear();
          }
        });
      }
      if (!due.isEmpty()) {
        batch(kind, table, List.copyOf(due));
      }
    }

    private <K extends Comparable<K>, V> void batch(RecordKind<K, V> kind, RecordTable<K, V> table, List<K> ids) {
      int number = batches + 1;
      Batch done = storage.inRetryableTransaction(() -> {
        Map<PersonalField, Integer> counts = new EnumMap<>(PersonalField.class);
        int rewritten = 0;
        for (K id : ids) {
          if (erase(table, id, counts)) {
            rewritten++;
          }
        }
        if (rewritten > 0) {
          storage.purgeLog().put(line(run, number, by, asOf, Map.of(kind.name(), rewritten), counts, 0));
        }
        return new Batch(rewritten, counts);
      });
      if (done.rewritten() == 0) {
        return;
      }
      batches = number;
      records.merge(kind.name(), done.rewritten(), Integer::sum);
      done.values().forEach((f, n) -> values.merge(f, n, Integer::sum));
    }

    /** Erases every version of one record; false when there was nothing left to erase. */
    private <K extends Comparable<K>, V> boolean erase(RecordTable<K, V> table, K id,
        Map<PersonalField, Integer> counts) {
      for (int attempt = 0; attempt < REWRITE_ATTEMPTS; attempt++) {
        List<V> versions = table.versions(List.of(id)).getOrDefault(id, List.of());
        List<V> erased = new ArrayList<>(versions.size());
        Map<PersonalField, Integer> found = new EnumMap<>(PersonalField.class);
        for (V v : versions) {
          Redaction.present(v).forEach(f -> found.merge(f, 1, Integer::sum));
          erased.add(Redaction.erase(v));
        }
        if (found.isEmpty()) {
          return false;
        }
        if (table.rewrite(id, Collections.unmodifiableList(erased))) {
          found.forEach((f, n) -> counts.merge(f, n, Integer::sum));
          return true;
        }
      }
      // it kept changing under concurrent writers: the next purge erases it
      return false;
    }
  }
}

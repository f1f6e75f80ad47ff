package dev.cordon.core.service;

import dev.cordon.core.person.Person;
import dev.cordon.core.person.PhoneNumber;
import dev.cordon.core.person.ResidentId;
import dev.cordon.core.privacy.ErasureOutcome;
import dev.cordon.core.privacy.PersonKey;
import dev.cordon.core.privacy.SubjectData;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Personal information over time (個人信息保護, PIPL Art. 47): the purge that erases personal values
 * past their retention, the requests of one person — {@link #find}, {@link #export} (the right of
 * access, Art. 45) and {@link #erase} (erasure on request) — and the purge and access logs.
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
    if (r.batches.batches == 0 || r.held > 0) {
      // the run's closing line: what legal holds kept, and that a run that erased nothing took place
      storage.purgeLog().put(line(run, 0, by, asOf, Map.of(), Map.of(), r.held));
    }
    return new PurgeOutcome(run, asOf, r.batches.batches, r.batches.records, r.batches.values, r.held);
  }

  // --- requests of one person (PIPL Art. 45, 47): find, export, erase ------------------------------

  /**
   * Everything held about the person with {@code key} (個人信息查閱): the people whose current or an
   * earlier version carries it, the entries whose entrant carries it or is one of those people, their
   * travel declarations, the findings whose evidence or subject names any of those records or people,
   * and the notices naming those findings. Phone numbers match in their canonical form. A full scan
   * of those tables (and of every person's versions): a request is rare and must miss nothing. Values
   * are not masked and nothing is logged: to show them to the person, use {@link #export}. A key
   * finds whoever carries it: a phone number a family shares finds every visitor who gave it.
   */
  public SubjectData find(PersonKey key) {
    return requests().find(Objects.requireNonNull(key, "key"));
  }

  /** {@link #find(PersonKey)} by resident ID number (居民身份證號碼). */
  public SubjectData find(ResidentId id) {
    return find(PersonKey.of(id));
  }

  /** {@link #find(PersonKey)} by phone number, in its canonical form. */
  public SubjectData find(PhoneNumber phone) {
    return find(PersonKey.of(phone));
  }

  /**
   * The right of access (查閱、複製, PIPL Art. 45): everything {@link #find} finds about the person
   * with {@code key}, as pretty-printed JSON, unmasked — it is the person's own data — with the key,
   * when, by whom and why. Appends one line to the access log first (who, when, why, the records as
   * {@code kind:id}; never a value): what is handed over was logged.
   *
   * @param by who hands it over, as they name themselves (an officer's staff number …)
   * @param reason why, e.g. the request's reference
   * @throws dev.cordon.core.validation.CordonValidationException if {@code by} (1–100 characters) or
   *     {@code reason} (1–500) is blank, too long or holds control characters; nothing is read then
   */
  public String export(PersonKey key, String by, String reason) {
    return requests().export(Objects.requireNonNull(key, "key"), Objects.requireNonNull(by, "by"),
        Objects.requireNonNull(reason, "reason"));
  }

  /**
   * Erasure on request (刪除, PIPL Art. 47): erases the personal values of every person, entry and
   * travel declaration {@link #find} finds for {@code key}, from every version, as a purge does
   * ({@link Redaction#erase}, {@link RecordTable#rewrite}), except the records that a finding holds
   * today (the legal hold of a purge, judged on the clock's today). Findings and notices hold no
   * personal value and stay. Works in batches of {@value #DEFAULT_BATCH}, each one transaction that
   * appends its line to the purge log with cause {@link PurgeRecord.Cause#ERASURE} and {@code reason};
   * a closing line counts what was held. Idempotent: a second request erases nothing and reports the
   * same holds while they last. Once erased, the records no longer carry the key: a later
   * {@link #find} does not find them.
   *
   * @param by who erases, as they name themselves
   * @param reason the request's reference (1–200 characters), e.g. a ticket number
   * @return how many records and values were erased, and which records were held by which findings
   * @throws dev.cordon.core.validation.CordonValidationException if {@code by} or {@code reason} is
   *     malformed; nothing is erased then
   */
  public ErasureOutcome erase(PersonKey key, String by, String reason) {
    return requests().erase(Objects.requireNonNull(key, "key"), Objects.requireNonNull(by, "by"),
        Objects.requireNonNull(reason, "reason"), DEFAULT_BATCH);
  }

  private SubjectRequests requests() {
    return new SubjectRequests(storage, policies, clock);
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

  /** One purge run: the records held, and its batches. */
  private final class Run {
    final LocalDate asOf;
    final int batchSize;
    final ErasureBatches batches;
    int held;

    Run(String run, String by, LocalDate asOf, int batchSize) {
      this.asOf = asOf;
      this.batchSize = batchSize;
      this.batches = new ErasureBatches(storage,
          (number, records, values) -> line(run, number, by, asOf, records, values, 0), false);
    }

    /**
     * Finds the records of {@code kind} past retention — holding personal values, their purpose
     * ended ({@code ended}) more than {@code days} before {@code asOf} — and erases them batch by
     * batch, skipping and counting those held.
     */
    <K extends Comparable<K>, V> void sweep(RecordKind<K, V> kind, Function<V, Optional<LocalDate>> ended,
        Function<LocalDate, Integer> days, LegalHolds holds) {
      List<K> due = new ArrayList<>();
      try (Stream<V> all = storage.table(kind).all()) {
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
            batches.batch(kind, List.copyOf(due));
            due.clear();
          }
        });
      }
      if (!due.isEmpty()) {
        batches.batch(kind, List.copyOf(due));
      }
    }
  }
}

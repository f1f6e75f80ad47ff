package dev.cordon.core.service;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.storage.BatchOutcome;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.storage.StorageErrors;
import dev.cordon.core.storage.WriteOutcome;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import dev.cordon.core.validation.internal.CordonErrors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Recording the registration ledger (出入登記): validate, store, then tell the listeners (the
 * compliance rules). A malformed entry — a date outside the policy's plausible window, an
 * implausible temperature under the policy in force on its day, an unknown site or employee — is
 * refused and nothing is stored; a real but non-compliant entry (a fever admitted, a visitor
 * without a phone) is stored.
 */
public final class EntryService {
  private final Storage storage;
  private final PolicyHistory policies;
  private final PlausibleDates dates;
  private final List<Consumer<List<Entry>>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** A service judging entry dates against the plausible window of {@code policies} and the system clock. */
  EntryService(Storage storage, PolicyHistory policies) {
    this(storage, policies, Clock.systemUTC());
  }

  /**
   * A service that refuses records dated outside the plausible window of {@code policies}
   * ({@code CORDON-DATE-002}), today being the date of {@code clock}.
   */
  EntryService(Storage storage, PolicyHistory policies, Clock clock) {
    this.storage = storage;
    this.policies = policies;
    this.dates = new PlausibleDates(policies, clock);
  }

  /** Adds a listener told of every batch of entries newly stored. */
  void onRecorded(Consumer<List<Entry>> listener) {
    listeners.add(listener);
  }

  /**
   * The structural problems of {@code entry} against the policy and the stored master data; empty
   * when it may be recorded.
   */
  public List<Violation> problemsOf(Entry entry) {
    return problemsOf(entry, new HashMap<>());
  }

  /** {@link #problemsOf(Entry)}, reading each referenced site or employee once per {@code known}. */
  private List<Violation> problemsOf(Entry entry, Map<Object, Boolean> known) {
    List<Violation> v = new ArrayList<>();
    dates.check(v, "at", entry.at());
    if (!v.isEmpty()) {
      // an implausible date has no policy to judge the rest by
      return v;
    }
    // days are counted in the zone of the latest policy, as everywhere in Cordon; the entry is then
    // judged under the policy in force on its own day
    LocalDate day = entry.localDate(policies.latest().zone());
    try {
      PreventionPolicy policy = policies.policyOn(day);
      if (entry.temperature().isPresent() && !policy.isPlausible(entry.temperature().get())) {
        v.add(CordonErrors.temperatureImplausible("temperature", entry.temperature().get(),
            policy.plausibleTemperatureMin(), policy.plausibleTemperatureMax()));
      }
    } catch (CordonValidationException e) {
      v.addAll(e.violations());
    }
    if (!known.computeIfAbsent(entry.site(), k -> storage.sites().contains(entry.site()))) {
      v.add(StorageErrors.unknownReference("site", entry.site(), "site"));
    }
    entry.entrant().personId().ifPresent(p -> {
      if (!known.computeIfAbsent(p, k -> storage.people().contains(p))) {
        v.add(StorageErrors.unknownReference("entrant.personId", p, "person"));
      }
    });
    return v;
  }

  /**
   * A check of entries one at a time, as an importer reads them, that reads each referenced site or
   * employee once: {@link #problemsOf(Entry)} of every entry, where a reference found to exist is
   * remembered (sites and people are never deleted) and one found missing is read again for the next
   * entry that names it. For one import on one thread; not thread-safe.
   */
  public Screen screen() {
    return new Screen();
  }

  /** See {@link EntryService#screen()}. */
  public final class Screen {
    private final Map<Object, Boolean> known = new HashMap<>();

    private Screen() {}

    /**
     * {@link EntryService#problemsOf(Entry)}, with the references found before taken as found.
     *
     * @param entry the entry
     * @return its problems, empty when it may be recorded
     */
    public List<Violation> problemsOf(Entry entry) {
      List<Violation> v = EntryService.this.problemsOf(entry, known);
      if (!v.isEmpty()) {
        // only a refused entry can have met a missing site or employee, which may be added before
        // the next entry names it: ask again then
        known.values().removeIf(found -> !found);
      }
      return v;
    }

    /**
     * {@link EntryService#recordAll(List)}, checking the batch with the references this screen has
     * found: the same checks, the same outcome, without reading again the sites and employees the
     * entries were screened against.
     *
     * @param entries the batch
     * @return what was stored
     */
    public BatchOutcome recordAll(List<Entry> entries) {
      try {
        return EntryService.this.recordAll(entries, known);
      } catch (RuntimeException e) {
        known.values().removeIf(found -> !found);
        throw e;
      }
    }
  }

  /**
   * Records one entry. The entry and the findings its rules raise are stored in one transaction: a
   * process killed in between leaves neither, never an entry whose findings were not raised.
   */
  public WriteOutcome record(Entry entry) {
    References.throwIfAny(problemsOf(entry));
    return storage.inTransaction(() -> {
      WriteOutcome outcome = storage.entries().put(entry);
      if (outcome == WriteOutcome.STORED) {
        notify(List.of(entry));
      }
      return outcome;
    });
  }

  /**
   * Records a batch in one transaction, together with the findings its rules raise: when any entry is
   * malformed, none is stored and the exception lists every problem, each under {@code [index]}.
   */
  public BatchOutcome recordAll(List<Entry> entries) {
    // a batch names few sites and employees many times: look each up once
    return recordAll(entries, new HashMap<>());
  }

  private BatchOutcome recordAll(List<Entry> entries, Map<Object, Boolean> known) {
    List<Violation> all = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      for (Violation x : problemsOf(entries.get(i), known)) {
        all.add(x.under("[" + i + "]"));
      }
    }
    References.throwIfAny(all);
    // one transaction for the batch and the findings its rules raise (a process killed in between
    // leaves neither: a resumed import, finding the entries absent, judges them again); the listeners
    // (the rules, which are idempotent) judge the whole batch when anything in it was new
    return storage.inTransaction(() -> {
      BatchOutcome outcome = storage.entries().putAll(entries);
      if (outcome.stored() > 0) {
        notify(entries);
      }
      return outcome;
    });
  }

  /** Entries on the local days {@code [from, to)} in the zone of the latest policy. Close the stream. */
  public Stream<Entry> between(LocalDate from, LocalDate to) {
    var zone = policies.latest().zone();
    Instant a = from.atStartOfDay(zone).toInstant();
    Instant b = to.atStartOfDay(zone).toInstant();
    return storage.entries().between(a, b);
  }

  private void notify(List<Entry> stored) {
    for (Consumer<List<Entry>> l : listeners) {
      l.accept(stored);
    }
  }
}

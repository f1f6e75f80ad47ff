package dev.cordon.core.service;

import dev.cordon.core.duty.Scope;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.inspection.Checklist;
import dev.cordon.core.inspection.Inspection;
import dev.cordon.core.inspection.InspectionId;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.storage.WriteOutcome;
import dev.cordon.core.validation.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Inspections and supervision (檢查督導) [R2, R4]: a leader or the prevention office inspects a site
 * or a unit against the organisation's {@link Checklist}; every failed item becomes a finding
 * (rule {@code INSPECTION-ITEM-FAILED}) as soon as the inspection is recorded.
 */
public final class InspectionService {
  /** The rule that turns failed items into findings. */
  public static final String FAILED_ITEM_RULE = "INSPECTION-ITEM-FAILED";

  private final Storage storage;
  private final Checklist checklist;
  private final PlausibleDates dates;
  private final List<Consumer<Inspection>> listeners = new CopyOnWriteArrayList<>();

  /** A service whose inspections use {@code checklist} by default (e.g. {@link Checklist#defaults()}). */
  InspectionService(Storage storage, Checklist checklist) {
    this(storage, checklist, PolicyHistory.of(PreventionPolicy.defaults().build()), Clock.systemUTC());
  }

  /**
   * A service whose inspections use {@code checklist} by default and that refuses inspections dated
   * outside the plausible window of {@code policies} ({@code CORDON-DATE-002}), today being the date
   * of {@code clock}.
   */
  InspectionService(Storage storage, Checklist checklist, PolicyHistory policies, Clock clock) {
    this.storage = storage;
    this.checklist = Objects.requireNonNull(checklist, "checklist");
    this.dates = new PlausibleDates(policies, clock);
  }

  /** The organisation's checklist. */
  public Checklist checklist() {
    return checklist;
  }

  /** A builder for an inspection with the organisation's checklist filled in. */
  public Inspection.Builder start(InspectionId id, Scope scope, PersonId inspector, LocalDate date) {
    Inspection.Builder b = Inspection.builder();
    b.id(id).scope(scope).inspector(inspector).date(date).checklist(checklist);
    return b;
  }

  /** Adds a listener told of every inspection newly stored (Cordon runs the failed-item rule). */
  void onRecorded(Consumer<Inspection> listener) {
    listeners.add(listener);
  }

  /**
   * Records an inspection; the inspector and the inspected unit or site must be registered.
   * Idempotent by id; a different inspection under a stored id is refused.
   */
  public WriteOutcome record(Inspection inspection) {
    WriteOutcome outcome = storage.inTransaction(() -> {
      List<Violation> v = new ArrayList<>();
      dates.check(v, "date", inspection.date());
      References.require(v, storage.people(), inspection.inspector(), "inspector", "person");
      inspection.scope().unit().ifPresent(u -> References.require(v, storage.units(), u, "scope.unit", "unit"));
      inspection.scope().site().ifPresent(s -> References.require(v, storage.sites(), s, "scope.site", "site"));
      References.throwIfAny(v);
      return storage.inspections().put(inspection);
    });
    if (outcome == WriteOutcome.STORED) {
      listeners.forEach(l -> l.accept(inspection));
    }
    return outcome;
  }

  /** The inspection with {@code id}. */
  public Optional<Inspection> get(InspectionId id) {
    return storage.inspections().get(id);
  }

  /** Inspections dated on {@code [from, to)}, ordered by date then id. */
  public List<Inspection> between(LocalDate from, LocalDate to) {
    try (Stream<Inspection> s = storage.inspections().between(from, to)) {
      return s.toList();
    }
  }

  /** Every inspection of a site or unit, ordered by date then id. */
  public List<Inspection> of(Scope scope) {
    try (Stream<Inspection> s = storage.inspections().of(scope)) {
      return s.toList();
    }
  }

  /** The findings made from an inspection's failed items, ordered by id. */
  public List<Finding> findingsOf(InspectionId id) {
    Optional<Inspection> i = get(id);
    if (i.isEmpty()) {
      return List.of();
    }
    try (Stream<Finding> s = storage.findings().between(i.get().date(), i.get().date().plusDays(1))) {
      return s.filter(f -> f.ruleId().equals(FAILED_ITEM_RULE) && !f.evidence().isEmpty()
          && f.evidence().get(0).equals(id.value())).sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }
  }
}

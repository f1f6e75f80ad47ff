package dev.cordon.core.service;

import dev.cordon.core.duty.Assignment;
import dev.cordon.core.duty.AssignmentId;
import dev.cordon.core.duty.Role;
import dev.cordon.core.duty.Scope;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.storage.StorageErrors;
import dev.cordon.core.storage.WriteOutcome;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Duty assignments (責任分工): who holds which role for which unit or site, on which days. */
public final class DutyService {
  private final Storage storage;
  private final PlausibleDates dates;

  /** A service judging record dates against the default policy's plausible window and the system clock. */
  DutyService(Storage storage) {
    this(storage, PolicyHistory.of(PreventionPolicy.defaults().build()), Clock.systemUTC());
  }

  /**
   * A service that refuses records dated outside the plausible window of {@code policies}
   * ({@code CORDON-DATE-002}), today being the date of {@code clock}.
   */
  DutyService(Storage storage, PolicyHistory policies, Clock clock) {
    this.storage = storage;
    this.dates = new PlausibleDates(policies, clock);
  }

  /** Records an assignment; the person and the unit or site must be registered. */
  public WriteOutcome assign(Assignment assignment) {
    return storage.inTransaction(() -> {
      List<Violation> v = new ArrayList<>();
      dates.check(v, "validFrom", assignment.validFrom());
      dates.checkDate(v, "validTo", assignment.validTo());
      References.require(v, storage.people(), assignment.person(), "person", "person");
      assignment.scope().unit().ifPresent(u -> References.require(v, storage.units(), u, "scope.unit", "unit"));
      assignment.scope().site().ifPresent(s -> References.require(v, storage.sites(), s, "scope.site", "site"));
      References.throwIfAny(v);
      return storage.assignments().put(assignment);
    });
  }

  /** Ends an assignment: it is no longer held from {@code validTo} on. */
  public Assignment end(AssignmentId id, LocalDate validTo) {
    return storage.inTransaction(() -> {
      Assignment a = storage.assignments().get(id).orElseThrow(() -> new CordonValidationException(
          StorageErrors.unknownReference("id", id.value(), "assignment")));
      Assignment ended = Assignment.builder().from(a).validTo(validTo).build();
      List<Violation> v = new ArrayList<>();
      dates.check(v, "validTo", validTo);
      References.throwIfAny(v);
      storage.assignments().update(ended);
      return ended;
    });
  }

  /** The assignments of {@code role} for {@code scope} held on {@code day}. */
  public List<Assignment> holders(Scope scope, Role role, LocalDate day) {
    try (Stream<Assignment> s = storage.assignments().overlapping(day, day.plusDays(1))) {
      return s.filter(a -> a.role() == role && a.scope().equals(scope)).toList();
    }
  }
}

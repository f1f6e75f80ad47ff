package dev.cordon.core.service;

import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.storage.StorageErrors;
import dev.cordon.core.storage.WriteOutcome;
import dev.cordon.core.travel.Approval;
import dev.cordon.core.travel.ApprovalStatus;
import dev.cordon.core.travel.ReturnReport;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelDeclarationId;
import dev.cordon.core.travel.TravelState;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import dev.cordon.core.validation.internal.CordonErrors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The travel workflow (外出報備): declare, approve or reject, depart, return, report the return,
 * follow up, close. Each step stores a new version; the history keeps every one.
 *
 * <p>Leaving without approval is recorded, never refused (it is flagged TRAVEL-UNAPPROVED); an
 * approval may be decided after the departure (also flagged). Refused are illegal transitions
 * ({@code CORDON-TRAVEL-005}), dates that cannot be (a return before the departure) and unknown
 * employees.
 */
public final class TravelService {
  private final Storage storage;
  private final PlausibleDates dates;

  /** A service judging record dates against the default policy's plausible window and the system clock. */
  TravelService(Storage storage) {
    this(storage, PolicyHistory.of(PreventionPolicy.defaults().build()), Clock.systemUTC());
  }

  /**
   * A service that refuses declarations with a date outside the plausible window of
   * {@code policies} ({@code CORDON-DATE-002}), today being the date of {@code clock}.
   */
  TravelService(Storage storage, PolicyHistory policies, Clock clock) {
    this.storage = storage;
    this.dates = new PlausibleDates(policies, clock);
  }

  /**
   * Stores a declaration, as declared or — for one filed after the fact — with its actual
   * departure and return. The employee must be a registered employee.
   */
  public WriteOutcome declare(TravelDeclaration declaration) {
    return storage.inTransaction(() -> {
      List<Violation> v = new ArrayList<>();
      checkDates(v, null, declaration);
      var person = storage.people().get(declaration.employee());
      if (person.isEmpty()) {
        v.add(StorageErrors.unknownReference("employee", declaration.employee().value(), "person"));
      } else if (person.get().category() != PersonCategory.EMPLOYEE) {
        v.add(CordonErrors.travelNotEmployee("employee", declaration.employee().value()));
      }
      References.throwIfAny(v);
      return storage.travel().put(declaration);
    });
  }

  /**
   * Stores a new version of a declaration, checking that its state moved legally: it stays or
   * takes one step of {@link TravelState}.
   */
  public WriteOutcome update(TravelDeclaration next) {
    return storage.inTransaction(() -> {
      TravelDeclaration current = require(next.id());
      checkMove(current, next);
      List<Violation> v = new ArrayList<>();
      checkDates(v, current, next);
      References.throwIfAny(v);
      return storage.travel().update(next);
    });
  }

  /** Approves (審批通過); a declaration not yet left becomes APPROVED. */
  public TravelDeclaration approve(TravelDeclarationId id, PersonId approver, Instant when) {
    return decide(id, ApprovalStatus.APPROVED, approver, when);
  }

  /** Rejects (不予批准); a declaration not yet left becomes REJECTED. */
  public TravelDeclaration reject(TravelDeclarationId id, PersonId approver, Instant when) {
    return decide(id, ApprovalStatus.REJECTED, approver, when);
  }

  /** Records the departure (出行) on {@code day}. */
  public TravelDeclaration depart(TravelDeclarationId id, LocalDate day) {
    return step(id, TravelState.DEPARTED, t -> t.builderFrom().state(TravelState.DEPARTED).actualDeparture(day).build());
  }

  /** Records the return (返回) on {@code day}. */
  public TravelDeclaration returned(TravelDeclarationId id, LocalDate day) {
    return step(id, TravelState.RETURNED, t -> t.builderFrom().state(TravelState.RETURNED).actualReturn(day).build());
  }

  /** Records the return report (返崗報告). */
  public TravelDeclaration reportReturn(TravelDeclarationId id, ReturnReport report) {
    return step(id, null, t -> t.builderFrom().returnReport(report).build());
  }

  /** Opens a follow-up period (跟蹤) until {@code until} (exclusive). */
  public TravelDeclaration followUp(TravelDeclarationId id, LocalDate until) {
    return step(id, null, t -> t.builderFrom().followUpUntil(until).build());
  }

  /** Closes the follow-up (跟蹤辦結). */
  public TravelDeclaration closeFollowUp(TravelDeclarationId id, Instant when) {
    return step(id, null, t -> t.builderFrom().followUpClosedAt(when).build());
  }

  /** Closes the declaration (辦結); it must have RETURNED. */
  public TravelDeclaration close(TravelDeclarationId id) {
    return step(id, TravelState.CLOSED, t -> t.builderFrom().state(TravelState.CLOSED).build());
  }

  /** The latest version of a declaration. */
  public Optional<TravelDeclaration> get(TravelDeclarationId id) {
    return storage.travel().get(id);
  }

  private TravelDeclaration decide(TravelDeclarationId id, ApprovalStatus status, PersonId approver, Instant when) {
    return step(id, null, t -> {
      if (t.approval().isDecided()) {
        throw new CordonValidationException(CordonErrors.approvalAlreadyDecided("approval.status",
            t.approval().status().name()));
      }
      var b = t.builderFrom().approval(Approval.decided(status, approver, when));
      if (!t.state().hasDeparted()) {
        b.state(status == ApprovalStatus.APPROVED ? TravelState.APPROVED : TravelState.REJECTED);
      }
      return b.build();
    });
  }

  /** One step; when it moves to {@code target}, the move is checked before the new version is built. */
  private TravelDeclaration step(TravelDeclarationId id, TravelState target, UnaryOperator<TravelDeclaration> change) {
    TravelDeclaration stored = storage.inTransaction(() -> {
      TravelDeclaration current = require(id);
      if (target != null && current.state() != target && !current.state().canMoveTo(target)) {
        throw new CordonValidationException(CordonErrors.travelTransition("state", target.name(),
            current.state(), target));
      }
      TravelDeclaration next = change.apply(current);
      checkMove(current, next);
      List<Violation> v = new ArrayList<>();
      checkDates(v, current, next);
      References.throwIfAny(v);
      storage.travel().update(next);
      return next;
    });
    // returned as a read returns it: through a view that was not revealed, without its purpose
    return storage.travel().get(id).orElse(stored);
  }

  private TravelDeclaration require(TravelDeclarationId id) {
    return storage.travel().get(id).orElseThrow(() -> new CordonValidationException(
        StorageErrors.unknownReference("id", id.value(), "travel declaration")));
  }

  /**
   * Adds a violation for each date of {@code next} outside the plausible window; of a new version,
   * only the dates that changed are judged (a stored date stays what it was).
   */
  private void checkDates(List<Violation> v, TravelDeclaration current, TravelDeclaration next) {
    Map<String, Optional<?>> before = current == null ? Map.of() : datesOf(current);
    datesOf(next).forEach((field, value) -> {
      if (value.isPresent() && !value.equals(before.get(field))) {
        if (value.get() instanceof Instant i) {
          dates.check(v, field, i);
        } else {
          dates.check(v, field, (LocalDate) value.get());
        }
      }
    });
  }

  private static Map<String, Optional<?>> datesOf(TravelDeclaration t) {
    Map<String, Optional<?>> m = new LinkedHashMap<>();
    m.put("plannedDeparture", Optional.of(t.plannedDeparture()));
    m.put("plannedReturn", Optional.of(t.plannedReturn()));
    m.put("declaredAt", Optional.of(t.declaredAt()));
    m.put("approval.decidedAt", t.approval().decidedAt());
    m.put("actualDeparture", t.actualDeparture());
    m.put("actualReturn", t.actualReturn());
    m.put("returnReport.reportedAt", t.returnReport().map(r -> r.reportedAt()));
    m.put("followUpUntil", t.followUpUntil());
    m.put("followUpClosedAt", t.followUpClosedAt());
    return m;
  }

  private static void checkMove(TravelDeclaration current, TravelDeclaration next) {
    if (current.state() != next.state() && !current.state().canMoveTo(next.state())) {
      throw new CordonValidationException(CordonErrors.travelTransition("state",
          next.state().name(), current.state(), next.state()));
    }
  }
}

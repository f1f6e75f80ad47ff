package dev.cordon.core.travel;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cordon.core.validation.PersonalField;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.internal.Instants;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.validation.LedgerDate;
import dev.cordon.core.validation.PlainText;
import dev.cordon.core.validation.Validation;
import dev.cordon.core.validation.internal.CordonErrors;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A staff travel declaration (外出報備): who goes where, why, when, its approval (審批), the actual
 * departure and return, the return report (返崗報告) and any follow-up period (跟蹤期).
 *
 * <p>The {@link #state()} follows {@link TravelState}. A declaration filed after the fact may carry
 * its actual departure and return from the start; it is stored and flagged (TRAVEL-LATE). Refused
 * as malformed is only what cannot have happened: a return before the departure, a state without
 * the dates it implies, a follow-up ending before the return.
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableTravelDeclaration.class)
@JsonDeserialize(as = ImmutableTravelDeclaration.class)
public abstract class TravelDeclaration {
  /** The declaration's id. */
  public abstract TravelDeclarationId id();

  /** The employee who travels. */
  public abstract PersonId employee();

  /** Where to (目的地), as administrative division codes; at least one. */
  @NotEmpty
  @Size(max = 50)
  public abstract List<RegionCode> destinations();

  /** The purpose as written (事由). */
  @NotBlank
  @PlainText
  @Size(max = 500)
  public abstract String purpose();

  /** The kind of purpose. */
  public abstract PurposeKind purposeKind();

  /**
   * The personal fields this copy no longer holds (已刪除或隱去): only {@code PURPOSE}, whose text is
   * then {@link dev.cordon.core.privacy.Redaction#ERASED} (a purge or an erasure) or
   * {@link dev.cordon.core.privacy.Redaction#WITHHELD} (a view that was not revealed). The purpose's
   * kind stays. Empty for a declaration as made.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Set<PersonalField> redacted();

  /** The planned departure date (計劃出發). */
  @LedgerDate
  public abstract LocalDate plannedDeparture();

  /** The planned return date (計劃返回). */
  @LedgerDate
  public abstract LocalDate plannedReturn();

  /** When the declaration was filed (報備時間). */
  @LedgerDate
  public abstract Instant declaredAt();

  /** The approval; pending unless given. */
  @Value.Default
  public Approval approval() {
    return Approval.pending();
  }

  /** The state; DECLARED unless given. */
  @Value.Default
  public TravelState state() {
    return TravelState.DECLARED;
  }

  /** The day the traveller actually left. */
  public abstract Optional<@LedgerDate LocalDate> actualDeparture();

  /** The day the traveller actually came back. */
  public abstract Optional<@LedgerDate LocalDate> actualReturn();

  /** The return report. */
  public abstract Optional<ReturnReport> returnReport();

  /** The end of the follow-up period (跟蹤期), exclusive: followed up on {@code [return, until)}. */
  public abstract Optional<@LedgerDate LocalDate> followUpUntil();

  /** When the follow-up was closed (跟蹤辦結). */
  public abstract Optional<@LedgerDate Instant> followUpClosedAt();

  /** A builder for a declaration. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TravelDeclaration}s; {@link #build()} throws when malformed. */
  public static final class Builder extends ImmutableTravelDeclaration.Builder {}

  /** A builder holding this declaration's values, to make its next version. */
  public Builder builderFrom() {
    Builder b = builder();
    b.from(this);
    return b;
  }

  /**
   * Whether the traveller is away on {@code day}: on {@code [actual departure, actual return)},
   * or from the actual departure on while not yet returned.
   */
  public boolean isAwayOn(LocalDate day) {
    return actualDeparture().map(d -> !day.isBefore(d)).orElse(false)
        && actualReturn().map(r -> day.isBefore(r)).orElse(true);
  }

  /**
   * The first day this declaration concerns: the earlier of the planned and the actual departure.
   * Storage providers index it.
   */
  @JsonIgnore
  public LocalDate spanStart() {
    LocalDate planned = plannedDeparture();
    return actualDeparture().filter(a -> a.isBefore(planned)).orElse(planned);
  }

  /**
   * The first day after the days this declaration concerns (exclusive): the day after the latest
   * of the planned return, the actual return and the follow-up end; empty while the traveller has
   * left and not come back. Storage providers index it.
   */
  @JsonIgnore
  public Optional<LocalDate> spanEnd() {
    if (state().hasDeparted() && actualReturn().isEmpty()) {
      return Optional.empty();
    }
    LocalDate last = plannedReturn();
    if (actualReturn().isPresent() && actualReturn().get().isAfter(last)) {
      last = actualReturn().get();
    }
    if (followUpUntil().isPresent() && followUpUntil().get().isAfter(last)) {
      last = followUpUntil().get();
    }
    return Optional.of(last.plusDays(1));
  }

  @Value.Check
  TravelDeclaration normalise() {
    if (!Instants.isNormal(declaredAt())) {
      return ((ImmutableTravelDeclaration) this).withDeclaredAt(Instants.normal(declaredAt()));
    }
    if (followUpClosedAt().isPresent() && !Instants.isNormal(followUpClosedAt().get())) {
      return ((ImmutableTravelDeclaration) this)
          .withFollowUpClosedAt(Instants.normal(followUpClosedAt().get()));
    }
    Validation.require(this, v -> {
      for (PersonalField f : redacted()) {
        if (f != PersonalField.PURPOSE) {
          v.add(CordonErrors.redactedFieldUnknown("redacted", f.name()));
        }
      }
      if (plannedReturn().isBefore(plannedDeparture())) {
        v.add(CordonErrors.plannedReturnBeforeDeparture("plannedReturn", plannedReturn()));
      }
      if (actualReturn().isPresent() && actualDeparture().isPresent()
          && actualReturn().get().isBefore(actualDeparture().get())) {
        v.add(CordonErrors.actualReturnBeforeDeparture("actualReturn", actualReturn().get()));
      }
      TravelState s = state();
      if (s.hasDeparted() != actualDeparture().isPresent()) {
        v.add(CordonErrors.travelStateRequires("actualDeparture", actualDeparture().map(Object::toString).orElse(null),
            s, s.hasDeparted() ? "actualDeparture" : "no actualDeparture"));
      }
      if (s.hasReturned() != actualReturn().isPresent()) {
        v.add(CordonErrors.travelStateRequires("actualReturn", actualReturn().map(Object::toString).orElse(null),
            s, s.hasReturned() ? "actualReturn" : "no actualReturn"));
      }
      if (s == TravelState.APPROVED && approval().status() != ApprovalStatus.APPROVED
          || s == TravelState.REJECTED && approval().status() != ApprovalStatus.REJECTED) {
        v.add(CordonErrors.travelStateRequires("approval.status", approval().status().name(),
            s, "approval.status " + s));
      }
      if (followUpUntil().isPresent() && actualReturn().isPresent()
          && followUpUntil().get().isBefore(actualReturn().get())) {
        v.add(CordonErrors.followUpBeforeReturn("followUpUntil", followUpUntil().get()));
      }
      if (followUpClosedAt().isPresent() && followUpUntil().isEmpty()) {
        v.add(CordonErrors.travelStateRequires("followUpUntil", null, "followUpClosedAt", "followUpUntil"));
      }
    });
    return this;
  }
}

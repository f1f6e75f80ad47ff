package dev.cordon.core.duty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.validation.LedgerDate;
import dev.cordon.core.validation.Validation;
import dev.cordon.core.validation.internal.CordonErrors;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who answers for what, from when (責任分工): a person holds a {@link Role} for a unit or site on
 * the half-open range {@code [validFrom, validTo)}. An assignment with {@code validTo} 10-15 is held
 * up to 10-14; a successor from 10-15 does not overlap it.
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableAssignment.class)
@JsonDeserialize(as = ImmutableAssignment.class)
public abstract class Assignment {
  /** The assignment's id. */
  public abstract AssignmentId id();

  /** Who holds the role. */
  public abstract PersonId person();

  /** The role held. */
  public abstract Role role();

  /** What it is held for. */
  public abstract Scope scope();

  /** The first day held. */
  @LedgerDate
  public abstract LocalDate validFrom();

  /** The first day no longer held (exclusive); empty while open-ended. */
  public abstract Optional<@LedgerDate LocalDate> validTo();

  /** Whether the role is held on {@code day}. */
  public boolean isHeldOn(LocalDate day) {
    return !day.isBefore(validFrom()) && validTo().map(day::isBefore).orElse(true);
  }

  /** A builder for an assignment. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Assignment}s. */
  public static final class Builder extends ImmutableAssignment.Builder {}

  @Value.Check
  void check() {
    Validation.require(this, v -> {
      if (validTo().isPresent() && !validTo().get().isAfter(validFrom())) {
        v.add(CordonErrors.assignmentEndsBeforeStart("validTo", validTo().get()));
      }
    });
  }
}

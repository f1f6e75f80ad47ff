package dev.cordon.core.service;

import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import dev.cordon.core.validation.internal.CordonErrors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The plausible window of record dates ({@link PreventionPolicy#plausibleFrom()} to
 * {@link PreventionPolicy#plausibleDaysAhead()} days after today), checked before anything is
 * stored. The window is that of the policy in force today (the first policy when none is in force
 * yet); today is the clock's date in the zone of the latest policy, where Cordon counts days.
 * Values reaching here have passed the structural check ({@code CORDON-DATE-001}, years 1900 to
 * 2200), so the arithmetic cannot overflow.
 */
final class PlausibleDates {
  private final PolicyHistory policies;
  private final Clock clock;

  PlausibleDates(PolicyHistory policies, Clock clock) {
    this.policies = policies;
    this.clock = clock;
  }

  private ZoneId zone() {
    return policies.latest().zone();
  }

  /** Adds a {@code CORDON-DATE-002} violation to {@code out} when {@code date} is outside the window. */
  void check(List<Violation> out, String field, LocalDate date, Supplier<String> shown) {
    if (date == null) {
      return;
    }
    LocalDate today = LocalDate.now(clock.withZone(zone()));
    PreventionPolicy policy;
    try {
      policy = policies.policyOn(today);
    } catch (CordonValidationException beforeTheFirstPolicy) {
      policy = policies.policies().get(0);
    }
    if (!policy.isPlausibleDate(date, today)) {
      // the value is written out for the message only, which most records never need
      out.add(CordonErrors.implausibleDate(field, shown.get(), date, policy.plausibleFrom(),
          policy.plausibleUntil(today)));
    }
  }

  void check(List<Violation> out, String field, LocalDate date) {
    check(out, field, date, () -> date.toString());
  }

  /** An instant is judged by its local date in the zone where Cordon counts days. */
  void check(List<Violation> out, String field, Instant at) {
    if (at != null) {
      check(out, field, at.atZone(zone()).toLocalDate(), at::toString);
    }
  }

  void checkDate(List<Violation> out, String field, Optional<LocalDate> date) {
    date.ifPresent(d -> check(out, field, d));
  }
}

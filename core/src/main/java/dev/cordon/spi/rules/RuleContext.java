package dev.cordon.spi.rules;

import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.risk.RiskRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** What a rule sees during a check run: the range, the as-of instant, policies, records, risk levels. */
public interface RuleContext {
  /** The first day checked. */
  LocalDate from();

  /** The first day after the days checked (exclusive). */
  LocalDate to();

  /** The instant deadlines are judged at: local midnight starting {@link #to()}, unless given. */
  Instant asOf();

  /** The zone in which days are counted. */
  ZoneId zone();

  /** The policy in force on {@code day}: every record is judged under the policy of its own date. */
  PreventionPolicy policyOn(LocalDate day);

  /** The records, read-only. */
  Records records();

  /** Risk levels of cities by date. */
  RiskRegistry risk();

  /** Reports a finding. */
  void report(FindingDraft draft);
}

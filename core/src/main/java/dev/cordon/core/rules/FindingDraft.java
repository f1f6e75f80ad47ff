package dev.cordon.core.rules;

import dev.cordon.core.finding.Subject;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.report.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule reports; the engine turns it into a stored {@link dev.cordon.core.finding.Finding},
 * with the severity the policy in force on {@link #date()} gives the rule.
 *
 * <p>The finding's id is derived from the rule id and {@link #key()}: for a per-record finding the
 * evidence, for a condition over a range of days the subject and the first day — so a re-run finds
 * the same id and a later run that extends the range updates the same finding.
 *
 * @param subject what the finding is about
 * @param unit the unit it rolls up to
 * @param date the local day, or the first day of the range
 * @param until for a range, the first day after it
 * @param message the message (never personal data unmasked)
 * @param evidence ids of the records involved
 * @param key the parts the id is derived from
 */
public record FindingDraft(Subject subject, Optional<UnitId> unit, LocalDate date,
    Optional<LocalDate> until, Text message, List<String> evidence, List<String> key) {
  public FindingDraft {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(message, "message");
    evidence = List.copyOf(evidence);
    key = List.copyOf(key);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("a finding draft needs a key");
    }
  }

  /** A finding about records, keyed by its evidence (sorted). */
  public static FindingDraft ofRecords(Subject subject, Optional<UnitId> unit, LocalDate date, Text message,
      List<String> evidence) {
    return new FindingDraft(subject, unit, date, Optional.empty(), message, evidence,
        evidence.stream().sorted().toList());
  }

  /** A finding about a condition on the days {@code [from, until)}, keyed by subject and first day. */
  public static FindingDraft ofRange(Subject subject, Optional<UnitId> unit, LocalDate from, LocalDate until,
      Text message, List<String> evidence) {
    return new FindingDraft(subject, unit, from, Optional.of(until), message, evidence,
        List.of(subject.toString(), from.toString()));
  }

  /**
   * A finding about a condition on the days {@code [from, until)} of one aspect of a subject — e.g.
   * one role of a unit — keyed by subject, {@code aspect} and first day, so that two aspects of
   * one subject are two findings.
   */
  public static FindingDraft ofRange(Subject subject, String aspect, Optional<UnitId> unit, LocalDate from,
      LocalDate until, Text message, List<String> evidence) {
    return new FindingDraft(subject, unit, from, Optional.of(until), message, evidence,
        List.of(subject.toString(), aspect, from.toString()));
  }

  /** A finding about one subject on one day (e.g. a site's disinfections), keyed by subject and day. */
  public static FindingDraft ofDay(Subject subject, Optional<UnitId> unit, LocalDate day, Text message,
      List<String> evidence) {
    return new FindingDraft(subject, unit, day, Optional.empty(), message, evidence,
        List.of(subject.toString(), day.toString()));
  }
}

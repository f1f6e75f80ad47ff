package dev.cordon.spi.rules;

import dev.cordon.core.finding.FindingId;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.report.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule reports (檢查發現草稿); the engine turns it into a stored {@link
 * dev.cordon.core.finding.Finding} with the severity the policy in force on {@link #date()} gives
 * the rule.
 *
 * <p>A draft is one of three kinds, each a type, and its kind decides the finding's id (derived from
 * the rule id and {@link #key()}, so a re-run finds the same id and never duplicates a finding):
 *
 * <ul>
 *   <li>{@link #forRecords} — about one or more records (an entry, a declaration, two overlapping
 *       assignments): the id follows the records it is about, whatever the day of the run;
 *   <li>{@link #forDay} — about a subject on one day (a site's disinfections on 10-25): the id
 *       follows the subject and the day;
 *   <li>{@link #forDays} — about a condition holding on a run of days (a key site without a
 *       responsible person from 10-01 to 10-05): the id follows the subject and the first day, and a
 *       later run that continues the condition from the day its stored finding ends extends that
 *       finding (same id, longer range) rather than opening another.
 * </ul>
 *
 * <p>Each kind takes {@code aspect(…)} parts that tell apart several findings of one rule about the
 * same records, subject or days — one failed item of an inspection, one role of a unit.
 */
public sealed interface FindingDraft permits FindingDraft.OfRecords, FindingDraft.OfDay, FindingDraft.OfDays {
  /** What the finding is about (a record, person, site, unit or holding). */
  Subject subject();

  /** The unit the finding rolls up to, if any. */
  Optional<UnitId> unit();

  /** The local day the finding is dated by: the record's day, the day, or the first day of the range. */
  LocalDate date();

  /** For a range of days, the first day after it; empty for the other kinds. */
  Optional<LocalDate> until();

  /** The message in English and Simplified Chinese (never personal data unmasked). */
  Text message();

  /** The ids of the records involved (證據). */
  List<String> evidence();

  /** The parts that tell apart several findings of one rule about the same records, subject or days. */
  List<String> aspects();

  /** The parts the finding's id is derived from, in order (with the rule id: {@link #idFor}). */
  List<String> key();

  /** The id of the finding this draft becomes when reported by the rule {@code ruleId}. */
  default FindingId idFor(String ruleId) {
    return FindingId.derive(ruleId, key().toArray(String[]::new));
  }

  /**
   * A finding about records — every record in {@code evidence}, unless narrowed with {@link
   * OfRecords#about} — dated {@code date}; its id is derived from the ids of those records (sorted)
   * and its aspects.
   *
   * @param subject what the finding is about, e.g. {@code RECORD:E-1}
   * @param unit the unit it rolls up to
   * @param date the local day it is dated by
   * @param message the message
   * @param evidence the ids of the records involved, at least one
   */
  static OfRecords forRecords(Subject subject, Optional<UnitId> unit, LocalDate date, Text message,
      List<String> evidence) {
    return new OfRecords(subject, unit, date, message, evidence, evidence, List.of());
  }

  /**
   * A finding about one subject on one {@code day}; its id is derived from the subject, its aspects
   * and the day.
   *
   * @param subject what the finding is about, e.g. {@code SITE:S-1}
   * @param unit the unit it rolls up to
   * @param day the local day
   * @param message the message
   * @param evidence the ids of the records involved (may be empty: a missing record is the finding)
   */
  static OfDay forDay(Subject subject, Optional<UnitId> unit, LocalDate day, Text message, List<String> evidence) {
    return new OfDay(subject, unit, day, message, evidence, List.of());
  }

  /**
   * A finding about a condition of one subject on the run of days {@code days}, dated by its first
   * day; its id is derived from the subject, its aspects and the first day.
   *
   * @param subject what the finding is about, e.g. {@code UNIT:U-1}
   * @param unit the unit it rolls up to
   * @param days the run of days the condition holds, within the days checked
   * @param message the message
   * @param evidence the ids of the records involved (may be empty)
   */
  static OfDays forDays(Subject subject, Optional<UnitId> unit, DayRange days, Text message,
      List<String> evidence) {
    return new OfDays(subject, unit, days, message, evidence, List.of());
  }

  /**
   * A finding about records ({@link FindingDraft#forRecords}).
   *
   * @param subject what the finding is about
   * @param unit the unit it rolls up to
   * @param date the local day it is dated by
   * @param message the message
   * @param evidence the ids of the records involved
   * @param records the ids of the records the finding is about (its identity), at least one
   * @param aspects the parts that tell apart several findings about the same records
   */
  record OfRecords(Subject subject, Optional<UnitId> unit, LocalDate date, Text message, List<String> evidence,
      List<String> records, List<String> aspects) implements FindingDraft {
    /** Checks the parts; {@code records} must name at least one record. */
    public OfRecords {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(message, "message");
      evidence = List.copyOf(evidence);
      records = List.copyOf(records);
      aspects = List.copyOf(aspects);
      if (records.isEmpty()) {
        throw new IllegalArgumentException("a finding about records names at least one record");
      }
    }

    /**
     * The same finding, about {@code recordIds} only (its identity) while the evidence stays as it
     * is — e.g. a declaration whose finding cites the entries that revealed it.
     */
    public OfRecords about(String... recordIds) {
      return new OfRecords(subject, unit, date, message, evidence, Arrays.asList(recordIds), aspects);
    }

    /** The same finding with {@code parts} added to its aspects, e.g. the failed item of an inspection. */
    public OfRecords aspect(String... parts) {
      return new OfRecords(subject, unit, date, message, evidence, records, concat(aspects, parts));
    }

    @Override
    public Optional<LocalDate> until() {
      return Optional.empty();
    }

    /** The ids of the records the finding is about, sorted, then its aspects. */
    @Override
    public List<String> key() {
      List<String> key = new ArrayList<>(records.stream().sorted().toList());
      key.addAll(aspects);
      return List.copyOf(key);
    }
  }

  /**
   * A finding about one subject on one day ({@link FindingDraft#forDay}).
   *
   * @param subject what the finding is about
   * @param unit the unit it rolls up to
   * @param date the local day
   * @param message the message
   * @param evidence the ids of the records involved
   * @param aspects the parts that tell apart several findings about the subject on that day
   */
  record OfDay(Subject subject, Optional<UnitId> unit, LocalDate date, Text message, List<String> evidence,
      List<String> aspects) implements FindingDraft {
    /** Checks the parts. */
    public OfDay {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(message, "message");
      evidence = List.copyOf(evidence);
      aspects = List.copyOf(aspects);
    }

    /** The same finding with {@code parts} added to its aspects. */
    public OfDay aspect(String... parts) {
      return new OfDay(subject, unit, date, message, evidence, concat(aspects, parts));
    }

    @Override
    public Optional<LocalDate> until() {
      return Optional.empty();
    }

    /** The subject, its aspects, then the day. */
    @Override
    public List<String> key() {
      List<String> key = new ArrayList<>();
      key.add(subject.toString());
      key.addAll(aspects);
      key.add(date.toString());
      return List.copyOf(key);
    }
  }

  /**
   * A finding about a condition of one subject on a run of days ({@link FindingDraft#forDays}).
   *
   * @param subject what the finding is about
   * @param unit the unit it rolls up to
   * @param days the run of days
   * @param message the message
   * @param evidence the ids of the records involved
   * @param aspects the parts that tell apart several conditions of the subject, e.g. one role of a unit
   */
  record OfDays(Subject subject, Optional<UnitId> unit, DayRange days, Text message, List<String> evidence,
      List<String> aspects) implements FindingDraft {
    /** Checks the parts. */
    public OfDays {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(days, "days");
      Objects.requireNonNull(message, "message");
      evidence = List.copyOf(evidence);
      aspects = List.copyOf(aspects);
    }

    /** The same finding with {@code parts} added to its aspects. */
    public OfDays aspect(String... parts) {
      return new OfDays(subject, unit, days, message, evidence, concat(aspects, parts));
    }

    /**
     * The same condition had it started on {@code first} and run to the end of this range — what a
     * stored finding that this one continues was opened as; the engine compares ids with it.
     *
     * @throws IllegalArgumentException if {@code first} is not before the end of the range
     */
    public OfDays startingOn(LocalDate first) {
      return new OfDays(subject, unit, new DayRange(first, days.until()), message, evidence, aspects);
    }

    /** The first day of the range. */
    @Override
    public LocalDate date() {
      return days.from();
    }

    /** The first day after the range. */
    @Override
    public Optional<LocalDate> until() {
      return Optional.of(days.until());
    }

    /** The subject, its aspects, then the first day. */
    @Override
    public List<String> key() {
      List<String> key = new ArrayList<>();
      key.add(subject.toString());
      key.addAll(aspects);
      key.add(days.from().toString());
      return List.copyOf(key);
    }
  }

  private static List<String> concat(List<String> head, String... tail) {
    List<String> all = new ArrayList<>(head);
    for (String part : tail) {
      all.add(Objects.requireNonNull(part, "aspect"));
    }
    return all;
  }
}

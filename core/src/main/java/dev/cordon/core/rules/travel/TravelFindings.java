package dev.cordon.core.rules.travel;

import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.report.Text;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.spi.rules.FindingDraft;
import dev.cordon.spi.rules.RuleContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shared shapes and dates of the travel rules: a finding about one declaration, keyed by its id
 * alone (so evidence added later never changes the id) and rolled up to the employee's unit.
 */
public final class TravelFindings {
  /**
   * How many days either side of the range declarations are read for the rules dated by the day a
   * declaration was filed (TRAVEL-LATE, TRAVEL-NON-ESSENTIAL): a trip may be declared weeks ahead,
   * or filed after the fact once it is over, so its span need not reach the day it was filed.
   * Storage indexes declarations by span, not by filing day.
   */
  public static final int FILING_MARGIN_DAYS = 90;

  /** The declarations that may have been filed in the range: spans within the filing margin of it. */
  public static java.util.stream.Stream<TravelDeclaration> filedAround(RuleContext ctx) {
    return ctx.records().travel(ctx.from().minusDays(FILING_MARGIN_DAYS), ctx.to().plusDays(FILING_MARGIN_DAYS));
  }

  private TravelFindings() {}

  /** A finding about {@code d}, dated {@code date}, keyed by the declaration id. */
  public static FindingDraft about(RuleContext ctx, TravelDeclaration d, LocalDate date, Text message,
      List<String> moreEvidence) {
    List<String> evidence = new ArrayList<>();
    evidence.add(d.id().value());
    moreEvidence.stream().filter(x -> !evidence.contains(x)).sorted().forEach(evidence::add);
    return FindingDraft.forRecords(Subject.of(SubjectKind.RECORD, d.id().value()), unitOf(ctx, d.employee()), date,
        Text.of(message.en() + " — declaration " + d.id() + ", employee " + d.employee(),
            message.zh() + " — 报备 " + d.id() + "，员工 " + d.employee()),
        evidence).about(d.id().value());
  }

  /** The unit an employee's findings roll up to. */
  public static Optional<UnitId> unitOf(RuleContext ctx, PersonId employee) {
    return ctx.records().person(employee).flatMap(Person::unit);
  }

  /** The departure day: the actual one if recorded, else the planned one. */
  public static LocalDate departure(TravelDeclaration d) {
    return d.actualDeparture().orElse(d.plannedDeparture());
  }

  /** The return day: the actual one if recorded, else the planned one. */
  public static LocalDate returnDay(TravelDeclaration d) {
    return d.actualReturn().orElse(d.plannedReturn());
  }

  /** The local day of {@code instant}. */
  public static LocalDate day(RuleContext ctx, Instant instant) {
    return instant.atZone(ctx.zone()).toLocalDate();
  }

  /** The local midnight starting {@code day}. */
  public static Instant start(RuleContext ctx, LocalDate day) {
    return day.atStartOfDay(ctx.zone()).toInstant();
  }

  /** The destinations outside the policy's home city, at city level, ordered by code. */
  public static List<RegionCode> outsideHome(TravelDeclaration d, PreventionPolicy policy) {
    return d.destinations().stream().filter(r -> !r.sameCity(policy.homeCity())).map(RegionCode::city)
        .distinct().sorted().toList();
  }

  /** Codes of regions, joined. */
  public static String codes(List<RegionCode> regions, String separator) {
    return String.join(separator, regions.stream().map(RegionCode::code).toList());
  }

  /** Whether {@code day} lies in {@code [from, to)}. */
  public static boolean inRange(RuleContext ctx, LocalDate day) {
    return !day.isBefore(ctx.from()) && day.isBefore(ctx.to());
  }
}

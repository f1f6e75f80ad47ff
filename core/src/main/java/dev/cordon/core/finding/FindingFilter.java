package dev.cordon.core.finding;

import dev.cordon.core.org.UnitId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which findings a query wants (篩選): those rolling up to a unit's subtree (層層傳導), of some rules,
 * severities and statuses. An empty set means "any". Immutable; each {@code with} method returns a
 * narrowed copy.
 *
 * <pre>{@code
 * FindingFilter.all().under(UnitId.of("grassroots-1")).atLeast(Severity.HIGH).status(FindingStatus.OPEN)
 * }</pre>
 *
 * @param unit the unit whose subtree (the unit and every unit below it) the findings roll up to
 * @param rules rule ids
 * @param severities severities
 * @param statuses review statuses
 */
public record FindingFilter(Optional<UnitId> unit, Set<String> rules, Set<Severity> severities,
    Set<FindingStatus> statuses) {
  public FindingFilter {
    Objects.requireNonNull(unit, "unit");
    rules = Set.copyOf(rules);
    severities = severities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(severities));
    statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
  }

  /** Every finding. */
  public static FindingFilter all() {
    return new FindingFilter(Optional.empty(), Set.of(), Set.of(), Set.of());
  }

  /** Only findings rolling up to {@code unit} or a unit below it. */
  public FindingFilter under(UnitId unit) {
    return new FindingFilter(Optional.of(unit), rules, severities, statuses);
  }

  /** Only findings of these rules. */
  public FindingFilter rule(String... ruleIds) {
    return new FindingFilter(unit, new LinkedHashSet<>(Arrays.asList(ruleIds)), severities, statuses);
  }

  /** Only findings of these severities. */
  public FindingFilter severity(Severity... severity) {
    return new FindingFilter(unit, rules, Set.of(severity), statuses);
  }

  /** Only findings of {@code least} or more serious. */
  public FindingFilter atLeast(Severity least) {
    return new FindingFilter(unit, rules, EnumSet.range(least, Severity.CRITICAL), statuses);
  }

  /** Only findings in these review statuses. */
  public FindingFilter status(FindingStatus... status) {
    return new FindingFilter(unit, rules, severities, Set.of(status));
  }

  /** Whether {@code f} passes the rule, severity and status conditions (the unit is the caller's). */
  public boolean matchesIgnoringUnit(Finding f) {
    return (rules.isEmpty() || rules.contains(f.ruleId()))
        && (severities.isEmpty() || severities.contains(f.severity()))
        && (statuses.isEmpty() || statuses.contains(f.status()));
  }
}

package dev.cordon.core.rules.duty;

import dev.cordon.core.duty.Assignment;
import dev.cordon.core.duty.Role;
import dev.cordon.core.duty.Scope;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.report.Text;
import dev.cordon.core.rules.Scopes;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.spi.rules.DayRange;
import dev.cordon.spi.rules.DayRuns;
import dev.cordon.spi.rules.FindingDraft;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * DUTY-HOLDER-AWAY (責任人外出無人頂崗) [R1, T1]: for the single-holder roles SITE_RESPONSIBLE,
 * LIAISON_LEADER and UNIT_PRINCIPAL, every holder of the role for a scope on a day is away on a
 * trip ({@link TravelDeclaration#isAwayOn}: on {@code [actual departure, actual return)}) and no
 * other holder covers the day. A day with no holder at all is not this rule's (see
 * DUTY-SITE-UNCOVERED, DUTY-UNIT-NO-LIAISON).
 *
 * <p>A condition rule: one finding per scope and role per contiguous run of days.
 */
public final class DutyHolderAway implements Rule {
  /** The rule id. */
  public static final String ID = "DUTY-HOLDER-AWAY";

  private static final Set<Role> ROLES = EnumSet.of(Role.SITE_RESPONSIBLE, Role.LIAISON_LEADER, Role.UNIT_PRINCIPAL);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.MEDIUM;
  }

  @Override
  public Text description() {
    return Text.of("The only responsible person is away on a trip and no one stands in",
        "唯一责任人外出且无人顶岗");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    List<Assignment> all = DutyRecords.assignments(ctx).stream().filter(a -> ROLES.contains(a.role())).toList();
    if (all.isEmpty()) {
      return;
    }
    Map<PersonId, List<TravelDeclaration>> trips;
    try (Stream<TravelDeclaration> s = ctx.records().travel(ctx.from(), ctx.to())) {
      trips = s.filter(t -> t.actualDeparture().isPresent())
          .collect(Collectors.groupingBy(TravelDeclaration::employee, LinkedHashMap::new, Collectors.toList()));
    }
    Map<String, List<Assignment>> byRoleAndScope = new LinkedHashMap<>();
    for (Assignment a : all) {
      byRoleAndScope.computeIfAbsent(a.role() + "|" + a.scope().key(), k -> new ArrayList<>()).add(a);
    }
    for (List<Assignment> group : byRoleAndScope.values()) {
      Role role = group.get(0).role();
      Scope scope = group.get(0).scope();
      Set<String> evidence = new TreeSet<>();
      List<DayRange> runs = DayRuns.of(ctx.from(), ctx.to(), day -> {
        List<Assignment> holders = group.stream().filter(a -> a.isHeldOn(day)).toList();
        if (holders.isEmpty() || !holders.stream().allMatch(a -> tripOn(trips, a.person(), day) != null)) {
          return false;
        }
        return true;
      });
      for (DayRange run : runs) {
        evidence.clear();
        Set<PersonId> away = new TreeSet<>();
        for (LocalDate d = run.from(); d.isBefore(run.until()); d = d.plusDays(1)) {
          for (Assignment a : group) {
            if (a.isHeldOn(d)) {
              evidence.add(a.id().value());
              evidence.add(tripOn(trips, a.person(), d).id().value());
              away.add(a.person());
            }
          }
        }
        String who = away.stream().map(PersonId::value).collect(Collectors.joining(", "));
        ctx.report(FindingDraft.forDays(Scopes.subjectOf(scope), Scopes.unitOf(ctx.records(), scope),
            run,
            Text.of(role + " of " + scope + " (" + who + ") away on a trip with no one standing in, "
                    + run.from() + " to " + run.last(),
                scope + " 的" + DutyRecords.roleZh(role) + "（" + who + "）外出，无人顶岗，" + run.from() + " 至 "
                    + run.last()),
            new ArrayList<>(evidence)).aspect(role.name()));
      }
    }
  }

  /** A trip on which {@code person} is away on {@code day}, or null. */
  private static TravelDeclaration tripOn(Map<PersonId, List<TravelDeclaration>> trips, PersonId person,
      LocalDate day) {
    for (TravelDeclaration t : trips.getOrDefault(person, List.of())) {
      if (t.isAwayOn(day)) {
        return t;
      }
    }
    return null;
  }
}

package dev.cordon.core.rules.duty;

import dev.cordon.core.duty.Assignment;
import dev.cordon.core.duty.Role;
import dev.cordon.core.duty.Scope;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.org.Unit;
import dev.cordon.core.report.Text;
import dev.cordon.spi.rules.DayRange;
import dev.cordon.spi.rules.DayRuns;
import dev.cordon.spi.rules.FindingDraft;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * DUTY-UNIT-NO-LIAISON (無聯繫點領導) [R2]: every unit except the root (the one without a parent)
 * needs a LIAISON_LEADER on every day.
 *
 * <p>A condition rule: one finding per unit per contiguous run of days without one.
 */
public final class DutyUnitNoLiaison implements Rule {
  /** The rule id. */
  public static final String ID = "DUTY-UNIT-NO-LIAISON";

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
    return Text.of("A unit without a liaison leader", "单位无联系点领导");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    List<Assignment> all = DutyRecords.assignments(ctx);
    for (Unit unit : ctx.records().units()) {
      if (unit.parent().isEmpty()) {
        continue; // the root is the group itself: its leaders are the liaison leaders of the others
      }
      Scope scope = Scope.of(unit.id());
      for (DayRange run : DayRuns.of(ctx.from(), ctx.to(),
          day -> DutyRecords.holders(all, Role.LIAISON_LEADER, scope, day).isEmpty())) {
        ctx.report(FindingDraft.forDays(Subject.of(SubjectKind.UNIT, unit.id().value()), Optional.of(unit.id()),
            run,
            Text.of("Unit " + unit.id() + " has no liaison leader from " + run.from() + " to " + run.last(),
                "单位 " + unit.id() + " 在 " + run.from() + " 至 " + run.last() + " 无联系点领导"),
            List.of(unit.id().value())));
      }
    }
  }
}

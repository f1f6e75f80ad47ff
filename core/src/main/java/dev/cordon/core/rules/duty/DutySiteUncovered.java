package dev.cordon.core.rules.duty;

import dev.cordon.core.duty.Assignment;
import dev.cordon.core.duty.Role;
import dev.cordon.core.duty.Scope;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.report.Text;
import dev.cordon.core.site.Site;
import dev.cordon.spi.rules.DayRange;
import dev.cordon.spi.rules.DayRuns;
import dev.cordon.spi.rules.FindingDraft;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * DUTY-SITE-UNCOVERED (重點部位無責任人) [R1]: a key site with no SITE_RESPONSIBLE on some days
 * (責任到人). Assignments are held on {@code [validFrom, validTo)}: one ending 10-15 and a successor
 * from 10-15 leave no gap.
 *
 * <p>A condition rule: one finding per site per contiguous run of uncovered days, carrying the range.
 */
public final class DutySiteUncovered implements Rule {
  /** The rule id. */
  public static final String ID = "DUTY-SITE-UNCOVERED";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.HIGH;
  }

  @Override
  public Text description() {
    return Text.of("A key site without a responsible person on some days", "重点部位部分日期无场所责任人");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    List<Assignment> all = DutyRecords.assignments(ctx);
    for (Site site : ctx.records().sites()) {
      if (!site.keySite()) {
        continue;
      }
      Scope scope = Scope.of(site.id());
      for (DayRange run : DayRuns.of(ctx.from(), ctx.to(),
          day -> DutyRecords.holders(all, Role.SITE_RESPONSIBLE, scope, day).isEmpty())) {
        ctx.report(FindingDraft.forDays(Subject.of(SubjectKind.SITE, site.id().value()), Optional.of(site.owner()),
            run,
            Text.of("Key site " + site.id() + " has no responsible person from " + run.from() + " to " + run.last(),
                "重点部位 " + site.id() + " 在 " + run.from() + " 至 " + run.last() + " 无场所责任人"),
            List.of(site.id().value())));
      }
    }
  }
}

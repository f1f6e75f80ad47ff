package dev.cordon.core.rules.duty;

import dev.cordon.core.duty.Assignment;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.report.Text;
import dev.cordon.core.rules.Scopes;
import dev.cordon.spi.rules.FindingDraft;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.time.LocalDate;
import java.util.List;

/**
 * DUTY-OVERLAP (職責重疊) [R1]: two people hold a single-holder role ({@link
 * dev.cordon.core.duty.Role#isSingleHolder()}) for the same unit or site on the same day. Ranges are
 * half-open: an assignment ending 10-15 and its successor from 10-15 do not overlap. Two assignments
 * of the same person are not two holders.
 *
 * <p>One finding per pair of assignments, about the scope, dated by the first overlapping day within
 * the checked range.
 */
public final class DutyOverlap implements Rule {
  /** The rule id. */
  public static final String ID = "DUTY-OVERLAP";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.LOW;
  }

  @Override
  public Text description() {
    return Text.of("Two holders of a single-holder role at once", "同一职责同时有两名责任人");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    List<Assignment> all = DutyRecords.assignments(ctx).stream().filter(a -> a.role().isSingleHolder()).toList();
    for (int i = 0; i < all.size(); i++) {
      Assignment a = all.get(i);
      for (int j = i + 1; j < all.size(); j++) {
        Assignment b = all.get(j);
        if (a.role() != b.role() || !a.scope().equals(b.scope()) || a.person().equals(b.person())) {
          continue;
        }
        LocalDate start = latest(latest(a.validFrom(), b.validFrom()), ctx.from());
        LocalDate end = earliest(earliest(a.validTo().orElse(ctx.to()), b.validTo().orElse(ctx.to())), ctx.to());
        if (!start.isBefore(end)) {
          continue;
        }
        LocalDate overlapEnd = earliest(a.validTo().orElse(LocalDate.MAX), b.validTo().orElse(LocalDate.MAX));
        String until = overlapEnd.equals(LocalDate.MAX) ? "" : " until " + overlapEnd.minusDays(1);
        String untilZh = overlapEnd.equals(LocalDate.MAX) ? "起" : " 至 " + overlapEnd.minusDays(1);
        ctx.report(FindingDraft.forRecords(Scopes.subjectOf(a.scope()), Scopes.unitOf(ctx.records(), a.scope()),
            start,
            Text.of("Two holders of " + a.role() + " for " + a.scope() + " from " + start + until + ": "
                    + a.person() + " (assignment " + a.id() + ") and " + b.person() + " (assignment " + b.id() + ")",
                a.scope() + " 的" + DutyRecords.roleZh(a.role()) + "自 " + start + untilZh + " 同时有两人担任："
                    + a.person() + "（分工 " + a.id() + "）和 " + b.person() + "（分工 " + b.id() + "）"),
            List.of(a.id().value(), b.id().value())));
      }
    }
  }

  private static LocalDate latest(LocalDate x, LocalDate y) {
    return x.isAfter(y) ? x : y;
  }

  private static LocalDate earliest(LocalDate x, LocalDate y) {
    return x.isBefore(y) ? x : y;
  }
}

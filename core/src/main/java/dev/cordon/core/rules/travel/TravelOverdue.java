package dev.cordon.core.rules.travel;

import dev.cordon.core.finding.Severity;
import dev.cordon.core.report.Text;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * TRAVEL-OVERDUE (逾期未返): the traveller left, the planned return day is before the as-of day and
 * no return is recorded [T4]. Judged at the run's as-of instant; one finding per declaration, dated
 * by the first day after the planned return.
 */
public final class TravelOverdue implements Rule {
  /** The rule id. */
  public static final String ID = "TRAVEL-OVERDUE";

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
    return Text.of("Planned return passed and no return recorded", "超过计划返回日期仍未登记返回");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    LocalDate asOfDay = TravelFindings.day(ctx, ctx.asOf());
    // a trip left and not yet back has an open span, so it overlaps any range
    try (Stream<TravelDeclaration> s = ctx.records().travel(ctx.from(), ctx.to())) {
      s.forEach(d -> {
        if (d.actualDeparture().isEmpty() || d.actualReturn().isPresent()
            || !d.plannedReturn().isBefore(asOfDay)) {
          return;
        }
        LocalDate first = d.plannedReturn().plusDays(1);
        ctx.report(TravelFindings.about(ctx, d, first, Text.of(
            "Planned return " + d.plannedReturn() + " passed, no return recorded",
            "计划返回日期 " + d.plannedReturn() + " 已过，未登记返回"), List.of()));
      });
    }
  }
}

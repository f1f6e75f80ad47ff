package dev.cordon.core.rules.travel;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.report.Text;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * TRAVEL-RETURN-UNREPORTED (返崗漏報): the traveller is back with no return report (返崗報告) in
 * time [T2], judged at the run's as-of instant:
 * <ul>
 *   <li>a return is recorded and no report was filed before the end of the day
 *       {@code actual return + returnReportDeadlineDays} (a report filed later is still late),
 *       dated by the first day after that deadline;
 *   <li>no return is recorded but the employee entered a site after the departure day (back at work
 *       while still DEPARTED) and filed no report: dated by the first such entry, which is evidence.
 * </ul>
 * One finding per declaration. An entry on the departure day itself does not count: people work
 * the morning they leave.
 */
public final class TravelReturnUnreported implements Rule {
  /** The rule id. */
  public static final String ID = "TRAVEL-RETURN-UNREPORTED";
  /** The longest deadline a policy allows, plus one: how far back returns are read. */
  private static final int MARGIN_DAYS = PreventionPolicy.MAX_RETURN_REPORT_DEADLINE_DAYS + 1;

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
    return Text.of("Back at work or returned without a return report in time", "返回或返岗后未按时报告（漏报）");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    try (Stream<TravelDeclaration> s = ctx.records().travel(ctx.from().minusDays(MARGIN_DAYS), ctx.to())) {
      s.forEach(d -> {
        if (d.actualDeparture().isEmpty()) {
          return;
        }
        if (d.actualReturn().isPresent()) {
          LocalDate back = d.actualReturn().get();
          LocalDate first = back.plusDays(ctx.policyOn(back).returnReportDeadlineDays() + 1L);
          Instant deadline = TravelFindings.start(ctx, first);
          boolean inTime = d.returnReport().filter(r -> r.reportedAt().isBefore(deadline)).isPresent();
          if (!inTime && !ctx.asOf().isBefore(deadline)) {
            ctx.report(TravelFindings.about(ctx, d, first, Text.of(
                "Returned " + back + ", no return report by the end of " + first.minusDays(1),
                back + " 返回，" + first.minusDays(1) + " 前未报告返岗"), List.of()));
          }
        } else if (d.returnReport().isEmpty()) {
          LocalDate dayAfter = d.actualDeparture().get().plusDays(1);
          if (!dayAfter.isBefore(ctx.to())) {
            return;
          }
          List<Entry> atWork;
          try (Stream<Entry> e = ctx.records().entriesOf(d.employee(), dayAfter, ctx.to())) {
            atWork = e.filter(x -> x.at().isBefore(ctx.asOf())).toList();
          }
          if (!atWork.isEmpty()) {
            LocalDate first = atWork.get(0).localDate(ctx.zone());
            ctx.report(TravelFindings.about(ctx, d, first, Text.of(
                "At work on " + first + " while the trip is still open, no return reported",
                first + " 已到岗，但未登记返回、未报告返岗"),
                atWork.stream().map(x -> x.id().value()).toList()));
          }
        }
      });
    }
  }
}

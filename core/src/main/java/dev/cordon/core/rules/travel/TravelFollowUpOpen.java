package dev.cordon.core.rules.travel;

import dev.cordon.core.finding.Severity;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.report.Text;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * TRAVEL-FOLLOW-UP-OPEN (跟蹤未落實): after a return from a city with a medium/high-risk area on some
 * day of the travel dates {@code [actual departure, actual return]}, either no follow-up period
 * (跟蹤期) was recorded by the end of the return-report deadline, or the period has ended
 * ({@code followUpUntil} on or before the as-of day) without being closed [T4]. A follow-up still
 * running is not a finding. Judged at the run's as-of instant; one finding per declaration, dated
 * by the first day after the deadline, or the day the period ended.
 */
public final class TravelFollowUpOpen implements Rule {
  /** The rule id. */
  public static final String ID = "TRAVEL-FOLLOW-UP-OPEN";
  /** How far back returns are read: the longest report deadline a policy allows, plus one. */
  private static final int MARGIN_DAYS = PreventionPolicy.MAX_RETURN_REPORT_DEADLINE_DAYS + 1;

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
    return Text.of("Returned from a risk area and the follow-up period was not recorded or not closed",
        "自中高风险地区返回，未落实或未办结跟踪期");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    LocalDate asOfDay = TravelFindings.day(ctx, ctx.asOf());
    try (Stream<TravelDeclaration> s = ctx.records().travel(ctx.from().minusDays(MARGIN_DAYS), ctx.to())) {
      s.forEach(d -> {
        if (d.actualDeparture().isEmpty() || d.actualReturn().isEmpty()) {
          return;
        }
        LocalDate dep = d.actualDeparture().get();
        LocalDate back = d.actualReturn().get();
        List<RegionCode> risky = d.destinations().stream()
            .filter(r -> ctx.risk().highestLevel(r, dep, back.plusDays(1)).isMediumOrHigh())
            .map(RegionCode::city).distinct().sorted().toList();
        if (risky.isEmpty()) {
          return;
        }
        String where = TravelFindings.codes(risky, ", ");
        if (d.followUpUntil().isEmpty()) {
          LocalDate first = back.plusDays(ctx.policyOn(back).returnReportDeadlineDays() + 1L);
          if (!ctx.asOf().isBefore(TravelFindings.start(ctx, first))) {
            ctx.report(TravelFindings.about(ctx, d, first, Text.of(
                "Returned " + back + " from a risk area in " + where + ", no follow-up period recorded",
                back + " 自 " + TravelFindings.codes(risky, "、") + " 中高风险地区返回，未登记跟踪期"), List.of()));
          }
        } else if (d.followUpClosedAt().isEmpty() && !d.followUpUntil().get().isAfter(asOfDay)) {
          LocalDate ended = d.followUpUntil().get();
          ctx.report(TravelFindings.about(ctx, d, ended, Text.of(
              "Follow-up after a return from " + where + " ended " + ended + " and was not closed",
              "自 " + TravelFindings.codes(risky, "、") + " 返回后的跟踪期已于 " + ended + " 结束，未办结"), List.of()));
        }
      });
    }
  }
}

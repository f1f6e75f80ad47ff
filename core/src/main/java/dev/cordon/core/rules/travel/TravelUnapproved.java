package dev.cordon.core.rules.travel;

import dev.cordon.core.finding.Severity;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.report.Text;
import dev.cordon.core.travel.Approval;
import dev.cordon.core.travel.ApprovalStatus;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * TRAVEL-UNAPPROVED (未經審批離包): the traveller left (an actual departure is recorded) for a
 * destination outside the home city and no approval was decided on or before the departure day —
 * never approved, rejected, or approved only afterwards [T3]. One finding per declaration, dated by
 * the actual departure.
 */
public final class TravelUnapproved implements Rule {
  /** The rule id. */
  public static final String ID = "TRAVEL-UNAPPROVED";

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
    return Text.of("Left the home city without an approval decided by the day of departure",
        "未经审批（或出行后才审批）即离开本市");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    try (Stream<TravelDeclaration> s = ctx.records().travel(ctx.from(), ctx.to())) {
      s.forEach(d -> {
        if (d.actualDeparture().isEmpty() || !TravelFindings.inRange(ctx, d.actualDeparture().get())) {
          return;
        }
        LocalDate left = d.actualDeparture().get();
        PreventionPolicy policy = ctx.policyOn(left);
        List<RegionCode> away = TravelFindings.outsideHome(d, policy);
        if (away.isEmpty() || approvedBy(ctx, d.approval(), left)) {
          return;
        }
        String state = switch (d.approval().status()) {
          case PENDING -> "never approved";
          case REJECTED -> "rejected";
          case APPROVED -> "approved only after the departure";
        };
        String stateZh = switch (d.approval().status()) {
          case PENDING -> "未经审批";
          case REJECTED -> "审批未通过";
          case APPROVED -> "出行后才获批";
        };
        ctx.report(TravelFindings.about(ctx, d, left, Text.of(
            "Left on " + left + " for " + TravelFindings.codes(away, ", ") + ", " + state,
            left + " 前往 " + TravelFindings.codes(away, "、") + "，" + stateZh), List.of()));
      });
    }
  }

  private static boolean approvedBy(RuleContext ctx, Approval a, LocalDate day) {
    return a.status() == ApprovalStatus.APPROVED && a.decidedAt().isPresent()
        && !TravelFindings.day(ctx, a.decidedAt().get()).isAfter(day);
  }
}

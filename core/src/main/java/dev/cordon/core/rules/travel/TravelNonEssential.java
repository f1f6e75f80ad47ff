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
 * TRAVEL-NON-ESSENTIAL (非必要離包): a purpose kind that is not essential under the policy in force
 * on the declaration's day, with a destination outside the home city — whatever the approval [T3]:
 * an approved non-essential trip is flagged too. One finding per declaration, dated by the local
 * day it was filed.
 */
public final class TravelNonEssential implements Rule {
  /** The rule id. */
  public static final String ID = "TRAVEL-NON-ESSENTIAL";

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
    return Text.of("Travel out of the home city for a non-essential purpose", "非必要事由离开本市");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    try (Stream<TravelDeclaration> s = TravelFindings.filedAround(ctx)) {
      s.forEach(d -> {
        LocalDate filed = TravelFindings.day(ctx, d.declaredAt());
        if (!TravelFindings.inRange(ctx, filed)) {
          return;
        }
        PreventionPolicy policy = ctx.policyOn(filed);
        List<RegionCode> away = TravelFindings.outsideHome(d, policy);
        if (away.isEmpty() || policy.essentialPurposes().contains(d.purposeKind())) {
          return;
        }
        ctx.report(TravelFindings.about(ctx, d, filed, Text.of(
            "Non-essential purpose " + d.purposeKind() + " for " + TravelFindings.codes(away, ", ")
                + " (approval " + d.approval().status() + ")",
            "非必要事由（" + d.purposeKind() + "）前往 " + TravelFindings.codes(away, "、")), List.of()));
      });
    }
  }
}

package dev.cordon.core.rules.travel;

import dev.cordon.core.finding.Severity;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.report.Text;
import dev.cordon.core.risk.RiskArea;
import dev.cordon.core.risk.RiskLevel;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * TRAVEL-RISK-DESTINATION (前往中高風險地區): a destination's city has a medium/high-risk area on some
 * day of the travel dates {@code [departure, return]} (both included; actual dates where recorded,
 * else planned) [T3, T4]. One finding per declaration, dated by the first such day; the risk areas
 * in force that day are evidence.
 */
public final class TravelRiskDestination implements Rule {
  /** The rule id. */
  public static final String ID = "TRAVEL-RISK-DESTINATION";

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
    return Text.of("A destination with a medium/high-risk area on the travel dates", "出行期间目的地有中高风险地区");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    try (Stream<TravelDeclaration> s = ctx.records().travel(ctx.from(), ctx.to())) {
      s.forEach(d -> {
        LocalDate dep = TravelFindings.departure(d);
        LocalDate ret = TravelFindings.returnDay(d);
        if (ret.isBefore(dep)) {
          ret = dep;
        }
        for (LocalDate day = dep; !day.isAfter(ret); day = day.plusDays(1)) {
          RiskLevel highest = RiskLevel.LOW;
          TreeSet<RegionCode> cities = new TreeSet<>();
          TreeSet<String> areas = new TreeSet<>();
          for (RegionCode dest : d.destinations()) {
            RiskLevel level = ctx.risk().levelOf(dest, day);
            if (level.isMediumOrHigh()) {
              highest = highest.max(level);
              cities.add(dest.city());
              ctx.risk().areasIn(dest, day).stream().map(RiskArea::id).forEach(id -> areas.add(id.value()));
            }
          }
          if (highest.isMediumOrHigh()) {
            if (TravelFindings.inRange(ctx, day)) {
              List<RegionCode> c = List.copyOf(cities);
              ctx.report(TravelFindings.about(ctx, d, day, Text.of(
                  "Destination " + TravelFindings.codes(c, ", ") + " has a " + highest + "-risk area on " + day,
                  "目的地 " + TravelFindings.codes(c, "、") + " 于 " + day + " 有" + (highest == RiskLevel.HIGH ? "高" : "中")
                      + "风险地区"),
                  List.copyOf(areas)));
            }
            return;
          }
        }
      });
    }
  }
}

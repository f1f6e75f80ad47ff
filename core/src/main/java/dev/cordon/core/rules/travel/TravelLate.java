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
 * TRAVEL-LATE (遲報): the declaration was filed at or after local midnight starting the departure
 * day — the actual departure if recorded, else the planned one [T2]. 23:59 the day before is on
 * time, 00:00 on the day is late. One finding per declaration, dated by the day it was filed.
 */
public final class TravelLate implements Rule {
  /** The rule id. */
  public static final String ID = "TRAVEL-LATE";

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
    return Text.of("Travel declared on or after the day of departure", "出行当日或出行后才报备（迟报）");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    try (Stream<TravelDeclaration> s = TravelFindings.filedAround(ctx)) {
      s.forEach(d -> {
        LocalDate filed = TravelFindings.day(ctx, d.declaredAt());
        LocalDate departure = TravelFindings.departure(d);
        if (!TravelFindings.inRange(ctx, filed)
            || d.declaredAt().isBefore(TravelFindings.start(ctx, departure))) {
          return;
        }
        ctx.report(TravelFindings.about(ctx, d, filed, Text.of(
            "Declared on " + filed + ", departure " + departure,
            "报备日期 " + filed + "，出行日期 " + departure + "，迟报"), List.of()));
      });
    }
  }
}

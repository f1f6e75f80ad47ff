package dev.cordon.core.rules.travel;

import dev.cordon.core.finding.Severity;
import dev.cordon.core.report.Text;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;

/**
 * TRAVEL-CONCEALED (瞞報): an employee's itinerary code at the door lists a city outside the home
 * city that no declaration covers, and none of their declared trips with a recorded departure
 * overlaps the look-back window {@code [entry day − look-back, entry day]} [T2]. Employees only.
 * One finding per employee and city run (see {@link ItineraryScreening}); when a declared trip
 * overlaps the window it is TRAVEL-DESTINATION-OMITTED instead, never both.
 */
public final class TravelConcealed implements Rule {
  /** The rule id. */
  public static final String ID = "TRAVEL-CONCEALED";

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
    return Text.of("An itinerary shows a city outside the home city and no trip was declared",
        "行程码显示到过本市以外城市，但无出行报备（瞒报）");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    new ItineraryScreening(ctx).report(ItineraryScreening.Kind.CONCEALED);
  }
}

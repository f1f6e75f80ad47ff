package dev.cordon.core.rules.travel;

import dev.cordon.core.finding.Severity;
import dev.cordon.core.report.Text;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;

/**
 * TRAVEL-DESTINATION-OMITTED (漏報目的地): an employee declared a trip (with a recorded departure)
 * overlapping the look-back window {@code [entry day − look-back, entry day]}, but the itinerary
 * code at the door lists a city outside the home city that no declaration covers [T2]. One finding
 * per employee and city run (see {@link ItineraryScreening}); the overlapping declarations are
 * evidence. Never raised together with TRAVEL-CONCEALED for the same entry and city.
 */
public final class TravelDestinationOmitted implements Rule {
  /** The rule id. */
  public static final String ID = "TRAVEL-DESTINATION-OMITTED";

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
    return Text.of("A trip was declared but the itinerary shows a city it did not list",
        "有出行报备，但行程码显示到过未报备的城市（漏报）");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    new ItineraryScreening(ctx).report(ItineraryScreening.Kind.OMITTED);
  }
}

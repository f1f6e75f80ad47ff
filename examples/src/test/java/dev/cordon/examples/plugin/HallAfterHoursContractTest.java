package dev.cordon.examples.plugin;

import static dev.cordon.examples.plugin.HallAfterHoursTest.HALL;
import static dev.cordon.examples.plugin.HallAfterHoursTest.HQ;
import static dev.cordon.examples.plugin.HallAfterHoursTest.OCT_25;
import static dev.cordon.examples.plugin.HallAfterHoursTest.visitor;

import dev.cordon.core.entry.Decision;
import dev.cordon.spi.rules.Rule;
import dev.cordon.tck.rules.RuleContract;
import dev.cordon.tck.rules.Scenario;

/** HALL-AFTER-HOURS passes every contract of the rule kit, as each built-in rule does. */
class HallAfterHoursContractTest extends RuleContract {
  @Override
  protected Rule rule() {
    return new HallAfterHours();
  }

  @Override
  protected Scenario scenario() {
    return Scenario.given(HQ, HALL,
            visitor("e-early", HALL, "07:50", Decision.ADMITTED),
            visitor("e-noon", HALL, "12:00", Decision.ADMITTED))
        .over(OCT_25.minusDays(3), OCT_25.plusDays(3));
  }
}

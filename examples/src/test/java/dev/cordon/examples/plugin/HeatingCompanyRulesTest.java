package dev.cordon.examples.plugin;

import static dev.cordon.examples.plugin.HallAfterHoursTest.HALL;
import static dev.cordon.examples.plugin.HallAfterHoursTest.HQ;
import static dev.cordon.examples.plugin.HallAfterHoursTest.OCT_25;
import static dev.cordon.examples.plugin.HallAfterHoursTest.visitor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.Cordon;
import dev.cordon.core.entry.Decision;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.policy.RuleSetting;
import dev.cordon.core.rules.CheckRun;
import dev.cordon.spi.rules.Rule;
import java.util.Map;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The example rule provider is discovered by Cordon from META-INF/services and obeys the policy. */
class HeatingCompanyRulesTest {
  private static final Clock OCTOBER = Clock.fixed(Instant.parse("2021-10-26T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void cordonDiscoversTheProviderAndRunsItsRuleBesideTheBuiltInOnes() {
    try (Cordon cordon = Cordon.builder().storage("memory:").clock(OCTOBER).build()) {
      assertThat(cordon.checks().rules()).extracting(Rule::id).contains("HALL-AFTER-HOURS", "ENTRY-FEVER");
      assertThat(cordon.describe().get("providersSeen"))
          .contains("rules baotou-heating (" + HeatingCompanyRules.class.getName());
      cordon.directory().register(HQ);
      cordon.directory().register(HALL);
      cordon.entries().record(visitor("e-early", HALL, "07:50", Decision.ADMITTED));
      CheckRun run = cordon.checks().run(OCT_25, OCT_25.plusDays(1));
      assertThat(run.rules()).contains("HALL-AFTER-HOURS (provider baotou-heating ("
          + HeatingCompanyRules.class.getName() + "))");
      assertThat(run.findings()).filteredOn(f -> f.ruleId().equals("HALL-AFTER-HOURS"))
          .singleElement().satisfies(f -> assertThat(f.evidence()).containsExactly("e-early"));
    }
  }

  @Test
  void aPolicyFileSwitchesThePluginsRuleOff() {
    String json = CordonJson.write(PolicyHistory.of(PreventionPolicy.defaults()
        .rules(Map.of("HALL-AFTER-HOURS", RuleSetting.off())).build()));
    assertThat(json).containsPattern("\"HALL-AFTER-HOURS\"\\s*:\\s*\\{\"enabled\"\\s*:\\s*false");
    PolicyHistory policies = CordonJson.read(json, PolicyHistory.class);
    try (Cordon cordon = Cordon.builder().storage("memory:").clock(OCTOBER).policies(policies).build()) {
      cordon.directory().register(HQ);
      cordon.directory().register(HALL);
      cordon.entries().record(visitor("e-early", HALL, "07:50", Decision.ADMITTED));
      CheckRun run = cordon.checks().run(OCT_25, OCT_25.plusDays(1));
      assertThat(run.skipped()).contains("HALL-AFTER-HOURS");
      assertThat(run.findings()).noneMatch(f -> f.ruleId().equals("HALL-AFTER-HOURS"));
    }
  }
}

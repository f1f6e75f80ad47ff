package dev.cordon.rules;

import static dev.cordon.rules.RulesFixture.ZHANG;
import static dev.cordon.rules.RulesFixture.day;
import static dev.cordon.rules.RulesFixture.of;
import static dev.cordon.rules.RulesFixture.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.Cordon;
import dev.cordon.core.entry.ItineraryCode;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.policy.RuleSetting;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.risk.RiskLevel;
import dev.cordon.core.risk.RiskRegistry;
import dev.cordon.core.rules.CheckRun;
import dev.cordon.core.service.RiskAreaService;
import dev.cordon.core.travel.TravelState;
import dev.cordon.spi.risk.RiskAreaSource;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Policies switching rules off or changing their severity, and the shipped 2021 Q4 risk lists in use. */
class PolicyAndRiskAreasTest {
  @Test
  void aPolicyCanSwitchARuleOff() {
    PreventionPolicy p = PreventionPolicy.defaults().rules(Map.of("ENTRY-FEVER", RuleSetting.off())).build();
    try (RulesFixture fx = new RulesFixture(p)) {
      fx.record(fx.employeeEntry(ZHANG, "2021-10-25T08:00").temperature(new BigDecimal("38.1")));
      CheckRun run = fx.run("2021-10-25", "2021-10-26");
      assertThat(ruleIds(run)).containsExactly("ENTRY-FEVER-ADMITTED");
      assertThat(run.skipped()).contains("ENTRY-FEVER");
    }
  }

  @Test
  void aPolicyCanOverrideASeverity() {
    PreventionPolicy p = PreventionPolicy.defaults()
        .rules(Map.of("TRAVEL-CONCEALED", RuleSetting.severity(Severity.CRITICAL))).build();
    try (RulesFixture fx = new RulesFixture(p)) {
      fx.record(fx.employeeEntry(ZHANG, "2021-10-25T08:00").itinerary(ItineraryCode.of(false, RulesFixture.XIAN)));
      assertThat(of(fx.run("2021-10-25", "2021-10-26"), "TRAVEL-CONCEALED"))
          .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.CRITICAL));
    }
  }

  @Test
  void eachRecordIsJudgedUnderThePolicyOfItsOwnDay() {
    PreventionPolicy october = PreventionPolicy.defaults().build();
    PreventionPolicy fromNovember = PreventionPolicy.defaults().effectiveFrom(day("2021-11-01"))
        .feverThreshold(new BigDecimal("37.5")).build();
    try (RulesFixture fx = new RulesFixture(PolicyHistory.of(october, fromNovember))) {
      fx.record(fx.employeeEntry(ZHANG, "2021-10-31T08:00").temperature(new BigDecimal("37.4")));
      fx.record(fx.employeeEntry(ZHANG, "2021-11-01T08:00").temperature(new BigDecimal("37.4")));
      assertThat(fx.run("2021-10-31", "2021-11-02").findings()).extracting(f -> f.date())
          .containsOnly(day("2021-10-31"));
    }
  }

  @Test
  void theShippedListsLoadIdempotentlyWithEjinaOnItsRealDates() {
    try (Cordon cordon = Cordon.open("memory:")) {
      RiskAreaService.Loaded first = cordon.loadRiskAreas(RiskAreaSource.china2021q4());
      assertThat(first.stored()).isGreaterThan(600);
      assertThat(first.unresolved()).isEmpty();
      RiskAreaService.Loaded again = cordon.loadRiskAreas(RiskAreaSource.china2021q4());
      assertThat(again.stored()).isZero();
      assertThat(again.updated()).isZero();
      assertThat(again.unchanged()).isEqualTo(first.stored());

      RiskRegistry risk;
      try (var s = cordon.storage().riskAreas().overlapping(day("2021-09-01"), day("2022-01-01"))) {
        risk = RiskRegistry.of(s.toList());
      }
      RegionCode alxa = RegionCode.of("152900");
      assertThat(risk.levelOf(RegionCode.of("152923"), day("2021-10-15"))).isEqualTo(RiskLevel.LOW);
      assertThat(risk.levelOf(alxa, day("2021-10-19"))).isEqualTo(RiskLevel.MEDIUM);
      assertThat(risk.levelOf(alxa, day("2021-10-20"))).isEqualTo(RiskLevel.MEDIUM);
      assertThat(risk.levelOf(alxa, day("2021-10-21"))).isEqualTo(RiskLevel.HIGH);
      assertThat(risk.levelOf(alxa, day("2021-11-10"))).isEqualTo(RiskLevel.HIGH);
      assertThat(risk.levelOf(alxa, day("2021-11-11"))).isEqualTo(RiskLevel.LOW);
      assertThat(risk.levelOf(RegionCode.of("150200"), day("2021-10-25"))).isEqualTo(RiskLevel.LOW);
    }
  }

  @Test
  void withTheShippedListsATripToEjinaIsARiskDestinationAndAnEntryShowingItIsItineraryAdmitted() {
    try (RulesFixture fx = new RulesFixture()) {
      fx.cordon.loadRiskAreas(RiskAreaSource.china2021q4());
      // left 10-15 (the national list was empty), back 10-19: Ejina medium that day
      fx.declare(fx.trip("t1", ZHANG, "2021-10-15", "2021-10-19", RulesFixture.EJINA).state(TravelState.RETURNED)
          .actualDeparture(day("2021-10-15")).actualReturn(day("2021-10-19")));
      fx.record(fx.employeeEntry(ZHANG, "2021-10-20T08:00")
          .itinerary(ItineraryCode.of(false, RulesFixture.BAOTOU, RulesFixture.EJINA)));
      CheckRun run = fx.run("2021-10-15", "2021-10-21");
      assertThat(of(run, "TRAVEL-RISK-DESTINATION")).singleElement()
          .satisfies(f -> assertThat(f.date()).isEqualTo(day("2021-10-19")));
      assertThat(of(run, "ENTRY-ITINERARY-ADMITTED")).hasSize(1);
      assertThat(of(run, "TRAVEL-CONCEALED")).isEmpty();
      assertThat(of(run, "TRAVEL-DESTINATION-OMITTED")).isEmpty();
    }
  }

  @Test
  void aTripToEjinaEndingBeforeTheListOf19OctoberIsNoRiskDestination() {
    try (RulesFixture fx = new RulesFixture()) {
      fx.cordon.loadRiskAreas(RiskAreaSource.china2021q4());
      fx.declare(fx.trip("t1", ZHANG, "2021-10-14", "2021-10-18", RulesFixture.EJINA));
      assertThat(of(fx.run("2021-10-13", "2021-10-20"), "TRAVEL-RISK-DESTINATION")).isEmpty();
    }
  }
}

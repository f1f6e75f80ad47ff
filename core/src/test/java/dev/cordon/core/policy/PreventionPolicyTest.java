package dev.cordon.core.policy;

import static dev.cordon.core.Rejections.rejected;
import static dev.cordon.core.Rejections.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cordon.core.Samples;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.risk.RiskLevel;
import dev.cordon.core.supply.SupplyKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreventionPolicyTest {
  private static PreventionPolicy.Builder defaults() {
    return PreventionPolicy.defaults();
  }

  private static ObjectNode defaultsAsJson() throws Exception {
    return (ObjectNode) CordonJson.mapper().readTree(CordonJson.write(Samples.policy()));
  }

  @Test
  void theDefaultsAreThoseOfBaotouInOctober2021() {
    PreventionPolicy p = Samples.policy();
    assertThat(p.zone().getId()).isEqualTo("Asia/Shanghai");
    assertThat(p.homeCity().code()).isEqualTo("150200");
    assertThat(p.feverThreshold()).isEqualByComparingTo("37.3");
    assertThat(p.isFever(new BigDecimal("37.3"))).isTrue();
    assertThat(p.isFever(new BigDecimal("37.2"))).isFalse();
    assertThat(p.isPlausible(new BigDecimal("34.0"))).isTrue();
    assertThat(p.isPlausible(new BigDecimal("43.1"))).isFalse();
    assertThat(p.itineraryLookBackDays()).isEqualTo(14);
    assertThat(p.isEnabled("ANY-RULE")).isTrue();
  }

  @Test
  void aFeverThresholdOutsideThePlausibleRangeIsPolicy001() {
    rejectedWith(() -> defaults().plausibleTemperatureMin(new BigDecimal("36.0")).feverThreshold(new BigDecimal("35.9")).build(),
        "CORDON-POLICY-001", "feverThreshold");
    rejectedWith(() -> defaults().plausibleTemperatureMax(new BigDecimal("37.0")).build(),
        "CORDON-POLICY-001", "feverThreshold");
  }

  @Test
  void temperaturesInAPolicyHaveOneDecimalAtMost() {
    rejectedWith(() -> defaults().feverThreshold(new BigDecimal("37.25")).build(), "CORDON-POLICY-006",
        "feverThreshold");
    rejectedWith(() -> defaults().plausibleTemperatureMax(new BigDecimal("43.01")).build(), "CORDON-POLICY-006",
        "plausibleTemperatureMax");
    assertThat(defaults().feverThreshold(new BigDecimal("37.30")).build().feverThreshold())
        .isEqualByComparingTo("37.3");
  }

  @Test
  void theRiskAreaLookBehindIsPolicyDataWithADefaultAndABound() throws Exception {
    assertThat(Samples.policy().riskAreaLookBehindDays()).isEqualTo(120);
    assertThat(defaults().riskAreaLookBehindDays(30).build().riskAreaLookBehindDays()).isEqualTo(30);
    rejectedWith(() -> defaults().riskAreaLookBehindDays(13).build(), "CORDON-POLICY-007", "riskAreaLookBehindDays");
    // optional in JSON: a policy written before it existed reads with the default
    ObjectNode json = (ObjectNode) CordonJson.mapper().valueToTree(Samples.policy());
    json.remove("riskAreaLookBehindDays");
    assertThat(CordonJson.read(json.toString(), PreventionPolicy.class).riskAreaLookBehindDays()).isEqualTo(120);
  }

  @Test
  void aFeverThresholdOnTheEdgeOfThePlausibleRangeIsAccepted() {
    assertThat(defaults().plausibleTemperatureMin(new BigDecimal("37.3")).build()).isNotNull();
    assertThat(defaults().plausibleTemperatureMax(new BigDecimal("37.3")).build()).isNotNull();
  }

  @Test
  void aFeverThresholdOutside35To42IsRejected() {
    rejectedWith(() -> defaults().feverThreshold(new BigDecimal("34.9")).build(), "CORDON-VALUE-006", "feverThreshold");
    var e = rejected(() -> defaults().feverThreshold(new BigDecimal("42.1")).build());
    assertThat(e.codes()).contains("CORDON-VALUE-007");
  }

  @Test
  void aPlausibleMinimumAtOrAboveTheMaximumIsPolicy002() {
    rejectedWith(() -> defaults().plausibleTemperatureMin(new BigDecimal("43.0")).build(),
        "CORDON-POLICY-002", "plausibleTemperatureMax");
    rejectedWith(() -> defaults().plausibleTemperatureMin(new BigDecimal("44.0")).build(),
        "CORDON-POLICY-002", "plausibleTemperatureMax");
  }

  @Test
  void everyBoundedNumberIsChecked() {
    rejectedWith(() -> defaults().itineraryLookBackDays(0).build(), "CORDON-VALUE-004", "itineraryLookBackDays");
    rejectedWith(() -> defaults().itineraryLookBackDays(61).build(), "CORDON-VALUE-005", "itineraryLookBackDays");
    rejectedWith(() -> defaults().returnReportDeadlineDays(-1).build(), "CORDON-VALUE-004", "returnReportDeadlineDays");
    rejectedWith(() -> defaults().supplyReserveDays(366).build(), "CORDON-VALUE-005", "supplyReserveDays");
    rejectedWith(() -> defaults().canteenDensity(new BigDecimal("0.04")).build(), "CORDON-VALUE-006", "canteenDensity");
    rejectedWith(() -> defaults().canteenDensity(new BigDecimal("1.01")).build(), "CORDON-VALUE-007", "canteenDensity");
    rejectedWith(() -> defaults().plausibleTemperatureMin(new BigDecimal("19.9")).build(),
        "CORDON-VALUE-006", "plausibleTemperatureMin");
    assertThat(defaults().itineraryLookBackDays(1).canteenDensity(new BigDecimal("0.05")).build()).isNotNull();
    assertThat(defaults().itineraryLookBackDays(60).canteenDensity(new BigDecimal("1.0")).build()).isNotNull();
  }

  @Test
  void mapValuesAreCheckedToo() {
    var e = rejected(() -> defaults().followUpDays(Map.of(RiskLevel.HIGH, -1)).build());
    assertThat(e.codes()).containsExactly("CORDON-VALUE-004");
    assertThat(e.violations().get(0).field()).startsWith("followUpDays");
    var n = rejected(() -> defaults().consumptionNorms(Map.of(SupplyKind.MASK, new BigDecimal("-0.1"))).build());
    assertThat(n.codes()).containsExactly("CORDON-VALUE-006");
    assertThat(n.violations().get(0).field()).startsWith("consumptionNorms");
  }

  @Test
  void rulesCanBeSwitchedOffOrGivenASeverity() {
    PreventionPolicy p = defaults().rules(Map.of("TRAVEL-LATE", RuleSetting.off(),
        "ENTRY-FEVER", RuleSetting.severity(dev.cordon.core.finding.Severity.CRITICAL))).build();
    assertThat(p.isEnabled("TRAVEL-LATE")).isFalse();
    assertThat(p.isEnabled("ENTRY-FEVER")).isTrue();
    assertThat(p.severityOf("ENTRY-FEVER")).contains(dev.cordon.core.finding.Severity.CRITICAL);
    assertThat(p.severityOf("TRAVEL-LATE")).isEmpty();
  }

  // --- history ------------------------------------------------------------------------------------

  @Test
  void twoPoliciesTakingEffectTheSameDayArePolicy003() {
    var v = rejectedWith(() -> PolicyHistory.of(Samples.policy(), defaults().feverThreshold(new BigDecimal("37.0")).build()),
        "CORDON-POLICY-003", "[1].effectiveFrom");
    assertThat(v.value()).contains("2021-01-01");
  }

  @Test
  void aDayBeforeTheFirstPolicyIsPolicy004() {
    rejectedWith(() -> Samples.policyHistory().policyOn(LocalDate.of(2020, 12, 31)), "CORDON-POLICY-004", "date");
  }

  @Test
  void theRecordIsJudgedUnderThePolicyInForceOnItsDay() {
    PolicyHistory h = Samples.policyHistory();
    assertThat(h.policyOn(LocalDate.of(2021, 1, 1)).feverThreshold()).isEqualByComparingTo("37.3");
    assertThat(h.policyOn(LocalDate.of(2021, 10, 31)).feverThreshold()).isEqualByComparingTo("37.3");
    assertThat(h.policyOn(LocalDate.of(2021, 11, 1)).feverThreshold()).isEqualByComparingTo("37.2");
    assertThat(h.latest().effectiveFrom()).isEqualTo(LocalDate.of(2021, 11, 1));
  }

  @Test
  void historiesAreOrderedWhateverTheInputOrder() {
    PolicyHistory h = Samples.policyHistory();
    PolicyHistory reversed = PolicyHistory.of(h.policies().get(1), h.policies().get(0));
    assertThat(reversed).isEqualTo(h);
    assertThat(reversed.policies()).extracting(PreventionPolicy::effectiveFrom).isSorted();
  }

  @Test
  void anEmptyHistoryIsRejected() {
    rejectedWith(() -> PolicyHistory.of(java.util.List.of()), "CORDON-VALUE-001", "policies");
  }

  // --- JSON ---------------------------------------------------------------------------------------

  @Test
  void aPolicyJsonWithoutFeverThresholdNamesItsPath() throws Exception {
    ObjectNode json = defaultsAsJson();
    json.remove("feverThreshold");
    rejectedWith(() -> CordonJson.read(json.toString(), PreventionPolicy.class), "CORDON-VALUE-001", "$.feverThreshold");
  }

  @Test
  void aPolicyJsonWithALookBackOfZeroNamesItsPath() throws Exception {
    ObjectNode json = defaultsAsJson();
    json.put("itineraryLookBackDays", 0);
    rejectedWith(() -> CordonJson.read(json.toString(), PreventionPolicy.class), "CORDON-VALUE-004", "$.itineraryLookBackDays");
  }

  @Test
  void aPolicyJsonWithANonsensicalFeverThresholdNamesItsPath() throws Exception {
    ObjectNode json = defaultsAsJson();
    json.put("feverThreshold", new BigDecimal("99.0"));
    var e = rejected(() -> CordonJson.read(json.toString(), PreventionPolicy.class));
    assertThat(e.violations()).extracting(v -> v.field()).containsOnly("$.feverThreshold");
    json.put("feverThreshold", "hot");
    rejectedWith(() -> CordonJson.read(json.toString(), PreventionPolicy.class), "CORDON-JSON-002", "$.feverThreshold");
  }

  @Test
  void aPolicyJsonWithAnUnknownZoneNamesItsPath() throws Exception {
    ObjectNode json = defaultsAsJson();
    json.put("zone", "Mars/Olympus");
    rejectedWith(() -> CordonJson.read(json.toString(), PreventionPolicy.class), "CORDON-JSON-002", "$.zone");
  }

  @Test
  void aHistoryJsonWithABadSecondPolicyNamesItsIndex() throws Exception {
    ObjectNode second = defaultsAsJson();
    second.put("effectiveFrom", "2021-11-01");
    second.put("itineraryLookBackDays", 0);
    ArrayNode history = CordonJson.mapper().createArrayNode().add(defaultsAsJson()).add(second);
    var e = rejected(() -> CordonJson.read(history.toString(), PolicyHistory.class));
    assertThat(e.violations()).hasSize(1);
    assertThat(e.violations().get(0).field()).startsWith("$[1]").isEqualTo("$[1].itineraryLookBackDays");
  }

  @Test
  void aHistoryJsonWithTwoPoliciesOnOneDayNamesTheSecond() throws Exception {
    ArrayNode history = CordonJson.mapper().createArrayNode().add(defaultsAsJson()).add(defaultsAsJson());
    rejectedWith(() -> CordonJson.read(history.toString(), PolicyHistory.class), "CORDON-POLICY-003", "$[1].effectiveFrom");
  }
}

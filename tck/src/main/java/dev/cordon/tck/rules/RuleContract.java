package dev.cordon.tck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.finding.FindingStatus;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.policy.RuleSetting;
import dev.cordon.spi.rules.Rule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The contracts every rule passes — ours and any integrator's: extend it, give the rule and a
 * {@link Scenario} in which it finds something, and JUnit runs them.
 *
 * <pre>{@code
 * class HallAfterHoursContractTest extends RuleContract {
 *   protected Rule rule() { return new HallAfterHours(); }
 *   protected Scenario scenario() {
 *     return Scenario.given(hq, hall, visitorAdmittedAt0750).over(OCT_22, OCT_28);
 *   }
 * }
 * }</pre>
 *
 * <p>The contracts: the scenario makes the rule fire; the same records and policy give the same
 * findings with the same ids (determinism); a re-run adds nothing, changes nothing and keeps a
 * finding's review status (idempotence); the days checked one at a time give the same findings —
 * same ids, same ranges — as all at once; and the policy's switch and severity for the rule apply
 * to it.
 */
public abstract class RuleContract {
  private static final Instant REVIEWED_AT = Instant.parse("2021-01-01T00:00:00Z");

  /**
   * The rule under test (a new instance each call is fine).
   *
   * @return the rule under test (a new instance each call is fine)
   */
  protected abstract Rule rule();

  /**
   * Records, policy and days in which the rule finds at least one thing.
   *
   * @return Records, policy and days in which the rule finds at least one thing
   */
  protected abstract Scenario scenario();

  private RuleKit.Checked checkedAtOnce(Scenario s) {
    return RuleKit.forRule(rule(), s).checkedOver(s.from(), s.to());
  }

  @Test
  void theScenarioMakesTheRuleFireAndEveryFindingIsItsOwn() {
    Scenario s = scenario();
    try (RuleKit.Checked checked = checkedAtOnce(s)) {
      assertThat(checked.findings()).as("findings of %s in its scenario", rule().id()).isNotEmpty();
      assertThat(checked.findings()).allSatisfy(f -> {
        assertThat(f.ruleId()).isEqualTo(rule().id());
        assertThat(f.id().value()).startsWith(rule().id() + ":");
        assertThat(f.messageEn()).isNotBlank();
        assertThat(f.messageZh()).isNotBlank();
        assertThat(f.status()).isEqualTo(FindingStatus.OPEN);
      });
    }
  }

  @Test
  void theSameRecordsAndPolicyGiveTheSameFindingsWithTheSameIds() {
    Scenario s = scenario();
    try (RuleKit.Checked first = checkedAtOnce(s); RuleKit.Checked second = checkedAtOnce(scenario())) {
      assertThat(second.ids()).isEqualTo(first.ids());
      assertThat(second.findings()).isEqualTo(first.findings());
    }
  }

  @Test
  void aReRunAddsNothingChangesNothingAndKeepsTheReviewStatus() {
    Scenario s = scenario();
    try (RuleKit.Checked checked = checkedAtOnce(s)) {
      List<Finding> before = checked.findings();
      assertThat(before).as("findings of %s in its scenario", rule().id()).isNotEmpty();
      FindingId reviewed = before.get(0).id();
      Finding confirmed = checked.confirm(reviewed, REVIEWED_AT);

      checked.thenCheckedOver(s.from(), s.to());
      assertThat(checked.lastRun().created()).as("new findings on a re-run").isZero();
      assertThat(checked.lastRun().updated()).as("changed findings on a re-run").isZero();
      assertThat(checked.ids()).isEqualTo(before.stream().map(Finding::id).toList());
      Finding after = checked.findings().stream().filter(f -> f.id().equals(reviewed)).findFirst().orElseThrow();
      assertThat(after.status()).isEqualTo(FindingStatus.CONFIRMED);
      assertThat(after).isEqualTo(confirmed);
    }
  }

  @Test
  void theDaysCheckedOneAtATimeGiveTheSameFindingsAsAllAtOnce() {
    Scenario s = scenario();
    try (RuleKit.Checked once = checkedAtOnce(s);
        RuleKit.Checked daily = RuleKit.forRule(rule(), s).checkedDayByDay(s.from(), s.to())) {
      assertThat(daily.ids()).isEqualTo(once.ids());
      assertThat(ranges(daily.findings())).as("the days each finding covers").isEqualTo(ranges(once.findings()));
      // and checking all the days over the daily results adds nothing
      daily.thenCheckedOver(s.from(), s.to());
      assertThat(daily.lastRun().created()).isZero();
    }
  }

  @Test
  void aPolicyThatSwitchesTheRuleOffSilencesIt() {
    Scenario s = scenario();
    Scenario off = s.withPolicies(with(s.policies(), RuleSetting.off()));
    try (RuleKit.Checked checked = checkedAtOnce(off)) {
      assertThat(checked.findings()).isEmpty();
      assertThat(checked.lastRun().skipped()).contains(rule().id());
    }
  }

  @Test
  void aPolicyThatReGradesTheRuleSetsTheSeverityOfItsFindings() {
    Scenario s = scenario();
    Severity other = rule().defaultSeverity() == Severity.CRITICAL ? Severity.INFO : Severity.CRITICAL;
    Scenario regraded = s.withPolicies(with(s.policies(), RuleSetting.severity(other)));
    try (RuleKit.Checked checked = checkedAtOnce(regraded)) {
      assertThat(checked.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isEqualTo(other));
    }
    try (RuleKit.Checked checked = checkedAtOnce(s)) {
      PolicyHistory p = s.policies();
      assertThat(checked.findings()).allSatisfy(f -> assertThat(f.severity())
          .isEqualTo(p.policyOn(f.date()).severityOf(rule().id()).orElse(rule().defaultSeverity())));
    }
  }

  /** Each finding's first day and end, by id. */
  private static Map<FindingId, String> ranges(List<Finding> findings) {
    Map<FindingId, String> out = new TreeMap<>();
    findings.forEach(f -> out.put(f.id(), f.date() + ".." + f.until().map(LocalDate::toString).orElse("")));
    return out;
  }

  /** {@code history} with every policy's setting for the rule under test replaced by {@code setting}. */
  private PolicyHistory with(PolicyHistory history, RuleSetting setting) {
    List<PreventionPolicy> changed = history.policies().stream().map(p -> {
      Map<String, RuleSetting> rules = new HashMap<>(p.rules());
      rules.put(rule().id(), setting);
      return PreventionPolicy.builder().from(p).rules(rules).build();
    }).toList();
    return PolicyHistory.of(changed);
  }
}

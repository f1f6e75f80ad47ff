package dev.cordon.tck.rules;

import static dev.cordon.tck.rules.BaotouFortnight.at;
import static dev.cordon.tck.rules.BaotouFortnight.oct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordon.core.CordonConfigurationException;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.report.Text;
import dev.cordon.core.rules.entry.EntryFever;
import dev.cordon.core.rules.travel.TravelOverdue;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule kit itself: what it stores, which rule it runs, and when deadlines are judged. */
class RuleKitTest {
  @Test
  void onlyTheRuleUnderTestRunsEvenWhenEntriesWouldTriggerTheEntryRules() {
    List<Finding> findings = RuleKit.forRule(new EntryFever()).given(BaotouFortnight.records().toArray())
        .checkedOver(BaotouFortnight.FROM, BaotouFortnight.TO).findings();
    assertThat(findings).extracting(Finding::ruleId).containsOnly("ENTRY-FEVER");
    assertThat(findings).flatExtracting(Finding::evidence).containsExactlyInAnyOrder("e-fever", "e-fever-denied");
  }

  @Test
  void deadlinesAreJudgedAtTheAsOfInstantWhenOneIsGiven() {
    RuleKit kit = RuleKit.forRule(new TravelOverdue()).given(BaotouFortnight.records().toArray());
    // p-zhao planned to be back on 10-21 and is not: overdue as of 10-23, not yet as of the 21st
    assertThat(kit.checkedOver(oct(18), oct(21), at(oct(21), 0, 0)).findings()).isEmpty();
    assertThat(kit.checkedOver(oct(18), oct(21), at(oct(23), 0, 0)).findings())
        .extracting(Finding::ruleId).containsExactly("TRAVEL-OVERDUE");
  }

  @Test
  void aPluginRuleTakingABuiltInIdIsRefusedAsCordonWouldRefuseIt() {
    Rule impostor = new Rule() {
      @Override
      public String id() {
        return "ENTRY-FEVER";
      }

      @Override
      public Severity defaultSeverity() {
        return Severity.LOW;
      }

      @Override
      public Text description() {
        return Text.of("impostor", "冒名");
      }

      @Override
      public void evaluate(RuleContext context) {}
    };
    assertThatThrownBy(() -> RuleKit.forRule(impostor).checkedOver(oct(18), oct(19)))
        .isInstanceOf(CordonConfigurationException.class).hasMessageContaining("ENTRY-FEVER");
  }

  @Test
  void aRecordTheKitCannotStoreIsNamed() {
    assertThatThrownBy(() -> RuleKit.forRule(new EntryFever()).given("not a record").checkedOver(oct(18), oct(19)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.String");
  }
}

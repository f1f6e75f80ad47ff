package dev.cordon.tck.rules;

import dev.cordon.core.rules.BuiltInRules;
import dev.cordon.spi.rules.Rule;
import java.util.List;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in rule passes the rule kit's contracts, each on a fortnight in which it finds
 * something ({@link BaotouFortnight}). A rule added to {@link BuiltInRules} runs here by itself.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("builtInRules")
class BuiltInRulesContractTest extends RuleContract {
  @Parameter
  RuleUnderTest under;

  /** A built-in rule, named by its id in the test report. */
  record RuleUnderTest(Rule rule) {
    @Override
    public String toString() {
      return rule.id();
    }
  }

  static List<RuleUnderTest> builtInRules() {
    return BuiltInRules.all().stream().map(RuleUnderTest::new).toList();
  }

  @Override
  protected Rule rule() {
    return under.rule();
  }

  @Override
  protected Scenario scenario() {
    return BaotouFortnight.scenario();
  }
}

package dev.cordon.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cordon.Cordon;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.policy.RuleSetting;
import dev.cordon.core.report.Text;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import dev.cordon.spi.rules.RuleProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A policy may switch or re-grade only rules Cordon runs: the built-in ones and those of the rule
 * providers in use. A misspelt id is refused when Cordon is built, naming the known ids.
 */
class PolicyRuleIdsTest {
  /** A plug-in rule, as an integrator would add it. */
  private static final class AcmeRule implements Rule {
    @Override
    public String id() {
      return "ACME-BADGE-MISSING";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.LOW;
    }

    @Override
    public Text description() {
      return Text.of("A badge was not worn", "未佩戴工牌");
    }

    @Override
    public void evaluate(RuleContext context) {}
  }

  private static final RuleProvider ACME = new RuleProvider() {
    @Override
    public String id() {
      return "acme";
    }

    @Override
    public List<Rule> rules() {
      return List.of(new AcmeRule());
    }
  };

  private static PreventionPolicy policyNaming(String ruleId) {
    return PreventionPolicy.defaults().rules(Map.of(ruleId, RuleSetting.off())).build();
  }

  @Test
  void aMisspeltRuleIdIsRefusedListingTheKnownIds() {
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
        () -> Cordon.builder().storage("memory:").policy(policyNaming("ENTRY-FEVR")).discoverRules(false).build());
    assertThat(e.violations()).extracting(v -> v.code() + " @ " + v.field())
        .containsExactly("CORDON-POLICY-005 @ [0].rules.ENTRY-FEVR");
    assertThat(e.getMessage()).contains("ENTRY-FEVR").contains("ENTRY-FEVER, ENTRY-FEVER-ADMITTED")
        .contains("TRAVEL-UNAPPROVED");
    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("规则编号 ENTRY-FEVR");
  }

  @Test
  void everyBuiltInRuleIdIsAccepted() {
    for (String id : List.of("ENTRY-FEVER", "TRAVEL-LATE", "CANTEEN-OVER-CAPACITY", "NOTICE-UNREVIEWED")) {
      assertThatCode(() -> Cordon.builder().storage("memory:").policy(policyNaming(id)).build().close())
          .doesNotThrowAnyException();
    }
  }

  @Test
  void aPluginRuleIsKnownOnceItsProviderIsGiven() {
    PreventionPolicy p = policyNaming("ACME-BADGE-MISSING");
    assertThatCode(() -> Cordon.builder().storage("memory:").policy(p).ruleProvider(ACME).build().close())
        .doesNotThrowAnyException();
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
        () -> Cordon.builder().storage("memory:").policy(p).discoverRules(false).build());
    assertThat(e.codes()).containsExactly("CORDON-POLICY-005");
    assertThat(e.getMessage()).contains("RuleProvider");
  }

  @Test
  void anUnknownIdInALaterPolicyOfAHistoryReadFromJsonNamesThatPolicy() {
    PreventionPolicy first = PreventionPolicy.defaults().build();
    PreventionPolicy second = PreventionPolicy.defaults().effectiveFrom(java.time.LocalDate.of(2021, 11, 1))
        .rules(Map.of("TRAVEL-LATE", RuleSetting.off(), "TRAVEL-LATER", RuleSetting.off())).build();
    PolicyHistory history = CordonJson.read(CordonJson.write(PolicyHistory.of(first, second)), PolicyHistory.class);
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
        () -> Cordon.builder().storage("memory:").policies(history).build());
    assertThat(e.violations()).extracting(v -> v.field()).containsExactly("[1].rules.TRAVEL-LATER");
  }
}

package dev.cordon.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cordon.Cordon;
import dev.cordon.core.CordonConfigurationException;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.report.Text;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import dev.cordon.spi.rules.RuleProvider;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule ids are unique among every rule Cordon runs, and a provider id names one provider: a clash is
 * refused when Cordon is built, naming both sides, never resolved by silently dropping a rule.
 */
class RuleIdClashTest {
  /** A rule that finds nothing, with the given id. */
  record Quiet(String id) implements Rule {
    @Override
    public Severity defaultSeverity() {
      return Severity.LOW;
    }

    @Override
    public Text description() {
      return Text.of("quiet", "无");
    }

    @Override
    public void evaluate(RuleContext context) {}
  }

  /** A provider of ACME rules, as an integrator's jar would register it. */
  public static final class AcmeRules implements RuleProvider {
    @Override
    public String id() {
      return "acme";
    }

    @Override
    public List<Rule> rules() {
      return List.of(new Quiet("ACME-BADGE-MISSING"));
    }
  }

  /** Another organisation's provider that happens to use the same rule id. */
  public static final class OtherRules implements RuleProvider {
    @Override
    public String id() {
      return "other";
    }

    @Override
    public List<Rule> rules() {
      return List.of(new Quiet("ACME-BADGE-MISSING"));
    }
  }

  /** A different provider class claiming the provider id {@code acme}. */
  public static final class AcmeImpostor implements RuleProvider {
    @Override
    public String id() {
      return "acme";
    }

    @Override
    public List<Rule> rules() {
      return List.of(new Quiet("ACME-VISITOR-BADGE"));
    }
  }

  private static RuleProvider provider(String id, Rule... rules) {
    return new RuleProvider() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public List<Rule> rules() {
        return List.of(rules);
      }
    };
  }

  private static CordonConfigurationException refused(Cordon.Builder builder) {
    return catchThrowableOfType(CordonConfigurationException.class, builder::build);
  }

  /** A class loader that discovers the given providers, as if each came in its own jar. */
  private static ClassLoader discovering(Path dir, Class<?>... providers) throws IOException {
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    StringBuilder lines = new StringBuilder();
    for (Class<?> p : providers) {
      lines.append(p.getName()).append('\n');
    }
    Files.writeString(services.resolve(RuleProvider.class.getName()), lines, StandardCharsets.UTF_8);
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, RuleIdClashTest.class.getClassLoader());
  }

  @Test
  void aProviderRuleTakingABuiltInIdIsRefusedNamingBoth() {
    CordonConfigurationException e = refused(Cordon.builder().storage("memory:").discoverRules(false)
        .ruleProvider(provider("shadow", new Quiet("ENTRY-FEVER"))));
    assertThat(e.getMessage()).contains("ENTRY-FEVER").contains("rule provider shadow")
        .contains(Quiet.class.getName()).contains("built-in rule dev.cordon.core.rules.entry.EntryFever");
  }

  @Test
  void twoProvidersGivingOneRuleIdAreRefusedNamingBoth() {
    CordonConfigurationException e = refused(Cordon.builder().storage("memory:").discoverRules(false)
        .ruleProvider(new AcmeRules()).ruleProvider(new OtherRules()));
    assertThat(e.getMessage()).contains("ACME-BADGE-MISSING")
        .contains("rule provider acme (" + AcmeRules.class.getName())
        .contains("rule provider other (" + OtherRules.class.getName());
  }

  @Test
  void oneProviderGivingARuleIdTwiceIsRefused() {
    CordonConfigurationException e = refused(Cordon.builder().storage("memory:").discoverRules(false)
        .ruleProvider(provider("twice", new Quiet("TWICE-1"), new Quiet("TWICE-1"))));
    assertThat(e.getMessage()).contains("TWICE-1").contains("rule provider twice");
  }

  @Test
  void twoDiscoveredProvidersGivingOneRuleIdAreRefusedNamingBothAndWhereTheyCameFrom(@TempDir Path dir)
      throws IOException {
    ClassLoader loader = discovering(dir, AcmeRules.class, OtherRules.class);
    CordonConfigurationException e = refused(Cordon.builder().storage("memory:").classLoader(loader));
    assertThat(e.getMessage()).contains("ACME-BADGE-MISSING")
        .contains(AcmeRules.class.getName()).contains(OtherRules.class.getName()).contains(" from ");
  }

  @Test
  void twoDifferentProvidersSharingAProviderIdAreRefusedNamingBoth(@TempDir Path dir) throws IOException {
    ClassLoader loader = discovering(dir, AcmeImpostor.class);
    CordonConfigurationException e = refused(Cordon.builder().storage("memory:").classLoader(loader)
        .ruleProvider(new AcmeRules()));
    assertThat(e.getMessage()).contains("share the id acme")
        .contains(AcmeRules.class.getName()).contains(AcmeImpostor.class.getName());
  }

  @Test
  void aProviderGivenAndAlsoDiscoveredRunsOnce(@TempDir Path dir) throws IOException {
    ClassLoader loader = discovering(dir, AcmeRules.class);
    try (Cordon cordon = Cordon.builder().storage("memory:").classLoader(loader).ruleProvider(new AcmeRules())
        .build()) {
      assertThat(cordon.checks().rules()).extracting(Rule::id).containsOnlyOnce("ACME-BADGE-MISSING");
      assertThat(cordon.checks().run(java.time.LocalDate.of(2021, 10, 1), java.time.LocalDate.of(2021, 10, 2))
          .rules()).contains("ACME-BADGE-MISSING (provider acme (" + AcmeRules.class.getName() + "))");
    }
  }
}

package dev.cordon.spring.boot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.Cordon;
import dev.cordon.core.CordonConfigurationException;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.spring.boot.CordonAutoConfiguration;
import dev.cordon.spring.boot.CordonActuatorConfiguration;
import dev.cordon.spring.boot.CordonBuilderCustomizer;
import dev.cordon.spring.boot.CordonMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Every bean of the starter backs off for the application's own; misconfiguration fails at start-up. */
class OverridingTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(CordonAutoConfiguration.class, CordonActuatorConfiguration.class));

  @Test
  void theApplicationsCordonWinsAndIsLeftToIt() {
    Cordon own = Cordon.open("memory:");
    runner.withBean(Cordon.class, () -> own).run(ctx -> assertThat(ctx).getBean(Cordon.class).isSameAs(own));
  }

  @Test
  void theApplicationsPoliciesAndCustomizersAreUsed() {
    PolicyHistory policies = PolicyHistory.of(PreventionPolicy.defaults().feverThreshold(new BigDecimal("37.0")).build());
    AtomicBoolean customized = new AtomicBoolean();
    runner.withPropertyValues("cordon.storage.url=memory:")
        .withBean(PolicyHistory.class, () -> policies)
        .withBean(CordonBuilderCustomizer.class, () -> b -> customized.set(true))
        .run(ctx -> {
          assertThat(ctx.getBean(Cordon.class).policies().latest().feverThreshold()).isEqualByComparingTo("37.0");
          assertThat(customized).isTrue();
        });
  }

  @Test
  void theApplicationsMetricsWin() {
    CordonMetrics own = new CordonMetrics(new SimpleMeterRegistry());
    runner.withPropertyValues("cordon.storage.url=memory:")
        .withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
        .withBean(CordonMetrics.class, () -> own)
        .run(ctx -> assertThat(ctx).getBean(CordonMetrics.class).isSameAs(own));
  }

  @Test
  void cordonIsClosedWithTheContext() {
    Cordon[] seen = new Cordon[1];
    runner.withPropertyValues("cordon.storage.url=memory:").run(ctx -> seen[0] = ctx.getBean(Cordon.class));
    assertThat(seen[0].toString()).endsWith(", closed]");
  }

  @Test
  void noStorageFailsNamingTheProperty() {
    runner.run(ctx -> assertThat(ctx).getFailure().rootCause()
        .isInstanceOf(CordonConfigurationException.class).hasMessageContaining("cordon.storage.url"));
  }

  @Test
  void aMissingReportFormatFailsNamingIt() {
    runner.withPropertyValues("cordon.storage.url=memory:", "cordon.report-formats=json,xlsx")
        .run(ctx -> assertThat(ctx).getFailure().rootCause()
            .isInstanceOf(CordonConfigurationException.class).hasMessageContaining("[xlsx]"));
  }

  @Test
  void anUnreadablePolicyFileFailsNamingIt() {
    runner.withPropertyValues("cordon.storage.url=memory:", "cordon.policy-file=file:/nonexistent/policies.json")
        .run(ctx -> assertThat(ctx).getFailure().hasStackTraceContaining("CordonConfigurationException")
            .hasStackTraceContaining("(cordon.policy-file)"));
  }
}

package dev.cordon.spring.boot;

import dev.cordon.Cordon;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The health indicator {@code cordon} (when Spring Boot Actuator is there; off with
 * {@code management.health.cordon.enabled=false}) and {@link CordonMetrics} (when a Micrometer
 * {@link MeterRegistry} is). Each backs off when the application defines its own bean.
 */
@AutoConfiguration(after = CordonAutoConfiguration.class, afterName = {
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"})
public class CordonActuatorConfiguration {
  /** Created by Spring. */
  public CordonActuatorConfiguration() {}

  /** The health indicator. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"org.springframework.boot.actuate.health.HealthIndicator",
      "org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator"})
  @ConditionalOnBean(Cordon.class)
  static class Health {
    @Bean
    @ConditionalOnMissingBean(name = "cordonHealthIndicator")
    @ConditionalOnEnabledHealthIndicator("cordon")
    CordonHealthIndicator cordonHealthIndicator(Cordon cordon) {
      return new CordonHealthIndicator(cordon);
    }
  }

  /** The metrics. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
  @ConditionalOnBean(MeterRegistry.class)
  static class Metrics {
    @Bean
    @ConditionalOnMissingBean
    CordonMetrics cordonMetrics(MeterRegistry registry) {
      return new CordonMetrics(registry);
    }
  }
}

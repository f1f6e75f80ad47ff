package dev.cordon.spring.boot;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Sets {@code spring.flyway.enabled=false} as a default, below every property source of the
 * application. Cordon runs its own migrations (history table {@code cordon_schema_history}) with
 * Flyway 13; Spring Boot 3.5's own Flyway auto-configuration is written for Flyway 11 and fails at
 * start-up with Flyway 13 ({@code NoSuchMethodError: FluentConfiguration.cleanOnValidationError}) as
 * soon as the application has a DataSource. An application that sets the property itself keeps its
 * value.
 */
public class CordonFlywayDefaults implements EnvironmentPostProcessor {
  static final String SOURCE = "cordonDefaults";

  /** Created by Spring Boot from {@code META-INF/spring.factories}. */
  public CordonFlywayDefaults() {}

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.getPropertySources().contains(SOURCE)) {
      environment.getPropertySources().addLast(new MapPropertySource(SOURCE, Map.of("spring.flyway.enabled", "false")));
    }
  }
}

package dev.cordon.spring.boot;

import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps an application starting when the Flyway on its class path is newer than its Spring Boot's own
 * Flyway auto-configuration can drive. Cordon runs its own migrations (history table
 * {@code cordon_schema_history}) and is built with Flyway 13; Spring Boot 3.5 manages Flyway 11.7 and
 * its auto-configuration calls {@code FluentConfiguration.cleanOnValidationError}, which Flyway 12
 * removed, so with Flyway 13 and any DataSource the application fails at start-up with a
 * {@code NoSuchMethodError}. Only then, and only if the application does not set
 * {@code spring.flyway.enabled} itself, this sets it to {@code false} as a default below every other
 * property source, and logs a warning saying so. Under Boot's own Flyway version nothing changes.
 */
public class CordonFlywayDefaults implements EnvironmentPostProcessor {
  static final String SOURCE = "cordonFlywayDefaults";
  private final Log log;

  /**
   * Created by Spring Boot from {@code META-INF/spring.factories}.
   *
   * @param logs the logs
   */
  public CordonFlywayDefaults(DeferredLogFactory logs) {
    this.log = logs.getLog(CordonFlywayDefaults.class);
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.getPropertySources().contains(SOURCE) || environment.containsProperty("spring.flyway.enabled")
        || !bootFlywayPresent() || !flywayTooNewForBoot()) {
      return;
    }
    environment.getPropertySources().addLast(new MapPropertySource(SOURCE, Map.of("spring.flyway.enabled", "false")));
    log.warn("Cordon: Spring Boot's Flyway auto-configuration is switched off (spring.flyway.enabled=false): the "
        + "Flyway on the class path has no FluentConfiguration.cleanOnValidationError, which this Spring Boot calls. "
        + "Cordon's own migrations still run. If the application has Flyway migrations of its own, run them "
        + "itself or pin the Flyway version its Spring Boot manages.");
  }

  private static boolean bootFlywayPresent() {
    return present("org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration")
        && present("org.flywaydb.core.api.configuration.FluentConfiguration");
  }

  /** True when Boot 3.x's Flyway auto-configuration would fail with a NoSuchMethodError. */
  static boolean flywayTooNewForBoot() {
    try {
      Class.forName("org.flywaydb.core.api.configuration.FluentConfiguration")
          .getMethod("cleanOnValidationError", boolean.class);
      return false;
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      return true;
    }
  }

  private static boolean present(String name) {
    try {
      Class.forName(name, false, CordonFlywayDefaults.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}

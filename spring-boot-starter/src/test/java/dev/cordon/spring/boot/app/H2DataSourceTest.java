package dev.cordon.spring.boot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.Cordon;
import dev.cordon.spring.boot.CordonMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application's own DataSource (spring.datasource.*, H2), no cordon.storage.url: Cordon's tables go into it. */
@SpringBootTest(classes = PreventionApp.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:boot-app-ds;DB_CLOSE_DELAY=-1",
    "management.endpoint.health.show-details=always"})
class H2DataSourceTest {
  @Autowired Cordon cordon;
  @Autowired CordonMetrics metrics;
  @Autowired MeterRegistry registry;
  @Autowired HealthEndpoint health;
  @Autowired DataSource dataSource;
  @Autowired Environment environment;

  /**
   * Boot 3.5's own Flyway auto-configuration is switched off only where it would fail (Flyway 13, the
   * default build); under Boot's Flyway 11.7 (-Pboot-managed-versions) it stays on and the context starts.
   */
  @Test
  void bootsFlywayIsLeftAloneUnlessItCannotWorkWithThisFlyway() throws Exception {
    boolean tooNew;
    try {
      Class.forName("org.flywaydb.core.api.configuration.FluentConfiguration")
          .getMethod("cleanOnValidationError", boolean.class);
      tooNew = false;
    } catch (NoSuchMethodException e) {
      tooNew = true;
    }
    assertThat(environment.getProperty("spring.flyway.enabled")).isEqualTo(tooNew ? "false" : null);
  }

  /** Started twice on the same database: the second start finds Cordon's tables and the application's. */
  @Test
  void startsAgainOnTheSameDatabase() {
    for (int i = 0; i < 2; i++) {
      try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PreventionApp.class)
          .properties("spring.datasource.url=jdbc:h2:mem:boot-restart;DB_CLOSE_DELAY=-1", "spring.main.banner-mode=off")
          .run()) {
        assertThat(app.getBean(Cordon.class).describe()).containsKey("storage.schemaVersion");
      }
    }
  }

  @Test
  void cordonLivesInTheApplicationsDatabase() {
    assertThat(cordon.describe()).containsEntry("storage.connections", "the application's DataSource")
        .containsEntry("policySource", "defaults (none stored)");
    Scenario.importCheckAndObserve(cordon, metrics, registry, health, "H2");
    // the migrations ran in the application's database, beside its own tables, with Cordon's history table
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where lower(table_name) = "
        + "'cordon_schema_history'", Integer.class)).isEqualTo(1);
  }
}

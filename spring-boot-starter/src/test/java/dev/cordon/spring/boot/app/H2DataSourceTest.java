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

package dev.cordon.spring.boot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.Cordon;
import dev.cordon.spring.boot.CordonMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same application on (embedded) PostgreSQL: by storage URL, and through its own DataSource. */
class PostgresTest {
  @Nested
  @SpringBootTest(classes = PreventionApp.class, properties = "management.endpoint.health.show-details=always")
  class ByStorageUrl {
    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry r) {
      String url = Postgres.newDatabase("url");
      r.add("cordon.storage.url", () -> url);
      r.add("cordon.storage.username", Postgres::user);
      r.add("cordon.storage.password", Postgres::password);
    }

    @Autowired Cordon cordon;
    @Autowired CordonMetrics metrics;
    @Autowired MeterRegistry registry;
    @Autowired HealthEndpoint health;

    @Test
    void startsImportsChecksAndExposesHealthAndMetrics() {
      assertThat(cordon.describe().get("storage.url")).startsWith("jdbc:postgresql:");
      Scenario.importCheckAndObserve(cordon, metrics, registry, health, "PostgreSQL");
    }
  }

  @Nested
  @SpringBootTest(classes = PreventionApp.class, properties = "management.endpoint.health.show-details=always")
  class ByTheApplicationsDataSource {
    @DynamicPropertySource
    static void dataSource(DynamicPropertyRegistry r) {
      String url = Postgres.newDatabase("ds");
      r.add("spring.datasource.url", () -> url);
      r.add("spring.datasource.username", Postgres::user);
      r.add("spring.datasource.password", Postgres::password);
    }

    @Autowired Cordon cordon;
    @Autowired CordonMetrics metrics;
    @Autowired MeterRegistry registry;
    @Autowired HealthEndpoint health;

    @Test
    void startsImportsChecksAndExposesHealthAndMetrics() {
      assertThat(cordon.describe()).containsEntry("storage.connections", "the application's DataSource");
      Scenario.importCheckAndObserve(cordon, metrics, registry, health, "PostgreSQL");
    }
  }
}

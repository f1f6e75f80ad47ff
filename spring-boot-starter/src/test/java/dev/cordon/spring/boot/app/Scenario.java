package dev.cordon.spring.boot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.Cordon;
import dev.cordon.core.rules.CheckRun;
import dev.cordon.spring.boot.CordonMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.health.SystemHealth;

/** What every application of the tests does: import through the services, check, read health and metrics. */
final class Scenario {
  private Scenario() {}

  static void importCheckAndObserve(Cordon cordon, CordonMetrics metrics, MeterRegistry registry, HealthEndpoint health,
      String database) {
    PreventionApp.register(cordon);
    assertThat(metrics.recorded("entries", 2, () -> cordon.entries().recordAll(PreventionApp.entries())).stored())
        .isEqualTo(2);
    CheckRun run = metrics.check(cordon, PreventionApp.OCT_25, PreventionApp.OCT_26);
    assertThat(run.findings()).extracting(f -> f.ruleId()).contains("ENTRY-FEVER-ADMITTED", "DISINFECTION-MISSED");
    assertThat(registry.get("cordon.rows.imported").tags("kind", "entries", "outcome", "stored").counter().count())
        .isEqualTo(2.0);
    assertThat(registry.get("cordon.check.duration").timer().count()).isEqualTo(1);

    Health h = (Health) ((SystemHealth) health.health()).getComponents().get("cordon");
    assertThat(h.getStatus()).isEqualTo(Status.UP);
    assertThat(h.getDetails()).containsEntry("provider", "jdbc").containsKey("schemaVersion");
    assertThat((String) h.getDetails().get("database")).containsIgnoringCase(database);
  }

  static Map<String, String> describe(Cordon cordon) {
    return cordon.describe();
  }
}

package dev.cordon.spring.boot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordon.Cordon;
import dev.cordon.core.rules.CheckRun;
import dev.cordon.core.storage.BatchOutcome;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.spring.boot.CordonMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.health.SystemHealth;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application with only the starter and {@code cordon.storage.url} (H2 in memory). */
@SpringBootTest(classes = PreventionApp.class, properties = {
    "cordon.storage.url=jdbc:h2:mem:boot-url;DB_CLOSE_DELAY=-1",
    "cordon.report-formats=json,html",
    "management.endpoints.web.exposure.include=health,metrics",
    "management.endpoint.health.show-details=always"})
class H2StorageUrlTest {
  @DynamicPropertySource
  static void policyFile(DynamicPropertyRegistry r) {
    r.add("cordon.policy-file", PolicyFiles::write);
  }

  @Autowired Cordon cordon;
  @Autowired CordonMetrics metrics;
  @Autowired MeterRegistry registry;
  @Autowired HealthEndpoint health;

  @Test
  void startsImportsChecksAndCountsIt() {
    assertThat(cordon.describe()).containsEntry("storage.provider", "jdbc").containsEntry("policySource", "given");
    PreventionApp.register(cordon);
    BatchOutcome first = metrics.recorded("entries", 2, () -> cordon.entries().recordAll(PreventionApp.entries()));
    BatchOutcome again = metrics.recorded("entries", 2, () -> cordon.entries().recordAll(PreventionApp.entries()));
    assertThat(first.stored()).isEqualTo(2);
    assertThat(again.alreadyPresent()).isEqualTo(2);
    assertThatThrownBy(() -> metrics.recorded("entries", 1,
        () -> cordon.entries().recordAll(List.of(PreventionApp.entry("e-bad", "99.0")))))
        .isInstanceOf(CordonValidationException.class);

    CheckRun run = metrics.check(cordon, PreventionApp.OCT_25, PreventionApp.OCT_26);
    metrics.check(cordon, PreventionApp.OCT_25, PreventionApp.OCT_26);   // a re-run raises nothing again
    assertThat(run.findings()).extracting(f -> f.ruleId()).contains("ENTRY-FEVER-ADMITTED");
    metrics.report("daily", () -> cordon.reports().daily(PreventionApp.OCT_25, java.util.Optional.empty()));

    assertThat(registry.get("cordon.rows.imported").tags("kind", "entries", "outcome", "stored").counter().count())
        .isEqualTo(2.0);
    assertThat(registry.get("cordon.rows.imported").tags("outcome", "already-present").counter().count()).isEqualTo(2.0);
    assertThat(registry.get("cordon.rows.rejected").tags("kind", "entries").counter().count()).isEqualTo(1.0);
    // entry rules judge entries as they are recorded, so ENTRY-FEVER-ADMITTED was stored before the check;
    // the check raised the others (a missed disinfection, ...), once: the re-run raised nothing again
    double raised = registry.find("cordon.findings.raised").counters().stream().mapToDouble(c -> c.count()).sum();
    assertThat(raised).isPositive().isEqualTo(run.created());
    assertThat(registry.get("cordon.findings.raised").tags("rule", "DISINFECTION-MISSED").counter().count()).isPositive();
    assertThat(registry.get("cordon.check.duration").tags("outcome", "success").timer().count()).isEqualTo(2);
    assertThat(registry.get("cordon.report.duration").tags("report", "daily").timer().count()).isEqualTo(1);
  }

  @Test
  void healthShowsTheStorageAndThePolicySource() {
    var cordonHealth = ((SystemHealth) health.health()).getComponents().get("cordon");
    assertThat(cordonHealth.getStatus()).isEqualTo(Status.UP);
    @SuppressWarnings("unchecked")
    Map<String, Object> details = ((org.springframework.boot.actuate.health.Health) cordonHealth).getDetails();
    assertThat(details).containsEntry("provider", "jdbc").containsEntry("policySource", "given")
        .containsKey("schemaVersion").containsKey("database");
    assertThat(new BigDecimal("37.2")).isEqualByComparingTo(cordon.policies().latest().feverThreshold());
  }
}

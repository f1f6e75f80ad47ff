package dev.cordon.spring.boot;

import dev.cordon.Cordon;
import dev.cordon.core.finding.FindingId;
import java.util.Map;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Health {@code cordon}: UP when the storage answers a read; details are the storage provider, its URL
 * (password masked), the schema version, the database, the zone and the policy source from
 * {@link Cordon#describe()}.
 */
public class CordonHealthIndicator extends AbstractHealthIndicator {
  private static final FindingId PROBE = FindingId.of("health-probe");
  private final Cordon cordon;

  /**
   * Health of {@code cordon}.
   *
   * @param cordon the Cordon instance
   */
  public CordonHealthIndicator(Cordon cordon) {
    super("Cordon's storage cannot be read");
    this.cordon = cordon;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    // a read that reaches the database: a finding id that is never stored
    cordon.findings().get(PROBE);
    Map<String, String> d = cordon.describe();
    builder.up();
    for (String key : new String[] {"storage.provider", "storage.url", "storage.schemaVersion", "storage.database",
        "storage.zone", "policySource", "reportFormats"}) {
      String v = d.get(key);
      if (v != null) {
        builder.withDetail(key.startsWith("storage.") ? key.substring("storage.".length()) : key, v);
      }
    }
  }
}

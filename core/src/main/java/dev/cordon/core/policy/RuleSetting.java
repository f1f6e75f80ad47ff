package dev.cordon.core.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.finding.Severity;
import java.util.Optional;
import org.immutables.value.Value;

/** How a policy sets one compliance rule: on or off, and an optional severity override. */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableRuleSetting.class)
@JsonDeserialize(as = ImmutableRuleSetting.class)
public abstract class RuleSetting {
  /** Whether the rule runs; true unless given. */
  @Value.Default
  public boolean enabled() {
    return true;
  }

  /** The severity to use instead of the rule's default. */
  public abstract Optional<Severity> severity();

  /** A rule switched off. */
  public static RuleSetting off() {
    return ImmutableRuleSetting.builder().enabled(false).build();
  }

  /** A rule on, with {@code severity}. */
  public static RuleSetting severity(Severity severity) {
    return ImmutableRuleSetting.builder().severity(severity).build();
  }
}

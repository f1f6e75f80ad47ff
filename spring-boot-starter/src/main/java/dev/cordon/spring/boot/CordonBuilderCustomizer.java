package dev.cordon.spring.boot;

import dev.cordon.Cordon;

/**
 * A bean that adjusts the {@link Cordon.Builder} before the starter builds the {@code Cordon}: add a
 * rule provider, a report writer, a clock or a checklist. Customizers run in {@code @Order}.
 */
@FunctionalInterface
public interface CordonBuilderCustomizer {
  /**
   * Adjusts {@code builder}, which already holds the storage and the policies.
   *
   * @param builder the builder
   */
  void customize(Cordon.Builder builder);
}

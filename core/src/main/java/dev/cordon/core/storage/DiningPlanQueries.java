package dev.cordon.core.storage;

import dev.cordon.core.dining.DiningPlan;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Queries over canteen plans (SPI tier: an optional capability). Core answers them from the tables; a
 * provider that can answer faster offers this interface through {@link Storage#capability} and is
 * held to the same contract by the conformance kit. The port {@link DiningPlanStore} extends it.
 */
public interface DiningPlanQueries {
  /** Plans (latest versions) dated on {@code [from, to)}, ordered by date then id. Close the stream. */
  Stream<DiningPlan> between(LocalDate from, LocalDate to);
}

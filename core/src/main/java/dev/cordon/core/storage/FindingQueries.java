package dev.cordon.core.storage;

import dev.cordon.core.finding.Finding;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Queries over findings (SPI tier: an optional capability). Core answers them from the tables; a
 * provider that can answer faster offers this interface through {@link Storage#capability} and is
 * held to the same contract by the conformance kit. The port {@link FindingStore} extends it.
 */
public interface FindingQueries {
  /** Findings (latest versions) dated on {@code [from, to)}, ordered by date then id. */
  Stream<Finding> between(LocalDate from, LocalDate to);
}

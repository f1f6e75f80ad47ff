package dev.cordon.core.storage;

import dev.cordon.core.risk.RiskArea;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Queries over risk areas (SPI tier: an optional capability). Core answers them from the tables; a
 * provider that can answer faster offers this interface through {@link Storage#capability} and is
 * held to the same contract by the conformance kit. The port {@link RiskAreaStore} extends it.
 */
public interface RiskAreaQueries {
  /** Areas in force on some day of {@code [from, to)}, ordered by id. */
  Stream<RiskArea> overlapping(LocalDate from, LocalDate to);
}

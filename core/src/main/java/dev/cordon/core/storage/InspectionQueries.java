package dev.cordon.core.storage;

import dev.cordon.core.duty.Scope;
import dev.cordon.core.inspection.Inspection;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Queries over inspections (SPI tier: an optional capability). Core answers them from the tables; a
 * provider that can answer faster offers this interface through {@link Storage#capability} and is
 * held to the same contract by the conformance kit. The port {@link InspectionStore} extends it.
 */
public interface InspectionQueries {
  /** Inspections dated on {@code [from, to)}, ordered by date then id. Close the stream. */
  Stream<Inspection> between(LocalDate from, LocalDate to);

  /** Every inspection of {@code scope}, ordered by date then id. Close the stream. */
  Stream<Inspection> of(Scope scope);
}

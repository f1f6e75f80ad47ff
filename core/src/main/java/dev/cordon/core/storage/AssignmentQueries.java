package dev.cordon.core.storage;

import dev.cordon.core.duty.Assignment;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Queries over duty assignments (SPI tier: an optional capability). Core answers them from the tables; a
 * provider that can answer faster offers this interface through {@link Storage#capability} and is
 * held to the same contract by the conformance kit. The port {@link AssignmentStore} extends it.
 */
public interface AssignmentQueries {
  /** Assignments held on some day of {@code [from, to)}, ordered by id. */
  Stream<Assignment> overlapping(LocalDate from, LocalDate to);
}

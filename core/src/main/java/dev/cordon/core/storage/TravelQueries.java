package dev.cordon.core.storage;

import dev.cordon.core.person.PersonId;
import dev.cordon.core.travel.TravelDeclaration;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Queries over travel declarations (SPI tier: an optional capability). Core answers them from the tables; a
 * provider that can answer faster offers this interface through {@link Storage#capability} and is
 * held to the same contract by the conformance kit. The port {@link TravelStore} extends it.
 */
public interface TravelQueries {
  /**
   * Declarations (latest versions) whose span {@code [spanStart, spanEnd)} overlaps
   * {@code [from, to)}, ordered by id. A declaration still away has no span end.
   */
  Stream<TravelDeclaration> overlapping(LocalDate from, LocalDate to);

  /** Every declaration (latest versions) of one employee, ordered by id. */
  Stream<TravelDeclaration> ofEmployee(PersonId employee);
}

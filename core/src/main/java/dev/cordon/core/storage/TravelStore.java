package dev.cordon.core.storage;

import dev.cordon.core.person.PersonId;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelDeclarationId;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Travel declarations (外出報備); every step of the workflow is a new version.
 * {@link TravelDeclaration#spanStart()} and {@link TravelDeclaration#spanEnd()} say which days a
 * declaration concerns; providers index them.
 */
public interface TravelStore extends VersionedStore<TravelDeclarationId, TravelDeclaration> {
  /**
   * Declarations (latest versions) whose span {@code [spanStart, spanEnd)} overlaps
   * {@code [from, to)}, ordered by id. A declaration still away has no span end.
   */
  Stream<TravelDeclaration> overlapping(LocalDate from, LocalDate to);

  /** Every declaration (latest versions) of one employee, ordered by id. */
  Stream<TravelDeclaration> ofEmployee(PersonId employee);
}

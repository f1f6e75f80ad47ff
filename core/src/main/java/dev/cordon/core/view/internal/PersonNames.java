package dev.cordon.core.view.internal;

import dev.cordon.core.person.PersonId;
import java.util.Collection;
import java.util.Map;

/**
 * Offered as a capability ({@code Storage.capability(PersonNames.class)}) by every view: the names
 * of people as stored, for a report, which masks them unless the view is revealed — so that a view's
 * report names people exactly as the whole organisation's does.
 */
public interface PersonNames {
  /** Whether the view was revealed: a report shows the names unmasked. */
  boolean revealed();

  /**
   * The stored names of those of {@code people} the view shows (and whose names are not erased); a
   * revealed view writes them to the access log as one line for {@code what}, e.g.
   * {@code report findings …}.
   */
  Map<PersonId, String> namesOf(Collection<PersonId> people, String what);
}

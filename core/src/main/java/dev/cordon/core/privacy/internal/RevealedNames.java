package dev.cordon.core.privacy.internal;

import dev.cordon.core.person.PersonId;
import java.util.Collection;
import java.util.Map;

/**
 * Offered as a capability ({@code Storage.capability(RevealedNames.class)}) by a revealed view: the
 * names of people as stored, for a report that shows them unmasked, logged as one access.
 */
public interface RevealedNames {
  /**
   * The stored names of those of {@code people} the view shows (and whose names are not erased),
   * written to the access log as one line for {@code what}, e.g. {@code report findings …}.
   */
  Map<PersonId, String> namesOf(Collection<PersonId> people, String what);
}

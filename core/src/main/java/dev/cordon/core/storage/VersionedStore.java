package dev.cordon.core.storage;

import java.util.List;

/**
 * A store whose records change over time (units, people, sites, travel declarations, assignments
 * …): {@link #update} stores a new version and the old ones stay readable in {@link #history}.
 *
 * @param <K> the id type
 * @param <V> the record type
 */
public interface VersionedStore<K, V> extends RecordStore<K, V> {
  /**
   * Stores {@code value} as the new version of the record with its id. Storing a version identical
   * to the latest one changes nothing and returns {@link WriteOutcome#ALREADY_PRESENT}.
   *
   * @throws dev.cordon.core.validation.CordonValidationException {@code CORDON-STORE-002} if no
   *     record has that id
   */
  WriteOutcome update(V value);

  /** Every version of the record with {@code id}, oldest first; empty if there is none. */
  List<V> history(K id);
}

package dev.cordon.tck.internal;

import dev.cordon.core.storage.RecordStore;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.storage.VersionedStore;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * One aggregate as the contract tests see it: its store in a {@link Storage}, the id of a record,
 * sample records and a changed copy of a record under the same id.
 *
 * @param <K> the id type
 * @param <V> the record type
 */
public final class Aggregate<K, V> {
  private final String name;
  private final Function<Storage, ? extends RecordStore<K, V>> store;
  private final Function<V, K> id;
  private final IntFunction<V> sample;
  private final UnaryOperator<V> changed;
  private final boolean versioned;

  Aggregate(String name, Function<Storage, ? extends RecordStore<K, V>> store, Function<V, K> id,
      IntFunction<V> sample, UnaryOperator<V> changed, boolean versioned) {
    this.name = name;
    this.store = store;
    this.id = id;
    this.sample = sample;
    this.changed = changed;
    this.versioned = versioned;
  }

  /** The name used in test reports, e.g. {@code units}. */
  public String name() {
    return name;
  }

  /** The aggregate's store in {@code storage}. */
  public RecordStore<K, V> store(Storage storage) {
    return store.apply(storage);
  }

  /** The aggregate's store in {@code storage}, for versioned aggregates. */
  public VersionedStore<K, V> versionedStore(Storage storage) {
    if (!versioned) {
      throw new IllegalStateException(name + " is not versioned");
    }
    return (VersionedStore<K, V>) store.apply(storage);
  }

  /** Whether the store is a {@link VersionedStore}. */
  public boolean isVersioned() {
    return versioned;
  }

  /** The id of {@code value}. */
  public K id(V value) {
    return id.apply(value);
  }

  /**
   * Sample record number {@code i} (0 to 999): ids sort in the order of {@code i}; names and text
   * cycle through Chinese, Mongolian (with {@code ·}) and Latin.
   */
  public V sample(int i) {
    return sample.apply(i);
  }

  /** A record with the id of {@code value} and different content. */
  public V changed(V value) {
    return changed.apply(value);
  }

  @Override
  public String toString() {
    return name;
  }
}

package dev.cordon.core.storage;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A store of records of one aggregate, keyed by id (SPI tier: storage providers implement it; the
 * services in core call it).
 *
 * <p>Writes are idempotent by record id: writing the same record twice stores it once
 * ({@link WriteOutcome#ALREADY_PRESENT}); writing a <em>different</em> record under an existing id
 * is refused with a {@code CordonValidationException} ({@code CORDON-STORE-001}), never an
 * overwrite. Streams hold resources (a database cursor): close them, e.g. with try-with-resources.
 *
 * @param <K> the id type
 * @param <V> the record type
 */
public interface RecordStore<K, V> {
  /** Stores {@code value} unless an identical record is stored under its id. */
  WriteOutcome put(V value);

  /** Stores every value in one transaction: all or none. */
  default BatchOutcome putAll(List<? extends V> values) {
    BatchOutcome outcome = BatchOutcome.NONE;
    for (V v : values) {
      outcome = outcome.plus(put(v));
    }
    return outcome;
  }

  /** The record stored under {@code id}, in its latest version. */
  Optional<V> get(K id);

  /**
   * Whether a record is stored under {@code id}. Providers override it to answer without reading
   * the record (the services check references with it).
   */
  default boolean contains(K id) {
    return get(id).isPresent();
  }

  /** Every record in its latest version, ordered by id, streamed. Close the stream. */
  Stream<V> all();

  /** How many records are stored (latest versions only). */
  long count();
}

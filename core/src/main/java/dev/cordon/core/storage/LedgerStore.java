package dev.cordon.core.storage;

import java.util.List;

/**
 * An append-only ledger (臺賬): records are never changed or removed. A correction is a new record
 * that supersedes an old one; the old one stays readable through {@link #history}, and queries
 * return only the records that are not superseded. {@link #get}, {@link #all} and {@link #count}
 * see every record, superseded ones included (they are records in their own right).
 *
 * @param <K> the id type
 * @param <V> the record type
 */
public interface LedgerStore<K, V> extends RecordStore<K, V> {
  /**
   * The record with {@code id} and every correction of it, directly or through other corrections,
   * oldest first; empty if there is no such record.
   */
  List<V> history(K id);
}

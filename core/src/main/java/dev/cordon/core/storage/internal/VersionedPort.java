package dev.cordon.core.storage.internal;

import dev.cordon.core.privacy.Redaction;

import dev.cordon.core.CordonStorageException;
import dev.cordon.core.storage.RecordKind;
import dev.cordon.core.storage.RecordTable;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.storage.StorageErrors;
import dev.cordon.core.storage.VersionedStore;
import dev.cordon.core.storage.WriteOutcome;
import java.util.List;

/**
 * A versioned port: {@code put} stores version 1 (or finds the record among every stored version),
 * {@code update} stores the next version unless it equals the latest, optimistically — when another
 * writer stored a version meanwhile, it reads again and retries.
 */
class VersionedPort<K extends Comparable<K>, V> extends Port<K, V> implements VersionedStore<K, V> {
  private static final int UPDATE_ATTEMPTS = 10;

  VersionedPort(Storage storage, RecordKind<K, V> kind) {
    super(storage, kind);
  }

  @Override
  public WriteOutcome update(V value) {
    RecordTable<K, V> table = table();
    K id = kind.idOf(value);
    return storage.inRetryableTransaction(() -> {
      for (int attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
        List<V> versions = table.versions(List.of(id)).get(id);
        if (versions == null || versions.isEmpty()) {
          throw StorageErrors.missing(kind.name(), id);
        }
        V latest = versions.get(versions.size() - 1);
        if (latest.equals(value)
            || !Redaction.redacted(latest).isEmpty() && latest.equals(Redaction.erase(value))) {
          return WriteOutcome.ALREADY_PRESENT;
        }
        requireNotRedacted(value);
        if (table.appendVersion(value, versions.size())) {
          return WriteOutcome.STORED;
        }
      }
      throw new CordonStorageException("Cordon could not update " + kind.name() + " " + id
          + ": it kept changing under concurrent updates (" + UPDATE_ATTEMPTS + " attempts).");
    });
  }

  @Override
  public List<V> history(K id) {
    List<V> versions = table().versions(List.of(id)).get(id);
    return versions == null ? List.of() : List.copyOf(versions);
  }
}

package dev.cordon.core.service;

import dev.cordon.core.storage.StorageErrors;
import dev.cordon.core.storage.RecordStore;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import java.util.List;

/** Checks that referenced records exist: a reference to nothing is malformed data. */
final class References {
  private References() {}

  static <K> void require(List<Violation> out, RecordStore<K, ?> store, K id, String field, String what) {
    if (id != null && !store.contains(id)) {
      out.add(StorageErrors.unknownReference(field, id, what));
    }
  }

  static void throwIfAny(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new CordonValidationException(violations);
    }
  }
}

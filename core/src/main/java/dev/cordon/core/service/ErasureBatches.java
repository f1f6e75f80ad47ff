package dev.cordon.core.service;

import dev.cordon.core.CordonStorageException;
import dev.cordon.core.privacy.PurgeRecord;
import dev.cordon.core.privacy.Redaction;
import dev.cordon.core.storage.RecordKind;
import dev.cordon.core.storage.RecordTable;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.validation.PersonalField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The batches of one purge or erasure run, shared by both: each batch erases its records in every
 * version ({@link Redaction#erase}, {@link RecordTable#rewrite}) and appends its purge-log line in
 * the same retryable transaction, so a batch is never erased unlogged; the run counts what the
 * committed batches did.
 */
final class ErasureBatches {
  private static final int REWRITE_ATTEMPTS = 3;

  private final Storage storage;
  /** The log line of batch {@code number} that rewrote the records counted and erased the values counted. */
  private final LineMaker line;
  /** Whether a record that keeps changing under other writers fails the run (an erasure) or waits for the next one (a purge). */
  private final boolean mustFinish;
  int batches;
  final Map<String, Integer> records = new TreeMap<>();
  final Map<PersonalField, Integer> values = new EnumMap<>(PersonalField.class);

  /** Makes a batch's log line. */
  @FunctionalInterface
  interface LineMaker {
    PurgeRecord line(int number, Map<String, Integer> records, Map<PersonalField, Integer> values);
  }

  ErasureBatches(Storage storage, LineMaker line, boolean mustFinish) {
    this.storage = storage;
    this.line = line;
    this.mustFinish = mustFinish;
  }

  /** What one committed batch rewrote. */
  private record Batch(int rewritten, Map<PersonalField, Integer> values) {}

  /** Erases {@code ids} of {@code kind} as one batch, logged; a batch that rewrote nothing is not logged. */
  <K extends Comparable<K>, V> void batch(RecordKind<K, V> kind, List<K> ids) {
    RecordTable<K, V> table = storage.table(kind);
    int number = batches + 1;
    Batch done = storage.inRetryableTransaction(() -> {
      Map<PersonalField, Integer> counts = new EnumMap<>(PersonalField.class);
      int rewritten = 0;
      for (K id : ids) {
        if (erase(kind, table, id, counts)) {
          rewritten++;
        }
      }
      if (rewritten > 0) {
        storage.purgeLog().put(line.line(number, Map.of(kind.name(), rewritten), counts));
      }
      return new Batch(rewritten, counts);
    });
    if (done.rewritten() == 0) {
      return;
    }
    batches = number;
    records.merge(kind.name(), done.rewritten(), Integer::sum);
    done.values().forEach((f, n) -> values.merge(f, n, Integer::sum));
  }

  /** Erases every version of one record; false when there was nothing left to erase. */
  private <K extends Comparable<K>, V> boolean erase(RecordKind<K, V> kind, RecordTable<K, V> table, K id,
      Map<PersonalField, Integer> counts) {
    for (int attempt = 0; attempt < REWRITE_ATTEMPTS; attempt++) {
      List<V> versions = table.versions(List.of(id)).getOrDefault(id, List.of());
      List<V> erased = new ArrayList<>(versions.size());
      Map<PersonalField, Integer> found = new EnumMap<>(PersonalField.class);
      for (V v : versions) {
        Redaction.present(v).forEach(f -> found.merge(f, 1, Integer::sum));
        erased.add(Redaction.erase(v));
      }
      if (found.isEmpty()) {
        return false;
      }
      if (table.rewrite(id, Collections.unmodifiableList(erased))) {
        found.forEach((f, n) -> counts.merge(f, n, Integer::sum));
        return true;
      }
    }
    if (!mustFinish) {
      return false; // it kept changing under concurrent writers: the next purge erases it
    }
    // a request must not be answered "erased" without it
    throw new CordonStorageException("the " + kind.name() + " " + kind.idText(id) + " kept changing while it was"
        + " erased (other writers); the batches logged before it are erased: run the erasure again to finish");
  }
}

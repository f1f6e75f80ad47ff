package dev.cordon.core.privacy;

import dev.cordon.core.validation.PersonalField;
import dev.cordon.core.finding.FindingId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an erasure on request did (刪除請求的處理結果), so the office can answer the person: its run id
 * (the purge log's lines carry it, with cause {@code ERASURE}), how many records were found, the
 * records rewritten per kind and the values erased per field, and the records kept whole because a
 * finding holds them (法律保全), each with the findings that hold it. A second erasure of the same
 * person erases nothing and reports the same holds while they last.
 *
 * @param run the run's id
 * @param found records found by the key (people, entries, travel declarations, findings, notices)
 * @param records records rewritten, per record kind name
 * @param values values erased, per field
 * @param held the records kept under legal hold, as {@code kind:id}, with the findings holding each
 */
public record ErasureOutcome(String run, int found, Map<String, Integer> records, Map<PersonalField, Integer> values,
    Map<String, List<FindingId>> held) {
  /** Copies the maps; {@link #held()} is ordered by record. */
  public ErasureOutcome {
    records = Map.copyOf(records);
    values = Map.copyOf(values);
    TreeMap<String, List<FindingId>> h = new TreeMap<>();
    held.forEach((k, v) -> h.put(k, List.copyOf(v)));
    held = Collections.unmodifiableSortedMap(h);
  }

  /** Records rewritten, all kinds. */
  public int recordsErased() {
    return records.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Values erased, all fields. */
  public int valuesErased() {
    return values.values().stream().mapToInt(Integer::intValue).sum();
  }
}

package dev.cordon.core.privacy;

import dev.cordon.core.validation.PersonalField;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a purge did: its run id (the purge log's lines carry it), the day retention was judged on, how
 * many batches it committed, the records rewritten per kind, the values erased per field, and the
 * records past retention kept under legal hold. A second purge as of the same day erases nothing.
 *
 * @param run the run's id
 * @param asOf the day retention was judged on
 * @param batches the batches committed (each logged)
 * @param records records rewritten, per record kind name
 * @param values values erased, per field
 * @param held records past retention kept as a finding's evidence
 */
public record PurgeOutcome(String run, LocalDate asOf, int batches, Map<String, Integer> records,
    Map<PersonalField, Integer> values, int held) {
  /** Copies the maps. */
  public PurgeOutcome {
    records = Map.copyOf(records);
    values = Map.copyOf(values);
  }

  /** Records rewritten, all kinds. */
  public int recordsRewritten() {
    return records.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Values erased, all fields. */
  public int valuesErased() {
    return values.values().stream().mapToInt(Integer::intValue).sum();
  }
}

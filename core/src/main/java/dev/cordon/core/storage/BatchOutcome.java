package dev.cordon.core.storage;

/**
 * What a batch write did: how many records were new and how many were already present. A batch is
 * one transaction: when any record in it is refused, none is stored.
 *
 * @param stored records stored now
 * @param alreadyPresent records that were already stored, identical
 */
public record BatchOutcome(int stored, int alreadyPresent) {
  /** The empty outcome. */
  public static final BatchOutcome NONE = new BatchOutcome(0, 0);

  /** The sum of two outcomes. */
  public BatchOutcome plus(BatchOutcome other) {
    return new BatchOutcome(stored + other.stored, alreadyPresent + other.alreadyPresent);
  }

  /** This outcome plus one write. */
  public BatchOutcome plus(WriteOutcome outcome) {
    return outcome == WriteOutcome.STORED ? new BatchOutcome(stored + 1, alreadyPresent)
        : new BatchOutcome(stored, alreadyPresent + 1);
  }

  /** Records written in total. */
  public int total() {
    return stored + alreadyPresent;
  }
}

package dev.cordon.adapters.csv;

/**
 * Told how an import is going (導入進度), after every batch and once at the end; called on the
 * importing thread, so keep it quick.
 */
@FunctionalInterface
public interface ProgressListener {
  /**
   * The progress so far.
   *
   * @param progress the progress so far
   */
  void progress(ImportProgress progress);
}

package dev.cordon.adapters.csv;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;

/**
 * What an import did (導入結果). {@code rowsRead = imported + alreadyPresent + rejected}.
 *
 * @param kind what was imported
 * @param source the source name
 * @param rowsRead data rows read (the header not counted, blank lines skipped)
 * @param imported rows stored now
 * @param alreadyPresent rows whose record was already stored, identical (a re-import)
 * @param rejected rows rejected, each written to the error file
 * @param findingsRaised findings the storage gained during the import (the rules' verdicts on the
 *     records stored, DESIGN §2)
 * @param encoding the encoding the file was read in
 * @param encodingDetected whether it was detected rather than given
 * @param byteOrderMark whether the file started with a byte-order mark
 * @param delimiter the field delimiter used
 * @param ignoredColumns headers that denote no column of the layout, ignored
 * @param firstErrors the first {@value #MAX_ERRORS_KEPT} row errors (all of them are in the error
 *     file)
 * @param complete false when the CSV structure became unreadable part-way (see
 *     {@code CORDON-CSV-014} in {@code firstErrors}); the rows before were imported
 * @param duration how long the import took
 */
public record ImportSummary(ImportKind kind, String source, long rowsRead, long imported,
    long alreadyPresent, long rejected, long findingsRaised, Charset encoding,
    boolean encodingDetected, boolean byteOrderMark, char delimiter, List<String> ignoredColumns,
    List<RowError> firstErrors, boolean complete, Duration duration) {
  /** How many row errors a summary keeps. */
  public static final int MAX_ERRORS_KEPT = 100;

  /** A summary. */
  public ImportSummary {
    ignoredColumns = List.copyOf(ignoredColumns);
    firstErrors = List.copyOf(firstErrors);
  }

  /** The encoding as said to users, e.g. {@code UTF-8 (BOM, detected)} or {@code GB18030 (given)}. */
  public String encodingDescription() {
    return encoding.name() + (byteOrderMark ? " (BOM, " : " (")
        + (encodingDetected ? "detected)" : "given)");
  }

  /** One line for logs and consoles. */
  @Override
  public String toString() {
    return kind + " from " + source + ": " + rowsRead + " rows read, " + imported + " imported, "
        + alreadyPresent + " already present, " + rejected + " rejected, " + findingsRaised
        + " findings raised; " + encodingDescription() + ", delimiter "
        + (delimiter == '\t' ? "TAB" : "'" + delimiter + "'") + (complete ? "" : ", INCOMPLETE")
        + ", " + duration.toMillis() + " ms";
  }
}

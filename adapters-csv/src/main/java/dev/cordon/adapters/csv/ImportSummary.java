package dev.cordon.adapters.csv;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import did (導入結果). {@code rowsRead = imported + alreadyPresent + rejected}. Every
 * data line of the file belongs to exactly one row read (a row whose quoted cell holds line breaks
 * spans several lines, and its error says which) or is blank, unless the import
 * {@linkplain #stoppedEarly() stopped early}.
 *
 * @param kind what was imported
 * @param source the source name
 * @param dataLines physical lines after the header up to the end of the last record read
 * @param rowsRead data rows (records) read (the header not counted, blank lines skipped)
 * @param imported rows stored now
 * @param alreadyPresent rows whose record was already stored, identical (a re-import)
 * @param rejected rows rejected, each written to the error file with the lines it spans
 * @param findingsRaised how many findings the storage holds more at the end of the import than at
 *     its start (the rules' verdicts on the records stored, DESIGN §2). It is the difference of the
 *     storage's finding count, so it includes findings that concurrent writers raised meanwhile
 *     (another import or check on the same database): two imports running at once may each
 *     report the findings of both. {@link #UNKNOWN} ({@code -1}) when the storage could not count
 *     its findings at the end (it went away during the import; see {@link #findingsRaisedKnown()})
 * @param encoding the encoding the file was read in
 * @param encodingDetected whether it was detected rather than given
 * @param byteOrderMark whether the file started with a byte-order mark
 * @param delimiter the field delimiter used
 * @param ignoredColumns headers that denote no column of the layout, ignored
 * @param firstErrors the first {@value #MAX_ERRORS_KEPT} row errors (all of them are in the error
 *     file)
 * @param stoppedEarly where and why the import stopped before the end of the file (the storage
 *     failed for every record, the input could not be read any more); empty when every line was
 *     read. The rows before that line were imported; running the import again resumes it
 * @param duration how long the import took
 */
public record ImportSummary(ImportKind kind, String source, long dataLines, long rowsRead,
    long imported, long alreadyPresent, long rejected, long findingsRaised, Charset encoding,
    boolean encodingDetected, boolean byteOrderMark, char delimiter, List<String> ignoredColumns,
    List<RowError> firstErrors, Optional<Stop> stoppedEarly, Duration duration) {
  /** How many row errors a summary keeps. */
  public static final int MAX_ERRORS_KEPT = 100;

  /** {@link #findingsRaised()} when the storage could not count its findings after the import. */
  public static final long UNKNOWN = -1;

  /**
   * Where an import stopped early (導入中斷).
   *
   * @param line the physical line of the first row not imported
   * @param reason why, in plain words (personal data masked)
   */
  public record Stop(long line, String reason) {
    /**
     * A stop.
     *
     * @param line the line number (1 for the header)
     * @param reason the reason
     */
    public Stop {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A summary.
   *
   * @param alreadyPresent the number of rows already stored
   * @param byteOrderMark whether to write a byte order mark
   * @param dataLines the number of data lines
   * @param delimiter the field delimiter
   * @param duration the duration
   * @param encoding the character encoding
   * @param encodingDetected the encoding detected
   * @param findingsRaised the number of findings raised
   * @param firstErrors the first row errors
   * @param ignoredColumns the columns that were ignored
   * @param imported the number of rows imported
   * @param kind the kind
   * @param rejected the number of rows rejected
   * @param rowsRead the number of rows read
   * @param source the source
   * @param stoppedEarly whether the import stopped before the end of the file
   */
  public ImportSummary {
    ignoredColumns = List.copyOf(ignoredColumns);
    firstErrors = List.copyOf(firstErrors);
    Objects.requireNonNull(stoppedEarly, "stoppedEarly");
  }

  /**
   * Whether {@link #findingsRaised()} is known: false when the storage could not count its findings.
   *
   * @return whether {@link #findingsRaised()} is known: false when the storage could not count its findings
   */
  public boolean findingsRaisedKnown() {
    return findingsRaised >= 0;
  }

  /**
   * The findings raised as said to users: {@code 12 findings raised}, or {@code findings raised
   * unknown (the storage could not count them)}.
   *
   * @return the findings raised as said to users: {@code 12 findings raised}, or {@code findings raised unknown (the storage could not count them)}
   */
  public String findingsDescription() {
    return findingsRaisedKnown() ? String.format(Locale.ROOT, "%,d findings raised", findingsRaised)
        : "findings raised unknown (the storage could not count them)";
  }

  /**
   * Whether the whole file was read: false when the import {@linkplain #stoppedEarly() stopped early}.
   *
   * @return whether the whole file was read: false when the import {@linkplain #stoppedEarly() stopped early}
   */
  public boolean complete() {
    return stoppedEarly.isEmpty();
  }

  /**
   * The encoding as said to users, e.g. {@code UTF-8 (BOM, detected)} or {@code GB18030 (given)}.
   *
   * @return the encoding as said to users, e.g. {@code UTF-8 (BOM, detected)} or {@code GB18030 (given)}
   */
  public String encodingDescription() {
    return encoding.name() + (byteOrderMark ? " (BOM, " : " (")
        + (encodingDetected ? "detected)" : "given)");
  }

  /**
   * Where and why the import stopped, in one plain sentence, e.g. {@code INCOMPLETE: stopped at
   * entries.csv line 1,204 (the storage failed …); the rest of the file was not imported — run the
   * same import again to resume}; empty when complete.
   *
   * @return where and why the import stopped, in one plain sentence, e.g. {@code INCOMPLETE: stopped at entries.csv line 1,204 (the storage failed …); the rest of the file was not imported — run the same import again to resume}; empty when complete
   */
  public Optional<String> stopDescription() {
    return stoppedEarly.map(s -> String.format(Locale.ROOT, "INCOMPLETE: stopped at %s line %,d (%s); "
        + "the rest of the file was not imported — run the same import again to resume", source,
        s.line(), s.reason()));
  }

  /** One line for logs and consoles. */
  @Override
  public String toString() {
    return kind + " from " + source + ": " + dataLines + " data lines, " + rowsRead + " rows read, "
        + imported + " imported, " + alreadyPresent + " already present, " + rejected
        + " rejected, " + (findingsRaisedKnown() ? findingsRaised + " findings raised"
        : findingsDescription()) + "; " + encodingDescription()
        + ", delimiter " + (delimiter == '\t' ? "TAB" : "'" + delimiter + "'")
        + stopDescription().map(d -> ", " + d).orElse("") + ", " + duration.toMillis() + " ms";
  }
}

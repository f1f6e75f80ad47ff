package dev.cordon.adapters.csv;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * How a CSV file is imported. Immutable; start from {@link #defaults()} and change with the
 * {@code with…} methods.
 *
 * <ul>
 *   <li>{@link #encoding()}: empty to detect (UTF-8 with or without BOM, UTF-16 with BOM, else
 *       GB18030), or given;
 *   <li>{@link #delimiter()}: empty to detect from the header line ({@code ,}, tab or {@code ;}),
 *       or given;
 *   <li>{@link #errorsTo()} / {@link #errorsFile()}: where rejected rows go, unchanged plus
 *       {@code id} and {@code reason} columns, UTF-8 with BOM; nowhere when neither is set. An
 *       error file that is the input, or whose directory does not exist, is refused before
 *       anything is read;
 *   <li>{@link #batchSize()}: rows stored per transaction (default 500);
 *   <li>{@link #progress()}: told after every batch;
 *   <li>{@link #sourceName()}: the name in errors and in entries' {@code source} (the file name by
 *       default for a {@code Path}, else {@code input});
 *   <li>{@link #zone()}: the zone of local dates and times in the file (the latest policy's zone,
 *       Asia/Shanghai by default, when empty).
 * </ul>
 */
public final class ImportOptions {
  private final Charset encoding;
  private final Character delimiter;
  private final OutputStream errorsTo;
  private final Path errorsFile;
  private final int batchSize;
  private final ProgressListener progress;
  private final String sourceName;
  private final ZoneId zone;

  private ImportOptions(Charset encoding, Character delimiter, OutputStream errorsTo,
      Path errorsFile, int batchSize, ProgressListener progress, String sourceName, ZoneId zone) {
    this.encoding = encoding;
    this.delimiter = delimiter;
    this.errorsTo = errorsTo;
    this.errorsFile = errorsFile;
    this.batchSize = batchSize;
    this.progress = progress;
    this.sourceName = sourceName;
    this.zone = zone;
  }

  /**
   * Detected encoding and delimiter, no error file, batches of 500, no progress listener.
   *
   * @return Detected encoding and delimiter, no error file, batches of 500, no progress listener
   */
  public static ImportOptions defaults() {
    return new ImportOptions(null, null, null, null, 500, p -> { }, null, null);
  }

  /**
   * These options with the encoding given instead of detected (e.g. {@code GB18030}).
   *
   * @param charset the character set
   * @return These options with the encoding given instead of detected (e.g. {@code GB18030})
   */
  public ImportOptions withEncoding(Charset charset) {
    return new ImportOptions(Objects.requireNonNull(charset, "charset"), delimiter, errorsTo,
        errorsFile, batchSize, progress, sourceName, zone);
  }

  /**
   * These options with the delimiter given: {@code ','}, {@code '\t'} or {@code ';'}.
   *
   * @param c the character
   * @return These options with the delimiter given: {@code ','}, {@code '\t'} or {@code ';'}
   */
  public ImportOptions withDelimiter(char c) {
    if (c != ',' && c != '\t' && c != ';') {
      throw new IllegalArgumentException("delimiter must be ',', tab or ';'");
    }
    return new ImportOptions(encoding, c, errorsTo, errorsFile, batchSize, progress, sourceName, zone);
  }

  /**
   * These options writing rejected rows to {@code out} (left open).
   *
   * @param out the stream to write to; the writer does not close it
   * @return These options writing rejected rows to {@code out} (left open)
   */
  public ImportOptions withErrorsTo(OutputStream out) {
    return new ImportOptions(encoding, delimiter, Objects.requireNonNull(out, "out"), null,
        batchSize, progress, sourceName, zone);
  }

  /**
   * These options writing rejected rows to {@code file}, created only when a row is rejected.
   *
   * @param file the file
   * @return These options writing rejected rows to {@code file}, created only when a row is rejected
   */
  public ImportOptions withErrorsFile(Path file) {
    return new ImportOptions(encoding, delimiter, null, Objects.requireNonNull(file, "file"),
        batchSize, progress, sourceName, zone);
  }

  /**
   * These options storing {@code rows} rows per transaction (1 to 100,000).
   *
   * @param rows the rows
   * @return These options storing {@code rows} rows per transaction (1 to 100,000)
   */
  public ImportOptions withBatchSize(int rows) {
    if (rows < 1 || rows > 100_000) {
      throw new IllegalArgumentException("batch size must be 1 to 100000, was " + rows);
    }
    return new ImportOptions(encoding, delimiter, errorsTo, errorsFile, rows, progress, sourceName, zone);
  }

  /**
   * These options telling {@code listener} of the progress.
   *
   * @param listener the listener
   * @return These options telling {@code listener} of the progress
   */
  public ImportOptions withProgress(ProgressListener listener) {
    return new ImportOptions(encoding, delimiter, errorsTo, errorsFile, batchSize,
        Objects.requireNonNull(listener, "listener"), sourceName, zone);
  }

  /**
   * These options naming the source {@code name} in errors and in entries' {@code source}.
   *
   * @param name the name
   * @return These options naming the source {@code name} in errors and in entries' {@code source}
   */
  public ImportOptions withSourceName(String name) {
    return new ImportOptions(encoding, delimiter, errorsTo, errorsFile, batchSize, progress,
        Objects.requireNonNull(name, "name"), zone);
  }

  /**
   * These options reading local dates and times in {@code zone}.
   *
   * @param zone the zone days are counted in
   * @return These options reading local dates and times in {@code zone}
   */
  public ImportOptions withZone(ZoneId zone) {
    return new ImportOptions(encoding, delimiter, errorsTo, errorsFile, batchSize, progress,
        sourceName, Objects.requireNonNull(zone, "zone"));
  }

  /**
   * The encoding given; empty to detect.
   *
   * @return the encoding given; empty to detect
   */
  public Optional<Charset> encoding() {
    return Optional.ofNullable(encoding);
  }

  /**
   * The delimiter given; empty to detect.
   *
   * @return the delimiter given; empty to detect
   */
  public Optional<Character> delimiter() {
    return Optional.ofNullable(delimiter);
  }

  /**
   * The stream rejected rows are written to.
   *
   * @return the stream rejected rows are written to
   */
  public Optional<OutputStream> errorsTo() {
    return Optional.ofNullable(errorsTo);
  }

  /**
   * The file rejected rows are written to.
   *
   * @return the file rejected rows are written to
   */
  public Optional<Path> errorsFile() {
    return Optional.ofNullable(errorsFile);
  }

  /**
   * Rows per transaction.
   *
   * @return per transaction
   */
  public int batchSize() {
    return batchSize;
  }

  /**
   * The progress listener.
   *
   * @return the progress listener
   */
  public ProgressListener progress() {
    return progress;
  }

  /**
   * The source name given.
   *
   * @return the source name given
   */
  public Optional<String> sourceName() {
    return Optional.ofNullable(sourceName);
  }

  /**
   * The zone given for local dates and times.
   *
   * @return the zone given for local dates and times
   */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }
}

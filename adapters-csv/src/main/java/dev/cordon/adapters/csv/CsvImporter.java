package dev.cordon.adapters.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import dev.cordon.Cordon;
import dev.cordon.adapters.csv.internal.Codec;
import dev.cordon.adapters.csv.internal.CsvErrors;
import dev.cordon.adapters.csv.internal.CsvMessages;
import dev.cordon.adapters.csv.internal.DecodingReader;
import dev.cordon.adapters.csv.internal.Encodings;
import dev.cordon.adapters.csv.internal.ErrorFile;
import dev.cordon.adapters.csv.internal.HeaderMapping;
import dev.cordon.adapters.csv.internal.Layout;
import dev.cordon.adapters.csv.internal.Row;
import dev.cordon.adapters.csv.internal.RowIds;
import dev.cordon.adapters.csv.internal.Sink;
import dev.cordon.core.CordonStorageException;
import dev.cordon.core.storage.BatchOutcome;
import dev.cordon.core.storage.WriteOutcome;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports CSV files (導入臺賬) into a {@link Cordon}'s storage through its services, so that every
 * record is validated as if entered by hand and the rules see every entry stored.
 *
 * <pre>{@code
 * ImportSummary s = CsvImporter.of(cordon).importFrom(ImportKind.ENTRIES,
 *     Path.of("entries-2021-10-25.csv"), ImportOptions.defaults().withErrorsFile(Path.of("errors.csv")));
 * }</pre>
 *
 * <p>Per row: a malformed row (a value not understood, a record the domain or the service refuses)
 * is rejected with its line, columns and reasons and written unchanged to the error file; every
 * other row is stored. A real but non-compliant row (a fever admitted, a visitor without a phone)
 * is stored and produces findings. Rows are streamed and stored in batches of
 * {@link ImportOptions#batchSize()} in one transaction each; a batch refused as a whole is retried
 * row by row, so only the bad rows are rejected.
 *
 * <p>Idempotent and resumable: without an id column, every record gets a stable id derived from
 * its row's content, so importing a file again — or again after an interruption — stores nothing
 * twice and reports the rows stored before as {@link ImportSummary#alreadyPresent()}.
 *
 * <p>A record too large to read (more than {@value #MAX_FIELDS} fields or
 * {@value #MAX_RECORD_CHARS} characters) is rejected with its line and skipped; the import goes on
 * from the next line. A batch the storage fails on is retried row by row, so that only the rows
 * the storage still refuses are rejected (with the storage's message). Only storage that fails
 * for every row, or an input that cannot be read any more, ends an import early: the summary then
 * says where and why ({@link ImportSummary#stoppedEarly()}, {@link ImportSummary#complete()}
 * false); what was stored by then stays stored, and running the import again resumes it.
 *
 * <p>The whole input is read before any row is stored, to decide its encoding on every byte (see
 * {@code Encodings}); input that is not a regular file (a pipe, a stream) is therefore first copied
 * to a temporary file readable by its owner only, and deleted afterwards. Thread-safe: each call is
 * independent.
 */
public final class CsvImporter {
  private static final Logger LOG = LoggerFactory.getLogger(CsvImporter.class);
  /** The largest record read, in characters; a larger one is rejected and skipped. */
  public static final int MAX_RECORD_CHARS = 16 * 1024 * 1024;
  /** The most fields a record may have; a header with more is refused, a row with more skipped. */
  public static final int MAX_FIELDS = 1_000;
  /** Consecutive rows the storage fails on (each alone) after which it is taken as unavailable. */
  private static final int STORAGE_FAILURES_TO_STOP = 10;
  private static final Pattern PARSE_LINE = Pattern.compile("line (\\d+)");

  private final Cordon cordon;

  private CsvImporter(Cordon cordon) {
    this.cordon = Objects.requireNonNull(cordon, "cordon");
  }

  /**
   * An importer into {@code cordon}'s storage.
   *
   * @param cordon the Cordon instance
   * @return an importer into {@code cordon}'s storage
   */
  public static CsvImporter of(Cordon cordon) {
    return new CsvImporter(cordon);
  }

  /**
   * Imports {@code file}; its file name is the source name unless the options give one. A file
   * that is not a regular file (a named pipe, {@code /dev/stdin}) is read once, into a temporary
   * file.
   *
   * @param kind the kind
   * @param file the file
   * @param options the options
   * @return {@code file}; its file name is the source name unless the options give one
   * @throws CordonValidationException when the header lacks a required column
   *     ({@code CORDON-CSV-001}, or {@code CORDON-CSV-019} when the first line looks like data),
   *     names one twice ({@code CORDON-CSV-002}) or is too large ({@code CORDON-CSV-024});
   *     nothing is stored
   * @throws IllegalArgumentException when the error file is the input file itself (also through
   *     another path or a symbolic link), a directory, or an existing SQLite or H2 database file
   *     (or an SQLite log or journal); nothing is read
   * @throws NoSuchFileException when the error file's directory does not exist (checked before
   *     anything is read)
   * @throws IOException when the file cannot be read or the error file written
   */
  public ImportSummary importFrom(ImportKind kind, Path file, ImportOptions options)
      throws IOException {
    ImportOptions o = options.sourceName().isPresent() ? options
        : options.withSourceName(file.getFileName().toString());
    checkErrorsFile(file, o);
    if (Files.isRegularFile(file)) {
      return new Run<>(kind, o).run(file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return spooled(kind, in, o);
    }
  }

  /**
   * Imports the CSV read from {@code in} (which the caller closes). The stream is read to its end
   * into a temporary file first (owner-only, deleted afterwards), so that the encoding is decided
   * on the whole input before any row is stored.
   *
   * @param kind the kind
   * @param in the stream to read
   * @param options the options
   * @return the CSV read from {@code in} (which the caller closes)
   * @throws CordonValidationException when the header lacks a required column
   *     ({@code CORDON-CSV-001} / {@code CORDON-CSV-019}), names one twice
   *     ({@code CORDON-CSV-002}) or is too large ({@code CORDON-CSV-024}); nothing is stored
   * @throws IllegalArgumentException when the error file is a directory or an existing SQLite or
   *     H2 database file (or an SQLite log or journal); nothing is read
   * @throws NoSuchFileException when the error file's directory does not exist
   * @throws IOException when the input cannot be read or the error file written
   */
  public ImportSummary importFrom(ImportKind kind, InputStream in, ImportOptions options)
      throws IOException {
    checkErrorsFile(null, options);
    return spooled(kind, in, options);
  }

  /**
   * An import whose rows another reader gives one by one, as strings — how the Excel adapter
   * ({@code cordon-adapters-xlsx}) imports a workbook with this importer's layouts, header
   * aliases, value forms, per-row errors, error file and idempotence. Give the header, then the
   * rows, then call {@link RowImport#finish()}.
   *
   * @param kind the kind
   * @param options the options
   * @return an import whose rows another reader gives one by one, as strings — how the Excel adapter ({@code cordon-adapters-xlsx}) imports a workbook with this importer's layouts, header aliases, value forms, per-row errors, error file and idempotence
   * @param source the source name for messages and the {@code source} of entries
   * @throws IllegalArgumentException when the error file is a directory or a database file
   * @throws NoSuchFileException when the error file's directory does not exist
   * @throws IOException when the error file cannot be checked
   */
  public RowImport rows(ImportKind kind, String source, ImportOptions options) throws IOException {
    ImportOptions o = options.sourceName().isPresent() ? options : options.withSourceName(source);
    checkErrorsFile(null, o);
    Run<?> run = new Run<>(kind, o);
    run.begin();
    return new RowImport(run);
  }

  private ImportSummary spooled(ImportKind kind, InputStream in, ImportOptions options)
      throws IOException {
    Path tmp = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        ? Files.createTempFile("cordon-import-", ".csv",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
        : Files.createTempFile("cordon-import-", ".csv");
    try {
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      return new Run<>(kind, options).run(tmp);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * The error file may not be the input (it would be overwritten while read), and its directory
   * must exist: both are checked before anything is read, so that a typo never costs a half-done
   * import. The directory is not created: a mistyped path should not grow a directory tree.
   */
  private static void checkErrorsFile(Path input, ImportOptions options) throws IOException {
    Optional<Path> errors = options.errorsFile();
    if (errors.isEmpty()) {
      return;
    }
    Path e = errors.get();
    Path dir = e.toAbsolutePath().normalize().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new NoSuchFileException(e.toString(), null,
          "the directory of the error file does not exist: " + dir);
    }
    if (Files.isDirectory(e)) {
      throw new IllegalArgumentException("the error file " + e + " is a directory");
    }
    ErrorFile.refuseDatabase(e);
    if (input != null && (e.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())
        || Files.exists(e) && Files.exists(input) && Files.isSameFile(e, input))) {
      throw new IllegalArgumentException("the error file " + e + " is the input file " + input
          + "; it would be overwritten while it is read: choose another error file");
    }
  }

  /** The import ends early: storage unavailable or input unreadable. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final long line;

    Stop(long line, String reason, Throwable cause) {
      super(reason, cause, false, false);
      this.line = line;
    }
  }

  /** One import. */
  final class Run<T> {
    private final ImportKind kind;
    private final ImportOptions options;
    private final String source;
    private final Codec<T> codec;
    private final Sink<T> sink;
    private final ZoneId zone;
    private final List<Pending<T>> pending = new ArrayList<>();
    private final List<RowError> firstErrors = new ArrayList<>();
    private ErrorFile errors;
    private long read;
    private long stored;
    private long present;
    private long rejected;
    private int storageFailuresInARow;
    private Path file;
    private Charset charset;
    private char delimiter;
    /** The undecodable bytes of the row being read. */
    private List<DecodingReader.Undecodable> undecodable = List.of();

    Run(ImportKind kind, ImportOptions options) {
      this.kind = Objects.requireNonNull(kind, "kind");
      this.options = Objects.requireNonNull(options, "options");
      this.source = options.sourceName().orElse("input");
      this.codec = Codec.of(kind);
      this.sink = Sink.of(kind, cordon);
      this.zone = options.zone().orElseGet(() -> cordon.policies().latest().zone());
    }

    ImportSummary run(Path file) throws IOException {
      long started = System.nanoTime();
      long findingsBefore = cordon.storage().findings().count();
      Charset charset;
      int bom;
      if (options.encoding().isPresent()) {
        charset = options.encoding().get();
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
          head = in.readNBytes(3);
        }
        bom = Encodings.bomLength(head, charset);
      } else {
        Encodings.Detected d = Encodings.detect(file);
        charset = d.charset();
        bom = d.bomLength();
      }
      char delimiter = options.delimiter().isPresent() ? options.delimiter().get()
          : detectDelimiter(file, charset, bom);
      this.file = file;
      this.charset = charset;
      this.delimiter = delimiter;
      List<String> ignored = List.of();
      HeaderMapping mapping = null;
      RowIds ids = new RowIds(kind);
      Codec.ReadContext ctx = new Codec.ReadContext(zone, source, cordon.clock());
      ImportSummary.Stop stop = null;
      long segmentOffset = bom;
      long segmentLine = 1;
      long headerLast = 0;
      long lastLine = 0;
      try {
        segments:
        while (true) {
          try (InputStream raw = Files.newInputStream(file)) {
            raw.skipNBytes(segmentOffset);
            DecodingReader reader = new DecodingReader(new BufferedInputStream(raw, 64 * 1024),
                charset, segmentOffset, segmentLine);
            Iterator<CsvRecord> it = reader(reader, delimiter).iterator();
            while (true) {
              CsvRecord rec;
              try {
                if (!it.hasNext()) {
                  break segments;
                }
                rec = it.next();
              } catch (CsvParseException e) {
                long failed = segmentLine - 1 + parsedLine(e, lastLine + 1 - (segmentLine - 1));
                String why = limitExceeded(e);
                if (mapping == null) {
                  throw new CordonValidationException(CsvErrors.headerTooLarge(why, MAX_FIELDS,
                      MAX_RECORD_CHARS));
                }
                // FastCSV cannot go on after a record over its limits: skip that record's first
                // line and read on from the next one with a new reader
                long next = Encodings.lineStart(file, charset, segmentOffset, segmentLine,
                    failed + 1);
                skipped(failed, why, next < 0 ? failed : failed + 1);
                lastLine = failed;
                if (next < 0) {
                  break segments;
                }
                segmentOffset = next;
                segmentLine = failed + 1;
                continue segments;
              } catch (UncheckedIOException e) {
                if (mapping == null) {
                  throw e.getCause();
                }
                throw new Stop(lastLine + 1, "the input could not be read any more: "
                    + e.getCause().getMessage(), e);
              }
              List<String> fields = rec.getFields();
              long first = segmentLine - 1 + rec.getStartingLineNumber();
              long last = Math.max(first, Math.min(first + lineBreaks(fields),
                  reader.lastLineOfFile()));
              lastLine = last;
              if (mapping == null) {
                mapping = Layout.of(kind).map(fields);
                ignored = mapping.ignored();
                headerLast = last;
                errors = new ErrorFile(options.errorsFile().orElse(null),
                    options.errorsTo().orElse(null), mapping, fields);
                reader.take(first, last);
                continue;
              }
              if (fields.stream().allMatch(String::isBlank)) {
                reader.take(first, last);
                continue;
              }
              read++;
              undecodable = reader.take(first, last);
              row(mapping, fields, new Row.Origin(first, last, delimiter, charset.name(),
                  undecodable(undecodable)), ids, ctx, List.of());
              undecodable = List.of();
            }
          }
        }
        flush();
      } catch (Stop s) {
        stop = new ImportSummary.Stop(s.line, s.getMessage());
        LOG.warn("CSV import of {} stopped early at line {}: {}", source, s.line, s.getMessage());
      } finally {
        if (errors != null) {
          errors.close();
        }
      }
      long findings = findingsRaised(findingsBefore);
      ImportSummary summary = new ImportSummary(kind, source, Math.max(0, lastLine - headerLast),
          read, stored, present, rejected, findings, charset,
          options.encoding().isEmpty(), bom > 0, delimiter, ignored, firstErrors,
          Optional.ofNullable(stop), Duration.ofNanos(System.nanoTime() - started));
      options.progress().progress(new ImportProgress(read, stored, present, rejected, true));
      LOG.info("CSV import: {}", summary);
      return summary;
    }

    // ---- rows given one by one by the reader of another format (RowImport) ----
    private HeaderMapping givenMapping;
    private RowIds givenIds;
    private Codec.ReadContext givenCtx;
    private long givenStarted;
    private long givenFindingsBefore;
    private long givenHeaderLine;
    private long givenLastLine;
    private ImportSummary.Stop givenStop;
    private List<String> givenIgnored = List.of();

    void begin() {
      givenStarted = System.nanoTime();
      givenFindingsBefore = cordon.storage().findings().count();
      charset = java.nio.charset.StandardCharsets.UTF_8;
      delimiter = '\t';
      givenIds = new RowIds(kind);
      givenCtx = new Codec.ReadContext(zone, source, cordon.clock());
    }

    void header(List<String> fields, long line) throws IOException {
      if (givenMapping != null) {
        throw new IllegalStateException("the header was given already");
      }
      givenMapping = Layout.of(kind).map(fields);
      givenIgnored = givenMapping.ignored();
      givenHeaderLine = line;
      givenLastLine = line;
      errors = new ErrorFile(options.errorsFile().orElse(null), options.errorsTo().orElse(null),
          givenMapping, fields);
    }

    boolean given(List<String> fields, long line, List<Violation> problems) throws IOException {
      if (givenMapping == null) {
        throw new IllegalStateException("no header was given");
      }
      if (givenStop != null) {
        return false;
      }
      givenLastLine = Math.max(givenLastLine, line);
      if (problems.isEmpty() && fields.stream().allMatch(String::isBlank)) {
        return true;
      }
      read++;
      try {
        row(givenMapping, fields, new Row.Origin(line, line, '\t', "UTF-8", ""), givenIds,
            givenCtx, problems);
        return true;
      } catch (Stop s) {
        stopGiven(s);
        return false;
      }
    }

    boolean reads(int index) {
      return givenMapping != null && givenMapping.index().containsValue(index);
    }

    void stopReading(long line, String reason) {
      if (givenStop == null) {
        stopGiven(new Stop(line, reason, null));
      }
    }

    private void stopGiven(Stop s) {
      givenStop = new ImportSummary.Stop(s.line, s.getMessage());
      LOG.warn("import of {} stopped early at line {}: {}", source, s.line, s.getMessage());
    }

    ImportSummary end() throws IOException {
      try {
        if (givenStop == null) {
          flush();
        }
      } catch (Stop s) {
        stopGiven(s);
      } finally {
        if (errors != null) {
          errors.close();
        }
      }
      long findings = findingsRaised(givenFindingsBefore);
      ImportSummary summary = new ImportSummary(kind, source,
          Math.max(0, givenLastLine - givenHeaderLine), read, stored, present, rejected, findings,
          charset, false, false, delimiter, givenIgnored, firstErrors,
          Optional.ofNullable(givenStop), Duration.ofNanos(System.nanoTime() - givenStarted));
      options.progress().progress(new ImportProgress(read, stored, present, rejected, true));
      LOG.info("import: {}", summary);
      return summary;
    }

    /**
     * The findings the storage gained since {@code before}, or {@link ImportSummary#UNKNOWN} when
     * it cannot count them any more (the storage went away during the import, which has then
     * usually stopped early): the import's own outcome is reported all the same.
     */
    private long findingsRaised(long before) {
      try {
        return Math.max(0, cordon.storage().findings().count() - before);
      } catch (CordonStorageException e) {
        LOG.warn("CSV import of {}: the findings raised could not be counted: {}", source,
            e.getMessage());
        return ImportSummary.UNKNOWN;
      }
    }

    private CsvReader<CsvRecord> reader(Reader in, char delimiter) {
      CsvRecordHandler handler = CsvRecordHandler.builder().maxFields(MAX_FIELDS)
          .maxFieldSize(MAX_RECORD_CHARS).maxRecordSize(MAX_RECORD_CHARS).build();
      return CsvReader.builder().fieldSeparator(delimiter)
          .skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
          .allowExtraCharsAfterClosingQuote(true).detectBomHeader(false)
          .maxBufferSize(MAX_RECORD_CHARS).build(handler, in);
    }

    /** A record over the reader's limits: rejected with its line, not stored, not read further. */
    private void skipped(long line, String why, long resumedAt) throws IOException {
      read++;
      rejected++;
      RowError error = new RowError(source, line, List.of(CsvErrors.recordTooLarge(
          line, why, resumedAt)));
      note(error);
      errors.write(List.of(), null, error.lines() + ": " + error.reason());
    }

    private void row(HeaderMapping mapping, List<String> fields, Row.Origin origin, RowIds ids,
        Codec.ReadContext ctx, List<Violation> given) throws IOException {
      Row row = new Row(mapping, fields, origin);
      String derived = mapping.has("id") && row.present("id") ? null : ids.next(row);
      int width = mapping.width();
      boolean extraFilled = fields.size() > width
          && fields.subList(width, fields.size()).stream().anyMatch(f -> !f.isBlank());
      if (fields.size() < width || extraFilled) {
        List<Violation> v = new ArrayList<>();
        v.add(CsvErrors.wrongFieldCount(fields.size(), width));
        v.addAll(row.problems());
        reject(fields, origin, derived, v);
        return;
      }
      if (row.hasProblems() || !given.isEmpty()) {
        // unusable cells (control characters, over-long, undecodable, or what the reader of
        // another format found, e.g. a formula cell): not parsed further
        List<Violation> v = new ArrayList<>(given);
        v.addAll(row.problems());
        reject(fields, origin, derived, v);
        return;
      }
      T value;
      try {
        value = codec.read(row, derived, ctx);
      } catch (CordonValidationException e) {
        reject(fields, origin, derived, e.violations());
        return;
      }
      List<Violation> problems;
      try {
        problems = sink.problemsOf(value);
      } catch (CordonStorageException e) {
        flush();
        read--;
        throw new Stop(origin.line(), "the storage failed: " + e.getMessage(), e);
      }
      if (!problems.isEmpty()) {
        reject(fields, origin, derived, problems);
        return;
      }
      pending.add(new Pending<>(value, fields, origin, derived));
      if (pending.size() >= options.batchSize()) {
        flush();
      }
    }

    private void flush() throws IOException {
      if (pending.isEmpty()) {
        return;
      }
      List<T> values = new ArrayList<>(pending.size());
      for (Pending<T> p : pending) {
        values.add(p.value());
      }
      try {
        BatchOutcome o = sink.storeAll(values);
        stored += o.stored();
        present += o.alreadyPresent();
        storageFailuresInARow = 0;
      } catch (CordonValidationException | CordonStorageException whole) {
        // one bad record refuses the batch: store row by row so only it is rejected
        oneByOne();
      }
      pending.clear();
      options.progress().progress(new ImportProgress(read, stored, present, rejected, false));
    }

    private void oneByOne() throws IOException {
      List<Pending<T>> failed = new ArrayList<>();
      List<CordonStorageException> causes = new ArrayList<>();
      boolean unavailable = false;
      List<Pending<T>> order = new ArrayList<>(pending);
      Comparator<T> byValue = sink.oneByOneOrder();
      if (byValue != null) {
        order.sort(Comparator.comparing(Pending::value, byValue));
      }
      for (Pending<T> p : order) {
        try {
          if (sink.store(p.value()) == WriteOutcome.STORED) {
            stored++;
          } else {
            present++;
          }
          storageFailuresInARow = 0;
        } catch (CordonValidationException e) {
          if (Sink.isConflict(e) && sink.isSameRecord(p.value())) {
            present++;
          } else {
            reject(p.fields(), p.origin(), p.derivedId(), e.violations());
          }
        } catch (CordonStorageException e) {
          failed.add(p);
          causes.add(e);
          if (++storageFailuresInARow >= STORAGE_FAILURES_TO_STOP) {
            unavailable = true;
            break;
          }
        }
      }
      if (unavailable || (pending.size() > 1 && failed.size() == pending.size())) {
        // not one bad record but storage that fails for every record: stop, reject nothing more
        int notReached = order.size() - (order.indexOf(failed.get(failed.size() - 1)) + 1);
        read -= failed.size() + notReached;
        CordonStorageException first = causes.get(0);
        throw new Stop(failed.get(0).origin().line(),
            "the storage failed on every record from here on: " + first.getMessage(), first);
      }
      for (int i = 0; i < failed.size(); i++) {
        Pending<T> p = failed.get(i);
        reject(p.fields(), p.origin(), p.derivedId(), List.of(CsvErrors.storageRefused(
            causes.get(i).getMessage())));
      }
    }

    private void reject(List<String> fields, Row.Origin origin, String id,
        List<Violation> violations) throws IOException {
      rejected++;
      List<String> cells = fields;
      List<Violation> all = violations;
      List<String> recoded = foreignRow(origin, fields.size());
      if (recoded != null) {
        // a GB18030 row in a UTF-8 file: the error file keeps its text, not U+FFFD
        cells = recoded;
        all = new ArrayList<>(violations);
        all.add(CsvErrors.foreignEncodingRow(charset.name()));
      }
      RowError error = new RowError(source, origin.line(), origin.lastLine(), all);
      note(error);
      errors.write(cells, id, error.lines() + ": " + error.reason());
    }

    /**
     * The cells of a one-line row with undecodable UTF-8 bytes read again as GB18030, when the
     * line is GB18030 throughout and gives as many cells; null otherwise.
     */
    private List<String> foreignRow(Row.Origin origin, int cells) throws IOException {
      if (undecodable.isEmpty() || origin.line() != origin.lastLine()
          || !charset.equals(java.nio.charset.StandardCharsets.UTF_8)
          || undecodable.get(0).line() != origin.line()) {
        return null;
      }
      Optional<String> text = Encodings.foreignGb18030Line(file, undecodable.get(0).lineStart());
      if (text.isEmpty()) {
        return null;
      }
      List<String> recoded = CsvReader.builder().fieldSeparator(delimiter)
          .allowExtraCharsAfterClosingQuote(true).ofSingleCsvRecord(text.get()).getFields();
      return recoded.size() == cells ? recoded : null;
    }

    private void note(RowError error) {
      if (firstErrors.size() < ImportSummary.MAX_ERRORS_KEPT) {
        firstErrors.add(error);
      }
    }
  }

  /** A row read and waiting for its batch. */
  private record Pending<T>(T value, List<String> fields, Row.Origin origin, String derivedId) {}

  /** Line breaks inside the fields of a record (CR LF counted once): its physical lines − 1. */
  private static long lineBreaks(List<String> fields) {
    long n = 0;
    for (String f : fields) {
      for (int i = 0; i < f.length(); i++) {
        char c = f.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == f.length() || f.charAt(i + 1) != '\n'))) {
          n++;
        }
      }
    }
    return n;
  }

  /** The line FastCSV names in its exception, relative to the reader's start. */
  private static long parsedLine(CsvParseException e, long fallback) {
    Matcher m = PARSE_LINE.matcher(String.valueOf(e.getMessage()));
    return m.find() ? Long.parseLong(m.group(1)) : Math.max(1, fallback);
  }

  /** Which limit a record went over, in plain words. */
  private static String limitExceeded(CsvParseException e) {
    String m = (e.getMessage() + " " + (e.getCause() == null ? "" : e.getCause().getMessage()))
        .toLowerCase(Locale.ROOT);
    if (m.contains("fields")) {
      return String.format(Locale.ROOT, "more than %,d fields", MAX_FIELDS);
    }
    return String.format(Locale.ROOT, "more than %,d characters; a quote opened and never "
        + "closed, or a line without line breaks", MAX_RECORD_CHARS);
  }

  /** Where a record's undecodable bytes are, for CORDON-CSV-013; empty when none is known. */
  private static String undecodable(List<DecodingReader.Undecodable> found) {
    if (found.isEmpty()) {
      return "";
    }
    return found.stream().limit(3).map(u -> String.format(Locale.ROOT,
        "line %d, byte offset %,d: %s", u.line(), u.offset(), u.bytes()))
        .collect(Collectors.joining("; ", " (", found.size() > 3 ? "; …)" : ")"));
  }

  /**
   * The delimiter of the header line: the most frequent of comma, tab and semicolon outside
   * quotes; comma when none occurs (a one-column file).
   */
  private static char detectDelimiter(Path file, Charset charset, int bom) throws IOException {
    char[] buf = new char[64 * 1024];
    int n;
    try (InputStream raw = Files.newInputStream(file)) {
      raw.skipNBytes(bom);
      Reader reader = new DecodingReader(new BufferedInputStream(raw, 64 * 1024), charset, bom, 1);
      n = reader.read(buf);
    }
    int commas = 0;
    int tabs = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < Math.max(n, 0); i++) {
      char c = buf[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == '\t') {
        tabs++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    if (tabs > commas && tabs >= semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }
}

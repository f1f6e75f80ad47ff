package dev.cordon.adapters.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.cordon.Cordon;
import dev.cordon.adapters.csv.internal.Codec;
import dev.cordon.adapters.csv.internal.CsvMessages;
import dev.cordon.adapters.csv.internal.Encodings;
import dev.cordon.adapters.csv.internal.ErrorFile;
import dev.cordon.adapters.csv.internal.HeaderMapping;
import dev.cordon.adapters.csv.internal.Layout;
import dev.cordon.adapters.csv.internal.Row;
import dev.cordon.adapters.csv.internal.RowIds;
import dev.cordon.adapters.csv.internal.Sink;
import dev.cordon.core.storage.BatchOutcome;
import dev.cordon.core.storage.WriteOutcome;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
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
 * <p>Only a storage failure (a {@code CordonStorageException}) or an I/O error ends an import
 * early; what was stored by then stays stored, and running the import again resumes it. Thread-safe:
 * each call is independent.
 */
public final class CsvImporter {
  private static final Logger LOG = LoggerFactory.getLogger(CsvImporter.class);
  /** The largest record FastCSV buffers, in characters. */
  private static final int MAX_RECORD_CHARS = 16 * 1024 * 1024;

  private final Cordon cordon;

  private CsvImporter(Cordon cordon) {
    this.cordon = Objects.requireNonNull(cordon, "cordon");
  }

  /** An importer into {@code cordon}'s storage. */
  public static CsvImporter of(Cordon cordon) {
    return new CsvImporter(cordon);
  }

  /**
   * Imports {@code file}; its file name is the source name unless the options give one.
   *
   * @throws CordonValidationException when the header lacks a required column
   *     ({@code CORDON-CSV-001}) or names one twice ({@code CORDON-CSV-002}); nothing is stored
   * @throws IOException when the file cannot be read or the error file written
   */
  public ImportSummary importFrom(ImportKind kind, Path file, ImportOptions options)
      throws IOException {
    ImportOptions o = options.sourceName().isPresent() ? options
        : options.withSourceName(file.getFileName().toString());
    try (InputStream in = Files.newInputStream(file)) {
      return importFrom(kind, in, o);
    }
  }

  /**
   * Imports the CSV read from {@code in} (which the caller closes).
   *
   * @throws CordonValidationException when the header lacks a required column
   *     ({@code CORDON-CSV-001}) or names one twice ({@code CORDON-CSV-002}); nothing is stored
   * @throws IOException when the input cannot be read or the error file written
   */
  public ImportSummary importFrom(ImportKind kind, InputStream in, ImportOptions options)
      throws IOException {
    return new Run<>(kind, options).run(in);
  }

  /** One import. */
  private final class Run<T> {
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

    Run(ImportKind kind, ImportOptions options) {
      this.kind = Objects.requireNonNull(kind, "kind");
      this.options = Objects.requireNonNull(options, "options");
      this.source = options.sourceName().orElse("input");
      this.codec = Codec.of(kind);
      this.sink = Sink.of(kind, cordon);
      this.zone = options.zone().orElseGet(() -> cordon.policies().latest().zone());
    }

    ImportSummary run(InputStream raw) throws IOException {
      long started = System.nanoTime();
      long findingsBefore = cordon.storage().findings().count();
      BufferedInputStream in = new BufferedInputStream(raw, Encodings.SAMPLE + 8);
      Encodings.Detected detected = Encodings.detect(in);
      Charset charset = options.encoding().orElse(detected.charset());
      int bom = options.encoding().isEmpty() ? detected.bomLength()
          : Encodings.bomLength(peek(in, 3), charset);
      in.skipNBytes(bom);
      BufferedReader reader = new BufferedReader(
          new InputStreamReader(in, Encodings.lenientDecoder(charset)), 64 * 1024);
      char delimiter = options.delimiter().isPresent() ? options.delimiter().get()
          : detectDelimiter(reader);
      boolean complete = true;
      List<String> ignored = List.of();
      CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(delimiter)
          .skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
          .allowExtraCharsAfterClosingQuote(true).detectBomHeader(false)
          .maxBufferSize(MAX_RECORD_CHARS).ofCsvRecord(reader);
      Iterator<CsvRecord> it = csv.iterator();
      long lastLine = 0;
      try {
        if (it.hasNext()) {
          CsvRecord head = it.next();
          List<String> header = head.getFields();
          HeaderMapping mapping = Layout.of(kind).map(header);
          ignored = mapping.ignored();
          errors = new ErrorFile(options.errorsFile().orElse(null),
              options.errorsTo().orElse(null), mapping, header);
          RowIds ids = new RowIds(kind);
          Codec.ReadContext ctx = new Codec.ReadContext(zone, source);
          while (true) {
            CsvRecord rec;
            try {
              if (!it.hasNext()) {
                break;
              }
              rec = it.next();
            } catch (CsvParseException e) {
              // FastCSV cannot resynchronise after a structural failure: the rest is unread
              complete = false;
              String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
              note(new RowError(source, lastLine + 1, List.of(CsvMessages.violation(
                  "CORDON-CSV-014", "row", null, lastLine + 1, why))));
              break;
            }
            lastLine = rec.getStartingLineNumber();
            List<String> fields = rec.getFields();
            if (fields.stream().allMatch(String::isBlank)) {
              continue;
            }
            read++;
            row(mapping, fields, rec.getStartingLineNumber(), ids, ctx, charset);
          }
          flush();
        }
      } finally {
        if (errors != null) {
          errors.close();
        }
      }
      long findings = cordon.storage().findings().count() - findingsBefore;
      ImportSummary summary = new ImportSummary(kind, source, read, stored, present, rejected,
          Math.max(0, findings), charset, options.encoding().isEmpty(), bom > 0, delimiter,
          ignored, firstErrors, complete, Duration.ofNanos(System.nanoTime() - started));
      options.progress().progress(new ImportProgress(read, stored, present, rejected, true));
      LOG.info("CSV import: {}", summary);
      return summary;
    }

    private void row(HeaderMapping mapping, List<String> fields, long line, RowIds ids,
        Codec.ReadContext ctx, Charset charset) throws IOException {
      Row row = new Row(mapping, fields, line, charset.name());
      String derived = mapping.has("id") && row.present("id") ? null : ids.next(row);
      int width = mapping.width();
      boolean extraFilled = fields.size() > width
          && fields.subList(width, fields.size()).stream().anyMatch(f -> !f.isBlank());
      if (fields.size() < width || extraFilled) {
        reject(fields, line, derived, List.of(CsvMessages.violation("CORDON-CSV-010", "row", null,
            fields.size(), width)));
        return;
      }
      if (row.hasProblems()) {
        // unusable cells (control characters, over-long, undecodable): not parsed further
        reject(fields, line, derived, row.problems());
        return;
      }
      T value;
      try {
        value = codec.read(row, derived, ctx);
      } catch (CordonValidationException e) {
        reject(fields, line, derived, e.violations());
        return;
      }
      List<Violation> problems = sink.problemsOf(value);
      if (!problems.isEmpty()) {
        reject(fields, line, derived, problems);
        return;
      }
      pending.add(new Pending<>(value, fields, line, derived));
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
      } catch (CordonValidationException whole) {
        // one bad record refuses the batch: store row by row so only it is rejected
        for (Pending<T> p : pending) {
          try {
            if (sink.store(p.value()) == WriteOutcome.STORED) {
              stored++;
            } else {
              present++;
            }
          } catch (CordonValidationException e) {
            if (Sink.isConflict(e) && sink.isSameRecord(p.value())) {
              present++;
            } else {
              reject(p.fields(), p.line(), p.derivedId(), e.violations());
            }
          }
        }
      }
      pending.clear();
      options.progress().progress(new ImportProgress(read, stored, present, rejected, false));
    }

    private void reject(List<String> fields, long line, String id, List<Violation> violations)
        throws IOException {
      rejected++;
      RowError error = new RowError(source, line, violations);
      note(error);
      errors.write(fields, id, "line " + line + ": " + error.reason());
    }

    private void note(RowError error) {
      if (firstErrors.size() < ImportSummary.MAX_ERRORS_KEPT) {
        firstErrors.add(error);
      }
    }
  }

  /** A row read and waiting for its batch. */
  private record Pending<T>(T value, List<String> fields, long line, String derivedId) {}

  private static byte[] peek(BufferedInputStream in, int n) throws IOException {
    in.mark(n);
    byte[] b = in.readNBytes(n);
    in.reset();
    return b;
  }

  /**
   * The delimiter of the header line: the most frequent of comma, tab and semicolon outside
   * quotes; comma when none occurs (a one-column file).
   */
  private static char detectDelimiter(BufferedReader reader) throws IOException {
    {
      reader.mark(64 * 1024);
      char[] buf = new char[64 * 1024];
      int n = reader.read(buf);
      reader.reset();
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
}

package dev.cordon.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.cordon.adapters.csv.ImportKind;
import dev.cordon.adapters.csv.internal.Codec;
import dev.cordon.adapters.csv.internal.Encodings;
import dev.cordon.adapters.csv.internal.HeaderMapping;
import dev.cordon.adapters.csv.internal.Layout;
import dev.cordon.adapters.csv.internal.Row;
import dev.cordon.adapters.csv.internal.RowIds;
import dev.cordon.core.validation.CordonValidationException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The CSV importer's read path up to domain objects, without storage: encoding detection, FastCSV
 * with the importer's settings, header mapping, cell screening ({@link Row}), stable ids
 * ({@link RowIds}) and the {@link Codec} — the same calls, in the same order, as
 * {@code CsvImporter.Run.row} before its sink. Kept next to the benchmark because the importer
 * offers no parse-only entry point; keep the two in step.
 */
final class LedgerParse {
  private LedgerParse() {}

  /** Reads {@code file}; returns the number of rows rejected. */
  static long read(ImportKind kind, Path file, ZoneId zone, Consumer<Object> each) throws IOException {
    try (InputStream raw = Files.newInputStream(file)) {
      BufferedInputStream in = new BufferedInputStream(raw, Encodings.SAMPLE + 8);
      Encodings.Detected detected = Encodings.detect(in);
      Charset charset = detected.charset();
      in.skipNBytes(detected.bomLength());
      BufferedReader reader = new BufferedReader(
          new InputStreamReader(in, Encodings.lenientDecoder(charset)), 64 * 1024);
      CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(',')
          .skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
          .allowExtraCharsAfterClosingQuote(true).detectBomHeader(false)
          .maxBufferSize(16 * 1024 * 1024).ofCsvRecord(reader);
      Iterator<CsvRecord> it = csv.iterator();
      HeaderMapping mapping = Layout.of(kind).map(it.next().getFields());
      RowIds ids = new RowIds(kind);
      Codec<Object> codec = Codec.of(kind);
      Codec.ReadContext ctx = new Codec.ReadContext(zone, file.getFileName().toString(), java.time.Clock.systemUTC());
      long rejected = 0;
      while (it.hasNext()) {
        CsvRecord rec = it.next();
        List<String> fields = rec.getFields();
        if (fields.stream().allMatch(String::isBlank)) {
          continue;
        }
        Row row = new Row(mapping, fields, rec.getStartingLineNumber(), charset.name());
        String derived = mapping.has("id") && row.present("id") ? null : ids.next(row);
        if (fields.size() < mapping.width() || row.hasProblems()) {
          rejected++;
          continue;
        }
        try {
          each.accept(codec.read(row, derived, ctx));
        } catch (CordonValidationException e) {
          rejected++;
        }
      }
      return rejected;
    }
  }
}

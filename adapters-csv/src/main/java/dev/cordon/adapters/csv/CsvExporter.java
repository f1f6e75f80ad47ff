package dev.cordon.adapters.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.cordon.Cordon;
import dev.cordon.adapters.csv.internal.Codec;
import dev.cordon.adapters.csv.internal.Formulas;
import dev.cordon.adapters.csv.internal.Layout;
import dev.cordon.core.storage.RecordStore;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes records in the column layout {@link CsvImporter} reads (導出臺賬): a header of the
 * canonical column ids, then one row per record; instants as ISO-8601 with the offset of the
 * zone, dates as ISO-8601, enums by name, lists separated by {@code |}. Text cells that a
 * spreadsheet would run as a formula are defused with a leading apostrophe (which the importer
 * removes again).
 *
 * <p>Personal data (names, phones, resident ID numbers, hosts) is masked unless
 * {@link #revealingPersonalData()} is asked for explicitly — a masked export is for reading and
 * cannot be re-imported; an export for re-import must reveal.
 */
public final class CsvExporter {
  private final boolean reveal;
  private final boolean bom;
  private final ZoneId zone;

  private CsvExporter(boolean reveal, boolean bom, ZoneId zone) {
    this.reveal = reveal;
    this.bom = bom;
    this.zone = zone;
  }

  /**
   * Masked personal data, no byte-order mark, instants in Asia/Shanghai.
   *
   * @return Masked personal data, no byte-order mark, instants in Asia/Shanghai
   */
  public static CsvExporter create() {
    return new CsvExporter(false, false, ZoneId.of("Asia/Shanghai"));
  }

  /**
   * This exporter writing personal data in full (for re-import; handle the file accordingly).
   *
   * @return this exporter writing personal data in full (for re-import; handle the file accordingly)
   */
  public CsvExporter revealingPersonalData() {
    return new CsvExporter(true, bom, zone);
  }

  /**
   * This exporter starting files with a UTF-8 byte-order mark (for spreadsheets).
   *
   * @return this exporter starting files with a UTF-8 byte-order mark (for spreadsheets)
   */
  public CsvExporter withByteOrderMark() {
    return new CsvExporter(reveal, true, zone);
  }

  /**
   * This exporter writing instants with the offset of {@code zone}.
   *
   * @param zone the zone days are counted in
   * @return this exporter writing instants with the offset of {@code zone}
   */
  public CsvExporter withZone(ZoneId zone) {
    return new CsvExporter(reveal, bom, Objects.requireNonNull(zone, "zone"));
  }

  /**
   * Writes {@code records} of {@code kind} to {@code out} (left open), UTF-8.
   *
   * @param kind the kind
   * @param records the records
   * @param out the stream to write to; the writer does not close it
   * @throws IOException when reading or writing fails
   * @throws IllegalArgumentException if a record is not of {@code kind}'s type
   */
  public void write(ImportKind kind, Iterable<?> records, OutputStream out) throws IOException {
    Codec<Object> codec = Codec.of(kind);
    if (bom) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    OutputStream shield = new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
    Layout layout = Layout.of(kind);
    try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
        .quoteStrategy(Formulas.QUOTE_DEFUSED)
        .build(shield, StandardCharsets.UTF_8)) {
      w.writeRecord(layout.columnIds());
      for (Object r : records) {
        if (!codec.type().isInstance(r)) {
          throw new IllegalArgumentException("not a " + codec.type().getSimpleName() + ": "
              + (r == null ? "null" : r.getClass().getName()));
        }
        List<String> cells = codec.write(r, zone, reveal);
        List<String> out2 = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
          Layout.Col c = layout.columns().get(i);
          out2.add(c.numeric() ? cells.get(i) : Formulas.defuse(cells.get(i)));
        }
        w.writeRecord(out2);
      }
    }
  }

  /**
   * Writes every stored record of {@code kind} in {@code cordon}, streamed, ordered by id.
   *
   * @param kind the kind
   * @param cordon the Cordon instance
   * @param out the stream to write to; the writer does not close it
   * @throws IOException when reading or writing fails
   */
  public void writeAll(ImportKind kind, Cordon cordon, OutputStream out) throws IOException {
    var s = cordon.storage();
    RecordStore<?, ?> store = switch (kind) {
      case UNITS -> s.units();
      case PEOPLE -> s.people();
      case SITES -> s.sites();
      case SUPPLY_ITEMS -> s.supplyItems();
      case ENTRIES -> s.entries();
      case TRAVEL_DECLARATIONS -> s.travel();
      case STOCK_MOVEMENTS -> s.stock();
      case ASSIGNMENTS -> s.assignments();
      case DISINFECTION_RECORDS -> s.disinfection();
      case RISK_AREAS -> s.riskAreas();
    };
    try (Stream<?> all = store.all()) {
      Iterable<Object> records = all.map(Object.class::cast)::iterator;
      write(kind, records, out);
    }
  }
}

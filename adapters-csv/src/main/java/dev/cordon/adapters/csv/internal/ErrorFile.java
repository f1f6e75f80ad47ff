package dev.cordon.adapters.csv.internal;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The error file of an import (錯誤文件): the original header plus {@code id} (when the file has
 * no id column, so that a fixed row keeps its identity on re-import) and {@code reason}; then
 * every rejected row with its cells as read, and the same two columns. UTF-8 with BOM, comma,
 * CRLF, so that spreadsheets open it directly. Text cells that a spreadsheet would run as a
 * formula get a leading apostrophe, which the importer removes again. Opened on the first
 * rejected row only.
 */
public final class ErrorFile implements AutoCloseable {
  private final Path path;
  private final OutputStream stream;
  private final List<String> header;
  private final int reasonIndex;
  private final boolean addId;
  private CsvWriter writer;

  /**
   * An error file.
   *
   * @param path the file to create, or null
   * @param stream the stream to write to (left open), or null
   * @param mapping the input's header mapping
   * @param header the input's header cells
   */
  public ErrorFile(Path path, OutputStream stream, HeaderMapping mapping, List<String> header) {
    this.path = path;
    this.stream = stream;
    this.header = header;
    this.reasonIndex = mapping.reasonIndex();
    this.addId = mapping.layout().has("id") && !mapping.has("id");
  }

  /** Whether an error file was asked for. */
  public boolean enabled() {
    return path != null || stream != null;
  }

  /**
   * Writes one rejected row.
   *
   * @param fields the row's fields as read
   * @param id the derived id, or null
   * @param reason the reason text
   */
  public void write(List<String> fields, String id, String reason) throws IOException {
    if (!enabled()) {
      return;
    }
    if (writer == null) {
      open();
    }
    List<String> out = new ArrayList<>(fields.size() + 2);
    for (int i = 0; i < Math.max(fields.size(), header.size()); i++) {
      if (i != reasonIndex) {
        out.add(Formulas.defuse(i < fields.size() ? fields.get(i) : ""));
      }
    }
    if (addId) {
      out.add(id == null ? "" : id);
    }
    out.add(Formulas.defuse(reason));
    writer.writeRecord(out);
  }

  private void open() throws IOException {
    OutputStream out = stream != null ? new FilterOutputStream(stream) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    } : Files.newOutputStream(path);
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    writer = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
        .quoteStrategy(Formulas.QUOTE_DEFUSED).build(out, StandardCharsets.UTF_8);
    List<String> h = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (i != reasonIndex) {
        h.add(Formulas.defuse(header.get(i)));
      }
    }
    if (addId) {
      h.add("id");
    }
    h.add("reason");
    writer.writeRecord(h);
  }

  @Override
  public void close() throws IOException {
    if (writer != null) {
      writer.close();
    }
  }
}

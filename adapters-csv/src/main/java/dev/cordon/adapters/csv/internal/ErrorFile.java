package dev.cordon.adapters.csv.internal;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
  private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] H2 = "H:2,".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] WAL_BE = {0x37, 0x7f, 0x06, (byte) 0x82};
  private static final byte[] WAL_LE = {0x37, 0x7f, 0x06, (byte) 0x83};
  private static final byte[] JOURNAL = {(byte) 0xd9, (byte) 0xd5, 0x05, (byte) 0xf9, 0x20, (byte) 0xa1,
      0x63, (byte) 0xd7};

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

  /**
   * Refuses to overwrite a database: an existing file that starts with the header of an SQLite
   * database ({@code SQLite format 3\0}), an SQLite write-ahead log or rollback journal, or an H2
   * database ({@code H:2,}). Writing an error file there would destroy the database, or lose the
   * transactions its log holds.
   *
   * @throws IllegalArgumentException if {@code path} is such a file
   */
  public static void refuseDatabase(Path path) throws IOException {
    if (path == null || !Files.isRegularFile(path)) {
      return;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(16);
    } catch (java.nio.file.AccessDeniedException e) {
      return; // not readable: opening it for writing will say so
    }
    String what = databaseKind(head);
    if (what != null) {
      throw new IllegalArgumentException("the error file " + path + " is " + what
          + "; it is not overwritten: choose another error file");
    }
  }

  /** What kind of database file {@code head} (a file's first bytes) starts, or null. */
  static String databaseKind(byte[] head) {
    if (startsWith(head, SQLITE)) {
      return "an SQLite database";
    }
    if (startsWith(head, H2)) {
      return "an H2 database";
    }
    if (startsWith(head, WAL_BE) || startsWith(head, WAL_LE)) {
      return "an SQLite write-ahead log (the database's last transactions)";
    }
    if (startsWith(head, JOURNAL)) {
      return "an SQLite rollback journal";
    }
    return null;
  }

  private static boolean startsWith(byte[] head, byte[] prefix) {
    if (head.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (head[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private void open() throws IOException {
    if (stream == null) {
      refuseDatabase(path); // checked before the import too; a database may have appeared since
    }
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

package dev.cordon.adapters.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which encoding a file is in, decided on the <em>whole</em> file before anything is stored: a
 * UTF-8 byte-order mark means UTF-8; a UTF-16 one UTF-16 (what spreadsheets save as "Unicode
 * text"); otherwise every byte is read as UTF-8. A file that is valid UTF-8 throughout is UTF-8. A
 * file with invalid UTF-8 sequences is still UTF-8 when its valid multi-byte characters outnumber
 * the invalid sequences {@value #UTF8_MAJORITY} to 1 (a UTF-8 file with a damaged byte or a pasted
 * GB18030 row: those rows are rejected, the rest is read correctly); else it is GB18030 (a superset
 * of GBK and GB2312, what Chinese spreadsheet software saves by default), in which Chinese text
 * decodes as UTF-8 only by accident, one pair of bytes in ten or so.
 */
public final class Encodings {
  /** How many valid UTF-8 multi-byte characters per invalid sequence keep a file UTF-8. */
  public static final int UTF8_MAJORITY = 4;

  /**
   * The result of detection.
   *
   * @param charset the encoding
   * @param bomLength the length of the byte-order mark to skip (0 when none)
   */
  public record Detected(Charset charset, int bomLength) {}

  private Encodings() {}

  /** The encoding of {@code file}, read whole. */
  public static Detected detect(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(4);
    }
    int bom = bomLength(head, StandardCharsets.UTF_8);
    if (bom > 0) {
      return new Detected(StandardCharsets.UTF_8, bom);
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return new Detected(StandardCharsets.UTF_16LE, 2);
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return new Detected(StandardCharsets.UTF_16BE, 2);
    }
    long[] census = utf8Census(file);
    long valid = census[0];
    long invalid = census[1];
    boolean utf8 = invalid == 0 || valid >= UTF8_MAJORITY * invalid;
    return new Detected(utf8 ? StandardCharsets.UTF_8 : Charset.forName("GB18030"), 0);
  }

  /** Bytes examined by the prefix-only {@link #detect(java.io.BufferedInputStream)}. */
  @Deprecated
  public static final int SAMPLE = 64 * 1024;

  /**
   * The encoding guessed from the first {@value #SAMPLE} bytes of a stream (reset afterwards).
   *
   * @deprecated a prefix says nothing about the bytes after it (issue 12): the importer decides
   *     on the whole file with {@link #detect(Path)}. Kept for the parse benchmark only.
   */
  @Deprecated
  public static Detected detect(java.io.BufferedInputStream in) throws IOException {
    in.mark(SAMPLE + 4);
    byte[] sample = in.readNBytes(SAMPLE);
    in.reset();
    Path tmp = Files.createTempFile("cordon-sample-", ".csv");
    try {
      Files.write(tmp, sample);
      return detect(tmp);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * A decoder that replaces malformed input with U+FFFD.
   *
   * @deprecated the importer reads through {@link DecodingReader}, which also says where each
   *     invalid byte is. Kept for the parse benchmark only.
   */
  @Deprecated
  public static CharsetDecoder lenientDecoder(Charset charset) {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }

  /** The length of the byte-order mark of {@code charset} at the start of {@code bytes}. */
  public static int bomLength(byte[] bytes, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8) && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return 3;
    }
    return 0;
  }

  /** Whether line breaks are the single bytes CR and LF in {@code charset} (all but UTF-16/32). */
  public static boolean asciiLineBreaks(Charset charset) {
    String n = charset.name().toUpperCase(java.util.Locale.ROOT);
    return !n.startsWith("UTF-16") && !n.startsWith("UTF-32");
  }

  /**
   * The byte offset where physical line {@code line} (1-based, counted as CSV readers count: CR,
   * LF and CR LF each end one line) starts, reading from {@code from}, which starts line
   * {@code fromLine}; -1 when the file has fewer lines.
   */
  public static long lineStart(Path file, Charset charset, long from, long fromLine, long line)
      throws IOException {
    if (line <= fromLine) {
      return from;
    }
    try (InputStream raw = Files.newInputStream(file)) {
      raw.skipNBytes(from);
      java.io.BufferedInputStream in = new java.io.BufferedInputStream(raw, 64 * 1024);
      int unit = asciiLineBreaks(charset) ? 1 : 2;
      boolean bigEndian = !charset.name().toUpperCase(java.util.Locale.ROOT).endsWith("LE");
      long at = from;
      long current = fromLine;
      while (current < line) {
        int c = next(in, unit, bigEndian);
        if (c < 0) {
          return -1;
        }
        at += unit;
        if (c == '\n') {
          current++;
        } else if (c == '\r') {
          current++;
          in.mark(unit);
          if (next(in, unit, bigEndian) == '\n') {
            at += unit;
          } else {
            in.reset();
          }
        }
      }
      in.mark(unit);
      return next(in, unit, bigEndian) < 0 ? -1 : at;
    }
  }

  private static int next(InputStream in, int unit, boolean bigEndian) throws IOException {
    if (unit == 1) {
      return in.read();
    }
    int a = in.read();
    int b = a < 0 ? -1 : in.read();
    return b < 0 ? -1 : (bigEndian ? (a << 8) | b : (b << 8) | a);
  }

  /**
   * The physical line starting at byte {@code lineStart} of {@code file}, read as GB18030 when it is
   * a GB18030 line inside a UTF-8 file (a row pasted from another ledger): its bytes are mostly not
   * UTF-8 (invalid sequences at least as many as valid multi-byte characters) and all valid
   * GB18030. Empty otherwise — a UTF-8 line with a damaged byte is not turned into mojibake.
   */
  public static java.util.Optional<String> foreignGb18030Line(Path file, long lineStart)
      throws IOException {
    byte[] line;
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(lineStart);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      for (int b = in.read(); b >= 0 && b != '\n' && b != '\r'; b = in.read()) {
        if (out.size() >= 1 << 20) {
          return java.util.Optional.empty();
        }
        out.write(b);
      }
      line = out.toByteArray();
    }
    long[] census;
    try (InputStream in = new java.io.ByteArrayInputStream(line)) {
      census = utf8Census(in);
    }
    if (census[1] == 0 || census[0] > census[1]) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(Charset.forName("GB18030").newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(line)).toString());
    } catch (java.nio.charset.CharacterCodingException e) {
      return java.util.Optional.empty();
    }
  }

  /** Valid UTF-8 multi-byte characters and invalid sequences in the file. */
  private static long[] utf8Census(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return utf8Census(in);
    }
  }

  private static long[] utf8Census(InputStream in) throws IOException {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    long valid = 0;
    long invalid = 0;
    {
      ByteBuffer bb = ByteBuffer.allocate(64 * 1024);
      CharBuffer cb = CharBuffer.allocate(64 * 1024);
      boolean eof = false;
      bb.flip();
      while (true) {
        CoderResult r = d.decode(bb, cb, eof);
        cb.flip();
        for (int i = 0; i < cb.limit(); i++) {
          if (cb.get(i) >= 0x80 && !Character.isLowSurrogate(cb.get(i))) {
            valid++;
          }
        }
        cb.clear();
        if (r.isError()) {
          invalid++;
          bb.position(bb.position() + r.length());
        } else if (r.isUnderflow()) {
          if (eof) {
            break;
          }
          bb.compact();
          int n = in.read(bb.array(), bb.position(), bb.remaining());
          if (n < 0) {
            eof = true;
          } else {
            bb.position(bb.position() + n);
          }
          bb.flip();
        }
      }
    }
    return new long[] {valid, invalid};
  }
}

package dev.cordon.adapters.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decodes a file, replacing each invalid byte sequence with U+FFFD (so that its row is rejected,
 * never stored) and remembering where it was: the physical line and the byte offset in the file,
 * so that the row error can point at the byte to fix.
 */
public final class DecodingReader extends Reader {
  /** Invalid sequences remembered (further ones are still replaced, and their rows rejected). */
  private static final int MAX_REMEMBERED = 100_000;

  /**
   * One invalid byte sequence.
   *
   * @param line the physical line (1-based)
   * @param offset the byte offset in the file (0-based)
   * @param bytes the bytes, in hex ({@code 0xE5 0x8C})
   * @param lineStart the byte offset where its physical line starts
   */
  public record Undecodable(long line, long offset, String bytes, long lineStart) {}

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final boolean trackLines;
  private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
  private final TreeMap<Long, List<Undecodable>> byLine = new TreeMap<>();
  private long base;
  private int scanned;
  private long line;
  private boolean lastCr;
  private boolean endedWithBreak;
  private long lineStart;
  private boolean eof;
  private boolean flushed;
  private int remembered;

  /**
   * A reader of {@code in}, which starts at byte {@code offset} of the file, on line
   * {@code line}.
   */
  public DecodingReader(InputStream in, Charset charset, long offset, long line) {
    this.in = in;
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.trackLines = Encodings.asciiLineBreaks(charset);
    this.base = offset;
    this.line = line;
    this.lineStart = offset;
    bytes.flip();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (out.position() == off) {
      CoderResult r = decoder.decode(bytes, out, eof);
      scan(bytes.position());
      if (r.isError()) {
        int at = bytes.position();
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < r.length(); i++) {
          hex.append(i == 0 ? "" : " ")
              .append(String.format(Locale.ROOT, "0x%02X", bytes.get(at + i) & 0xFF));
        }
        if (remembered++ < MAX_REMEMBERED) {
          byLine.computeIfAbsent(line, k -> new ArrayList<>())
              .add(new Undecodable(line, base + at, hex.toString(), lineStart));
        }
        out.put('\uFFFD');
        bytes.position(at + r.length());
        scan(bytes.position());
      } else if (r.isUnderflow()) {
        if (eof) {
          if (!flushed) {
            flushed = true;
            decoder.flush(out);
          }
          return out.position() == off ? -1 : out.position() - off;
        }
        fill();
      } else {
        break;
      }
    }
    return out.position() - off;
  }

  private void fill() throws IOException {
    int consumed = bytes.position();
    bytes.compact();
    base += consumed;
    scanned -= consumed;
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  /** Counts the line breaks among the bytes consumed so far. */
  private void scan(int upTo) {
    if (!trackLines) {
      scanned = upTo;
      return;
    }
    byte[] a = bytes.array();
    for (int i = scanned; i < upTo; i++) {
      byte b = a[i];
      endedWithBreak = b == '\n' || b == '\r';
      if (endedWithBreak) {
        lineStart = base + i + 1;
      }
      if (b == '\n') {
        if (!lastCr) {
          line++;
        }
        lastCr = false;
      } else if (b == '\r') {
        line++;
        lastCr = true;
      } else {
        lastCr = false;
      }
    }
    scanned = upTo;
  }

  /**
   * Takes the invalid sequences on lines {@code first} to {@code last}, and forgets those on
   * earlier lines (rows are read in order).
   */
  public List<Undecodable> take(long first, long last) {
    List<Undecodable> out = new ArrayList<>();
    if (!trackLines) {
      // lines are not counted in UTF-16: the offsets are still right, the line is the row's
      byLine.values().forEach(out::addAll);
      byLine.clear();
      return out;
    }
    Iterator<Map.Entry<Long, List<Undecodable>>> it = byLine.headMap(last, true).entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<Long, List<Undecodable>> e = it.next();
      if (e.getKey() >= first) {
        out.addAll(e.getValue());
      }
      it.remove();
    }
    return out;
  }

  /**
   * The last physical line of the file once it has been read to its end (a line break at the very
   * end starts no line), so that a quote left open at the end of the file does not count a line
   * that is not there; {@link Long#MAX_VALUE} before the end.
   */
  public long lastLineOfFile() {
    if (!eof || bytes.hasRemaining() || !trackLines) {
      return Long.MAX_VALUE;
    }
    return endedWithBreak ? line - 1 : line;
  }

  /** Whether byte offsets and lines are known (they are not for UTF-16 files). */
  public boolean tracksLines() {
    return trackLines;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

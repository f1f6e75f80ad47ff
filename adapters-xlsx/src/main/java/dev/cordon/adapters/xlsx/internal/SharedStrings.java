package dev.cordon.adapters.xlsx.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import javax.xml.parsers.SAXParser;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared-string table kept on disk, not in the heap: a workbook saved by Excel holds
 * every distinct text once, in {@code sharedStrings.xml}, so a ledger of a million people has
 * millions of them (names, phones, ID numbers). They are written, UTF-8, to a temporary file
 * (owner-only, deleted on close) that is mapped into memory; the heap holds 4 bytes per string
 * (their offsets). Phonetic runs ({@code rPh}, furigana/pinyin guides) are not part of the text.
 */
public final class SharedStrings implements Closeable {
  /** The most distinct strings read (40 MB of offsets). */
  public static final int MAX_STRINGS = 10_000_000;
  /** The most bytes of text kept (Excel itself caps a cell at 32,767 characters). */
  public static final long MAX_BYTES = Integer.MAX_VALUE - 16;
  /** Characters kept of one string: one more than a cell can hold, so that over-long shows. */
  public static final int MAX_CHARS = 32_768;

  private final Path file;
  private int[] offsets = new int[1024];
  private int count;
  private MappedByteBuffer map;

  private SharedStrings(Path file) {
    this.file = file;
  }

  /** No shared strings (a workbook of inline strings, as SXSSF writes). */
  public static SharedStrings none() {
    return new SharedStrings(null);
  }

  /**
   * Reads the table.
   *
   * @throws LimitException when it has more than {@value #MAX_STRINGS} strings or 2 GB of text
   */
  public static SharedStrings read(InputStream xml, SAXParser parser) throws Exception {
    Path tmp = TempFiles.create("cordon-xlsx-strings-");
    SharedStrings s = new SharedStrings(tmp);
    try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      Handler h = s.new Handler(out);
      parser.parse(new InputSource(xml), h);
      h.drain();
      s.offsets = Arrays.copyOf(s.offsets, s.count + 1);
      s.offsets[s.count] = (int) h.written;
      if (out.size() > 0) {
        try (FileChannel in = FileChannel.open(tmp, StandardOpenOption.READ)) {
          s.map = in.map(FileChannel.MapMode.READ_ONLY, 0, in.size());
        }
      }
    } catch (Exception | Error e) {
      s.close();
      throw e;
    }
    return s;
  }

  private static final java.util.regex.Pattern ESCAPED =
      java.util.regex.Pattern.compile("_x([0-9A-Fa-f]{4})_");

  /**
   * The text an OOXML string stands for: characters XML cannot hold (control characters) are
   * written {@code _x0007_}, and a literal {@code _x} as {@code _x005F_x}; decoded as Excel does, so
   * a control character in a cell is seen (and rejected, CORDON-CSV-011) rather than read as text.
   */
  public static String decode(String s) {
    if (s.indexOf("_x") < 0) {
      return s;
    }
    return ESCAPED.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
        String.valueOf((char) Integer.parseInt(m.group(1), 16))));
  }

  /** How many strings the table holds. */
  public int count() {
    return count;
  }

  /** String {@code i}; null when there is no such string. */
  public String get(int i) {
    if (i < 0 || i >= count) {
      return null;
    }
    int from = offsets[i];
    int to = offsets[i + 1];
    byte[] b = new byte[to - from];
    map.get(from, b);
    return new String(b, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    map = null;
    if (file != null) {
      Files.deleteIfExists(file);
    }
  }

  /** A limit of the reader was reached. */
  public static final class LimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LimitException(String what) {
      super(what, null, false, false);
    }
  }

  private final class Handler extends DefaultHandler {
    private final FileChannel out;
    private final ByteBuffer buf = ByteBuffer.allocate(256 * 1024);
    private final StringBuilder text = new StringBuilder();
    private long written;
    private boolean inT;
    private int phonetic;

    Handler(FileChannel out) {
      this.out = out;
    }

    @Override
    public void startElement(String uri, String local, String q, Attributes a) {
      switch (local) {
        case "si" -> text.setLength(0);
        case "t" -> inT = phonetic == 0;
        case "rPh" -> phonetic++;
        default -> { }
      }
    }

    @Override
    public void endElement(String uri, String local, String q) {
      switch (local) {
        case "t" -> inT = false;
        case "rPh" -> phonetic--;
        case "si" -> add();
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inT && text.length() < MAX_CHARS) {
        text.append(ch, start, Math.min(length, MAX_CHARS - text.length()));
      }
    }

    private void add() {
      if (count >= MAX_STRINGS) {
        throw new LimitException(String.format("more than %,d shared strings", MAX_STRINGS));
      }
      byte[] b = decode(text.toString()).getBytes(StandardCharsets.UTF_8);
      if (written + b.length > MAX_BYTES) {
        throw new LimitException("more than 2 GB of shared strings");
      }
      if (count + 1 >= offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      offsets[count++] = (int) written;
      try {
        if (b.length > buf.remaining()) {
          drain();
        }
        if (b.length > buf.capacity()) {
          out.write(ByteBuffer.wrap(b));
        } else {
          buf.put(b);
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      written += b.length;
    }

    void drain() throws IOException {
      buf.flip();
      while (buf.hasRemaining()) {
        out.write(buf);
      }
      buf.clear();
    }
  }
}

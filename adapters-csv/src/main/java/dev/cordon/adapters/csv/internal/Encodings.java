package dev.cordon.adapters.csv.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Which encoding a file is in: a UTF-8 byte-order mark means UTF-8; a UTF-16 one UTF-16 (what
 * spreadsheets save as "Unicode text"); otherwise the first {@value #SAMPLE} bytes are decoded as
 * strict UTF-8 and, if that fails, the file is GB18030 (a superset of GBK and GB2312, what Chinese
 * spreadsheet software saves by default).
 */
public final class Encodings {
  /** Bytes examined. */
  public static final int SAMPLE = 64 * 1024;

  /**
   * The result of detection.
   *
   * @param charset the encoding
   * @param bomLength the length of the byte-order mark to skip (0 when none)
   */
  public record Detected(Charset charset, int bomLength) {}

  private Encodings() {}

  /** The encoding of the stream, which must support mark/reset; the stream is reset afterwards. */
  public static Detected detect(BufferedInputStream in) throws IOException {
    in.mark(SAMPLE + 4);
    byte[] sample = in.readNBytes(SAMPLE);
    in.reset();
    int bom = bomLength(sample, StandardCharsets.UTF_8);
    if (bom > 0) {
      return new Detected(StandardCharsets.UTF_8, bom);
    }
    if (sample.length >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
      return new Detected(StandardCharsets.UTF_16LE, 2);
    }
    if (sample.length >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
      return new Detected(StandardCharsets.UTF_16BE, 2);
    }
    return new Detected(isUtf8(sample, sample.length < SAMPLE) ? StandardCharsets.UTF_8
        : Charset.forName("GB18030"), 0);
  }

  /** The length of the byte-order mark of {@code charset} at the start of {@code bytes}. */
  public static int bomLength(byte[] bytes, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8) && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return 3;
    }
    return 0;
  }

  /** A decoder that replaces malformed input with U+FFFD (the row is then rejected). */
  public static CharsetDecoder lenientDecoder(Charset charset) {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }

  private static boolean isUtf8(byte[] sample, boolean complete) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(sample);
    CharBuffer out = CharBuffer.allocate(sample.length + 1);
    CoderResult r = d.decode(in, out, complete);
    if (r.isError()) {
      return false;
    }
    if (complete) {
      try {
        CoderResult f = d.flush(out);
        return !f.isError();
      } catch (IllegalStateException e) {
        return true;
      }
    }
    // a sample cut inside a multi-byte character leaves at most 3 bytes undecoded
    return in.remaining() <= 3;
  }

}

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
 * text"); otherwise every byte is read as UTF-8. A file with invalid UTF-8 sequences is still UTF-8
 * when its valid multi-byte characters outnumber the invalid sequences {@value #UTF8_MAJORITY} to 1
 * (a UTF-8 file with a damaged byte or a pasted GB18030 row: those rows are rejected, the rest is
 * read correctly); else it is GB18030 (a superset of GBK and GB2312, what Chinese spreadsheet
 * software saves by default), in which Chinese text decodes as UTF-8 only by accident, one pair of
 * bytes in ten or so.
 *
 * <p>A file that is UTF-8 by these rules is still GB18030 when it is valid GB18030 throughout and its
 * GB18030 reading is clearly the more plausible one (an invalid UTF-8 sequence counts as an
 * unlikely character of the UTF-8 reading). That accident is not rare in short texts:
 * 谢志强 in GB18030 ({@code D0 BB D6 BE C7 BF}) is valid UTF-8, {@code л־ǿ}, and so are about one
 * in six common name characters. The same pass then scores both readings by {@link #plausibility}
 * (per non-ASCII character: +1 common in Chinese ledgers, −1 almost never in one, 0 otherwise; the
 * score is the mean, from −1 to +1) and chooses GB18030 when the UTF-8 reading is implausible
 * (score below 0) and the GB18030 reading scores at least {@value #GB18030_MARGIN} higher. When
 * neither reading is at least {@value #AMBIGUOUS_MARGIN} more plausible than the other's, the
 * choice is {@linkplain Detected#ambiguous() ambiguous}: the file is read as UTF-8 (as before) and a
 * warning is logged (without any of the file's text).
 */
public final class Encodings {
  /** How many valid UTF-8 multi-byte characters per invalid sequence keep a file UTF-8. */
  public static final int UTF8_MAJORITY = 4;

  /**
   * How much higher (on the −1…+1 plausibility scale) the GB18030 reading of a file valid in both
   * encodings must score than its UTF-8 reading to be chosen. Measured on 5,000 generated ledgers
   * of common Chinese names each of 1, 2, 5 and 20 rows (EncodingPlausibilityTest checks the
   * outcome): a GB18030 file's UTF-8 reading scores −0.75 or less and its GB18030 reading +1, a
   * difference of 1.33 or more even for one row; a UTF-8 file's GB18030 reading scores at most 0.11
   * below its UTF-8 reading (one row), and from two rows on at least 0.44 below. A difference of 1,
   * half the scale, leaves room on both sides: 0.33 below the closest GB18030 file measured, 1.11
   * above the closest UTF-8 one.
   */
  public static final double GB18030_MARGIN = 1.0;

  /** Below this difference between the two readings' scores the choice is ambiguous. */
  public static final double AMBIGUOUS_MARGIN = 0.5;

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Encodings.class);
  private static final Charset GB18030 = Charset.forName("GB18030");

  /**
   * The result of detection.
   *
   * @param charset the encoding
   * @param bomLength the length of the byte-order mark to skip (0 when none)
   * @param ambiguous whether the bytes read as both UTF-8 and GB18030 and neither reading was
   *     clearly the more plausible (the charset is then UTF-8, and a warning was logged)
   */
  public record Detected(Charset charset, int bomLength, boolean ambiguous) {
    /** A detection that was not ambiguous. */
    public Detected(Charset charset, int bomLength) {
      this(charset, bomLength, false);
    }
  }

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
    Census census;
    try (InputStream in = Files.newInputStream(file)) {
      census = census(in, true);
    }
    if (census.invalid > 0 && census.valid < UTF8_MAJORITY * census.invalid) {
      return new Detected(GB18030, 0);
    }
    if (!census.gbValid || census.utf8Reading.nonAscii == 0) {
      return new Detected(StandardCharsets.UTF_8, 0);
    }
    double utf8 = census.utf8Reading.score();
    double gb = census.gbReading.score();
    if (utf8 < 0 && gb - utf8 >= GB18030_MARGIN) {
      return new Detected(GB18030, 0);
    }
    boolean ambiguous = utf8 - gb < AMBIGUOUS_MARGIN;
    if (ambiguous) {
      LOG.warn("CSV encoding ambiguous: the file reads as UTF-8 and as valid GB18030, and neither "
          + "reading is clearly the more plausible (plausibility {} as UTF-8, {} as GB18030, of "
          + "{} and {} non-ASCII characters); read as UTF-8. If names read wrongly, give the "
          + "encoding (withEncoding, --encoding GB18030)", String.format(java.util.Locale.ROOT,
          "%+.2f", utf8), String.format(java.util.Locale.ROOT, "%+.2f", gb),
          census.utf8Reading.nonAscii, census.gbReading.nonAscii);
    }
    return new Detected(StandardCharsets.UTF_8, 0, ambiguous);
  }

  /**
   * How plausible code point {@code cp} is in a Chinese ledger: +1 for what such ledgers hold (the
   * 6,763 hanzi of GB2312, which cover all but a few in a hundred thousand characters of modern
   * Chinese text; CJK punctuation U+3000–U+303F; full-width forms U+FF00–U+FFEF; the middle dots
   * {@code · • ・}, {@code ° ℃ ×} and general punctuation U+2010–U+2027 such as {@code “” — …}); −1
   * for what they almost never hold but UTF-8 readings of GB18030 bytes are made of (C1 controls,
   * Latin-1 symbols, Latin Extended-B but pinyin's {@code ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ}, IPA, spacing modifier
   * letters, combining marks, Greek, Cyrillic, Armenian, Hebrew, Syriac and the scripts after it
   * to U+08FF, box drawing, CJK Extension A and the Yijing hexagrams, private use, specials, CJK
   * Extension B and everything beyond the first two planes); 0 for the rest (ASCII, Latin-1
   * letters, Latin Extended-A and Additional as in European and Vietnamese names, Arabic as in
   * Uyghur, Tibetan, Mongolian, Hangul, kana, emoji, and hanzi outside GB2312 such as traditional
   * ones).
   */
  static int plausibility(int cp) {
    if (cp < 0x80) {
      return 0;
    }
    if (cp >= 0x4E00 && cp <= 0x9FFF) {
      return Gb2312.HANZI.get(cp) ? 1 : 0;
    }
    if (cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF || cp == 0xB7 || cp == 0x2022
        || cp == 0x30FB || cp == 0xB0 || cp == 0x2103 || cp == 0xD7
        || cp >= 0x2010 && cp <= 0x2027) {
      return 1;
    }
    if (cp <= 0x9F || cp <= 0xBF && cp != 0xA0
        || cp >= 0x180 && cp <= 0x24F && !(cp >= 0x1CD && cp <= 0x1DC)
        || cp >= 0x250 && cp <= 0x5FF || cp >= 0x700 && cp <= 0x8FF
        || cp >= 0x2500 && cp <= 0x257F || cp >= 0x3400 && cp <= 0x4DFF
        || cp >= 0xE000 && cp <= 0xF8FF || cp >= 0xFFF0 && cp <= 0xFFFF || cp >= 0x20000) {
      return -1;
    }
    return 0;
  }

  /** The hanzi of GB2312 (rows 0xB0–0xF7, cells 0xA1–0xFE), read from the GB18030 charset. */
  private static final class Gb2312 {
    static final java.util.BitSet HANZI = new java.util.BitSet(0xA000);

    static {
      byte[] all = new byte[(0xF7 - 0xB0 + 1) * (0xFE - 0xA1 + 1) * 2];
      int i = 0;
      for (int lead = 0xB0; lead <= 0xF7; lead++) {
        for (int cell = 0xA1; cell <= 0xFE; cell++) {
          all[i++] = (byte) lead;
          all[i++] = (byte) cell;
        }
      }
      new String(all, GB18030).chars().filter(c -> c >= 0x4E00 && c <= 0x9FFF).forEach(HANZI::set);
    }
  }

  /** A reading's plausibility: non-ASCII characters, common ones, unlikely ones. */
  private static final class Reading {
    long nonAscii;
    long common;
    long unlikely;

    void add(CharBuffer cb) {
      for (int i = 0; i < cb.limit(); i++) {
        char c = cb.get(i);
        if (c < 0x80) {
          continue;
        }
        int cp = c;
        if (Character.isHighSurrogate(c) && i + 1 < cb.limit()
            && Character.isLowSurrogate(cb.get(i + 1))) {
          cp = Character.toCodePoint(c, cb.get(++i));
        }
        nonAscii++;
        int p = plausibility(cp);
        if (p > 0) {
          common++;
        } else if (p < 0) {
          unlikely++;
        }
      }
    }

    /** From −1 (all unlikely) to +1 (all common). */
    double score() {
      return nonAscii == 0 ? 0 : (common - unlikely) / (double) nonAscii;
    }
  }

  /** What one pass over the bytes found. */
  private static final class Census {
    long valid;
    long invalid;
    boolean gbValid;
    final Reading utf8Reading = new Reading();
    final Reading gbReading = new Reading();
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

  private static boolean ascii(byte[] bytes, int n) {
    for (int i = 0; i < n; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** Valid UTF-8 multi-byte characters and invalid sequences in {@code in}. */
  private static long[] utf8Census(InputStream in) throws IOException {
    Census c = census(in, false);
    return new long[] {c.valid, c.invalid};
  }

  /**
   * One pass over {@code in}: its valid UTF-8 multi-byte characters and invalid sequences; with
   * {@code both}, also whether it is valid GB18030 and the plausibility of both readings, as long
   * as it is (once it is not, GB18030 is not decoded any more, so a UTF-8 file costs little more
   * than the UTF-8 census: UTF-8 Chinese text is seldom valid GB18030 beyond a few lines; a
   * GB18030 file is decoded twice).
   */
  private static Census census(InputStream in, boolean both) throws IOException {
    CharsetDecoder u = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    CharsetDecoder g = GB18030.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    Census c = new Census();
    c.gbValid = both;
    byte[] chunk = new byte[64 * 1024];
    ByteBuffer ub = ByteBuffer.allocate(chunk.length + 16);
    ByteBuffer gb = ByteBuffer.allocate(chunk.length + 16);
    ub.flip();
    gb.flip();
    CharBuffer cb = CharBuffer.allocate(64 * 1024);
    boolean eof = false;
    while (!eof) {
      int n = in.read(chunk);
      eof = n < 0;
      n = Math.max(n, 0);
      boolean scoring = c.gbValid;
      // UTF-8: every invalid sequence counted and skipped
      ub.compact().put(chunk, 0, n).flip();
      while (true) {
        CoderResult r = u.decode(ub, cb, eof);
        cb.flip();
        for (int i = 0; i < cb.limit(); i++) {
          if (cb.get(i) >= 0x80 && !Character.isLowSurrogate(cb.get(i))) {
            c.valid++;
          }
        }
        if (scoring) {
          c.utf8Reading.add(cb);
        }
        cb.clear();
        if (r.isError()) {
          c.invalid++;
          if (scoring) {
            c.utf8Reading.nonAscii++;
            c.utf8Reading.unlikely++;
          }
          ub.position(ub.position() + r.length());
        } else if (r.isUnderflow()) {
          break;
        }
      }
      // GB18030: only while the file is valid GB18030, so that the readings can be compared
      if (c.gbValid && !(gb.remaining() == 0 && !eof && ascii(chunk, n))) {
        // (ASCII after a complete character reads the same in both and scores nothing: skipped)
        gb.compact().put(chunk, 0, n).flip();
        while (true) {
          CoderResult r = g.decode(gb, cb, eof);
          cb.flip();
          c.gbReading.add(cb);
          cb.clear();
          if (r.isError()) {
            c.gbValid = false;
            break;
          } else if (r.isUnderflow()) {
            break;
          }
        }
      }
    }
    return c;
  }
}

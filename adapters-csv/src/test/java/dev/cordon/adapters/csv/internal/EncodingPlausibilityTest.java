package dev.cordon.adapters.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files whose bytes are valid UTF-8 and valid GB18030 at once are decided by the plausibility of
 * the two readings: generated ledgers of common Chinese names, in GB18030 and in UTF-8, are each
 * detected as what they are.
 */
class EncodingPlausibilityTest {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田"
      + "董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎"
      + "贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂华玉兰萍红志建国文辉鹏飞"
      + "燕玲丹宇浩斌俊峰婷雪梅琳晨欣怡佳慧波宁凯欢晶颖海鑫亮健";
  private static final List<String> PURPOSES = List.of("送货", "检修", "办理供热缴费", "快递", "访客",
      "会议", "维修", "面试", "探亲", "取件", "送餐", "施工", "巡检", "消杀", "核酸采样", "开会", "培训",
      "参观", "签约", "洽谈", "学习", "装修", "搬家", "保洁", "抄表", "送水", "配送", "安装", "调试", "验收");
  /** Name characters whose GB18030 bytes are valid UTF-8 by themselves (谢 志 强 史 伟 叶 萍 …). */
  private static final String LOOK_UTF8 = validUtf8InGb18030(SURNAMES + GIVEN);
  private static final List<String> PURPOSES_LOOK_UTF8 = PURPOSES.stream()
      .filter(p -> validUtf8InGb18030(p).length() == p.length()).toList();

  /** Files generated and wrongly detected, by [GB18030?][1 row, 2–4 rows, 5+ rows]. */
  private static final long[][] GENERATED = new long[2][3];
  private static final long[][] VALID_IN_BOTH = new long[2][3];
  private static final long[][] WRONG = new long[2][3];

  @TempDir
  Path dir;

  @Test
  void generatedLedgersAreDetectedAsTheEncodingTheyWereWrittenIn() {
    // mode 0: GB18030, any name; 1: GB18030, only characters whose bytes look like UTF-8 (the
    // hard case: every such file is valid in both); 2: UTF-8, any name; 3: UTF-8, two-character
    // names and purposes (even byte counts, the UTF-8 files most often valid GB18030 too)
    qt().withFixedSeed(20211025L).withExamples(2_000)
        .forAll(integers().between(1, 50), integers().between(0, 3), longs().all())
        .checkAssert((rows, mode, seed) -> {
          boolean gb = mode < 2;
          byte[] bytes = ledger(rows, mode, new Random(seed)).getBytes(gb ? GB18030 : StandardCharsets.UTF_8);
          Encodings.Detected d = detect(bytes);
          int size = rows == 1 ? 0 : rows < 5 ? 1 : 2;
          int g = gb ? 1 : 0;
          GENERATED[g][size]++;
          if (valid(bytes, StandardCharsets.UTF_8) && valid(bytes, GB18030)) {
            VALID_IN_BOTH[g][size]++;
          }
          boolean right = d.charset().equals(gb ? GB18030 : StandardCharsets.UTF_8);
          if (!right) {
            WRONG[g][size]++;
          }
          if (rows >= 5) {
            assertThat(right).as("%d rows in %s detected as %s", rows, gb ? "GB18030" : "UTF-8",
                d.charset()).isTrue();
          }
        });
  }

  @Test
  void oneRowLedgers() {
    // one row gives too little text for a guarantee: measured, reported, bounded
    long[] wrong = new long[4];
    long[] both = new long[4];
    Random r = new Random(20211025L);
    for (int mode = 0; mode < 4; mode++) {
      boolean gb = mode < 2;
      for (int i = 0; i < 2_000; i++) {
        byte[] bytes = ledger(1, mode, r).getBytes(gb ? GB18030 : StandardCharsets.UTF_8);
        if (valid(bytes, StandardCharsets.UTF_8) && valid(bytes, GB18030)) {
          both[mode]++;
        }
        if (!detect(bytes).charset().equals(gb ? GB18030 : StandardCharsets.UTF_8)) {
          wrong[mode]++;
        }
      }
      System.out.printf("encoding detection, 2,000 one-row files, mode %d: %d valid in both, %d "
          + "detected wrongly%n", mode, both[mode], wrong[mode]);
    }
    // measured with this seed: none wrong; a bound of 1 in 100 leaves room for other name lists
    for (long w : wrong) {
      assertThat(w).isLessThanOrEqualTo(20);
    }
  }

  @AfterAll
  static void report() {
    String[] sizes = {"1 row", "2-4 rows", "5-50 rows"};
    for (int g = 0; g < 2; g++) {
      for (int s = 0; s < 3; s++) {
        System.out.printf("encoding detection, %s files of %s: %d generated, %d valid in both, %d "
            + "detected wrongly%n", g == 1 ? "GB18030" : "UTF-8", sizes[s], GENERATED[g][s],
            VALID_IN_BOTH[g][s], WRONG[g][s]);
      }
    }
  }

  @Test
  void theQaLedgerIsGb18030() {
    byte[] bytes = ("site,at,name,phone,purpose,host,temperature\n"
        + "S-HALL-DONGHE,2021-10-25 08:05,谢志强,13812341234,签约,叶萍,36.5\n"
        + "S-HALL-DONGHE,2021-10-25 08:06,史伟,13912345678,洽谈,叶萍,36.6\n").getBytes(GB18030);
    assertThat(valid(bytes, StandardCharsets.UTF_8)).as("valid UTF-8 by accident").isTrue();
    assertThat(detect(bytes)).isEqualTo(new Encodings.Detected(GB18030, 0));
    for (String name : List.of("谢志强", "史伟", "叶萍")) {
      byte[] one = ("name\n" + name + "\n").getBytes(GB18030);
      assertThat(detect(one).charset()).as(name).isEqualTo(GB18030);
    }
  }

  @Test
  void utf8ChineseWithLatinNamesAndEmojiStaysUtf8() {
    String text = "site,at,name,purpose,host\n"
        + "S-1,2021-10-25 08:05,李娜,送货 😷,José Müller\n"
        + "S-1,2021-10-25 08:06,Nguyễn Văn An,检修 👍,王芳\n"
        + "S-1,2021-10-25 08:07,史伟,会议,Wáng Fāng\n";
    Encodings.Detected d = detect(text.getBytes(StandardCharsets.UTF_8));
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.ambiguous()).isFalse();
  }

  @Test
  void utf8ValidInGb18030StaysUtf8() throws CharacterCodingException {
    // 李娜 in UTF-8 (E6 9D 8E E5 A8 9C) reads as three GB18030 characters as well
    byte[] bytes = "name\n李娜\n".getBytes(StandardCharsets.UTF_8);
    assertThat(valid(bytes, GB18030)).isTrue();
    assertThat(detect(bytes).charset()).isEqualTo(StandardCharsets.UTF_8);
    // Latin-1 letters only: both readings valid, UTF-8 is kept (GB18030's reading is common
    // hanzi, but UTF-8's is not implausible), and the choice is said to be ambiguous
    byte[] latin = "name\nJosé Müller\n".getBytes(StandardCharsets.UTF_8);
    assertThat(valid(latin, GB18030)).isTrue();
    Encodings.Detected d = detect(latin);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.ambiguous()).isTrue();
  }

  @Test
  void asciiAndInvalidFilesAreDecidedAsBefore() {
    assertThat(detect("site,at\nS-1,2021-10-25 08:05\n".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(new Encodings.Detected(StandardCharsets.UTF_8, 0));
    assertThat(detect("name\n王芳\n".getBytes(GB18030)).charset()).isEqualTo(GB18030);
    byte[] damaged = "name\n王芳\n李娜\n张伟\n赵敏\n周杰\n陈静\n程芳\n".getBytes(StandardCharsets.UTF_8);
    damaged[5] = (byte) 0xFF; // one invalid sequence, then 王's two continuation bytes, 7 valid
    assertThat(detect(damaged).charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void plausibilityOfCharacters() {
    for (int cp : "王芳谢志强，。、：（）·•・°℃“”—…".codePoints().toArray()) {
      assertThat(Encodings.plausibility(cp)).as("U+%04X", cp).isEqualTo(1);
    }
    for (int cp : "л־ǿʷΰҶƼ═\uE000\u3400𠀀\u0301".codePoints().toArray()) {
      assertThat(Encodings.plausibility(cp)).as("U+%04X", cp).isEqualTo(-1);
    }
    for (int cp : "éüāǎễ陳綠😷가あ".codePoints().toArray()) {
      assertThat(Encodings.plausibility(cp)).as("U+%04X", cp).isEqualTo(0);
    }
  }

  private Encodings.Detected detect(byte[] bytes) {
    try {
      Path f = Files.createTempFile(dir, "ledger-", ".csv");
      Files.write(f, bytes);
      try {
        return Encodings.detect(f);
      } finally {
        Files.delete(f);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String ledger(int rows, int mode, Random r) {
    StringBuilder f = new StringBuilder("site,at,name,phone,purpose,host,temperature\n");
    for (int i = 0; i < rows; i++) {
      f.append("S-HALL-DONGHE,2021-10-25 08:").append(String.format("%02d", i % 60)).append(',')
          .append(name(r, mode)).append(",138").append(String.format("%08d", r.nextInt(100_000_000)))
          .append(',').append(purpose(r, mode)).append(',').append(name(r, mode)).append(",36.")
          .append(r.nextInt(10)).append('\n');
    }
    return f.toString();
  }

  private static String name(Random r, int mode) {
    String surnames = mode == 1 ? LOOK_UTF8 : SURNAMES;
    String given = mode == 1 ? LOOK_UTF8 : GIVEN;
    int length = mode == 3 ? 1 : 1 + r.nextInt(2);
    StringBuilder b = new StringBuilder().append(surnames.charAt(r.nextInt(surnames.length())));
    for (int i = 0; i < length; i++) {
      b.append(given.charAt(r.nextInt(given.length())));
    }
    return b.toString();
  }

  private static String purpose(Random r, int mode) {
    List<String> from = mode == 1 ? PURPOSES_LOOK_UTF8
        : mode == 3 ? PURPOSES.stream().filter(p -> p.length() % 2 == 0).toList() : PURPOSES;
    return from.get(r.nextInt(from.size()));
  }

  private static String validUtf8InGb18030(String chars) {
    StringBuilder out = new StringBuilder();
    for (int cp : chars.codePoints().toArray()) {
      if (valid(new String(Character.toChars(cp)).getBytes(GB18030), StandardCharsets.UTF_8)) {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  private static boolean valid(byte[] bytes, Charset charset) {
    try {
      charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  static {
    assertThat(new ArrayList<>(List.of(LOOK_UTF8.split(""))))
        .contains("谢", "志", "强", "史", "伟", "叶", "萍");
  }
}

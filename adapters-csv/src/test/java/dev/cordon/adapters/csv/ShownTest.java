package dev.cordon.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.adapters.csv.internal.Shown;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How cells are shown in messages: masked where they may be personal data, cut when long. */
class ShownTest {
  @Test
  void longValuesAreCutWithTheirLengthAndCuttingTwiceKeepsTheOriginalLength() {
    String cut = Shown.cut("a".repeat(9000));
    assertThat(cut).startsWith("aaaa").endsWith("… (9,000 characters)").hasSizeLessThan(60);
    assertThat(Shown.cut(cut)).isEqualTo(cut);
    assertThat(Shown.safe(cut)).isEqualTo(cut);
    assertThat(Shown.cut("36.5")).isEqualTo("36.5");
  }

  @Test
  void phoneAndIdNumbersAreMaskedWhereverTheyAppear() {
    assertThat(Shown.maskDigits("call 18794042111 now")).isEqualTo("call 187****2111 now");
    assertThat(Shown.maskDigits("150202195204270010")).isEqualTo("1502**********0010");
    assertThat(Shown.maskDigits("15020219520427001X")).isEqualTo("1502**********001X");
    assertThat(Shown.maskDigits("2021-10-25 08:05, line 1,204")).isEqualTo("2021-10-25 08:05, line 1,204");
  }

  @Test
  void phoneAndIdNumbersWrittenInGroupsAreMaskedAsValuesAndInText() {
    for (String phone : new String[] {"187-9404-2111", "187 9404 2111", "+86 187 9404 2111", "0086-187-9404-2111",
        "(187) 9404.2111", "+8618794042111"}) {
      assertThat(Shown.safe(phone)).as(phone).isEqualTo("187****2111");
      assertThat(Shown.maskDigits("temperature '" + phone + "' is not a number")).as(phone)
          .isEqualTo("temperature '187****2111' is not a number");
    }
    assertThat(Shown.safe("150202 19520427 0010")).isEqualTo("1502**********0010");
    assertThat(Shown.safe("150202-19520427-001X")).isEqualTo("1502**********001X");
    assertThat(Shown.maskDigits("id 150202 19520427 0010 given")).isEqualTo("id 1502**********0010 given");
    assertThat(Shown.safe("0472-5123456")).doesNotContain("5123456");
    assertThat(Shown.safe("5123456")).doesNotContain("5123456");
    // dates, times, decimals, counts and ids are not phone numbers
    for (String kept : new String[] {"2021-10-25", "2021.10.25", "25.10.2021", "36.5", "36.5 37.2", "E-1234567",
        "csv-12345abcdef", "蓝码", "1,000,000", "34.0–43.0"}) {
      assertThat(Shown.safe(kept)).as(kept).isEqualTo(kept);
    }
    assertThat(Shown.maskDigits("at '2021-10-25 08:05:30', line 1,204, 127.0.0.1:1, 2021-10-25T08:05+08:00"))
        .isEqualTo("at '2021-10-25 08:05:30', line 1,204, 127.0.0.1:1, 2021-10-25T08:05+08:00");
  }

  @Test
  void aNameWhereACodeWasExpectedIsMaskedAsAName() {
    assertThat(Shown.safeCode("程芳")).isEqualTo("程*");
    assertThat(Shown.safeCode("阿依古丽·买买提")).doesNotContain("依古丽");
    assertThat(Shown.safeCode("36.5x")).isEqualTo("36.5x");
    assertThat(Shown.safe("程芳")).isEqualTo("程*");
  }

  @Test
  void aHeaderThatIsDataIsMaskedAndLongListsAreCut() {
    assertThat(Shown.masked("18794042111")).isEqualTo("187****2111");
    assertThat(Shown.masked("程芳")).isEqualTo("程*");
    assertThat(Shown.masked("车牌号x")).isEqualTo("车***");
    assertThat(Shown.masked("Cheng Fang")).isEqualTo("C*********");
    assertThat(Shown.masked("187 9404 2111")).isEqualTo("187****2111");
    assertThat(Shown.looksLikeData("2021-10-25")).isTrue();
    assertThat(Shown.looksLikeData("体温(℃)")).isFalse();
    List<String> many = IntStream.range(0, 100_000).mapToObj(i -> "c" + i).toList();
    assertThat(Shown.cutList(many)).endsWith(", … (100,000 in all)]").hasSizeLessThan(200);
  }
}

package dev.cordon.adapters.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** {@link Values#isoOffset}: the formatter's answer, without the formatter. */
class ValuesInstantTest {
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
  private static final long FIRST = OffsetDateTime.parse("0000-01-01T00:00:00Z").toEpochSecond();
  private static final long LAST = OffsetDateTime.parse("9999-12-31T23:59:59Z").toEpochSecond();

  private static Instant parsed(String s) {
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }

  @Test
  void every_exported_instant_reads_as_the_formatter_reads_it() {
    qt().withExamples(20_000)
        .forAll(longs().between(FIRST + 86_400, LAST - 86_400), integers().between(-18 * 60, 18 * 60))
        .checkAssert((seconds, offsetMinutes) -> {
          String s = Instant.ofEpochSecond(seconds).atOffset(ZoneOffset.ofTotalSeconds(offsetMinutes * 60))
              .format(SECONDS);
          assertThat(Values.isoOffset(s)).as(s).isNotNull().isEqualTo(parsed(s));
        });
  }

  @Test
  void a_garbled_instant_is_left_to_the_formatter_or_read_the_same() {
    String chars = "0123456789-:+TZz ./";
    qt().withExamples(30_000)
        .forAll(longs().between(FIRST, LAST), integers().between(-18 * 4, 18 * 4), integers().between(0, 24),
            integers().between(0, chars.length() - 1))
        .checkAssert((seconds, quarters, at, c) -> {
          String exact = Instant.ofEpochSecond(seconds).atOffset(ZoneOffset.ofTotalSeconds(quarters * 900))
              .format(SECONDS);
          StringBuilder sb = new StringBuilder(exact);
          if (at < sb.length()) {
            sb.setCharAt(at, chars.charAt(c));
          }
          String s = sb.toString();
          Instant fast = Values.isoOffset(s);
          if (fast != null) {
            assertThat(fast).as(s).isEqualTo(parsed(s));
          }
        });
  }

  @Test
  void impossible_and_edge_instants_agree_with_the_formatter() {
    for (String s : new String[] {"2021-02-29T08:00:00+08:00", "2020-02-29T08:00:00+08:00", "2021-04-31T00:00:00Z",
        "2021-10-01T24:00:00+08:00", "2021-10-01T23:60:00Z", "2021-10-01T23:59:60Z", "2021-10-01T08:00:16-00:00",
        "2021-10-01T08:00:16+18:00", "2021-10-01T08:00:16+18:01", "2021-10-01T08:00:16+19:00",
        "2021-13-01T08:00:16Z", "2021-00-10T08:00:16Z", "2021-10-00T08:00:16Z", "0000-01-01T00:00:00Z"}) {
      Instant fast = Values.isoOffset(s);
      if (fast != null) {
        assertThat(fast).as(s).isEqualTo(parsed(s));
      } else {
        // left to the formatter, which reads or refuses it as before; what instant() returns is the formatter's
        Instant viaValues;
        try {
          viaValues = Values.instant("at", s, ZoneId.of("Asia/Shanghai"));
        } catch (RuntimeException e) {
          viaValues = null;
        }
        if (parsed(s) != null) {
          assertThat(viaValues).as(s).isEqualTo(parsed(s));
        }
      }
    }
    assertThat(Values.isoOffset("2021-10-01T08:00:16+08:00")).isEqualTo(Instant.parse("2021-10-01T00:00:16Z"));
  }

  @Test
  void a_plain_temperature_is_exactly_what_the_pattern_accepts() {
    java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("\\d{1,2}(?:\\.\\d+)?");
    String chars = "0123456789..-+e ３°";
    qt().withExamples(30_000).forAll(integers().between(0, 6), longs().all()).checkAssert((n, seed) -> {
      java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.append(r.nextInt(4) > 0 ? (char) ('0' + r.nextInt(10)) : chars.charAt(r.nextInt(chars.length())));
      }
      String s = sb.toString();
      assertThat(Values.isPlainDecimal(s)).as(s).isEqualTo(pattern.matcher(s).matches());
      if (Values.isPlainDecimal(s)) {
        assertThat(Values.temperature("temperature", s)).isEqualTo(new java.math.BigDecimal(s));
      }
    });
  }
}

package dev.cordon.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ResidentIdTest {
  /** The province prefixes ResidentId accepts. */
  static final List<String> PROVINCES = List.of("11", "12", "13", "14", "15", "21", "22", "23",
      "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52",
      "53", "54", "61", "62", "63", "64", "65", "81", "82", "83");

  /** A Baotou number with a correct check character. */
  static final String BAOTOU = withCheck("15020219900307123");

  static String withCheck(String first17) {
    return first17 + ResidentId.checkCharacter(first17);
  }

  /** Valid numbers: known province, any area digits, a real birth date 1900..today, any sequence. */
  static Gen<String> validIds() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    Gen<LocalDate> births = longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), today.toEpochDay())
        .map(LocalDate::ofEpochDay);
    return Generate.pick(PROVINCES).zip(integers().between(0, 9999), births,
        integers().between(0, 999), (p, area, birth, seq) -> withCheck(p
            + String.format("%04d%04d%02d%02d%03d", area, birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), seq)));
  }

  /** Hostile text: any code point (control characters, surrogates, CJK), digits, long strings. */
  static Gen<String> arbitraryText() {
    return Generate.oneOf(strings().allPossible().ofLengthBetween(0, 40),
        strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 25),
        strings().numeric(), strings().ascii().ofLengthBetween(14, 20),
        strings().allPossible().ofLengthBetween(1_000, 5_000),
        validIds().zip(integers().between(0, 17), integers().between(0, 0x10FFFF),
            (id, i, cp) -> id.substring(0, i) + new String(Character.toChars(cp)) + id.substring(i + 1)));
  }

  private static List<String> codesOf(String text) {
    return catchThrowableOfType(CordonValidationException.class, () -> ResidentId.parse(text)).codes();
  }

  // --- examples ---------------------------------------------------------------------------------

  @Test
  void acceptsTheExampleOfTheStandard() {
    ResidentId id = ResidentId.parse("11010519491231002X");
    assertThat(id.value()).isEqualTo("11010519491231002X");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.provinceCode()).isEqualTo("110000");
    assertThat(ResidentId.checkCharacter("11010519491231002")).isEqualTo('X');
  }

  @Test
  void readsALowerCaseXAndSurroundingWhitespace() {
    ResidentId id = ResidentId.parse("  11010519491231002x\t");
    assertThat(id.value()).isEqualTo("11010519491231002X");
    assertThat(id).isEqualTo(ResidentId.parse("11010519491231002X"))
        .hasSameHashCodeAs(ResidentId.parse("11010519491231002X"));
    assertThat(ResidentId.isValid("11010519491231002x")).isTrue();
  }

  @Test
  void masksAsDocumented() {
    ResidentId id = ResidentId.parse(BAOTOU);
    assertThat(id.masked()).isEqualTo("1502**********123" + BAOTOU.charAt(17));
    assertThat(id.toString()).isEqualTo(id.masked()).doesNotContain(id.value());
    assertThat(ResidentId.parse("11010519491231002X").masked()).isEqualTo("1101**********002X");
  }

  @Test
  void rejectsAWrongCheckCharacter() {
    char right = BAOTOU.charAt(17);
    String wrong = BAOTOU.substring(0, 17) + (right == '0' ? '1' : '0');
    assertThat(ResidentId.isValid(wrong)).isFalse();
    CordonValidationException e =
        catchThrowableOfType(CordonValidationException.class, () -> ResidentId.parse(wrong));
    assertThat(e.codes()).containsExactly("CORDON-PERSON-002");
    Violation v = e.violations().get(0);
    assertThat(v.field()).isEqualTo("residentId");
    assertThat(v.value()).contains("1502**********123" + wrong.charAt(17));
    assertThat(e.getMessage()).doesNotContain(wrong).contains("check character");
    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).doesNotContain(wrong).contains("校验码");
  }

  @Test
  void rejectsTheWrongShape() {
    assertThat(codesOf("1502021990030712")).containsExactly("CORDON-PERSON-001");
    assertThat(codesOf("1502021990030712345")).containsExactly("CORDON-PERSON-001");
    assertThat(codesOf("15020219900307123Y")).containsExactly("CORDON-PERSON-001");
    assertThat(codesOf("1502021990030712X4")).containsExactly("CORDON-PERSON-001");
    assertThat(codesOf("１５０２０２１９９００３０７１２３４")).containsExactly("CORDON-PERSON-001");
    assertThat(codesOf("")).containsExactly("CORDON-PERSON-001");
    assertThat(codesOf(null)).containsExactly("CORDON-PERSON-001");
  }

  @Test
  void rejectsAFirstGenerationNumberSayingSo() {
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
        () -> ResidentId.parse("150202900307123"));
    assertThat(e.codes()).containsExactly("CORDON-PERSON-006");
    assertThat(e.getMessage()).contains("15-digit").doesNotContain("150202900307123");
    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("15 位");
  }

  @Test
  void rejectsABirthDateThatIsNotReal() {
    assertThat(codesOf(withCheck("15020219900230123"))).containsExactly("CORDON-PERSON-003");
    assertThat(codesOf(withCheck("15020219901301123"))).containsExactly("CORDON-PERSON-003");
    assertThat(codesOf(withCheck("15020219900100123"))).containsExactly("CORDON-PERSON-003");
    assertThat(codesOf(withCheck("15020219000229123"))).containsExactly("CORDON-PERSON-003");
    assertThat(ResidentId.parse(withCheck("15020220000229123")).birthDate())
        .isEqualTo(LocalDate.of(2000, 2, 29));
  }

  @Test
  void rejectsABirthDateInTheFuture() {
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
    String first17 = String.format("150202%04d%02d%02d123", tomorrow.getYear(),
        tomorrow.getMonthValue(), tomorrow.getDayOfMonth());
    assertThat(codesOf(withCheck(first17))).containsExactly("CORDON-PERSON-004");
    assertThat(codesOf(withCheck("15020230000101123"))).containsExactly("CORDON-PERSON-004");
  }

  @Test
  void judgesTheFutureByTheInjectedClockNotTheWallClock() {
    // born 2010-05-05: valid today by the wall clock, in the future on 2009-12-31 by a fixed clock
    String bornIn2010 = withCheck("15020220100505123");
    Clock endOf2009 = Clock.fixed(Instant.parse("2009-12-31T12:00:00Z"), ZoneOffset.UTC);
    assertThat(ResidentId.isValid(bornIn2010)).isTrue();
    assertThat(ResidentId.parse(bornIn2010).birthDate()).isEqualTo(LocalDate.of(2010, 5, 5));
    assertThat(ResidentId.isValid(bornIn2010, endOf2009)).isFalse();
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
        () -> ResidentId.parse(bornIn2010, endOf2009));
    assertThat(e.codes()).containsExactly("CORDON-PERSON-004");
    assertThat(e.violations().get(0).value()).hasValue("1502**********123" + bornIn2010.charAt(17));
  }

  @Test
  void todayIsTheDateInChinaWhateverTheClocksZone() {
    // 2010-05-04T17:00Z is 2010-05-05 01:00 in Beijing: a birth on 2010-05-05 is no longer future
    String bornOn0505 = withCheck("15020220100505123");
    Clock utcEvening = Clock.fixed(Instant.parse("2010-05-04T17:00:00Z"), ZoneOffset.UTC);
    Clock utcMorning = Clock.fixed(Instant.parse("2010-05-04T15:00:00Z"), ZoneOffset.UTC);
    assertThat(ResidentId.isValid(bornOn0505, utcEvening)).isTrue();
    assertThat(ResidentId.isValid(bornOn0505, utcMorning)).isFalse();
  }

  @Test
  void rejectsABirthYearBefore1900EvenInTheStandardsOwnExample() {
    // GB 11643's second example: right check character, but a birth in 1880
    assertThat(ResidentId.checkCharacter("44052418800101001")).isEqualTo('4');
    assertThat(codesOf("440524188001010014")).containsExactly("CORDON-PERSON-007");
  }

  @Test
  void rejectsAnUnknownProvincePrefix() {
    assertThat(codesOf(withCheck("71010219900307123"))).containsExactly("CORDON-PERSON-005");
    assertThat(codesOf(withCheck("00010219900307123"))).containsExactly("CORDON-PERSON-005");
    assertThat(codesOf(withCheck("99010219900307123"))).containsExactly("CORDON-PERSON-005");
  }

  @Test
  void acceptsResidencePermitsOfHongKongMacaoAndTaiwanResidents() {
    for (String prefix : List.of("81", "82", "83")) {
      ResidentId id = ResidentId.parse(withCheck(prefix + "000019900307123"));
      assertThat(id.provinceCode()).isEqualTo(prefix + "0000");
    }
  }

  @Test
  void doesNotCheckTheAreaCodeAgainstTodaysDivisions() {
    // 152101 (Hailar, Hulunbuir League) was withdrawn in 2001, yet people born there keep it
    assertThat(ResidentId.isValid(withCheck("15210119700101123"))).isTrue();
  }

  @Test
  void reportsEveryFaultOfAWellFormedNumberAtOnce() {
    String first17 = "99010219900230123";
    char wrong = ResidentId.checkCharacter(first17) == '0' ? '1' : '0';
    assertThat(codesOf(first17 + wrong))
        .containsExactly("CORDON-PERSON-005", "CORDON-PERSON-003", "CORDON-PERSON-002");
  }

  @Test
  void checkCharacterRefusesAnythingButSeventeenDigits() {
    assertThatThrownBy(() -> ResidentId.checkCharacter("1502021990030712"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResidentId.checkCharacter("1502021990030712a"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResidentId.checkCharacter(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void serialisesToJsonAsTheNumber() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ResidentId id = ResidentId.parse(BAOTOU);
    assertThat(json.writeValueAsString(id)).isEqualTo('"' + BAOTOU + '"');
    assertThat(json.readValue('"' + BAOTOU + '"', ResidentId.class)).isEqualTo(id);
    assertThatThrownBy(() -> json.readValue("\"150202900307123\"", ResidentId.class))
        .hasRootCauseInstanceOf(CordonValidationException.class);
  }

  // --- properties -------------------------------------------------------------------------------

  @Test
  void generatedValidNumbersAreAcceptedAndRoundTrip() {
    qt().forAll(validIds()).checkAssert(number -> {
      assertThat(ResidentId.isValid(number)).isTrue();
      ResidentId id = ResidentId.parse(number);
      assertThat(id.value()).isEqualTo(number);
      assertThat(ResidentId.parse(id.value())).isEqualTo(id);
      assertThat(ResidentId.parse(number.toLowerCase(Locale.ROOT))).isEqualTo(id);
      assertThat(id.birthDate()).isEqualTo(LocalDate.of(Integer.parseInt(number.substring(6, 10)),
          Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14))));
      assertThat(id.provinceCode()).isEqualTo(number.substring(0, 2) + "0000");
    });
  }

  @Test
  void everySingleCharacterSubstitutionIsDetected() {
    qt().withExamples(200).forAll(validIds()).checkAssert(number -> {
      for (int i = 0; i < 18; i++) {
        for (char c : "0123456789X".toCharArray()) {
          if (c == number.charAt(i) || (c == 'X' && i < 17)) {
            continue;
          }
          String changed = number.substring(0, i) + c + number.substring(i + 1);
          assertThat(ResidentId.isValid(changed)).as(changed).isFalse();
          // detected by the check character alone, whatever the other rules say
          assertThat(ResidentId.checkCharacter(changed.substring(0, 17)))
              .as(changed).isNotEqualTo(changed.charAt(17));
        }
      }
    });
  }

  @Test
  void everyAdjacentTranspositionIsDetected() {
    qt().withExamples(200).forAll(validIds()).checkAssert(number -> {
      for (int i = 0; i < 17; i++) {
        if (number.charAt(i) == number.charAt(i + 1)) {
          continue;
        }
        char[] chars = number.toCharArray();
        chars[i] = number.charAt(i + 1);
        chars[i + 1] = number.charAt(i);
        String swapped = new String(chars);
        assertThat(ResidentId.isValid(swapped)).as(swapped).isFalse();
        if (chars[16] != 'X') {
          assertThat(ResidentId.checkCharacter(swapped.substring(0, 17)))
              .as(swapped).isNotEqualTo(swapped.charAt(17));
        }
      }
    });
  }

  @Test
  void maskedFormShowsOnlyTheFirstFourAndLastFour() {
    qt().forAll(validIds()).checkAssert(number -> {
      ResidentId id = ResidentId.parse(number);
      String masked = id.masked();
      assertThat(masked).hasSize(18);
      assertThat(masked.chars().filter(c -> c != '*').count()).isLessThanOrEqualTo(8);
      assertThat(masked.substring(4, 14)).isEqualTo("*".repeat(10));
      assertThat(masked.substring(0, 4)).isEqualTo(number.substring(0, 4));
      assertThat(masked.substring(14)).isEqualTo(number.substring(14));
      assertThat(id.toString()).isEqualTo(masked).doesNotContain(number)
          .doesNotContain(number.substring(4, 14));
    });
  }

  @Test
  void violationsNeverShowTheFullNumber() {
    qt().withExamples(300).forAll(validIds(), integers().between(0, 17), integers().between(0, 9))
        .checkAssert((number, i, d) -> {
          String changed = number.substring(0, i) + d + number.substring(i + 1);
          if (changed.equals(number)) {
            return;
          }
          CordonValidationException e =
              catchThrowableOfType(CordonValidationException.class, () -> ResidentId.parse(changed));
          assertThat(e).isNotNull();
          assertThat(e.getMessage()).doesNotContain(changed);
          assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).doesNotContain(changed);
          e.violations().forEach(v -> assertThat(v.value()).contains(changed.substring(0, 4)
              + "*".repeat(10) + changed.substring(14)));
        });
  }

  @Test
  void anyTextYieldsANumberOrAValidationExceptionOnly() {
    qt().withExamples(2_000).forAll(arbitraryText()).checkAssert(text -> {
      boolean valid = ResidentId.isValid(text);
      try {
        ResidentId id = ResidentId.parse(text);
        assertThat(valid).isTrue();
        assertThat(id.toString()).doesNotContain(id.value());
      } catch (CordonValidationException e) {
        assertThat(valid).isFalse();
        assertThat(e.violations()).isNotEmpty();
      }
    });
    assertThat(ResidentId.isValid("1".repeat(1_000_000))).isFalse();
  }
}

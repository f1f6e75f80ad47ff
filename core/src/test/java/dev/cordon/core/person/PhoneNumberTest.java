package dev.cordon.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PhoneNumberTest {
  /** Mobile prefixes allocated long ago (China Mobile, Unicom, Telecom). */
  private static final List<String> MOBILE_PREFIXES = List.of("130", "131", "132", "133", "134",
      "135", "136", "137", "138", "139", "150", "151", "152", "155", "156", "157", "158", "159",
      "180", "181", "182", "183", "185", "186", "187", "188", "189");

  /** Mobile numbers as 11 digits. */
  private static Gen<String> mobiles() {
    return Generate.pick(MOBILE_PREFIXES).zip(integers().between(0, 99_999_999),
        (p, n) -> p + String.format("%08d", n));
  }

  /** The way people write an 11-digit mobile number: bare, +86, 0086, grouped by spaces or dashes. */
  private static Gen<String> written(Gen<String> mobiles) {
    return mobiles.zip(integers().between(0, 5), (m, style) -> switch (style) {
      case 0 -> m;
      case 1 -> "+86" + m;
      case 2 -> "+86 " + m.substring(0, 3) + " " + m.substring(3, 7) + " " + m.substring(7);
      case 3 -> "0086-" + m.substring(0, 3) + "-" + m.substring(3, 7) + "-" + m.substring(7);
      case 4 -> m.substring(0, 3) + "-" + m.substring(3, 7) + "-" + m.substring(7);
      default -> "  " + m + "\t";
    });
  }

  private static List<String> codesOf(String text) {
    return catchThrowableOfType(CordonValidationException.class, () -> PhoneNumber.parse(text)).codes();
  }

  // --- examples ---------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"13812341234", "+86 138 1234 1234", "0086-138-1234-1234", "+8613812341234",
      "138-1234-1234", " 138 1234 1234 "})
  void acceptsAMobileNumberHoweverWritten(String text) {
    PhoneNumber phone = PhoneNumber.parse(text);
    assertThat(PhoneNumber.isValid(text)).isTrue();
    assertThat(phone.value()).isEqualTo("13812341234");
    assertThat(phone.e164()).isEqualTo("+8613812341234");
    assertThat(phone.isMobile()).isTrue();
    assertThat(phone.masked()).isEqualTo("138****1234");
    assertThat(phone).hasToString("138****1234").isEqualTo(PhoneNumber.parse("13812341234"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0472-1234567", "(0472) 1234567", "04721234567", "+86 472 1234567",
      "0086 472 123 4567"})
  void acceptsALandlineWithItsAreaCode(String text) {
    PhoneNumber phone = PhoneNumber.parse(text);
    assertThat(phone.value()).isEqualTo("0472-1234567");
    assertThat(phone.e164()).isEqualTo("+864721234567");
    assertThat(phone.isMobile()).isFalse();
    assertThat(phone.masked()).isEqualTo("0472-*****67");
    assertThat(phone.toString()).isEqualTo("0472-*****67");
  }

  @Test
  void writesATwoDigitAreaCodeWithItsTrunkPrefix() {
    PhoneNumber beijing = PhoneNumber.parse("(010) 1234 5678");
    assertThat(beijing.value()).isEqualTo("010-12345678");
    assertThat(beijing.masked()).isEqualTo("010-******78");
    assertThat(beijing).isEqualTo(PhoneNumber.parse("+86 10 1234 5678"))
        .hasSameHashCodeAs(PhoneNumber.parse("+86 10 1234 5678"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1381234123a", "13812341234a", "12345", "+1 650 253 0000", "",
      "   ", "1234567", "400-812-3123", "138 1234 1234 ext 5", "138.1234.1234", "1-800-FLOWERS",
      "+44 20 7946 0958", "138123412345", "86+13812341234", "１３８１２３４１２３４"})
  void rejectsEverythingElse(String text) {
    assertThat(PhoneNumber.isValid(text)).isFalse();
    assertThat(codesOf(text)).containsExactly("CORDON-PERSON-010");
  }

  @Test
  void rejectsNullAndOverlongInputBeforeParsing() {
    assertThat(codesOf(null)).containsExactly("CORDON-PERSON-010");
    String padded = "138 1234 1234" + " ".repeat(30);
    assertThat(padded.length()).isGreaterThan(40);
    assertThat(PhoneNumber.isValid(padded)).isFalse();
    assertThat(PhoneNumber.isValid("1".repeat(1_000_000))).isFalse();
  }

  @Test
  void violationNamesTheFieldAndMasksTheValue() {
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
        () -> PhoneNumber.parse("1381234123a"));
    Violation v = e.violations().get(0);
    assertThat(v.code()).isEqualTo("CORDON-PERSON-010");
    assertThat(v.field()).isEqualTo("phone");
    assertThat(v.value()).contains("138****123a");
    assertThat(e.getMessage()).doesNotContain("1381234123a").contains("phone number");
    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("电话号码");
  }

  @Test
  void serialisesToJsonAsItsCanonicalForm() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertThat(json.writeValueAsString(PhoneNumber.parse("+86 138 1234 1234")))
        .isEqualTo("\"13812341234\"");
    assertThat(json.readValue("\"0472-1234567\"", PhoneNumber.class))
        .isEqualTo(PhoneNumber.parse("(0472) 1234567"));
    assertThatThrownBy(() -> json.readValue("\"12345\"", PhoneNumber.class))
        .hasRootCauseInstanceOf(CordonValidationException.class);
  }

  // --- properties -------------------------------------------------------------------------------

  @Test
  void mobileNumbersHoweverWrittenParseToTheirElevenDigits() {
    qt().forAll(written(mobiles())).checkAssert(text -> {
      PhoneNumber phone = PhoneNumber.parse(text);
      String digits = phone.value();
      assertThat(digits).hasSize(11).containsOnlyDigits();
      assertThat(text.replaceAll("[^0-9]", "")).endsWith(digits);
      assertThat(phone.e164()).isEqualTo("+86" + digits);
      assertThat(PhoneNumber.parse(phone.value())).isEqualTo(phone);
      assertThat(PhoneNumber.parse(phone.e164())).isEqualTo(phone);
    });
  }

  @Test
  void maskedMobileShowsOnlyTheFirstThreeAndLastFour() {
    qt().forAll(mobiles()).checkAssert(m -> {
      PhoneNumber phone = PhoneNumber.parse(m);
      String masked = phone.masked();
      assertThat(masked).hasSize(11);
      assertThat(masked.chars().filter(c -> c != '*').count()).isLessThanOrEqualTo(7);
      assertThat(masked.substring(3, 7)).isEqualTo("****");
      assertThat(masked).startsWith(m.substring(0, 3)).endsWith(m.substring(7));
      assertThat(phone.toString()).isEqualTo(masked).doesNotContain(m);
    });
  }

  @Test
  void maskedLandlineShowsOnlyTheAreaCodeAndLastTwo() {
    qt().forAll(integers().between(0, 9_999_999)).checkAssert(n -> {
      String local = String.format("%07d", n).replaceFirst("^[01]", "2");
      PhoneNumber phone = PhoneNumber.parse("0472-" + local);
      String masked = phone.masked();
      assertThat(masked).isEqualTo("0472-*****" + local.substring(5));
      assertThat(masked.chars().filter(c -> c != '*' && c != '-').count()).isLessThanOrEqualTo(6);
      assertThat(phone.toString()).doesNotContain(local).doesNotContain(phone.value());
    });
  }

  @Test
  void anyTextYieldsANumberOrAValidationExceptionOnly() {
    Gen<String> texts = Generate.oneOf(ResidentIdTest.arbitraryText(), written(mobiles()),
        written(mobiles()).zip(integers().between(0, 0x10FFFF), (m, cp) -> m + Character.toString(cp)));
    qt().withExamples(2_000).forAll(texts).checkAssert(text -> {
      boolean valid = PhoneNumber.isValid(text);
      try {
        PhoneNumber phone = PhoneNumber.parse(text);
        assertThat(valid).isTrue();
        assertThat(phone.toString()).doesNotContain(phone.value());
      } catch (CordonValidationException e) {
        assertThat(valid).isFalse();
        assertThat(e.codes()).containsExactly("CORDON-PERSON-010");
      }
    });
  }
}

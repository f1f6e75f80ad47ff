package dev.cordon.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The proof behind {@link PhoneNumber.BareMobile}: for the bare forms it decides alone (eleven
 * digits starting with 1, bare or after {@code +86} / {@code 0086}), its answer is libphonenumber's,
 * over every five-digit prefix. Runs again with every libphonenumber upgrade, so a metadata
 * change that made the answer depend on a sixth digit fails here before it reaches a ledger.
 */
class PhoneNumberPrefixTest {
  /** Completions tried per prefix besides all zeros and all nines. */
  private static final int RANDOM_COMPLETIONS = 3;

  private static String describe(PhoneNumber n) {
    return n == null ? "rejected" : n.value() + " " + n.e164() + (n.isMobile() ? " mobile" : " landline");
  }

  /** {@code read} (with the fast path) and libphonenumber alone, as comparable text. */
  private static void assertSameAnswer(String text, List<String> mismatches) {
    String fast = describe(PhoneNumber.isValid(text) ? PhoneNumber.parse(text) : null);
    String library = describe(PhoneNumber.readThroughLibrary(text));
    if (!Objects.equals(fast, library)) {
      mismatches.add(text + ": fast path " + fast + ", libphonenumber " + library);
    }
  }

  @Test
  void every_five_digit_prefix_in_every_bare_form_gets_libphonenumbers_answer() {
    SplittableRandom random = new SplittableRandom(20211027);
    List<String> mismatches = new ArrayList<>();
    int mobiles = 0;
    for (int prefix = 10_000; prefix <= 19_999; prefix++) {
      List<String> completions = new ArrayList<>(List.of("000000", "999999"));
      for (int i = 0; i < RANDOM_COMPLETIONS; i++) {
        completions.add(String.format("%06d", random.nextInt(1_000_000)));
      }
      for (String rest : completions) {
        String digits = prefix + rest;
        for (String form : List.of(digits, "+86" + digits, "0086" + digits)) {
          assertSameAnswer(form, mismatches);
        }
      }
      if (PhoneNumber.BareMobile.isMobileRange(prefix)) {
        mobiles++;
      }
    }
    assertThat(mismatches).as("numbers the fast path reads differently from libphonenumber").isEmpty();
    // the fast path is used, for the ranges every carrier has had for years, and not for the rest
    assertThat(mobiles).isBetween(4_000, 9_000);
    assertThat(PhoneNumber.BareMobile.isMobileRange(13_812)).isTrue();
    assertThat(PhoneNumber.BareMobile.isMobileRange(11_808)).isFalse();
    assertThat(PhoneNumber.BareMobile.read("13812341234")).isNotNull();
    assertThat(PhoneNumber.BareMobile.read("+8613812341234")).isNotNull();
  }

  @Test
  void any_digit_string_near_the_bare_forms_gets_libphonenumbers_answer() {
    List<String> mismatches = new ArrayList<>();
    qt().withExamples(20_000).forAll(longs().between(0, 99_999_999_999L), integers().between(0, 7))
        .checkAssert((n, form) -> {
          String digits = String.format("%011d", n);
          String text = switch (form) {
            case 0 -> digits;
            case 1 -> "+86" + digits;
            case 2 -> "0086" + digits;
            case 3 -> "86" + digits;
            case 4 -> digits.substring(1);
            case 5 -> digits + "0";
            case 6 -> "+86" + digits.substring(1);
            default -> "0" + digits;
          };
          assertSameAnswer(text, mismatches);
        });
    assertThat(mismatches).isEmpty();
  }

  @Test
  void the_fast_path_refuses_what_is_not_its_form() {
    assertThat(PhoneNumber.BareMobile.read("138 1234 1234")).isNull();
    assertThat(PhoneNumber.BareMobile.read("+8513812341234")).isNull();
    assertThat(PhoneNumber.BareMobile.read("1381234123x")).isNull();
    assertThat(PhoneNumber.BareMobile.read("23812341234")).isNull();
    assertThat(PhoneNumber.BareMobile.read("1381234123")).isNull();
  }
}

package dev.cordon.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cordon.core.entry.EntryId;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.org.Unit;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An over-long value is echoed as its first characters and its length, never whole. */
class LongValuesTest {
  @Test
  void aValueUpToTheLimitIsShownWhole() {
    String v = "a".repeat(Masking.MAX_SHOWN);
    assertThat(Violation.of("CORDON-STORE-002", "site", v, "site").value()).contains(v);
  }

  @Test
  void aLongerValueIsCutToAPrefixAndItsLengthInBothLanguages() {
    String v = "x".repeat(9_000);
    Violation violation = Violation.of("CORDON-STORE-002", "site", v, "site");

    String shown = "x".repeat(64) + "… (9,000 characters)";
    assertThat(violation.value()).contains(shown);
    assertThat(violation.message()).contains(shown).hasSizeLessThan(200);
    assertThat(violation.message(Locale.SIMPLIFIED_CHINESE))
        .contains("x".repeat(64) + "…（共 9,000 个字符）").hasSizeLessThan(200);
    assertThat(violation.toString()).hasSizeLessThan(300);
  }

  @Test
  void cuttingCountsCharactersNotUtf16UnitsAndNeverSplitsAPair() {
    String v = "😀".repeat(100);
    String shown = Masking.shorten(v);
    assertThat(shown).startsWith("😀".repeat(64) + "… (").endsWith("(100 characters)");
  }

  @Test
  void aLongIdIsEchoedCutAndMasked() {
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
        () -> EntryId.of("secret-" + "9".repeat(9_000)));
    assertThat(e.getMessage()).hasSizeLessThan(400).contains("(9,007 characters)").doesNotContain("secret");
  }

  @Test
  void aLongUnknownPropertyNameIsCutInThePath() {
    String json = "{\"" + "k".repeat(9_000) + "\": 1}";
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
        () -> CordonJson.read(json, Unit.class));
    assertThat(e.violations().get(0).field()).hasSizeLessThan(260).contains("characters)");
    assertThat(e.getMessage()).hasSizeLessThan(600);
  }
}

package dev.cordon.core.validation;

import static dev.cordon.core.Rejections.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.cordon.core.entry.EntryId;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.travel.TravelDeclarationId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Zero-width, bidi and other invisible or control characters are refused in every typed id; bidi
 * overrides are refused in names and free text, where every script, {@code ·} and emoji stay fine.
 */
class InvisibleCharactersTest {
  /** The characters the issue names, and other invisible, format, control and odd space characters. */
  private static final List<Integer> FORBIDDEN_IN_IDS = List.of(
      0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF,                       // zero-width
      0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, // bidi
      0x2066, 0x2067, 0x2068, 0x2069,
      0x0000, 0x0009, 0x000A, 0x000D, 0x001B, 0x007F, 0x0085, 0x009F, // control
      0x00AD, 0x180E, 0x2061, 0xFFF9, 0xE0001,                       // other format
      0x00A0, 0x2007, 0x3000, 0x2028, 0x2029,                       // other spaces, separators
      0xE000, 0xF8FF, 0x3164, 0xD800,                               // private use, filler, surrogate
      0x034F, 0xFE0F, 0xFE00, 0x17B4, 0x180B, 0xE0100);             // default-ignorable marks (QA)

  private static final List<Function<String, Object>> ID_TYPES = List.of(UnitId::of, SiteId::of,
      EntryId::of, PersonId::of, SupplyItemId::of, TravelDeclarationId::of);

  /** Printable characters of the allowed set: ASCII, Latin-1 letters, CJK, the middle dot, emoji. */
  private static Gen<Integer> allowedCodePoints() {
    return Generate.frequency(List.of(
        org.quicktheories.api.Pair.of(5, integers().between(0x21, 0x7E)),
        org.quicktheories.api.Pair.of(1, integers().between(0xC0, 0xFF)),
        org.quicktheories.api.Pair.of(3, integers().between(0x4E00, 0x9FA5)),
        org.quicktheories.api.Pair.of(1, Generate.constant(0xB7)),
        org.quicktheories.api.Pair.of(1, Generate.constant((int) ' ')),
        org.quicktheories.api.Pair.of(1, integers().between(0x1F600, 0x1F64F))));
  }

  private static Gen<String> allowedIds() {
    return lists().of(allowedCodePoints()).ofSizeBetween(1, 60).map(cps -> {
      StringBuilder sb = new StringBuilder();
      cps.forEach(sb::appendCodePoint);
      // ids have no outer spaces; keep the inner ones
      String s = sb.toString().strip();
      return s.isEmpty() ? "x" : s;
    });
  }

  @Test
  void anIdMadeOfPrintableCharactersOfTheAllowedSetIsAccepted() {
    qt().forAll(allowedIds(), Generate.pick(ID_TYPES))
        .checkAssert((id, type) -> assertThatCode(() -> type.apply(id)).doesNotThrowAnyException());
  }

  @Test
  void anIdWithAnInvisibleOrControlCharacterAnywhereIsRefusedNamingItAndItsPosition() {
    qt().forAll(allowedIds(), Generate.pick(FORBIDDEN_IN_IDS), integers().between(0, 60),
            Generate.pick(ID_TYPES))
        .checkAssert((id, cp, at, type) -> {
          int cut = id.offsetByCodePoints(0, Math.min(at, id.codePointCount(0, id.length())));
          String bad = id.substring(0, cut) + new String(Character.toChars(cp)) + id.substring(cut);
          CordonValidationException e = dev.cordon.core.Rejections.rejected(() -> type.apply(bad));
          assertThat(e.codes()).containsExactly("CORDON-ID-003");
          int position = bad.codePointCount(0, cut) + 1;
          assertThat(e.getMessage()).contains(String.format(Locale.ROOT, "U+%04X", cp))
              .contains("at position " + position);
          assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("第 " + position + " 个字符");
          // the message itself never carries the invisible character
          assertThat(e.getMessage().codePoints()).doesNotContain(cp);
        });
  }

  @Test
  void aRightToLeftOverrideInAnIdIsNamed() {
    Violation v = rejectedWith(() -> UnitId.of("ab\u202Ec"), "CORDON-ID-003", "unitId");
    assertThat(v.message()).contains("U+202E (RIGHT-TO-LEFT OVERRIDE) at position 3");
    assertThat(v.value()).hasValueSatisfying(s -> assertThat(s).doesNotContain("\u202E"));
  }

  private static Unit unitNamed(String name) {
    return Unit.builder().id(UnitId.of("u")).name(name).kind(UnitKind.GROUP).headcount(1).build();
  }

  @Test
  void aBidiOverrideInANameOrFreeTextIsRefusedWithItsPosition() {
    for (int cp : List.of(0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069)) {
      String name = "昆区" + new String(Character.toChars(cp)) + "营业厅";
      Violation v = rejectedWith(() -> unitNamed(name), "CORDON-TEXT-001", "name");
      assertThat(v.message()).contains(String.format(Locale.ROOT, "U+%04X", cp)).contains("position 3");
      assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).contains("第 3 个字符");
    }
  }

  @Test
  void aPersonsNameWithABidiOverrideOrAZeroWidthCharacterIsRefused() {
    for (String name : List.of("张\u202E三", "阿拉坦\u200B·巴特尔", "\u2066王芳\u2069")) {
      rejectedWith(() -> dev.cordon.core.person.Person.builder().from(dev.cordon.core.Samples.employee()).name(name)
          .build(), "CORDON-PERSON-011", "name");
    }
    assertThat(dev.cordon.core.person.Person.builder().from(dev.cordon.core.Samples.employee()).name("阿拉坦·巴特尔")
        .build().name()).isEqualTo("阿拉坦·巴特尔");
  }

  @Test
  void legitimateNamesAndFreeTextStayFine() {
    for (String name : List.of("包头热力集团", "阿拉坦·巴特尔 service team", "Heating Co. — 东河 😀",
        "Zoë's office", "额济纳旗\n达来呼布镇")) {
      assertThat(unitNamed(name).name()).isEqualTo(name);
    }
  }
}

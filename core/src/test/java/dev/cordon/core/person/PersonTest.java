package dev.cordon.core.person;

import static dev.cordon.core.Rejections.rejected;
import static dev.cordon.core.Rejections.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.cordon.core.Generators;
import dev.cordon.core.Samples;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PersonTest {
  private static Person.Builder visitor() {
    return Person.builder().from(Samples.visitor());
  }

  @Test
  void chineseMongolianAndLatinNamesAreAccepted() {
    for (String name : List.of("王芳", "欧阳秀英", "阿拉坦·巴特尔", "乌云其木格", "Anna-Lena O'Neill",
        "Zoë Dubois", "J. R. Smith", "李")) {
      assertThat(visitor().name(name).build().name()).isEqualTo(name);
    }
  }

  @Test
  void everyGeneratedNameIsAccepted() {
    qt().forAll(Generators.personNames()).checkAssert(n -> assertThat(visitor().name(n).build().name()).isEqualTo(n));
  }

  @Test
  void aNameWithDigitsSymbolsOrNothingIsPerson011() {
    for (String bad : List.of("王芳1", "", " ", "·巴特尔", "王<芳>", "Robert'); DROP TABLE")) {
      rejectedWith(() -> visitor().name(bad).build(), "CORDON-PERSON-011", "name");
    }
  }

  @Test
  void aNameHasAtMost64Characters() {
    assertThat(visitor().name("芳".repeat(64)).build().name()).hasSize(64);
    rejectedWith(() -> visitor().name("芳".repeat(65)).build(), "CORDON-PERSON-011", "name");
  }

  @Test
  void anEmployeeWithoutUnitIsPerson012() {
    rejectedWith(() -> Person.builder().from(Samples.employee()).unit(java.util.Optional.empty()).build(),
        "CORDON-PERSON-012", "unit");
  }

  @Test
  void aVisitorWithoutPhoneOrIdNumberOrUnitIsAccepted() {
    Person p = Person.builder().id(PersonId.of("V-2")).name("其其格").category(PersonCategory.VISITOR).build();
    assertThat(p.phone()).isEmpty();
    assertThat(p.residentId()).isEmpty();
    assertThat(p.unit()).isEmpty();
    assertThat(p.rank()).isEqualTo(Rank.STAFF);
  }

  @Test
  void anInvalidPhoneOrIdNumberIsRejectedBeforeItReachesAPerson() {
    rejectedWith(() -> PhoneNumber.parse("1381234123a"), "CORDON-PERSON-010", "phone");
    String wrongCheck = "15020219900307123" + (Samples.RESIDENT_ID.endsWith("0") ? "1" : "0");
    var e = rejected(() -> ResidentId.parse(wrongCheck));
    assertThat(e.codes()).containsExactly("CORDON-PERSON-002");
  }

  @Test
  void theInvalidNameIsMaskedInTheExceptionInBothLanguages() {
    var e = rejected(() -> visitor().name("阿拉坦·巴特尔2").build());
    assertThat(e.getMessage()).doesNotContain("阿拉坦").doesNotContain("巴特尔");
    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).doesNotContain("巴特尔");
    assertThat(e.violations().get(0).value()).contains("阿*******");
  }

  @Test
  void missingAttributesAreNamed() {
    var e = rejected(() -> Person.builder().id(PersonId.of("P-9")).build());
    assertThat(e.violations()).extracting(v -> v.field()).containsExactlyInAnyOrder("name", "category");
  }
}

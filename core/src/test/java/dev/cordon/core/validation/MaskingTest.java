package dev.cordon.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.cordon.core.Generators;
import dev.cordon.core.Samples;
import dev.cordon.core.entry.Entrant;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.person.PhoneNumber;
import dev.cordon.core.person.Rank;
import dev.cordon.core.person.ResidentId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Personal data (個人信息) never appears unmasked in toString() or in exception messages. */
class MaskingTest {
  /** The fixed words of Person and Entrant toString(): a name may coincide with them by chance. */
  private static final String VOCABULARY = "Person{id=, name=, category=, unit=, rank=, phone=, "
      + "residentId=, Entrant{, personId=, purpose=, host=} EMPLOYEE VISITOR CONTRACTOR GROUP_LEADER "
      + "UNIT_PRINCIPAL STAFF";

  /** Only the classes of cordon-core itself (target/classes or its jar), never the tests. */
  static ImportOption onlyMainClasses() {
    String main = dev.cordon.core.entry.Entry.class.getProtectionDomain().getCodeSource().getLocation().toString();
    return location -> location.asURI().toString().replace("jar:", "").startsWith(main);
  }

  // --- Masking.mask -----------------------------------------------------------------------------

  @Test
  void documentedExamples() {
    assertThat(Masking.mask(Masking.Kind.PHONE, "13812341234")).isEqualTo("138****1234");
    assertThat(Masking.mask(Masking.Kind.RESIDENT_ID, "15020219900307123X")).isEqualTo("1502**********123X");
    assertThat(Masking.name("张三")).isEqualTo("张*");
    assertThat(Masking.name("阿拉坦·巴特尔")).isEqualTo("阿******");
    assertThat(Masking.name("李")).isEqualTo("*");
    assertThat(Masking.mask(Masking.Kind.TEXT, "大厅电梯")).isEqualTo("大**梯");
    assertThat(Masking.mask(Masking.Kind.TEXT, "ab")).isEqualTo("a*");
    assertThat(Masking.mask(Masking.Kind.NAME, "")).isEmpty();
    assertThat(Masking.mask(Masking.Kind.NAME, null)).isNull();
  }

  private static int visibleMaximum(Masking.Kind kind) {
    return switch (kind) {
      case NAME -> 1;
      case PHONE -> 7;
      case RESIDENT_ID -> 8;
      case TEXT -> 2;
    };
  }

  @Test
  void maskedTextKeepsItsLengthAndShowsNoMoreThanTheDocumentedCharacters() {
    Gen<String> texts = Generate.oneOf(strings().allPossible().ofLengthBetween(0, 40),
        strings().numeric(), Generators.residentIdTexts(), Generators.personNames(),
        strings().basicMultilingualPlaneAlphabet().ofLengthBetween(1, 20));
    qt().forAll(texts, Generate.enumValues(Masking.Kind.class)).checkAssert((s, kind) -> {
      int[] original = s.codePoints().toArray();
      int[] masked = Masking.mask(kind, s).codePoints().toArray();
      assertThat(masked).hasSameSizeAs(original);
      int shown = 0;
      for (int i = 0; i < masked.length; i++) {
        assertThat(masked[i] == original[i] || masked[i] == '*').isTrue();
        if (masked[i] != '*') {
          shown++;
        }
      }
      assertThat(shown).isLessThanOrEqualTo(visibleMaximum(kind));
      if (original.length >= 2) {
        // never the whole value, even when it is short
        assertThat(masked).contains((int) '*');
      } else if (original.length == 1) {
        assertThat(masked).containsExactly('*');
      }
    });
  }

  @Test
  void phonesShowAtMostTheirFirstThreeAndLastFourDigits() {
    qt().forAll(Generators.mobileTexts()).checkAssert(m -> {
      String masked = Masking.mask(Masking.Kind.PHONE, m);
      assertThat(masked).isEqualTo(m.substring(0, 3) + "****" + m.substring(7));
    });
  }

  // --- toString of the types that hold personal data ----------------------------------------------

  private static Gen<String> namesOfTwoOrMore() {
    return Generators.personNames().assuming(n -> n.codePointCount(0, n.length()) >= 2 && !VOCABULARY.contains(n));
  }

  @Test
  void personToStringNeverShowsTheNamePhoneOrIdNumber() {
    Gen<Person> persons = namesOfTwoOrMore().zip(Generators.phoneNumbers(), Generators.residentIds(),
        Generate.enumValues(PersonCategory.class), (name, phone, id, category) -> Person.builder()
            .id(PersonId.of("P-1")).name(name).category(category).unit(Samples.branchId())
            .rank(Rank.STAFF).phone(phone).residentId(id).build());
    qt().forAll(persons).checkAssert(p -> {
      String s = p.toString();
      assertThat(s).doesNotContain(p.name())
          .doesNotContain(p.phone().orElseThrow().value())
          .doesNotContain(p.phone().orElseThrow().e164())
          .doesNotContain(p.residentId().orElseThrow().value())
          .contains(Masking.name(p.name()));
    });
  }

  @Test
  void entrantToStringNeverShowsTheNameHostPhoneOrIdNumber() {
    Gen<Entrant> entrants = namesOfTwoOrMore().zip(namesOfTwoOrMore(), Generators.phoneNumbers(),
        Generators.residentIds(), (name, host, phone, id) -> Entrant.builder()
            .category(PersonCategory.VISITOR).name(name).host(host).phone(phone).residentId(id)
            .purpose("办理供热缴费").build());
    qt().forAll(entrants).checkAssert(e -> {
      String s = e.toString();
      assertThat(s).doesNotContain(e.name().orElseThrow()).doesNotContain(e.host().orElseThrow())
          .doesNotContain(e.phone().orElseThrow().value())
          .doesNotContain(e.residentId().orElseThrow().value());
    });
  }

  @Test
  void phoneNumbersAndIdNumbersShowOnlyTheirMaskedForm() {
    qt().forAll(Generators.phoneNumbers()).checkAssert(p -> {
      assertThat(p.toString()).isEqualTo(p.masked()).doesNotContain(p.value());
      assertThat(p.masked().chars().filter(Character::isDigit).count()).isLessThanOrEqualTo(7);
    });
    qt().forAll(Generators.residentIds()).checkAssert(r -> {
      assertThat(r.toString()).isEqualTo(r.masked()).doesNotContain(r.value()).hasSize(18);
      assertThat(r.masked().substring(4, 14)).isEqualTo("*".repeat(10));
    });
  }

  @Test
  void theSamplesAreMaskedAsDocumented() {
    assertThat(Samples.employee().toString()).contains("name=阿******").contains("phone=138****1234")
        .contains("residentId=1502**********" + Samples.RESIDENT_ID.substring(14));
    assertThat(Samples.landline().toString()).isEqualTo("0472-*****56");
    assertThat(Samples.visitorEntrant().toString()).contains("name=其**").contains("host=李*");
  }

  // --- exceptions ---------------------------------------------------------------------------------

  @Test
  void aRejectedNameIsNeverShownUnmaskedInTheException() {
    qt().forAll(namesOfTwoOrMore(), Generate.pick(List.of("1", "@", "#", "\n", "2021")))
        .checkAssert((name, junk) -> {
          String bad = name + junk;
          CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
              () -> Person.builder().id(PersonId.of("P-1")).name(bad).category(PersonCategory.VISITOR).build());
          assertThat(e.codes()).containsExactly("CORDON-PERSON-011");
          assertThat(e.getMessage()).doesNotContain(name);
          assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).doesNotContain(name);
          assertThat(e.toString()).doesNotContain(name);
          assertThat(e.violations().get(0).value().orElseThrow()).doesNotContain(name);
        });
  }

  @Test
  void aRejectedVisitorNameIsNeverShownUnmaskedInTheException() {
    qt().forAll(namesOfTwoOrMore()).checkAssert(name -> {
      CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
          () -> Entrant.builder().category(PersonCategory.VISITOR).name(name + "9").build());
      assertThat(e.getMessage()).doesNotContain(name);
      assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).doesNotContain(name);
    });
  }

  @Test
  void aRejectedIdNumberOrPhoneIsNeverShownInFull() {
    qt().forAll(Generators.residentIdTexts()).checkAssert(id -> {
      char wrong = id.charAt(17) == '0' ? '1' : '0';
      String bad = id.substring(0, 17) + wrong;
      CordonValidationException e = catchThrowableOfType(CordonValidationException.class, () -> ResidentId.parse(bad));
      assertThat(e.getMessage()).doesNotContain(bad).doesNotContain(bad.substring(4, 14));
    });
    qt().forAll(Generators.mobileTexts()).checkAssert(m -> {
      String bad = m + "8";
      CordonValidationException e = catchThrowableOfType(CordonValidationException.class, () -> PhoneNumber.parse(bad));
      assertThat(e.getMessage()).doesNotContain(m).doesNotContain(bad);
    });
  }

  // --- coverage: every type holding personal data is tested above -----------------------------------

  @Test
  void everyTypeHoldingPersonalDataDeclaresItsOwnToStringAndIsCoveredHere() {
    JavaClasses classes = new ClassFileImporter().withImportOption(onlyMainClasses())
        .importPackages("dev.cordon.core");
    Set<String> holders = new TreeSet<>();
    for (JavaClass c : classes) {
      boolean personal = c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(PersonalData.class));
      if (personal && !c.getSimpleName().startsWith("Immutable")) {
        holders.add(c.getName());
        assertThat(c.getMethods()).as(c.getName() + " declares toString()")
            .anyMatch(m -> m.getName().equals("toString") && m.getParameters().isEmpty());
      }
    }
    assertThat(holders).containsExactlyInAnyOrder(Person.class.getName(), Entrant.class.getName(),
        PhoneNumber.class.getName(), ResidentId.class.getName());
  }
}

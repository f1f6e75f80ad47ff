package dev.cordon.adapters.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The shape of cordon-adapters-xlsx. It depends on the CSV adapter's public API on purpose (the
 * layouts, aliases, value forms and error file are that adapter's; README "Why it depends on
 * cordon-adapters-csv"), never on its internals, and on no other adapter.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.cordon.adapters.xlsx");

  @Test
  void dependsOnTheCsvAdaptersApiOnlyAndOnNoOtherAdapter() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.cordon.adapters.jdbc..",
        "dev.cordon.adapters.csv.internal..", "dev.cordon.tck..", "dev.cordon.examples..")
        .check(CLASSES);
  }

  @Test
  void writesNothingToTheConsole() {
    noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .check(CLASSES);
  }

  @Test
  void noInternalTypeInAPublicSignature() {
    for (var c : CLASSES) {
      if (!c.getPackageName().equals("dev.cordon.adapters.xlsx") || !c.getModifiers()
          .contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)) {
        continue;
      }
      for (var m : c.getMethods()) {
        if (!m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)) {
          continue;
        }
        assertThat(m.getRawReturnType().getPackageName()).as(m.getFullName()).doesNotContain("internal");
        m.getRawParameterTypes().forEach(p ->
            assertThat(p.getPackageName()).as(m.getFullName()).doesNotContain("internal"));
      }
    }
  }
}

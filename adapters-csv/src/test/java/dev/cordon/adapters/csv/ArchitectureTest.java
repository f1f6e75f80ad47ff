package dev.cordon.adapters.csv;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.cordon.adapters.csv");

  @Test
  void dependsOnNoOtherAdapter() {
    // cordon-adapters-xlsx depends on this adapter, never the other way
    noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.cordon.adapters.jdbc..",
        "dev.cordon.adapters.xlsx..")
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
      if (!c.getPackageName().equals("dev.cordon.adapters.csv") || !c.getModifiers()
          .contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)) {
        continue;
      }
      for (var m : c.getMethods()) {
        if (!m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)) {
          continue;
        }
        var types = new java.util.ArrayList<>(m.getRawParameterTypes());
        types.add(m.getRawReturnType());
        org.assertj.core.api.Assertions.assertThat(types)
            .as("signature of %s", m.getFullName())
            .noneMatch(t -> t.getPackageName().contains(".internal"));
      }
    }
  }
}

package dev.cordon.spring.boot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.cordon.spring.boot");

  /** The starter uses Cordon's API tiers only: nothing under {@code .internal}. */
  @Test
  void usesNoInternalPackageOfCordon() {
    noClasses().should().dependOnClassesThat().resideInAPackage("dev.cordon..internal..").check(CLASSES);
  }

  /** Only the auto-configuration knows the CSV adapter exists (it names its artifact in a message). */
  @Test
  void dependsOnNoCsvAdapter() {
    noClasses().should().dependOnClassesThat().resideInAPackage("dev.cordon.adapters.csv..").check(CLASSES);
  }

  @Test
  void writesNothingToTheConsole() {
    noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .check(CLASSES);
  }
}

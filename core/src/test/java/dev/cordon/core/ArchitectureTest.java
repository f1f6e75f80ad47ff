package dev.cordon.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.File;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shape of cordon-core: no I/O of its own, no standard streams, no cycles, no leaked internals. */
class ArchitectureTest {
  private static JavaClasses core;

  /** Only the classes of cordon-core itself (target/classes or its jar), never the tests. */
  static ImportOption onlyMainClasses() {
    String main = dev.cordon.core.entry.Entry.class.getProtectionDomain().getCodeSource().getLocation().toString();
    return location -> location.asURI().toString().replace("jar:", "").startsWith(main);
  }

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter().withImportOption(onlyMainClasses())
        .importPackages("dev.cordon.core", "dev.cordon.spi");
    assertThat(core.contain(dev.cordon.core.entry.Entry.class)).isTrue();
  }

  @Test
  void coreUsesNoJdbcFilesPathsOrServiceLoader() {
    noClasses().that().resideInAnyPackage("dev.cordon.core..", "dev.cordon.spi..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.nio.file..")
        .orShould().dependOnClassesThat().belongToAnyOf(File.class, ServiceLoader.class)
        .check(core);
  }

  @Test
  void coreNeverWritesToTheStandardStreams() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(core);
  }

  @Test
  void thePackagesOfCoreHaveNoCycles() {
    slices().matching("dev.cordon.core.(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void noPublicSignatureOutsideInternalExposesAnInternalType() {
    methods().that().arePublic().and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
        .should(new ArchCondition<JavaMethod>("not name an ..internal.. type as parameter or return type") {
          @Override
          public void check(JavaMethod method, ConditionEvents events) {
            Stream.concat(Stream.of(method.getRawReturnType()), method.getRawParameterTypes().stream())
                .filter(t -> t.getPackageName().contains(".internal"))
                .forEach(t -> events.add(SimpleConditionEvent.violated(method,
                    method.getFullName() + " exposes " + t.getName())));
          }
        })
        .check(core);
    classes().that().resideOutsideOfPackage("..internal..").and().arePublic()
        .should().notBeAssignableTo(DescribedPredicate.describe("an internal type",
            (JavaClass c) -> c.getPackageName().contains(".internal")
                && !c.isEquivalentTo(dev.cordon.core.internal.IncompleteValueException.class)))
        .check(core);
  }

  @Test
  void generatedImmutableClassesAreNotPublic() {
    classes().that().haveSimpleNameStartingWith("Immutable").should().notBePublic().check(core);
    Set<String> generated = core.stream().filter(c -> c.getSimpleName().startsWith("Immutable"))
        .map(JavaClass::getSimpleName).collect(Collectors.toSet());
    assertThat(generated).contains("ImmutableEntry", "ImmutablePerson", "ImmutablePreventionPolicy");
  }

  @Test
  void theBuildersUsersSeeArePublicAndFinal() {
    classes().that().haveSimpleName("Builder").and().areNotPublic().should()
        .beNestedClasses().andShould().haveNameMatching(".*\\.Immutable[^.]*\\$Builder")
        .check(core);
    classes().that().haveSimpleName("Builder").and().arePublic().should()
        .haveModifier(JavaModifier.FINAL).check(core);
  }
}

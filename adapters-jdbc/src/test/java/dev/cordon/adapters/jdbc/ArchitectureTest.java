package dev.cordon.adapters.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shape of cordon-adapters-jdbc: dependencies one way, no leaked internals, no standard streams. */
class ArchitectureTest {
  private static JavaClasses jdbc;

  @BeforeAll
  static void importModule() {
    String main = JdbcStorage.class.getProtectionDomain().getCodeSource().getLocation().toString();
    ImportOption onlyMain = location -> location.asURI().toString().replace("jar:", "").startsWith(main);
    jdbc = new ClassFileImporter().withImportOption(onlyMain).importPackages("dev.cordon.adapters.jdbc");
    assertThat(jdbc.contain(JdbcStorage.class)).isTrue();
  }

  @Test
  void theAdapterDependsOnCoreAndSpiOnlyNeverOnOtherAdaptersOrTheKit() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("dev.cordon.adapters.csv..", "dev.cordon.tck..", "dev.cordon.examples..")
        .check(jdbc);
  }

  @Test
  void thePostgresDriverIsNeverNeededAtRunTime() {
    // it is an optional dependency: only the JDBC URL names it
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.postgresql..").check(jdbc);
  }

  @Test
  void theAdapterNeverWritesToTheStandardStreams() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(jdbc);
  }

  @Test
  void noPublicSignatureOfTheApiExposesAnInternalType() {
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
        .check(jdbc);
  }
}

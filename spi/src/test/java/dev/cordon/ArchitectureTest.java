package dev.cordon;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shape of cordon-spi: it depends on core only (never on an adapter), and leaks no internals. */
class ArchitectureTest {
  private static JavaClasses spi;

  @BeforeAll
  static void importSpi() {
    String main = Cordon.class.getProtectionDomain().getCodeSource().getLocation().toString();
    ImportOption onlyMain = location -> location.asURI().toString().replace("jar:", "").startsWith(main);
    spi = new ClassFileImporter().withImportOption(onlyMain).importPackages("dev.cordon");
    assertThat(spi.contain(Cordon.class)).isTrue();
  }

  @Test
  void spiDependsOnCoreAndNothingOfTheAdaptersOrTheKit() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("dev.cordon.adapters..", "dev.cordon.tck..", "dev.cordon.examples..")
        .check(spi);
  }

  /**
   * No package is split between cordon-core and cordon-spi (the rule SPI, {@code dev.cordon.spi.rules},
   * lives wholly in core): a package in two jars cannot be in two named modules.
   */
  @Test
  void noPackageIsSplitWithCore() {
    String coreJar = dev.cordon.core.entry.Entry.class.getProtectionDomain().getCodeSource().getLocation().toString();
    ImportOption onlyCore = location -> location.asURI().toString().replace("jar:", "").startsWith(coreJar);
    Set<String> corePackages = new ClassFileImporter().withImportOption(onlyCore).importPackages("dev.cordon")
        .stream().map(c -> c.getPackageName()).collect(Collectors.toSet());
    assertThat(corePackages).contains("dev.cordon.spi.rules", "dev.cordon.core.rules");
    Set<String> spiPackages = spi.stream().map(c -> c.getPackageName()).collect(Collectors.toSet());
    assertThat(spiPackages).contains("dev.cordon.spi.storage").doesNotContainAnyElementsOf(corePackages);
  }

  @Test
  void spiNeverWritesToTheStandardStreams() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(spi);
  }

  @Test
  void thePackagesOfSpiHaveNoCycles() {
    slices().matching("dev.cordon.spi.(*)..").should().beFreeOfCycles().check(spi);
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
        .check(spi);
  }
}

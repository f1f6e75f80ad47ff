package dev.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.Cordon;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.privacy.AccessRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cordon report --unit ID --reveal-personal-data --reason TEXT} and {@code cordon check --unit ID}. */
class RevealAndScopeCommandTest {
  @TempDir
  Path tmp;

  private String db;

  @BeforeEach
  void twoBranches() {
    db = tmp.resolve("cordon.db").toString();
    try (Cordon c = Cordon.open("jdbc:sqlite:" + db)) {
      c.directory().register(Unit.builder().id(UnitId.of("group")).name("包头热力集团").kind(UnitKind.GROUP).headcount(5).build());
      for (String s : List.of("east", "west")) {
        c.directory().register(Unit.builder().id(UnitId.of(s)).name(s.equals("east") ? "东河分公司" : "昆区分公司")
            .kind(UnitKind.GRASSROOTS_UNIT).parent(UnitId.of("group")).headcount(10).build());
        c.directory().register(Person.builder().id(PersonId.of(s + "-staff")).name(s.equals("east") ? "王小明" : "李娜")
            .category(PersonCategory.EMPLOYEE).unit(UnitId.of(s)).build());
        c.storage().findings().put(Finding.builder().id(FindingId.of(s + "-late")).ruleId("TRAVEL-LATE")
            .severity(Severity.MEDIUM).subject(Subject.of(SubjectKind.PERSON, s + "-staff")).unit(UnitId.of(s))
            .date(LocalDate.of(2021, 10, 25)).messageEn("declared late").messageZh("迟报").build());
      }
    }
  }

  private Cli report(String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("report", "--db", db, "--kind", "findings", "--date",
        "2021-10-31", "--format", "json", "--out", tmp.resolve("findings.json").toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private String written() throws Exception {
    return Files.readString(tmp.resolve("findings.json"), StandardCharsets.UTF_8);
  }

  private List<AccessRecord> accessLog() {
    try (Cordon c = Cordon.open("jdbc:sqlite:" + db); Stream<AccessRecord> s = c.storage().accessLog().all()) {
      return s.toList();
    }
  }

  @Test
  void aReportOfOneUnitHoldsNothingOfAnotherAndMasksNames() throws Exception {
    Cli r = report("--unit", "east");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(written()).contains("east-late", "王*明").doesNotContain("王小明", "west", "李娜");
    assertThat(accessLog()).isEmpty();
  }

  @Test
  void aRevealShowsTheNamesAndIsLogged() throws Exception {
    Cli r = report("--unit", "east", "--reveal-personal-data", "--reason", "核查迟报", "--by", "王科长");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(written()).contains("王小明").doesNotContain("李娜");
    assertThat(accessLog()).singleElement().satisfies(l -> {
      assertThat(l.by()).isEqualTo("王科长");
      assertThat(l.reason()).isEqualTo("核查迟报");
      assertThat(l.scope()).contains(UnitId.of("east"));
      assertThat(l.what()).startsWith("report findings 2021-10-01..2021-10-31");
      assertThat(l.records()).containsExactly("person:east-staff");
    });
  }

  @Test
  void aRevealWithoutBySaysWhoByTheOperatingSystemUser() {
    Cli r = report("--reveal-personal-data", "--reason", "年度审计");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(accessLog()).singleElement().satisfies(l -> {
      assertThat(l.by()).isEqualTo(System.getProperty("user.name"));
      assertThat(l.scope()).isEmpty();
      assertThat(l.records()).containsExactly("person:east-staff", "person:west-staff");
    });
  }

  @Test
  void aRevealWithoutAReasonIsBadUsage() {
    Cli r = report("--reveal-personal-data");
    assertThat(r.exit()).isEqualTo(CordonCli.USAGE);
    assertThat(r.err()).contains("--reason");
    assertThat(report("--reveal-personal-data", "--reason", " ").exit()).isEqualTo(CordonCli.USAGE);
    assertThat(report("--reason", "why").exit()).isEqualTo(CordonCli.USAGE);
    assertThat(accessLog()).isEmpty();
  }

  @Test
  void checkOfOneUnitStoresOnlyItsFindings() {
    Cli r = Cli.run("check", "--db", db, "--from", "2021-10-01", "--to", "2021-10-31", "--unit", "east", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("west");
    assertThat(Cli.run("check", "--db", db, "--from", "2021-10-01", "--to", "2021-10-31", "--unit", "nowhere").exit())
        .isEqualTo(CordonCli.USAGE);
  }

  @Test
  void theHelpOfReportNamesTheRevealOptions() {
    assertThat(Cli.run("report", "--help").out()).contains("--reveal-personal-data", "--reason", "--by");
    assertThat(Optional.of(1)).isPresent();
  }
}

package dev.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole demo, in-process, on H2 and in memory, and once more on the same H2 file and output
 * directory (as the README's command run twice in a row); then what it printed and wrote.
 */
class DemoCommandTest {
  @TempDir
  static Path tmp;

  static Cli demo;
  static Cli rerun;
  static Path out;
  static Path first;
  static Path again;

  @BeforeAll
  static void runTheDemoThreeTimes() throws Exception {
    // once on an H2 file, once in memory: the same files either way
    out = tmp.resolve("cordon-out");
    String[] args = {"demo", "--db", "jdbc:h2:file:" + tmp.resolve("cordon-data/cordon").toAbsolutePath(), "--out",
        out.toString()};
    demo = Cli.run(args);
    first = tmp.resolve("first");
    copy(out, first);
    // and again on the same database and output directory, as the README's command run twice in a row
    rerun = Cli.run(args);
    again = tmp.resolve("again");
    Cli.run("demo", "--db", "memory:", "--out", again.toString());
  }

  private static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static List<Path> filesUnder(Path dir) throws Exception {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
    }
  }

  @Test
  void runTwiceInARowOnTheSameDatabaseItExitsZeroAndWritesTheSameFiles() throws Exception {
    assertThat(rerun.exit()).as(rerun.err()).isZero();
    assertThat(rerun.err()).isEmpty();
    assertThat(rerun.out()).containsPattern("Imported: [\\d,]+ rows read, 0 imported, [\\d,]+ already present, "
        + "4 rejected").contains("notice 包热防通〔2021〕1号 names");
    List<Path> files = filesUnder(first);
    assertThat(filesUnder(out)).isEqualTo(files);
    for (Path f : files) {
      assertThat(out.resolve(f)).as(f.toString()).hasSameBinaryContentAs(first.resolve(f));
    }
  }

  @Test
  void theSameSeedWritesTheSameFilesByteForByte() throws Exception {
    List<Path> files = filesUnder(out);
    assertThat(files).hasSizeGreaterThan(50);
    for (Path f : files) {
      assertThat(again.resolve(f)).as(f.toString()).hasSameBinaryContentAs(out.resolve(f));
    }
  }

  @Test
  void finishesWithExitCodeZero() {
    assertThat(demo.exit()).as(demo.err()).isZero();
  }

  @Test
  void printsTheSummary() {
    assertThat(demo.out())
        .contains("Cordon demo: 包头市热力集团, October 2021 (seed 20211027)")
        .containsPattern("Organisation: 21 units, 2,0\\d\\d employees, 24 sites")
        .containsPattern("Stored: \\d{2,3},\\d{3} entries")
        .contains("Checked 2021-10-01 … 2021-10-31 with ")
        .contains("Planted cases:")
        .contains("Done in ");
  }

  @Test
  void findsEveryPlantedCase() {
    assertThat(demo.out())
        .containsPattern("never declared \\(瞞報\\) \\[P-\\d{5}\\] +TRAVEL-CONCEALED TRAVEL-CONCEALED:")
        .containsPattern("\\[E-20211025-S-HQ-OB-F001\\] +ENTRY-FEVER-ADMITTED ENTRY-FEVER-ADMITTED:")
        .containsPattern("\\[T-2021-101\\] +TRAVEL-LATE TRAVEL-LATE:")
        .containsPattern("\\[T-2021-102\\] +TRAVEL-RISK-DESTINATION TRAVEL-RISK-DESTINATION:\\w+; "
            + "TRAVEL-FOLLOW-UP-OPEN TRAVEL-FOLLOW-UP-OPEN:")
        .containsPattern("\\[T-2021-103\\] +TRAVEL-NON-ESSENTIAL TRAVEL-NON-ESSENTIAL:\\w+; TRAVEL-UNAPPROVED ")
        .containsPattern("\\[T-2021-104\\] +TRAVEL-OVERDUE TRAVEL-OVERDUE:")
        .containsPattern("masks below the reserve norm \\[U-B07\\] +SUPPLY-RESERVE-LOW SUPPLY-RESERVE-LOW:")
        .containsPattern("hall without a responsible person \\[S-B02-HL\\] +DUTY-SITE-UNCOVERED DUTY-SITE-UNCOVERED:")
        .containsPattern("\\[S-B01-HL\\] +DUTY-HOLDER-AWAY DUTY-HOLDER-AWAY:")
        .containsPattern("\\[S-B03-HL\\] +ENTRY-CHECK-SKIPPED ENTRY-CHECK-SKIPPED:.*DISINFECTION-MISSED "
            + "DISINFECTION-MISSED:")
        .containsPattern("\\[U-PM\\] +DUTY-UNIT-NO-LIAISON DUTY-UNIT-NO-LIAISON:")
        .containsPattern("\\[S-B04-HL\\] +LEDGER-UNIFORM LEDGER-UNIFORM:")
        .containsPattern("\\[S-B06-HL\\] +LEDGER-HEAPED LEDGER-HEAPED:")
        .containsPattern("copied day after day \\[P-\\d{5}\\] +LEDGER-ROWS-COPIED LEDGER-ROWS-COPIED:")
        .containsPattern("\\[S-B05-HL\\] +LEDGER-TIMES-TYPED LEDGER-TIMES-TYPED:")
        .containsPattern("\\[S-B08-HL\\] +LEDGER-AFTER-HOURS LEDGER-AFTER-HOURS:")
        .doesNotContain("NOT FOUND").doesNotContain("rule not in this build");
  }

  @Test
  void writesTheLedgersAndRejectsExactlyTheFourBrokenRows() {
    assertThat(out.resolve("ledgers/units.csv")).isRegularFile();
    assertThat(out.resolve("ledgers/supply-items.csv")).isRegularFile();
    assertThat(out.resolve("ledgers/entries-2021-10-31.csv")).isRegularFile();
    assertThat(demo.out()).containsPattern("Imported: [\\d,]+ rows read, [\\d,]+ imported, 0 already present, 4 rejected")
        .contains("CORDON-PERSON-010 phone '139****O2l8'").contains("CORDON-ENTRY-001 temperature '99.9'")
        .contains("CORDON-STORE-002 site 'S-B11-HL'").contains("CORDON-CSV-007 at '2021-10-32");
    assertThat(out.resolve("ledgers/errors/entries-2021-10-08-errors.csv")).isRegularFile();
    assertThat(out.resolve("ledgers/errors/entries-2021-10-09-errors.csv")).doesNotExist();
  }

  @Test
  void loadsTheRiskAreaLists() {
    assertThat(demo.out()).containsPattern("Risk areas: the national medium/high-risk lists of 2021 Q4, \\d+ areas");
  }

  @Test
  void confirmsFindingsAndIssuesANotice() {
    assertThat(demo.out()).containsPattern("Reviewed: \\d+ findings confirmed")
        .contains("notice 包热防通〔2021〕1号 names");
  }

  @Test
  void writesTheReportsAndPlans() throws Exception {
    Path reports = out.resolve("reports");
    // csv: one file per table
    for (String name : new String[] {"daily-2021-10-25.json", "daily-2021-10-25-subtree_totals.csv",
        "daily-2021-10-25-own_figures.csv", "daily-2021-10-25.html", "findings-2021-10.json",
        "findings-2021-10-by_unit.csv", "findings-2021-10-findings.csv", "findings-2021-10.html",
        "notice-2021-10-27.json", "notice-2021-10-27-notices.csv", "notice-2021-10-27-findings.csv",
        "notice-2021-10-27.html", "stock-2021-10-31.json", "stock-2021-10-31.csv",
        "plan-supplies-2021-10-25.txt", "plan-dining-S-HQ-CT-2021-10-25.txt"}) {
      assertThat(reports.resolve(name)).as(name).isRegularFile();
      assertThat(demo.out()).contains("reports/" + name);
    }
    assertThat(Files.readString(reports.resolve("notice-2021-10-27.json"), StandardCharsets.UTF_8))
        .contains("包热防通〔2021〕1号").contains("关于部分单位疫情防控措施落实不到位的通报");
    assertThat(Files.readString(reports.resolve("plan-dining-S-HQ-CT-2021-10-25.txt"), StandardCharsets.UTF_8))
        .contains("11:30–12:00").contains("unseated 0");
  }

  @Test
  void printsNoPersonalData() {
    // ids only: no generated phone numbers, resident ID numbers or names on the console
    String printed = demo.out().replace(out.toString(), "OUT");
    assertThat(printed).doesNotContainPattern("1[3-9]\\d{9}").doesNotContainPattern("\\d{17}[\\dX]");
    assertThat(demo.out() + demo.err()).doesNotContain("·");
  }
}

package dev.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole demo, once, in-process; then what it printed and wrote. */
class DemoCommandTest {
  @TempDir
  static Path tmp;

  static Cli demo;
  static Path out;

  @BeforeAll
  static void runTheDemo() {
    out = tmp.resolve("cordon-out");
    demo = Cli.run("demo", "--db", "memory:", "--out", out.toString());
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
  void findsThePlantedCasesOfTheRulesItHas() {
    assertThat(demo.out())
        .containsPattern("masks below the reserve norm \\[U-B07\\] +SUPPLY-RESERVE-LOW SUPPLY-RESERVE-LOW:")
        .containsPattern("hall without a responsible person \\[S-B02-HL\\] +DUTY-SITE-UNCOVERED DUTY-SITE-UNCOVERED:")
        .containsPattern("\\[S-B01-HL\\] +DUTY-HOLDER-AWAY DUTY-HOLDER-AWAY:")
        .containsPattern("\\[U-PM\\] +DUTY-UNIT-NO-LIAISON DUTY-UNIT-NO-LIAISON:")
        .containsPattern("ENTRY-FEVER ENTRY-FEVER:")
        .doesNotContain("NOT FOUND");
  }

  @Test
  void confirmsFindingsAndIssuesANotice() {
    assertThat(demo.out()).containsPattern("Reviewed: \\d+ findings confirmed")
        .contains("notice 包热防通〔2021〕1号 names");
  }

  @Test
  void writesTheReportsAndPlans() throws Exception {
    Path reports = out.resolve("reports");
    for (String name : new String[] {"daily-2021-10-25.json", "daily-2021-10-25.html", "findings-2021-10.json",
        "findings-2021-10.html", "notice-2021-10-27.json", "notice-2021-10-27.html", "stock-2021-10-31.json",
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

package dev.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CordonCliTest {
  @TempDir
  Path tmp;

  /** An SQLite file with one unit imported: check, report and plan refuse a database with none. */
  private String imported() throws Exception {
    String db = tmp.resolve("cordon.db").toString();
    Path units = Files.writeString(tmp.resolve("units.csv"), "id,name,kind,parent,headcount\nU-G,包头市热力集团,GROUP,,12\n",
        StandardCharsets.UTF_8);
    Cli r = Cli.run("import", "--db", db, "--kind", "units", units.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    return db;
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "check", "report", "describe", "plan", "plan supplies", "plan dining"})
  void everyCommandHasHelp(String command) {
    String[] args = (command + " --help").split(" ");
    Cli r = Cli.run(args);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Usage: cordon " + command).contains("--help");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void theTopLevelHelpListsTheCommandsAndTheExitCodes() {
    Cli r = Cli.run("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("demo", "check", "report", "describe", "plan", "Exit codes:", "  0  done");
  }

  @Test
  void noCommandIsBadUsage() {
    Cli r = Cli.run();
    assertThat(r.exit()).isEqualTo(CordonCli.USAGE);
    assertThat(r.err()).startsWith("cordon: Missing command");
  }

  @Test
  void anUnknownOptionIsBadUsageInOneLineAndAHint() {
    Cli r = Cli.run("check", "--db", "memory:", "--from", "2021-10-01", "--to", "2021-10-31", "--frobnicate");
    assertThat(r.exit()).isEqualTo(CordonCli.USAGE);
    assertThat(r.err().lines().toList()).hasSize(2);
    assertThat(r.err()).contains("--frobnicate").contains("Try 'cordon check --help'");
  }

  @Test
  void aMalformedDateIsBadUsage() {
    Cli r = Cli.run("check", "--db", "memory:", "--from", "2021-10-32", "--to", "2021-10-31");
    assertThat(r.exit()).isEqualTo(CordonCli.USAGE);
    assertThat(r.err()).contains("--from").doesNotContain("\tat ");
  }

  @Test
  void aRangeBackwardsIsBadUsage() {
    Cli r = Cli.run("check", "--db", "memory:", "--from", "2021-10-31", "--to", "2021-10-01");
    assertThat(r.exit()).isEqualTo(CordonCli.USAGE);
    assertThat(r.err()).contains("before --from");
  }

  @Test
  void storageWithoutAProviderIsUnavailableInOneLineWithoutAStackTrace() {
    Cli r = Cli.run("describe", "--db", "nosuch:thing");
    assertThat(r.exit()).isEqualTo(CordonCli.UNAVAILABLE);
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err()).startsWith("cordon: ").contains("nosuch:thing").doesNotContain("\tat ");
  }

  @Test
  void verbosePrintsTheStackTrace() {
    Cli r = Cli.run("describe", "--db", "nosuch:thing", "--verbose");
    assertThat(r.exit()).isEqualTo(CordonCli.UNAVAILABLE);
    assertThat(r.err()).contains("\tat dev.cordon.");
  }

  @Test
  void checkSaysWhatItRan() throws Exception {
    Cli r = Cli.run("check", "--db", imported(), "--from", "2021-10-01", "--to", "2021-10-31");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Checked 2021-10-01 … 2021-10-31 with ").contains(": 0 findings");
  }

  @Test
  void checkPrintsJsonOnRequest() throws Exception {
    Cli r = Cli.run("check", "--db", imported(), "--from", "2021-10-01", "--to", "2021-10-01", "--json");
    assertThat(r.exit()).isZero();
    assertThat(r.out().strip()).startsWith("{").endsWith("}").contains("\"from\"", "\"byRule\"");
  }

  @Test
  void describeShowsTheProviderAndTheRecordCounts() {
    Cli r = Cli.run("describe", "--db", "memory:");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("storage", "memory", "records:", "entries", "findings", "markdown");
  }

  @Test
  void reportWritesTheFileAsked() throws Exception {
    Path file = tmp.resolve("out/stock.json");
    Cli r = Cli.run("report", "--db", imported(), "--kind", "stock", "--date", "2021-10-25", "--format", "json",
        "--out", file.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Wrote the stock report to");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("2021-10-25");
  }

  @Test
  void aDailyReportOfAnEmptyStoreSaysNothingWasImportedInOneLine() {
    Cli r = Cli.run("report", "--db", "memory:", "--kind", "daily", "--date", "2021-10-25", "--format", "json",
        "--out", tmp.resolve("daily.json").toString());
    assertThat(r.exit()).isEqualTo(CordonCli.NOTHING_IMPORTED);
    assertThat(r.err()).startsWith("cordon: nothing imported yet:").contains("cordon import");
    assertThat(r.err().lines().toList()).hasSize(1);
  }

  @Test
  void reportInTheCustomPluginsFormat() throws Exception {
    Path file = tmp.resolve("findings.md");
    Cli r = Cli.run("report", "--db", imported(), "--kind", "findings", "--date", "2021-10-31", "--format",
        "markdown", "--out", file.toString(), "--lang", "zh");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("# ");
  }

  @Test
  void anUnknownReportFormatIsBadUsageNamingTheFormatsThereAre() {
    Cli r = Cli.run("report", "--db", "memory:", "--kind", "daily", "--date", "2021-10-25", "--format", "pdf",
        "--out", tmp.resolve("x.pdf").toString());
    assertThat(r.exit()).isEqualTo(CordonCli.USAGE);
    assertThat(r.err()).contains("pdf").contains("json");
  }

  @Test
  void anUnknownReportKindIsBadUsage() {
    Cli r = Cli.run("report", "--db", "memory:", "--kind", "weekly", "--date", "2021-10-25", "--format", "json",
        "--out", tmp.resolve("x.json").toString());
    assertThat(r.exit()).isEqualTo(CordonCli.USAGE);
    assertThat(r.err()).contains("weekly");
  }

  @Test
  void anUnknownUnitIsBadUsage() throws Exception {
    Cli r = Cli.run("report", "--db", imported(), "--kind", "daily", "--date", "2021-10-25", "--unit", "U-NONE",
        "--format", "json", "--out", tmp.resolve("x.json").toString());
    assertThat(r.exit()).isEqualTo(CordonCli.USAGE);
    assertThat(r.err()).contains("U-NONE");
  }

  @Test
  void aReportThatCannotBeWrittenIsUnavailable() throws Exception {
    Path blocker = Files.writeString(tmp.resolve("file"), "x");
    Cli r = Cli.run("report", "--db", imported(), "--kind", "stock", "--date", "2021-10-25", "--format", "json",
        "--out", blocker.resolve("sub/report.json").toString());
    assertThat(r.exit()).isEqualTo(CordonCli.UNAVAILABLE);
    assertThat(r.err().lines().toList()).hasSize(1);
  }

  @Test
  void planningForACanteenThatIsNotThereIsBadUsage() throws Exception {
    Cli r = Cli.run("plan", "dining", "--db", imported(), "--canteen", "S-NONE", "--date", "2021-10-25",
        "--unit", "U-X");
    assertThat(r.exit()).isEqualTo(CordonCli.USAGE);
    assertThat(r.err()).startsWith("cordon: no site S-NONE");
  }
}

package dev.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands one after another on one H2 database file, as a user runs them. */
class CliOnH2Test {
  @TempDir
  Path tmp;

  private Path csv(String name, String text) throws Exception {
    return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void importThenCheckThenReportThenDescribe() throws Exception {
    String db = "jdbc:h2:file:" + tmp.resolve("db/cordon").toAbsolutePath();
    Path units = csv("units.csv", "id,name,kind,parent,headcount\n"
        + "U-G,包头市热力集团,GROUP,,12\nU-B01,东河供热分公司,GRASSROOTS_UNIT,U-G,150\n");
    Path sites = csv("sites.csv", "id,name,kind,owner,region,capacity\nS-HALL,东河区营业厅,SERVICE_HALL,U-B01,150202,60\n");
    Path entries = csv("entries-2021-10-25.csv", "site,at,category,name,phone,purpose,host,temperature,"
        + "health_code,itinerary,cities_visited,decision\n"
        + "S-HALL,2021-10-25 09:41,VISITOR,王芳,13800471234,缴纳采暖费,赵敏,37.6,GREEN,PRESENTED,150200,ADMITTED\n"
        + "S-HALL,2021-10-25 09:45,VISITOR,李强,,缴纳采暖费,赵敏,36.5,GREEN,PRESENTED,150200,ADMITTED\n"
        + "S-HALL,2021-10-25 09:50,VISITOR,张伟,13800471235,缴纳采暖费,赵敏,99.9,GREEN,PRESENTED,150200,ADMITTED\n");

    assertThat(Cli.run("import", "--db", db, "--kind", "units", units.toString()).exit()).isZero();
    assertThat(Cli.run("import", "--db", db, "--kind", "sites", sites.toString()).exit()).isZero();
    Cli imported = Cli.run("import", "--db", db, "--kind", "entries", entries.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("3 rows read, 2 imported, 0 already present, 1 rejected")
        .contains("temperature").doesNotContain("13800471235");

    Cli again = Cli.run("import", "--db", db, "--kind", "entries", entries.toString());
    assertThat(again.out()).contains("3 rows read, 0 imported, 2 already present, 1 rejected");

    Cli check = Cli.run("check", "--db", db, "--from", "2021-10-25", "--to", "2021-10-25");
    assertThat(check.exit()).as(check.err()).isZero();
    assertThat(check.out()).containsPattern("ENTRY-FEVER-ADMITTED +1").containsPattern("ENTRY-LEDGER-INCOMPLETE +1");

    Path report = tmp.resolve("daily.csv");
    Cli daily = Cli.run("report", "--db", db, "--kind", "daily", "--date", "2021-10-25", "--format", "csv", "--out",
        report.toString());
    assertThat(daily.exit()).as(daily.err()).isZero();
    // csv: one file per table, named after --out; Chinese by default under the default policy (Asia/Shanghai)
    assertThat(daily.out()).contains("daily-subtree_totals.csv").contains("daily-own_figures.csv");
    assertThat(Files.readString(tmp.resolve("daily-subtree_totals.csv"), StandardCharsets.UTF_8))
        .startsWith("单位编号,单位,").contains("东河供热分公司");
    Cli english = Cli.run("report", "--db", db, "--kind", "daily", "--date", "2021-10-25", "--format", "csv", "--out",
        report.toString(), "--lang", "en");
    assertThat(english.exit()).as(english.err()).isZero();
    assertThat(Files.readString(tmp.resolve("daily-own_figures.csv"), StandardCharsets.UTF_8))
        .startsWith("Unit id,Unit,");

    Cli describe = Cli.run("describe", "--db", db);
    assertThat(describe.exit()).isZero();
    assertThat(describe.out()).contains("jdbc").containsPattern("entries +2").containsPattern("units +2");
  }

  @Test
  void aDatabaseThatCannotBeOpenedIsUnavailable() throws Exception {
    Path notADirectory = Files.writeString(tmp.resolve("file"), "x");
    // --create: past the check that the file exists, to the storage, which cannot create it
    Cli r = Cli.run("check", "--create", "--from", "2021-10-25", "--to", "2021-10-25", "--db",
        "jdbc:h2:file:" + notADirectory.resolve("db").toAbsolutePath());
    assertThat(r.exit()).isEqualTo(CordonCli.UNAVAILABLE);
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err()).doesNotContain("\tat ");
  }
}

package dev.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which commands may create a database, which only read it, and what a mistyped --db does. */
class DatabaseAccessTest {
  @TempDir
  Path tmp;

  private Path units() throws Exception {
    return Files.writeString(tmp.resolve("units.csv"), "id,name,kind,parent,headcount\nU-G,包头市热力集团,GROUP,,12\n",
        StandardCharsets.UTF_8);
  }

  private String h2(String name) {
    return "jdbc:h2:file:" + tmp.resolve(name).toAbsolutePath();
  }

  @Test
  void checkOnADatabaseThatDoesNotExistIsRefusedNamingTheFileAndCreatesNothing() throws Exception {
    assertThat(Cli.run("import", "--db", h2("data/cordon"), "--kind", "units", units().toString()).exit()).isZero();

    Cli r = Cli.run("check", "--db", h2("data/cordnon"), "--from", "2021-10-25", "--to", "2021-10-25");
    assertThat(r.exit()).isEqualTo(CordonCli.UNAVAILABLE);
    assertThat(r.out()).doesNotContain("findings");
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err()).startsWith("cordon: No Cordon database at ")
        .contains(tmp.resolve("data/cordnon.mv.db").toAbsolutePath().toString()).contains("--create")
        .doesNotContain("\tat ");
    assertThat(tmp.resolve("data/cordnon.mv.db")).doesNotExist();
  }

  @Test
  void aReportIsNeverWrittenOverTheDatabaseOrAnyDatabaseFile() throws Exception {
    Path file = tmp.resolve("db/cordon.db");
    String db = "jdbc:sqlite:" + file;
    assertThat(Cli.run("import", "--db", db, "--kind", "units", units().toString()).exit()).isZero();
    byte[] before = Files.readAllBytes(file);
    for (Path out : List.of(file, tmp.resolve("db/../db/cordon.db"), tmp.resolve("db/cordon.db-wal"))) {
      Cli r = Cli.run("report", "--db", db, "--kind", "daily", "--date", "2021-10-25", "--format", "csv",
          "--out", out.toString());
      assertThat(r.exit()).as(r.err()).isEqualTo(CordonCli.USAGE);
      assertThat(r.err()).contains("is the database file");
    }
    Path other = tmp.resolve("other.db");
    Files.copy(file, other);
    Cli r = Cli.run("report", "--db", db, "--kind", "daily", "--date", "2021-10-25", "--format", "csv", "--out",
        other.toString());
    assertThat(r.exit()).isEqualTo(CordonCli.USAGE);
    assertThat(r.err()).contains("is a database file");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    Cli describe = Cli.run("describe", "--db", db);
    assertThat(describe.exit()).as(describe.err()).isZero();
    assertThat(describe.out()).containsPattern("units +1");
  }

  @Test
  void checkWithCreateStartsAnEmptyDatabase() {
    Cli r = Cli.run("check", "--db", h2("new/cordon"), "--create", "--from", "2021-10-25", "--to", "2021-10-25");
    // created, and nothing in it to check
    assertThat(r.exit()).as(r.err()).isEqualTo(CordonCli.NOTHING_IMPORTED);
    assertThat(r.err()).contains("nothing imported yet");
    assertThat(tmp.resolve("new/cordon.mv.db")).isRegularFile();
  }

  @Test
  void describeReportAndThePlannersRefuseADatabaseThatDoesNotExist() {
    String db = h2("nowhere/cordon");
    Cli[] runs = {
        Cli.run("describe", "--db", db),
        Cli.run("report", "--db", db, "--kind", "stock", "--date", "2021-10-25", "--format", "json", "--out",
            tmp.resolve("stock.json").toString()),
        Cli.run("plan", "dining", "--db", db, "--canteen", "S-CT", "--date", "2021-10-25"),
        Cli.run("plan", "supplies", "--db", db, "--date", "2021-10-25", "--reserve", "U-G", "--execute")};
    for (Cli r : runs) {
      assertThat(r.exit()).as(r.err()).isEqualTo(CordonCli.UNAVAILABLE);
      // none of them has a --create to suggest
      assertThat(r.err()).startsWith("cordon: No Cordon database at ").contains("cordon.mv.db")
          .doesNotContain("--create");
      assertThat(r.err().lines().toList()).hasSize(1);
    }
    assertThat(tmp.resolve("nowhere")).doesNotExist();
  }

  @Test
  void aPlainPathThatDoesNotExistIsRefusedNamingIt() {
    Cli r = Cli.run("describe", "--db", tmp.resolve("data/cordon.db").toString());
    assertThat(r.exit()).isEqualTo(CordonCli.UNAVAILABLE);
    assertThat(r.err()).startsWith("cordon: No Cordon database at " + tmp.resolve("data/cordon.db").toAbsolutePath()
        + ":");
  }

  @Test
  void anH2UrlNamingTheFileItselfOpensThatFile() throws Exception {
    String db = h2("data/cordon.mv.db");
    Cli imported = Cli.run("import", "--db", db, "--kind", "units", units().toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(tmp.resolve("data/cordon.mv.db")).isRegularFile();
    assertThat(tmp.resolve("data/cordon.mv.db.mv.db")).doesNotExist();

    // the same file, named three ways
    for (String same : new String[] {db, h2("data/cordon"), tmp.resolve("data/cordon.mv.db").toString()}) {
      Cli d = Cli.run("describe", "--db", same);
      assertThat(d.exit()).as(same + ": " + d.err()).isZero();
      assertThat(d.out()).containsPattern("units +1");
    }
  }

  @Test
  void importAndDemoCreateCheckWithCreateCreatesTheOthersOnlyRead() throws Exception {
    Path units = units();
    assertThat(Cli.run("import", "--db", "probe:a", "--kind", "units", units.toString()).exit()).isZero();
    assertThat(ProbeStorageProvider.lastSettings()).containsEntry("create", "true").containsEntry("readOnly", "false");

    // each probe: storage is a new, empty one: nothing imported yet
    assertThat(Cli.run("check", "--db", "probe:a", "--from", "2021-10-25", "--to", "2021-10-25").exit())
        .isEqualTo(CordonCli.NOTHING_IMPORTED);
    assertThat(ProbeStorageProvider.lastSettings()).isEqualTo(Map.of("create", "false", "readOnly", "false"));

    assertThat(Cli.run("check", "--db", "probe:a", "--create", "--from", "2021-10-25", "--to", "2021-10-25").exit())
        .isEqualTo(CordonCli.NOTHING_IMPORTED);
    assertThat(ProbeStorageProvider.lastSettings()).isEqualTo(Map.of("create", "true", "readOnly", "false"));

    assertThat(Cli.run("describe", "--db", "probe:a").exit()).isZero();
    assertThat(ProbeStorageProvider.lastSettings()).isEqualTo(Map.of("create", "false", "readOnly", "true"));

    assertThat(Cli.run("report", "--db", "probe:a", "--kind", "stock", "--date", "2021-10-25", "--format", "json",
        "--out", tmp.resolve("stock.json").toString()).exit()).isEqualTo(CordonCli.NOTHING_IMPORTED);
    assertThat(ProbeStorageProvider.lastSettings()).isEqualTo(Map.of("create", "false", "readOnly", "true"));

    Cli.run("plan", "dining", "--db", "probe:a", "--canteen", "S-CT", "--date", "2021-10-25");
    assertThat(ProbeStorageProvider.lastSettings()).isEqualTo(Map.of("create", "false", "readOnly", "true"));

    Cli.run("plan", "supplies", "--db", "probe:a", "--date", "2021-10-25", "--reserve", "U-G");
    assertThat(ProbeStorageProvider.lastSettings()).isEqualTo(Map.of("create", "false", "readOnly", "true"));

    Cli.run("plan", "supplies", "--db", "probe:a", "--date", "2021-10-25", "--reserve", "U-G", "--execute");
    assertThat(ProbeStorageProvider.lastSettings()).isEqualTo(Map.of("create", "false", "readOnly", "false"));
  }

  @Test
  void memoryStorageIgnoresTheSettings() {
    assertThat(Cli.run("describe", "--db", "memory:").exit()).isZero();
    assertThat(Cli.run("check", "--db", "memory:", "--from", "2021-10-25", "--to", "2021-10-25").exit())
        .isEqualTo(CordonCli.NOTHING_IMPORTED);
  }
}

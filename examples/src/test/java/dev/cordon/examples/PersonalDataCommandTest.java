package dev.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cordon.Cordon;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.privacy.AccessRecord;
import dev.cordon.core.privacy.PurgeRecord;
import dev.cordon.core.privacy.Redaction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cordon personal-data export|erase} and {@code cordon purge} on an SQLite file: what they
 * write and print, what they log, and the mistakes an office makes with them (exit 1 for bad usage,
 * 2 for refused input, 4 on an empty database), with no personal value in what they print.
 */
class PersonalDataCommandTest {
  private static final String PHONE = "13800471234";
  private static final String EMPLOYEE_PHONE = "13900471111";

  @TempDir
  Path tmp;

  private String db;

  @BeforeEach
  void importAFewRecords() throws Exception {
    db = tmp.resolve("data/cordon.db").toString();
    Path units = csv("units.csv", "id,name,kind,parent,headcount\nU-G,包头市热力集团,GROUP,,12\n");
    Path people = csv("people.csv", "工号,姓名,所属单位,联系电话,离职日期\nP-ZW,张伟,U-G," + EMPLOYEE_PHONE
        + ",2021年10月31日\nP-LQ,李强,U-G,13700470000,\n");
    Path sites = csv("sites.csv", "id,name,kind,owner,region,capacity\nS-HALL,东河区营业厅,SERVICE_HALL,U-G,150202,60\n");
    Path entries = csv("entries.csv", "id,site,at,category,person_id,name,phone,purpose,host,temperature,"
        + "health_code,itinerary,cities_visited,decision\n"
        + "E-1,S-HALL,2021-10-25 9:41,VISITOR,,王芳," + PHONE + ",缴纳采暖费,赵敏,36.5,GREEN,PRESENTED,150200,ADMITTED\n"
        + "E-2,S-HALL,2021-10-26 9:45,VISITOR,,王芳,+86 138 0047 1234,缴纳采暖费,赵敏,36.6,GREEN,PRESENTED,150200,ADMITTED\n"
        + "E-3,S-HALL,2021-10-26 9:50,VISITOR,,李四,13600470000,缴纳采暖费,赵敏,36.6,GREEN,PRESENTED,150200,ADMITTED\n"
        + "E-4,S-HALL,2021-10-26 8:00,EMPLOYEE,P-ZW,,,,,36.4,GREEN,PRESENTED,150200,ADMITTED\n");
    for (String[] kind : new String[][] {{"units", units.toString()}, {"people", people.toString()},
        {"sites", sites.toString()}, {"entries", entries.toString()}}) {
      Cli r = Cli.run("import", "--db", db, "--kind", kind[0], kind[1]);
      assertThat(r.exit()).as(r.out() + r.err()).isZero();
    }
  }

  private Path csv(String name, String text) throws Exception {
    return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static void assertNoPersonalValue(Cli r) {
    assertThat(r.out() + r.err()).doesNotContain(PHONE).doesNotContain("王芳").doesNotContain("张伟")
        .doesNotContain(EMPLOYEE_PHONE).doesNotContain("Exception");
  }

  private Cordon open() {
    return Cordon.open("jdbc:sqlite:" + db);
  }

  @Test
  void exportWritesEverythingFoundToTheFileAndLogsTheRecords() throws Exception {
    Path out = tmp.resolve("requests/wang.json");
    Cli r = Cli.run("personal-data", "export", "--db", db, "--phone", "138-0047-1234", "--reason", "申请单 031",
        "--by", "officer-7", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Exported 2 records (people 0, entries 2, travel declarations 0, findings 0, "
        + "notices 0) found by phone 138****1234 to " + out).contains("access log line access-");
    assertNoPersonalValue(r);
    JsonNode n = CordonJson.mapper().readTree(Files.readString(out));
    assertThat(n.at("/subject/phone").asText()).isEqualTo(PHONE);
    assertThat(n.at("/entries/0/entrant/name").asText()).isEqualTo("王芳");
    assertThat(n.at("/entries/1/entrant/phone").asText()).isEqualTo(PHONE);
    assertThat(n.path("entries").size()).isEqualTo(2);
    try (Cordon c = open()) {
      List<AccessRecord> log = c.personalData().accessLog();
      assertThat(log).singleElement().satisfies(l -> {
        assertThat(l.by()).isEqualTo("officer-7");
        assertThat(l.reason()).isEqualTo("申请单 031");
        assertThat(l.records()).containsExactly("entry:E-1", "entry:E-2");
      });
    }
  }

  @Test
  void exportWithoutOutPrintsTheJsonAloneOnStandardOutput() throws Exception {
    Cli r = Cli.run("personal-data", "export", "--db", db, "--phone", EMPLOYEE_PHONE, "--reason", "ticket 7");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode n = CordonJson.mapper().readTree(r.out());
    assertThat(n.at("/people/0/id").asText()).isEqualTo("P-ZW");
    assertThat(n.at("/people/0/leftOn").asText()).isEqualTo("2021-10-31");
    assertThat(n.at("/entries/0/id").asText()).isEqualTo("E-4");
    assertThat(r.err()).startsWith("Exported 2 records (people 1, entries 1,");
  }

  @Test
  void eraseErasesTheVisitorsRowsOnlyAndSaysSoWithoutAValue() {
    Cli r = Cli.run("personal-data", "erase", "--db", db, "--phone", PHONE, "--reason", "ticket 8", "--by", "officer-7");
    assertThat(r.exit()).as(r.err()).isZero();
    assertNoPersonalValue(r);
    assertThat(r.out()).contains("for phone 138****1234: 2 records found, 2 erased (entry 2).")
        .contains("Values erased: name 2, phone 2, purpose 2, host 2.").contains("Nothing held.");
    try (Cordon c = open()) {
      assertThat(c.storage().entries().all().filter(e -> Redaction.present(e).isEmpty()).map(e -> e.id().value()))
          .containsExactlyInAnyOrder("E-1", "E-2", "E-4");
      assertThat(c.personalData().purgeLog()).allSatisfy(l -> {
        assertThat(l.cause()).isEqualTo(PurgeRecord.Cause.ERASURE);
        assertThat(l.reason()).contains("ticket 8");
      });
    }
    Cli again = Cli.run("personal-data", "erase", "--db", db, "--phone", PHONE, "--reason", "ticket 8");
    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains("0 records found, 0 erased.");
  }

  @Test
  void purgeErasesTheLeaverAfterRetentionAndPrintsCountsOnly() {
    Cli early = Cli.run("purge", "--db", db, "--as-of", "2022-01-01", "--by", "cron");
    assertThat(early.exit()).as(early.err()).isZero();
    // the visitors' rows are past 28 days; the leaver is not yet past 730
    assertThat(early.out()).contains("as of 2022-01-01: 3 records erased in 1 batches (entry 3)").contains("Nothing held.");
    try (Cordon c = open()) {
      assertThat(c.storage().people().get(PersonId.of("P-ZW")).orElseThrow().name()).isEqualTo("张伟");
    }
    Cli late = Cli.run("purge", "--db", db, "--as-of", "2023年11月1日", "--batch", "1");
    assertThat(late.exit()).as(late.err()).isZero();
    assertThat(late.out()).contains("1 records erased in 1 batches (person 1)");
    assertNoPersonalValue(late);
    try (Cordon c = open()) {
      assertThat(c.storage().people().get(PersonId.of("P-ZW")).orElseThrow().name()).isEqualTo(Redaction.ERASED);
      assertThat(c.storage().people().get(PersonId.of("P-LQ")).orElseThrow().name()).isEqualTo("李强");
    }
  }

  // --- mistakes -------------------------------------------------------------------------------------

  @Test
  void logShowsWhoSawAndWhoErasedWithoutAValue() {
    assertThat(Cli.run("personal-data", "export", "--db", db, "--phone", PHONE, "--reason", "申请单 032", "--by",
        "officer-9").exit()).isZero();
    assertThat(Cli.run("purge", "--db", db, "--as-of", "2023年11月1日", "--by", "cron").exit()).isZero();
    Cli access = Cli.run("personal-data", "log", "--db", db);
    assertThat(access.exit()).as(access.err()).isZero();
    assertThat(access.out()).contains("officer-9", "申请单 032", "export personal data by phone").contains("entry:");
    assertThat(access.err()).contains("1 line(s) of the access log");
    assertNoPersonalValue(access);
    Cli purge = Cli.run("personal-data", "log", "--db", db, "--kind", "purge", "--format", "json");
    assertThat(purge.exit()).as(purge.err()).isZero();
    assertThat(purge.out().lines()).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("{").contains("\"by\":\"cron\""));
    assertNoPersonalValue(purge);
    Cli none = Cli.run("personal-data", "log", "--db", db, "--from", "2099-01-01");
    assertThat(none.exit()).isZero();
    assertThat(none.out()).isEmpty();
    assertThat(Cli.run("personal-data", "log", "--db", db, "--from", "2022-02-01", "--to", "2022-01-01").exit())
        .isEqualTo(1);
  }

  @Test
  void bothKeysOrNoneOrNoReasonIsBadUsage() {
    for (Cli r : List.of(
        Cli.run("personal-data", "export", "--db", db, "--id", "150202198505051234", "--phone", PHONE, "--reason", "x"),
        Cli.run("personal-data", "erase", "--db", db, "--reason", "x"),
        Cli.run("personal-data", "erase", "--db", db, "--phone", PHONE),
        Cli.run("personal-data", "--db", db),
        Cli.run("personal-data"),
        Cli.run("purge", "--db", db),
        Cli.run("purge", "--db", db, "--as-of", "2022-01-01", "--batch", "0"))) {
      assertThat(r.exit()).as(r.err()).isEqualTo(CordonCli.USAGE);
      assertThat(r.err()).startsWith("cordon: ").contains("--help");
      assertNoPersonalValue(r);
    }
  }

  @Test
  void aMalformedNumberIsBadUsageNamedMasked() {
    Cli phone = Cli.run("personal-data", "export", "--db", db, "--phone", "1380047123x", "--reason", "x");
    assertThat(phone.exit()).isEqualTo(CordonCli.USAGE);
    assertThat(phone.err()).contains("'--phone'").contains("CORDON-PERSON-010").doesNotContain("1380047123x");
    Cli id = Cli.run("personal-data", "erase", "--db", db, "--id", "150202198505051239", "--reason", "x");
    assertThat(id.exit()).isEqualTo(CordonCli.USAGE);
    assertThat(id.err()).contains("'--id'").contains("CORDON-PERSON-002").doesNotContain("150202198505051239");
  }

  @Test
  void anEmptyReasonIsRefusedAndNothingIsLogged() {
    Cli r = Cli.run("personal-data", "export", "--db", db, "--phone", PHONE, "--reason", "");
    assertThat(r.exit()).isEqualTo(CordonCli.UNAVAILABLE);
    assertThat(r.err()).startsWith("cordon: input refused:").contains("reason");
    assertThat(r.out()).isEmpty();
    try (Cordon c = open()) {
      assertThat(c.personalData().accessLog()).isEmpty();
    }
  }

  @Test
  void theDatabaseIsNeverTheExportFile() {
    Cli r = Cli.run("personal-data", "export", "--db", db, "--phone", PHONE, "--reason", "x", "--out", db);
    assertThat(r.exit()).isEqualTo(CordonCli.USAGE);
    assertThat(r.err()).contains("is the database file");
  }

  @Test
  void onADatabaseWithNothingImportedNothingIsFoundOrPurged() {
    for (Cli r : List.of(Cli.run("personal-data", "export", "--db", "memory:", "--phone", PHONE, "--reason", "x"),
        Cli.run("purge", "--db", "memory:", "--as-of", "2022-01-01"))) {
      assertThat(r.exit()).isEqualTo(CordonCli.NOTHING_IMPORTED);
      assertThat(r.err()).startsWith("cordon: nothing imported yet");
    }
  }
}

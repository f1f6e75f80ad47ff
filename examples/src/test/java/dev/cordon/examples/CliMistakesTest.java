package dev.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The mistakes a prevention office makes with the command line, each with its message and exit code:
 * a database nothing was imported into, a date written as in the ledgers or not a date at all, a
 * deadline judged at another moment, help on a narrow terminal, the version; and no Java class
 * name or stack trace in any message.
 */
class CliMistakesTest {
  @TempDir
  static Path tmp;

  /** An SQLite file (the default kind of storage) with two units, a site and two entries. */
  static String db;

  @BeforeAll
  static void importAFewRecords() throws Exception {
    db = tmp.resolve("data/cordon.db").toString();
    Path units = csv("units.csv", "id,name,kind,parent,headcount\n"
        + "U-G,包头市热力集团,GROUP,,12\nU-B01,东河供热分公司,GRASSROOTS_UNIT,U-G,150\n");
    Path sites = csv("sites.csv", "id,name,kind,owner,region,capacity\nS-HALL,东河区营业厅,SERVICE_HALL,U-B01,150202,60\n");
    Path entries = csv("entries.csv", "site,at,category,name,phone,purpose,host,temperature,"
        + "health_code,itinerary,cities_visited,decision\n"
        + "S-HALL,2021年10月25日 9:41,VISITOR,王芳,13800471234,缴纳采暖费,赵敏,37.6,GREEN,PRESENTED,150200,ADMITTED\n"
        + "S-HALL,2021/10/25 9:45,VISITOR,李强,,缴纳采暖费,赵敏,36.5,GREEN,PRESENTED,150200,ADMITTED\n");
    for (String[] kind : new String[][] {{"units", units.toString()}, {"sites", sites.toString()},
        {"entries", entries.toString()}}) {
      Cli r = Cli.run("import", "--db", db, "--kind", kind[0], kind[1]);
      assertThat(r.exit()).as(r.out() + r.err()).isZero();
    }
  }

  private static Path csv(String name, String text) throws Exception {
    return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static void assertNoJava(Cli r) {
    assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("java.").doesNotContain("at dev.")
        .doesNotContain("\tat ");
  }

  // --- a database nothing was imported into -------------------------------------------------------

  @Test
  void checkOnADatabaseWithNothingImportedSaysSoAndWhatToRunWithExitCodeFour() {
    Cli r = Cli.run("check", "--db", "memory:", "--from", "2021-10-01", "--to", "2021-10-31");
    assertThat(r.exit()).isEqualTo(CordonCli.NOTHING_IMPORTED).isEqualTo(4);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err()).startsWith("cordon: nothing imported yet: the database memory: holds no units.")
        .contains("cordon import --db memory: --kind units FILE.csv").contains("cordon demo");
  }

  @Test
  void aReportOnADatabaseWithNothingImportedSaysSoNotThatTheRootUnitIsMissing() {
    Path out = tmp.resolve("empty-daily.json");
    Cli r = Cli.run("report", "--db", "memory:", "--kind", "daily", "--date", "2021-10-25", "--format", "json",
        "--out", out.toString());
    assertThat(r.exit()).isEqualTo(CordonCli.NOTHING_IMPORTED);
    assertThat(r.err()).startsWith("cordon: nothing imported yet").doesNotContain("(root)");
    assertThat(out).doesNotExist();
  }

  @Test
  void describeOnADatabaseWithNothingImportedSaysSoAndStillExitsZero() {
    Cli r = Cli.run("describe", "--db", "memory:");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("nothing imported yet: the database memory: holds no units.")
        .contains("cordon import --db memory: --kind units FILE.csv");
  }

  @Test
  void checkWithCreateOnANewFileCreatesItThenSaysNothingWasImported() {
    Path file = tmp.resolve("new/cordon.db");
    Cli r = Cli.run("check", "--create", "--db", file.toString(), "--from", "2021-10-25", "--to", "2021-10-25");
    assertThat(r.exit()).isEqualTo(CordonCli.NOTHING_IMPORTED);
    assertThat(r.err()).contains("nothing imported yet").contains("--db " + file);
    assertThat(file).isRegularFile();
  }

  @Test
  void thePlannersOnADatabaseWithNothingImportedSaySoToo() {
    for (Cli r : new Cli[] {
        Cli.run("plan", "dining", "--db", "memory:", "--canteen", "S-CT", "--date", "2021-10-25", "--unit", "U-X"),
        Cli.run("plan", "supplies", "--db", "memory:", "--date", "2021-10-25", "--reserve", "U-G")}) {
      assertThat(r.exit()).isEqualTo(CordonCli.NOTHING_IMPORTED);
      assertThat(r.err()).startsWith("cordon: nothing imported yet");
    }
  }

  @Test
  void theDatabaseInTheMessageHasItsPasswordMasked() {
    assertThat(CordonCli.masked("jdbc:postgresql://h/db?user=u&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://h/db?user=u&password=****&ssl=true");
  }

  // --- dates as in the ledgers --------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"2021-10-25", "2021/10/25", "2021.10.25", "2021年10月25日", "２０２１年１０月２５日"})
  void checkTakesEveryDateFormTheImporterTakes(String day) {
    Cli r = Cli.run("check", "--db", db, "--from", day, "--to", day, "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"from\":\"2021-10-25\"").contains("\"to\":\"2021-10-25\"");
  }

  @Test
  void aDateInNoLedgerFormIsBadUsageNamingTheOptionAndTheFormsAccepted() {
    Cli r = Cli.run("check", "--db", db, "--from", "25/10/2021", "--to", "2021-10-31");
    assertThat(r.exit()).isEqualTo(CordonCli.USAGE);
    assertThat(r.err().lines().findFirst().orElseThrow()).isEqualTo("cordon: Invalid value for option '--from': "
        + "'25/10/2021' is not a date: write it as 2021-10-25, 2021/10/25, 2021.10.25 or 2021年10月25日");
    assertNoJava(r);
  }

  @Test
  void aDayThatIsNotInTheCalendarIsBadUsage() {
    Cli r = Cli.run("report", "--db", db, "--kind", "findings", "--date", "2021-02-30", "--format", "json",
        "--out", tmp.resolve("x.json").toString());
    assertThat(r.exit()).isEqualTo(CordonCli.USAGE);
    assertThat(r.err()).contains("'--date': '2021-02-30' is not a date");
  }

  @Test
  void asOfSaysWhenDeadlinesAreJudged() {
    Cli byDefault = Cli.run("check", "--db", db, "--from", "2021-10-25", "--to", "2021-10-25", "--json");
    assertThat(byDefault.out()).contains("\"asOf\":\"2021-10-25T16:00:00Z\""); // the end of --to in Shanghai
    Cli day = Cli.run("check", "--db", db, "--from", "2021-10-25", "--to", "2021-10-25", "--as-of", "2021年11月1日",
        "--json");
    assertThat(day.exit()).as(day.err()).isZero();
    assertThat(day.out()).contains("\"asOf\":\"2021-11-01T16:00:00Z\"");
    Cli moment = Cli.run("check", "--db", db, "--from", "2021-10-25", "--to", "2021-10-25", "--as-of",
        "2021-10-26 09:00");
    assertThat(moment.exit()).as(moment.err()).isZero();
    assertThat(moment.out()).contains("Deadlines judged at 2021-10-26T01:00:00Z.");
  }

  @Test
  void anAsOfThatIsNoMomentOrBeforeTheDaysCheckedIsBadUsage() {
    Cli bad = Cli.run("check", "--db", db, "--from", "2021-10-25", "--to", "2021-10-25", "--as-of", "tomorrow");
    assertThat(bad.exit()).isEqualTo(CordonCli.USAGE);
    assertThat(bad.err()).contains("'--as-of': 'tomorrow' is not a date or a date and time").contains("2021年10月25日");
    Cli before = Cli.run("check", "--db", db, "--from", "2021-10-25", "--to", "2021-10-25", "--as-of", "2021-10-20");
    assertThat(before.exit()).isEqualTo(CordonCli.USAGE);
    assertThat(before.err()).contains("--as-of 2021-10-20 is before --from 2021-10-25");
  }

  // --- an unreachable server -----------------------------------------------------------------------

  @Test
  void aPostgreSqlServerRefusingConnectionsIsNamedWithItsCauseAndNoPassword() {
    Cli r = Cli.run("check", "--db", "jdbc:postgresql://127.0.0.1:1/cordon?user=office&password=s3cret&connectTimeout=1",
        "--from", "2021-10-25", "--to", "2021-10-25");
    assertThat(r.exit()).isEqualTo(CordonCli.UNAVAILABLE);
    assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
    assertThat(r.err()).contains("127.0.0.1:1").contains("connection refused").doesNotContain("s3cret");
    assertNoJava(r);
  }

  @Test
  void aPostgreSqlServerWhoseHostIsUnknownSaysUnknownHost() {
    Cli r = Cli.run("describe", "--db", "jdbc:postgresql://cordon-no-such-host.invalid:5432/cordon?connectTimeout=1");
    assertThat(r.exit()).isEqualTo(CordonCli.UNAVAILABLE);
    assertThat(r.err()).contains("cordon-no-such-host.invalid").contains("unknown host");
    assertNoJava(r);
  }

  // --- no Java in any message ---------------------------------------------------------------------

  @Test
  void noCommandGivenBadInputPrintsAJavaClassNameOrAStackTrace() {
    String out = tmp.resolve("bad.json").toString();
    List<String[]> runs = List.of(
        new String[] {"check", "--db", db, "--from", "25/10/2021", "--to", "2021-10-31"},
        new String[] {"check", "--db", db, "--from", "2021-10-01", "--to", "x"},
        new String[] {"check", "--db", db, "--from", "2021-10-31", "--to", "2021-10-01"},
        new String[] {"check", "--db", db, "--from", "2021-10-01", "--to", "2021-10-02", "--as-of", "later"},
        new String[] {"check", "--db", "memory:", "--from", "2021-10-01", "--to", "2021-10-02"},
        new String[] {"check", "--db", tmp.resolve("nowhere.db").toString(), "--from", "2021-10-01", "--to",
            "2021-10-02"},
        new String[] {"report", "--db", db, "--kind", "weekly", "--date", "2021-10-25", "--format", "json", "--out", out},
        new String[] {"report", "--db", db, "--kind", "daily", "--date", "25.10.2021", "--format", "json", "--out", out},
        new String[] {"report", "--db", db, "--kind", "daily", "--date", "2021-10-25", "--format", "pdf", "--out", out},
        new String[] {"report", "--db", db, "--kind", "daily", "--date", "2021-10-25", "--format", "json", "--out",
            "a\u0000b"},
        new String[] {"report", "--db", db, "--kind", "daily", "--date", "2021-10-25", "--unit", "U-NONE", "--format",
            "json", "--out", out},
        new String[] {"report", "--db", "memory:", "--kind", "daily", "--date", "2021-10-25", "--format", "json",
            "--out", out},
        new String[] {"report", "--db", db, "--kind", "stock", "--date", "2021-10-25", "--format", "json", "--out",
            tmp.toString()},
        new String[] {"describe", "--db", "nosuch:thing"},
        new String[] {"describe", "--db", "jdbc:h2:file:" + tmp.resolve("units.csv/x")},
        new String[] {"import", "--db", db, "--kind", "planets", tmp.resolve("units.csv").toString()},
        new String[] {"import", "--db", db, "--kind", "units", "--encoding", "klingon",
            tmp.resolve("units.csv").toString()},
        new String[] {"import", "--db", db, "--kind", "units", tmp.resolve("missing.csv").toString()},
        new String[] {"import", "--db", db, "--kind", "units", tmp.toString()},
        new String[] {"demo", "--seed", "many", "--db", "memory:"},
        new String[] {"plan", "supplies", "--db", db, "--date", "2021-10-25", "--reserve", "U-G", "--minimum", "lots"},
        new String[] {"plan", "supplies", "--db", db, "--date", "2021-10-25", "--reserve", "U-G", "--at", "25:00"},
        new String[] {"plan", "supplies", "--db", db, "--date", "2021-10-25", "--reserve", "U-NONE"},
        new String[] {"plan", "dining", "--db", db, "--canteen", "S-HALL", "--date", "2021-10-25", "--from", "noon"},
        new String[] {"plan", "dining", "--db", db, "--canteen", "S-NONE", "--date", "2021-10-25", "--length", "x"},
        new String[] {"plan", "dining", "--db", db, "--canteen", "S-NONE", "--date", "2021-10-25"},
        new String[] {"plan"},
        new String[] {"frobnicate"},
        new String[] {});
    List<String> failures = new ArrayList<>();
    for (String[] args : runs) {
      Cli r = Cli.run(args);
      String all = r.out() + r.err();
      if (r.exit() == 0 || all.contains("Exception") || all.contains("java.") || all.contains("at dev.")
          || all.contains("\tat ")) {
        failures.add(String.join(" ", args) + " → " + r.exit() + ": " + all);
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void anUnexpectedErrorIsItsMessageWithoutTheClassName() {
    assertThat(CordonCli.describe(new IllegalStateException("the ledger ended twice")))
        .isEqualTo("unexpected error: the ledger ended twice");
    assertThat(CordonCli.describe(new NullPointerException())).isEqualTo("unexpected error: no details");
  }

  @Test
  void aMessageFromALibraryLosesItsJavaNames() {
    assertThat(CordonCli.withoutJavaNames("Invalid value for option '--at': cannot convert 'x' to class "
        + "java.time.LocalTime (java.time.format.DateTimeParseException: Text 'x' could not be parsed at index 0)"))
        .isEqualTo("Invalid value for option '--at': cannot convert 'x' to LocalTime");
    assertThat(CordonCli.withoutJavaNames("java.nio.file.InvalidPathException: Nul character not allowed"))
        .isEqualTo("error: Nul character not allowed");
    assertThat(CordonCli.withoutJavaNames("no unit U-B01 in cordon.db")).isEqualTo("no unit U-B01 in cordon.db");
  }

  // --- help and version ---------------------------------------------------------------------------

  // a URL and what it is written with, without the brackets and punctuation of the sentence around it
  private static final Pattern URL = Pattern.compile("[^\\s()]*(?:jdbc:|://|https?:)[^\\s()]*[^\\s().,:;]");

  private static String help(int width, String... command) {
    StringWriter out = new StringWriter();
    CommandLine cl = CordonCli.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    CommandLine sub = cl;
    for (String c : command) {
      sub = sub.getSubcommands().get(c);
    }
    sub.setUsageHelpWidth(width);
    sub.usage(new PrintWriter(out, true));
    return out.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "demo", "import", "check", "report", "describe", "plan", "plan supplies", "plan dining"})
  void helpNeverBreaksAUrlWhateverTheWidth(String command) {
    String[] path = command.isEmpty() ? new String[0] : command.split(" ");
    // rendered wide enough that nothing wraps, every URL is whole: each must be whole on narrow terminals too
    List<String> urls = new ArrayList<>();
    Matcher m = URL.matcher(help(400, path));
    while (m.find()) {
      urls.add(m.group());
    }
    assertThat(urls).as("the URL forms are in every command's help").anyMatch(u -> u.startsWith("jdbc:postgresql://"));
    for (int width : new int[] {55, 80, 120}) {
      String text = help(width, path);
      for (String url : urls) {
        assertThat(text).as(url + " at width " + width).contains(url);
      }
      assertThat(text).contains("Exit codes:").contains("  4  nothing imported yet");
    }
  }

  @Test
  void theReadmeTableTheHelpAndTheConstantsListTheSameExitCodes() throws Exception {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String table = readme.substring(readme.indexOf("| exit code | meaning |"));
    table = table.substring(0, table.indexOf("\n\n"));
    List<Integer> documented = new ArrayList<>();
    Matcher row = Pattern.compile("(?m)^\\| (\\d) \\|").matcher(table);
    while (row.find()) {
      documented.add(Integer.parseInt(row.group(1)));
    }
    assertThat(documented).containsExactly(CordonCli.OK, CordonCli.USAGE, CordonCli.UNAVAILABLE,
        CordonCli.INCOMPLETE, CordonCli.NOTHING_IMPORTED);
    String help = Cli.run("--help").out();
    for (int code : documented) {
      assertThat(help).containsPattern("(?m)^  " + code + "  \\S");
    }
  }

  @Test
  void versionPrintsTheProjectVersion() throws Exception {
    for (String option : new String[] {"-V", "--version"}) {
      Cli r = Cli.run(option);
      assertThat(r.exit()).isZero();
      assertThat(r.out().strip()).matches("cordon \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    Matcher v = Pattern.compile("<version>([^<]+)</version>").matcher(pom);
    assertThat(v.find()).isTrue();
    assertThat(Cli.run("--version").out().strip()).isEqualTo("cordon " + v.group(1));
  }
}

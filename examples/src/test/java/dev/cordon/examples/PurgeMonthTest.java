package dev.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.Cordon;
import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingStatus;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.validation.PersonalField;
import dev.cordon.core.privacy.PurgeOutcome;
import dev.cordon.core.privacy.PurgeRecord;
import dev.cordon.core.report.Report;
import dev.cordon.core.storage.RecordKind;
import dev.cordon.core.storage.RecordTable;
import dev.cordon.core.storage.Storage;
import dev.cordon.examples.demo.DemoData;
import dev.cordon.examples.demo.DemoWorld;
import dev.cordon.spi.memory.MemoryStorage;
import dev.cordon.spi.report.ReportOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's proof of the purge: a heating group's month is recorded and checked, its findings
 * reviewed (all closed but one, which stays open: a legal hold), and then purged as of 2022-06-01.
 * On the memory storage, on H2 and on PostgreSQL:
 *
 * <ol>
 *   <li>every table and every column of the database — the memory storage's records, every version —
 *       is scanned for each purged ID number, phone number and name, and none is found;
 *   <li>the daily report of every day of the month and the month's findings report, written as JSON
 *       and HTML, are byte-identical before and after; the findings (every version) are identical;
 *       checking the month again after the purge stores nothing new;
 *   <li>the open finding's evidence keeps its personal values (legal hold), and a second purge
 *       erases nothing.
 * </ol>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PurgeMonthTest {
  private static final LocalDate FIRST = LocalDate.of(2021, 10, 1);
  private static final LocalDate END = LocalDate.of(2021, 11, 1);
  private static final Instant REVIEWED = Instant.parse("2021-11-05T02:00:00Z");
  /** After the month plus 28 days of retention, and after the reviews plus 180 days of hold. */
  private static final LocalDate AS_OF = LocalDate.of(2022, 6, 1);
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-06-01T01:00:00Z"), ZoneOffset.UTC);

  @TempDir
  Path dir;

  private DemoWorld world;
  private EmbeddedPostgres postgres;

  @BeforeAll
  void generate() {
    world = DemoData.generate();
  }

  @AfterAll
  void stop() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void theMemoryStorageKeepsNoPurgedValue() {
    try (Storage storage = new MemoryStorage("memory:purge")) {
      Month month = recordAndPurge(storage);
      Set<String> found = new TreeSet<>();
      for (RecordKind<?, ?> kind : RecordKind.all()) {
        found.addAll(scan(storage, kind, month.purged()));
      }
      assertThat(found).as("purged values still readable in the memory storage").isEmpty();
    }
  }

  @Test
  void h2KeepsNoPurgedValueInAnyTableOrColumn() throws Exception {
    String url = "jdbc:h2:" + dir.resolve("purge-h2").toAbsolutePath();
    Month month;
    try (Cordon c = Cordon.builder().storage(url).clock(CLOCK).build()) {
      month = recordAndPurge(c.storage());
    }
    try (Connection c = DriverManager.getConnection(url)) {
      assertThat(scanDatabase(c, "PUBLIC", month.purged())).as("purged values in H2's tables").isEmpty();
    }
  }

  @Test
  void postgresqlKeepsNoPurgedValueInAnyTableOrColumn() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    String url = postgres.getJdbcUrl("postgres", "postgres");
    Month month;
    try (Cordon c = Cordon.builder().storage(url).clock(CLOCK).build()) {
      month = recordAndPurge(c.storage());
    }
    try (Connection c = DriverManager.getConnection(url)) {
      assertThat(scanDatabase(c, "public", month.purged())).as("purged values in PostgreSQL's tables").isEmpty();
    }
  }

  /** What a recorded, checked, reviewed and purged month left to check. */
  private record Month(Set<String> purged) {}

  /**
   * Records the month, checks it, reviews the findings, purges, and asserts (2) and (3); returns the
   * purged values to scan for.
   */
  private Month recordAndPurge(Storage storage) {
    try (Cordon cordon = Cordon.builder().storage(storage).clock(CLOCK).build()) {
      world.units().forEach(cordon.directory()::register);
      world.people().forEach(cordon.directory()::register);
      world.sites().forEach(cordon.directory()::register);
      world.items().forEach(cordon.directory()::register);
      world.assignments().forEach(cordon.duty()::assign);
      world.travel().forEach(cordon.travel()::declare);
      cordon.stock().recordAll(world.stock());
      world.disinfection().forEach(cordon.disinfection()::record);
      for (LocalDate day : world.days()) {
        cordon.entries().recordAll(world.entriesOn(day));
      }
      cordon.checks().run(FIRST, END);

      // every finding is dismissed after review but one about a visitor's ledger row: it stays open
      PersonId reviewer = world.people().get(0).id();
      List<Finding> found = findings(storage);
      Finding open = found.stream().filter(f -> f.ruleId().equals("ENTRY-LEDGER-INCOMPLETE")).findFirst().orElseThrow();
      for (Finding f : found) {
        if (!f.id().equals(open.id())) {
          cordon.findings().dismiss(f.id(), reviewer, REVIEWED, "reviewed");
        }
      }
      EntryId heldId = EntryId.of(open.evidence().get(0));
      Entry held = storage.entries().get(heldId).orElseThrow();
      assertThat(held.entrant().name()).as("the held row has a name to keep").isPresent();

      Set<String> purged = purgedValues(storage, Set.of(heldId));
      assertThat(purged).as("values the purge must erase").hasSizeGreaterThan(500);
      Map<String, byte[]> reportsBefore = reports(cordon);
      List<String> findingsBefore = findingVersions(storage);

      PurgeOutcome outcome = cordon.personalData().purge(AS_OF, "officer-7", 200);

      assertThat(outcome.records().get("entry")).as("visitor rows erased").isGreaterThan(500);
      assertThat(outcome.values()).containsKeys(PersonalField.NAME, PersonalField.PHONE, PersonalField.PURPOSE);
      assertThat(outcome.held()).as("the open finding's row, held").isGreaterThanOrEqualTo(1);
      assertThat(outcome.batches()).isGreaterThan(1);

      // (3) the legal hold: the open finding's evidence is whole
      assertThat(storage.entries().get(heldId)).contains(held);

      // (2) the same findings, the same reports, byte for byte; a new check finds nothing new
      cordon.checks().run(FIRST, END);
      assertThat(findingVersions(storage)).isEqualTo(findingsBefore);
      Map<String, byte[]> reportsAfter = reports(cordon);
      assertThat(reportsAfter.keySet()).isEqualTo(reportsBefore.keySet());
      reportsBefore.forEach((name, bytes) ->
          assertThat(reportsAfter.get(name)).as("report %s after the purge", name).isEqualTo(bytes));

      // idempotent: a second purge erases nothing and says so in the log
      PurgeOutcome again = cordon.personalData().purge(AS_OF, "officer-7");
      assertThat(again.recordsRewritten()).isZero();
      assertThat(again.held()).isEqualTo(outcome.held());

      // the log: one line per batch plus the closing lines, counting what was erased, no personal value
      List<PurgeRecord> log = cordon.personalData().purgeLog();
      assertThat(log.stream().filter(l -> l.run().equals(outcome.run())).mapToInt(l ->
          l.records().values().stream().mapToInt(Integer::intValue).sum()).sum())
          .isEqualTo(outcome.recordsRewritten());
      assertThat(log).allSatisfy(l -> assertThat(l.by()).isEqualTo("officer-7"));
      String logText = log.stream().map(CordonJson::write).collect(Collectors.joining("\n"));
      assertThat(purged.stream().filter(logText::contains).toList()).as("personal values in the purge log").isEmpty();
      return new Month(purged);
    }
  }

  /**
   * The ID numbers, phone numbers and names of the visitor rows the purge must erase — every visitor
   * row but the held ones — less any value that also appears, as a substring, in what stays: staff,
   * units, sites, items, hosts and the held rows (a visitor named like a member of staff cannot be
   * told apart by a scan).
   */
  private Set<String> purgedValues(Storage storage, Set<EntryId> held) {
    StringBuilder stays = new StringBuilder();
    world.people().forEach(p -> stays.append(CordonJson.write(p)).append('\n'));
    world.units().forEach(u -> stays.append(CordonJson.write(u)).append('\n'));
    world.sites().forEach(s -> stays.append(CordonJson.write(s)).append('\n'));
    world.items().forEach(i -> stays.append(CordonJson.write(i)).append('\n'));
    world.assignments().forEach(a -> stays.append(CordonJson.write(a)).append('\n'));
    Set<String> values = new HashSet<>();
    try (Stream<Entry> all = storage.entries().all()) {
      all.forEach(e -> {
        Entrant who = e.entrant();
        if (held.contains(e.id())) {
          stays.append(CordonJson.write(e)).append('\n');
          return;
        }
        who.host().ifPresent(h -> stays.append(h).append('\n'));
        who.residentId().ifPresent(r -> values.add(r.value()));
        who.phone().ifPresent(p -> values.add(p.value()));
        who.name().ifPresent(values::add);
      });
    }
    String kept = stays.toString();
    return values.stream().filter(v -> !kept.contains(v)).collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every version of every finding, as JSON, in id order. */
  private static List<String> findingVersions(Storage storage) {
    RecordTable<dev.cordon.core.finding.FindingId, Finding> t = storage.table(RecordKind.FINDINGS);
    List<String> out = new ArrayList<>();
    try (Stream<Finding> all = t.all()) {
      all.forEach(f -> t.versions(List.of(f.id())).get(f.id()).forEach(v -> out.add(CordonJson.write(v))));
    }
    return out;
  }

  private static List<Finding> findings(Storage storage) {
    try (Stream<Finding> s = storage.findings().all()) {
      return s.toList();
    }
  }

  /** The month's reports as the officers get them: every day's, and the month's findings, in JSON and HTML. */
  private static Map<String, byte[]> reports(Cordon cordon) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (LocalDate d = FIRST; d.isBefore(END); d = d.plusDays(1)) {
      render(cordon, "daily " + d, cordon.reports().daily(d, Optional.empty()), out);
    }
    render(cordon, "findings", cordon.reports().findings(FIRST, END, Optional.empty(), Set.of(), Set.of(),
        Set.of(FindingStatus.values())), out);
    render(cordon, "notices", cordon.reports().notices(FIRST, END.plusMonths(1), Optional.empty()), out);
    return out;
  }

  private static void render(Cordon cordon, String name, Report report, Map<String, byte[]> out) {
    for (String format : List.of("json", "html")) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try {
        cordon.reportWriter(format).write(report, bytes, ReportOptions.defaults());
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      out.put(name + "." + format, bytes.toByteArray());
    }
  }

  /**
   * Finds the purged values in a text: every run of letters, digits, {@code +} and {@code ·} is cut
   * into its substrings of the purged values' lengths, each looked up in the set — the same answer
   * as {@code text.contains(value)} for each value (values are such runs), in time linear in the
   * text rather than in the number of values.
   */
  static final class Finder {
    private final Set<String> values;
    private final int[] lengths;

    Finder(Set<String> values) {
      this.values = values;
      this.lengths = values.stream().mapToInt(String::length).distinct().sorted().toArray();
      for (String v : values) {
        if (!v.codePoints().allMatch(Finder::inRun)) {
          throw new IllegalArgumentException("not a single run: " + v);
        }
      }
    }

    private static boolean inRun(int c) {
      return Character.isLetterOrDigit(c) || c == '+' || c == '·';
    }

    Set<String> in(String text) {
      Set<String> out = new TreeSet<>();
      int i = 0;
      while (i < text.length()) {
        if (!inRun(text.charAt(i))) {
          i++;
          continue;
        }
        int j = i;
        while (j < text.length() && inRun(text.charAt(j))) {
          j++;
        }
        for (int len : lengths) {
          for (int k = i; k + len <= j; k++) {
            String sub = text.substring(k, k + len);
            if (values.contains(sub)) {
              out.add(sub);
            }
          }
        }
        i = j;
      }
      return out;
    }
  }

  /** The purged values found in the records of {@code kind}, every version, as stored. */
  private static <K extends Comparable<K>, V> Set<String> scan(Storage storage, RecordKind<K, V> kind,
      Set<String> purged) {
    RecordTable<K, V> table = storage.table(kind);
    Set<String> found = new TreeSet<>();
    List<K> ids;
    try (Stream<V> all = table.all()) {
      ids = all.map(kind::idOf).toList();
    }
    Finder finder = new Finder(purged);
    table.versions(ids).values().forEach(versions -> versions.forEach(v ->
        finder.in(CordonJson.write(v)).forEach(p -> found.add(kind.name() + ": " + p))));
    return found;
  }

  /** The purged values found anywhere in the database: every column of every row of every table. */
  private static Set<String> scanDatabase(Connection c, String schema, Set<String> purged) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        tables.add(rs.getString("TABLE_NAME"));
      }
    }
    // on PostgreSQL the entries live in month partitions (cordon_entry_yYYYYmMM), listed as tables;
    // their partitioned parent holds no rows of its own
    assertThat(tables).as("tables of the schema").anyMatch(t -> t.equalsIgnoreCase("cordon_entry")
            || t.toLowerCase(java.util.Locale.ROOT).matches("cordon_entry_y\\d{4}m\\d{2}"))
        .anyMatch(t -> t.equalsIgnoreCase("cordon_person")).anyMatch(t -> t.equalsIgnoreCase("cordon_purge_log"));
    Set<String> found = new TreeSet<>();
    Finder finder = new Finder(purged);
    long cells = 0;
    for (String table : tables) {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int i = 1; i <= columns; i++) {
            String value = rs.getString(i);
            cells++;
            if (value == null) {
              continue;
            }
            for (String p : finder.in(value)) {
              found.add(table + "." + rs.getMetaData().getColumnName(i) + ": " + p);
            }
          }
        }
      }
    }
    assertThat(cells).as("cells scanned").isGreaterThan(10_000);
    return found;
  }
}

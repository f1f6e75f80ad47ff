package dev.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.Cordon;
import dev.cordon.adapters.csv.CsvExporter;
import dev.cordon.adapters.csv.ImportKind;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.site.SiteKind;
import dev.cordon.core.storage.Storage;
import dev.cordon.examples.demo.DemoData;
import dev.cordon.examples.demo.DemoWorld;
import dev.cordon.spi.memory.MemoryStorage;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A heating group's month, prepared as CSV ledgers and a policy file and run through the command
 * line alone — {@code cordon import} of every kind, {@code cordon check}, {@code cordon report} —
 * judges exactly as the Java API does on the same records: the same findings, no row rejected. The
 * policy is not the default one: canteens must be disinfected three times a day, so a set of
 * findings fires only if the CLI judges by the policy stored with the data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthThroughTheCliTest {
  private static final LocalDate FIRST = LocalDate.of(2021, 10, 1);
  private static final LocalDate END = LocalDate.of(2021, 11, 1);

  @TempDir
  Path dir;

  private DemoWorld world;
  private PreventionPolicy policy;

  @BeforeAll
  void generate() {
    world = DemoData.generate();
    Map<SiteKind, Integer> perDay = new EnumMap<>(PreventionPolicy.defaults().build().disinfectionsPerDay());
    perDay.put(SiteKind.CANTEEN, 3);
    policy = PreventionPolicy.defaults().effectiveFrom(LocalDate.of(2021, 1, 1)).disinfectionsPerDay(perDay).build();
  }

  /** The findings of a month recorded through the Java API, under {@code p}. */
  private Set<String> throughTheJavaApi(PreventionPolicy p) {
    try (Storage storage = new MemoryStorage("memory:java-api");
        Cordon cordon = Cordon.builder().storage(storage).policy(p).build()) {
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
      try (Stream<Finding> s = storage.findings().all()) {
        return s.map(f -> f.ruleId() + " " + f.id().value()).collect(Collectors.toCollection(TreeSet::new));
      }
    }
  }

  private Path csv(CsvExporter exporter, String name, ImportKind kind, List<?> records) throws Exception {
    Path f = dir.resolve(name);
    try (OutputStream o = Files.newOutputStream(f)) {
      exporter.write(kind, records, o);
    }
    return f;
  }

  @Test
  void theCliJudgesTheMonthExactlyAsTheJavaApiDoes() throws Exception {
    CsvExporter exporter = CsvExporter.create().revealingPersonalData();
    Path policies = Files.writeString(dir.resolve("policies.json"),
        CordonJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(PolicyHistory.of(policy)),
        StandardCharsets.UTF_8);
    List<List<String>> imports = new ArrayList<>();
    imports.add(List.of("policies", policies.toString()));
    imports.add(List.of("units", csv(exporter, "units.csv", ImportKind.UNITS, world.units()).toString()));
    imports.add(List.of("people", csv(exporter, "people.csv", ImportKind.PEOPLE, world.people()).toString()));
    imports.add(List.of("sites", csv(exporter, "sites.csv", ImportKind.SITES, world.sites()).toString()));
    imports.add(List.of("supply-items", csv(exporter, "supply-items.csv", ImportKind.SUPPLY_ITEMS, world.items()).toString()));
    imports.add(List.of("assignments", csv(exporter, "assignments.csv", ImportKind.ASSIGNMENTS, world.assignments()).toString()));
    imports.add(List.of("travel-declarations",
        csv(exporter, "travel.csv", ImportKind.TRAVEL_DECLARATIONS, world.travel()).toString()));
    imports.add(List.of("stock-movements", csv(exporter, "stock.csv", ImportKind.STOCK_MOVEMENTS, world.stock()).toString()));
    imports.add(List.of("disinfection-records",
        csv(exporter, "disinfection.csv", ImportKind.DISINFECTION_RECORDS, world.disinfection()).toString()));
    List<String> entries = new ArrayList<>(List.of("entries"));
    for (LocalDate day : world.days()) {
      entries.add(csv(exporter, "entries-" + day + ".csv", ImportKind.ENTRIES, world.entriesOn(day)).toString());
    }
    imports.add(entries);

    String db = dir.resolve("cordon.db").toString();
    for (List<String> kindAndFiles : imports) {
      List<String> args = new ArrayList<>(List.of("import", "--db", db, "--kind", kindAndFiles.get(0)));
      args.addAll(kindAndFiles.subList(1, kindAndFiles.size()));
      Cli r = Cli.run(args.toArray(String[]::new));
      assertThat(r.exit()).as("import %s: %s%s", kindAndFiles.get(0), r.out(), r.err()).isZero();
      assertThat(r.out()).as("import %s", kindAndFiles.get(0)).doesNotContainPattern("[1-9][0-9,]* rejected");
    }
    Cli check = Cli.run("check", "--db", db, "--from", "2021-10-01", "--to", "2021-10-31");
    assertThat(check.exit()).as(check.out() + check.err()).isZero();
    Cli report = Cli.run("report", "--db", db, "--kind", "findings", "--from", "2021-10-01", "--date", "2021-10-31",
        "--format", "json", "--out", dir.resolve("findings.json").toString());
    assertThat(report.exit()).as(report.out() + report.err()).isZero();
    assertThat(dir.resolve("findings.json")).isNotEmptyFile();

    Set<String> viaCli;
    try (Cordon cordon = Cordon.builder().storage("jdbc:sqlite:" + db).build()) {
      assertThat(cordon.describe()).containsEntry("policySource", "stored");
      try (Stream<Finding> s = cordon.storage().findings().all()) {
        viaCli = s.map(f -> f.ruleId() + " " + f.id().value()).collect(Collectors.toCollection(TreeSet::new));
      }
    }
    Set<String> viaJava = throughTheJavaApi(policy);
    assertThat(viaCli).as("findings through the CLI alone vs through the Java API").isEqualTo(viaJava);

    // the canteen findings that only the stored policy raises
    Set<String> underDefaults = throughTheJavaApi(PreventionPolicy.defaults().effectiveFrom(LocalDate.of(2021, 1, 1)).build());
    Set<String> onlyUnderThePolicy = new TreeSet<>(viaCli);
    onlyUnderThePolicy.removeAll(underDefaults);
    assertThat(onlyUnderThePolicy).isNotEmpty().allMatch(id -> id.startsWith("DISINFECTION-"));
  }
}

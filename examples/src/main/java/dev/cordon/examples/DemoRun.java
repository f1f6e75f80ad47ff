package dev.cordon.examples;

import dev.cordon.Cordon;
import dev.cordon.core.duty.Assignment;
import dev.cordon.core.duty.Role;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.notice.Notice;
import dev.cordon.core.notice.NoticeDraft;
import dev.cordon.core.notice.NoticeId;
import dev.cordon.core.person.PersonId;
import java.time.Instant;
import java.time.ZoneId;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.report.Report;
import dev.cordon.core.rules.CheckRun;
import dev.cordon.spi.rules.Rule;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.supply.AllocationPlan;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.dining.DiningPlan;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.org.UnitKind;
import dev.cordon.adapters.csv.CsvExporter;
import dev.cordon.adapters.csv.CsvImporter;
import dev.cordon.adapters.csv.ImportKind;
import dev.cordon.adapters.csv.ImportOptions;
import dev.cordon.adapters.csv.ImportSummary;
import dev.cordon.adapters.csv.RowError;
import dev.cordon.core.service.RiskAreaService;
import dev.cordon.examples.demo.DemoData;
import dev.cordon.spi.risk.RiskAreaSource;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;
import dev.cordon.examples.demo.DemoWorld;
import dev.cordon.examples.demo.Planted;
import dev.cordon.spi.report.ReportOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The demo, step by step: generate October 2021, store it, check it, write the reports and plans, and
 * say what was found. Used by {@code cordon demo}; every file it writes is deterministic for a seed.
 */
final class DemoRun {
  static final LocalDate FIRST = LocalDate.of(2021, 10, 1);
  static final LocalDate END = LocalDate.of(2021, 11, 1);
  static final LocalDate REPORT_DAY = LocalDate.of(2021, 10, 25);
  static final UnitId RESERVE = UnitId.of("U-RESERVE");
  static final SiteId HQ_CANTEEN = SiteId.of("S-HQ-CT");
  /** Rows per import transaction: a day's ledger of a busy site in one go. */
  static final int BATCH = 2000;
  /** Threads that write and import the days' ledgers: one per core, at most four. */
  static final int WORKERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  static final LocalDate NOTICE_DAY = LocalDate.of(2021, 10, 27);
  /** The rules whose planted findings the prevention office confirms and names in the notice. */
  static final Set<String> CONFIRMED_RULES = Set.of("ENTRY-FEVER-ADMITTED", "ENTRY-CHECK-SKIPPED",
      "TRAVEL-CONCEALED", "TRAVEL-LATE", "DISINFECTION-MISSED", "SUPPLY-RESERVE-LOW", "DUTY-SITE-UNCOVERED");

  /** A planted case, the rules expected to find it, and the subject or evidence id to look for. */
  record Case(String what, String id, List<String> rules) {}

  /**
   * What the demo did.
   *
   * @param entries registration-ledger rows stored
   * @param findingsByRule findings of October by rule
   * @param found planted case → the finding ids that name it (by rule)
   * @param files every file written, relative to the output directory
   */
  record Result(long entries, Map<String, Long> findingsByRule, Map<Case, Map<String, List<String>>> found,
      List<Path> files) {}

  private final Cordon cordon;
  private final Path outDir;
  private final long seed;
  private final PrintWriter out;
  private final PrintWriter err;
  private final List<Path> files = new ArrayList<>();

  DemoRun(Cordon cordon, Path outDir, long seed, PrintWriter out, PrintWriter err) {
    this.cordon = cordon;
    this.outDir = outDir;
    this.seed = seed;
    this.out = out;
    this.err = err;
  }

  // the progress bar draws itself while the try block runs; the body need not touch it
  @SuppressWarnings("try")
  Result run() throws IOException {
    long t0 = System.nanoTime();
    DemoWorld world = DemoData.generate(seed);
    out.printf("Cordon demo: 包头市热力集团, October 2021 (seed %d)%n", seed);
    out.printf("Organisation: %d units, %,d employees, %d sites (%d key sites), %d supply items%n",
        world.units().size(), world.people().size(), world.sites().size(),
        world.sites().stream().filter(Site::keySite).count(), world.items().size());

    long entries = importLedgers(world);
    out.printf("Stored: %,d entries, %d travel declarations, %d stock movements, %d assignments, "
            + "%,d disinfection records (%.1f s)%n", entries, world.travel().size(), world.stock().size(),
        world.assignments().size(), world.disinfection().size(), seconds(t0));
    RiskAreaService.Loaded risk = cordon.loadRiskAreas(RiskAreaSource.china2021q4());
    out.printf("Risk areas: the national medium/high-risk lists of 2021 Q4, %,d areas stored (%,d place names not "
        + "resolved to a county)%n", risk.stored() + risk.updated() + risk.unchanged(), risk.unresolved().size());

    CheckRun run;
    long t1 = System.nanoTime();
    try (Progress p = Progress.start(err, "checking October 2021", 0)) {
      run = cordon.checks().run(FIRST, END);
    }
    double checking = seconds(t1);
    List<Finding> findings;
    try (Stream<Finding> s = cordon.storage().findings().between(FIRST, END)) {
      findings = s.toList();
    }
    Map<String, Long> byRule = CheckCommand.byRule(findings);
    out.printf("Checked 2021-10-01 … 2021-10-31 with %d rules: %,d findings (%.1f s)%n", run.rules().size(),
        findings.size(), checking);
    byRule.forEach((rule, n) -> out.printf("  %-28s %6d%n", rule, n));

    Map<Case, Map<String, List<String>>> found = planted(world.planted(), findings);
    Set<String> available = cordon.checks().rules().stream().map(Rule::id).collect(Collectors.toSet());
    out.println("Planted cases:");
    found.forEach((c, byId) -> {
      List<String> parts = new ArrayList<>();
      for (String rule : c.rules()) {
        List<String> ids = byId.getOrDefault(rule, List.of());
        parts.add(rule + " " + (!available.contains(rule) ? "(rule not in this build)"
            : ids.isEmpty() ? "NOT FOUND" : String.join(" ", ids.subList(0, Math.min(2, ids.size())))
                + (ids.size() > 2 ? " (+" + (ids.size() - 2) + ")" : "")));
      }
      out.printf("  %-52s %s%n", c.what() + " [" + c.id() + "]", String.join("; ", parts));
    });

    List<Finding> confirmed = review(world, found);
    Notice notice = issueNotice(world, confirmed);
    out.printf("Reviewed: %d findings confirmed by the prevention office (分析甄别); notice %s names %d of them%n",
        confirmed.size(), notice == null ? "(none: nothing confirmed)" : notice.number(),
        notice == null ? 0 : notice.findings().size());

    writeReports(notice);
    writePlans();
    out.printf("Wrote %d files under %s:%n", files.size(), outDir);
    files.forEach(f -> out.println("  " + f));
    out.printf("Done in %.1f s.%n", seconds(t0));
    return new Result(entries, byRule, found, List.copyOf(files));
  }

  /** A ledger file written, the kind it holds, and its data rows. */
  private record Ledger(ImportKind kind, Path file, long rows) {}

  /**
   * Writes the world as CSV ledgers with the CSV module's exporter (personal data in full, so that the
   * files can be imported back), breaks four rows on purpose, and imports every file with the CSV
   * importer — the path a real organisation's spreadsheets take, master data (units, people, sites,
   * supply items) included. Returns the entries stored.
   */
  private long importLedgers(DemoWorld world) throws IOException {
    Path dir = outDir.resolve("ledgers");
    Files.createDirectories(dir);
    CsvExporter exporter = CsvExporter.create().revealingPersonalData();
    List<Ledger> ledgers = new ArrayList<>();
    ledgers.add(write(exporter, dir, "units.csv", ImportKind.UNITS, world.units()));
    ledgers.add(write(exporter, dir, "people.csv", ImportKind.PEOPLE, world.people()));
    ledgers.add(write(exporter, dir, "sites.csv", ImportKind.SITES, world.sites()));
    ledgers.add(write(exporter, dir, "supply-items.csv", ImportKind.SUPPLY_ITEMS, world.items()));
    ledgers.add(write(exporter, dir, "assignments.csv", ImportKind.ASSIGNMENTS, world.assignments()));
    ledgers.add(write(exporter, dir, "travel-declarations.csv", ImportKind.TRAVEL_DECLARATIONS, world.travel()));
    ledgers.add(write(exporter, dir, "stock-movements.csv", ImportKind.STOCK_MOVEMENTS, world.stock()));
    ledgers.add(write(exporter, dir, "disinfection-records.csv", ImportKind.DISINFECTION_RECORDS,
        world.disinfection()));
    // each day's ledger comes from its own random stream, so the days are generated and written in parallel
    List<Callable<Ledger>> days = new ArrayList<>();
    for (LocalDate day : world.days()) {
      days.add(() -> write(exporter, dir, "entries-" + day + ".csv", ImportKind.ENTRIES, world.entriesOn(day)));
    }
    ledgers.addAll(inParallel(days));
    List<String> broken = List.of(
        corrupt(dir.resolve("entries-2021-10-08.csv"), "phone", v -> "1390471O2l8"),
        corrupt(dir.resolve("entries-2021-10-12.csv"), "temperature", v -> "99.9"),
        corrupt(dir.resolve("entries-2021-10-18.csv"), "site", v -> "S-B11-HL"),
        corrupt(dir.resolve("entries-2021-10-26.csv"), "at", v -> v.replace("2021-10-26", "2021-10-32")));
    out.printf("Ledgers: %d CSV files in %s (generated personal data in full, for re-import); broken on purpose: "
        + "%s%n", ledgers.size(), dir, String.join(", ", broken));

    long t0 = System.nanoTime();
    CsvImporter importer = CsvImporter.of(cordon);
    Path errors = Files.createDirectories(dir.resolve("errors"));
    long total = ledgers.stream().mapToLong(Ledger::rows).sum();
    AtomicLongArray progress = new AtomicLongArray(ledgers.size());
    List<ImportSummary> summaries = new ArrayList<>();
    try (Progress p = Progress.start(err, "importing the ledgers", total)) {
      List<Callable<ImportSummary>> imports = new ArrayList<>();
      for (int i = 0; i < ledgers.size(); i++) {
        Ledger l = ledgers.get(i);
        int index = i;
        Path errorFile = errors.resolve(l.file().getFileName().toString().replace(".csv", "-errors.csv"));
        imports.add(() -> importer.importFrom(l.kind(), l.file(), ImportOptions.defaults().withBatchSize(BATCH)
            .withErrorsFile(errorFile).withProgress(x -> {
              progress.set(index, x.rowsRead());
              p.update(sum(progress), total);
            })));
      }
      // master data and the small ledgers first, in order (entries refer to them); then the days, in parallel
      int firstDay = (int) ledgers.stream().filter(l -> l.kind() != ImportKind.ENTRIES).count();
      for (Callable<ImportSummary> c : imports.subList(0, firstDay)) {
        summaries.add(call(c));
      }
      summaries.addAll(inParallel(imports.subList(firstDay, imports.size())));
    }
    long read = 0;
    long imported = 0;
    long present = 0;
    long rejected = 0;
    long entries = 0;
    List<String> rejections = new ArrayList<>();
    for (int i = 0; i < ledgers.size(); i++) {
      ImportSummary s = summaries.get(i);
      String name = ledgers.get(i).file().getFileName().toString();
      read += s.rowsRead();
      imported += s.imported();
      present += s.alreadyPresent();
      rejected += s.rejected();
      if (s.kind() == ImportKind.ENTRIES) {
        entries += s.imported() + s.alreadyPresent();
      }
      for (RowError e : s.firstErrors()) {
        rejections.add(name + " line " + e.line() + ": " + e.reason());
      }
      if (s.rejected() > 0) {
        files.add(outDir.relativize(errors.resolve(name.replace(".csv", "-errors.csv"))));
      }
    }
    out.printf("Imported: %,d rows read, %,d imported, %,d already present, %,d rejected (rejected rows in %s; "
        + "%.1f s)%n", read, imported, present, rejected, errors, seconds(t0));
    rejections.forEach(r -> out.println("  " + r));
    return entries;
  }

  private static long sum(AtomicLongArray a) {
    long n = 0;
    for (int i = 0; i < a.length(); i++) {
      n += a.get(i);
    }
    return n;
  }

  /** Runs the tasks on up to {@link #WORKERS} threads; the results in the tasks' order. */
  private static <T> List<T> inParallel(List<Callable<T>> tasks) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS, r -> {
      Thread t = new Thread(r, "cordon-demo");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> c : tasks) {
        futures.add(pool.submit(c));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(result(f));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T result(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static <T> T call(Callable<T> c) throws IOException {
    try {
      return c.call();
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Ledger write(CsvExporter exporter, Path dir, String name, ImportKind kind, List<?> records)
      throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream o = Files.newOutputStream(file)) {
      exporter.write(kind, records, o);
    }
    return new Ledger(kind, file, records.size());
  }

  /**
   * Breaks one visitor row of {@code file}: the column {@code column} of the first visitor row with a
   * phone gets {@code change(value)}. Rows with quoted cells are passed over, so a plain split on commas
   * reads them exactly; this edits a file the exporter wrote, it is not a CSV reader.
   */
  private static String corrupt(Path file, String column, java.util.function.UnaryOperator<String> change)
      throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    List<String> header = List.of(lines.get(0).split(",", -1));
    int col = header.indexOf(column);
    int category = header.indexOf("category");
    int phone = header.indexOf("phone");
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      String[] cells = line.split(",", -1);
      if (!line.contains("\"") && cells.length == header.size() && cells[category].equals("VISITOR")
          && !cells[phone].isEmpty()) {
        cells[col] = change.apply(cells[col]);
        lines.set(i, String.join(",", cells));
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file.getFileName() + " line " + (i + 1) + " (" + column + ")";
      }
    }
    throw new IllegalStateException("no visitor row to break in " + file);
  }

  private Map<Case, Map<String, List<String>>> planted(Planted p, List<Finding> findings) {
    List<Case> cases = List.of(
        new Case("back from 额济纳旗, never declared (瞞報)", p.concealedTraveller().value(),
            List.of("TRAVEL-CONCEALED", "ENTRY-ITINERARY-ADMITTED")),
        new Case("admitted at 37.5 °C on 10-25", p.feverAdmitted().value(),
            List.of("ENTRY-FEVER-ADMITTED", "ENTRY-FEVER")),
        new Case("declared the day after leaving (遲報)", p.lateDeclaration().value(), List.of("TRAVEL-LATE")),
        new Case("business trip to a risk area, no follow-up", p.riskTrip().value(),
            List.of("TRAVEL-RISK-DESTINATION", "TRAVEL-FOLLOW-UP-OPEN")),
        new Case("personal trip rejected, taken anyway", p.rejectedTrip().value(),
            List.of("TRAVEL-NON-ESSENTIAL", "TRAVEL-UNAPPROVED")),
        new Case("planned return passed, not back", p.overdueTrip().value(), List.of("TRAVEL-OVERDUE")),
        new Case("masks below the reserve norm", p.lowStockUnit().value(), List.of("SUPPLY-RESERVE-LOW")),
        new Case("hall without a responsible person", p.uncoveredSite().value(), List.of("DUTY-SITE-UNCOVERED")),
        new Case("hall whose only responsible person is away", p.awayResponsibleSite().value(),
            List.of("DUTY-HOLDER-AWAY")),
        new Case("hall that skipped checks and disinfection", p.laxHall().value(),
            List.of("ENTRY-CHECK-SKIPPED", "DISINFECTION-MISSED")),
        new Case("unit without a liaison leader", p.unitWithoutLiaison().value(), List.of("DUTY-UNIT-NO-LIAISON")),
        new Case("hall ledger all 36.5 °C on 10-18 (疑似补记)", p.uniformHall().value(), List.of("LEDGER-UNIFORM")),
        new Case("hall ledger on the half degree all week", p.heapedHall().value(), List.of("LEDGER-HEAPED")),
        new Case("employee's rows copied day after day", p.copiedEmployee().value(), List.of("LEDGER-ROWS-COPIED")),
        new Case("hall visitors typed in 6 min apart", p.typedHall().value(), List.of("LEDGER-TIMES-TYPED")),
        new Case("hall visitors registered after closing", p.afterHoursHall().value(), List.of("LEDGER-AFTER-HOURS")));
    Map<Case, Map<String, List<String>>> found = new LinkedHashMap<>();
    for (Case c : cases) {
      Map<String, List<String>> byRule = new LinkedHashMap<>();
      for (String rule : c.rules()) {
        byRule.put(rule, findings.stream().filter(f -> f.ruleId().equals(rule) && names(f, c.id()))
            .map(f -> f.id().value()).sorted().toList());
      }
      found.put(c, byRule);
    }
    return found;
  }

  /** Whether a finding is about {@code id}: its subject, or a record in its evidence. */
  private boolean names(Finding f, String id) {
    if (f.subject().id().equals(id) || f.evidence().contains(id)) {
      return true;
    }
    // an entry finding names the entry; the planted site or person is reached through it
    return f.evidence().stream().anyMatch(e -> e.startsWith("E-") && e.contains("-" + id + "-"))
        || f.evidence().stream().anyMatch(e -> cordon.storage().entries().get(dev.cordon.core.entry.EntryId.of(e))
            .flatMap(x -> x.entrant().personId()).filter(pid -> pid.value().equals(id)).isPresent());
  }

  /**
   * The prevention office analyses and verifies (分析甄別) the planted findings of the rules that name a
   * unit's failure to apply the measures, and confirms them; everything else stays open.
   */
  private List<Finding> review(DemoWorld world, Map<Case, Map<String, List<String>>> found) {
    PersonId reviewer = reviewer(world);
    Instant at = LocalDate.of(2021, 10, 26).atTime(10, 0).atZone(cordon.policies().policyOn(REPORT_DAY).zone())
        .toInstant();
    List<Finding> confirmed = new ArrayList<>();
    for (Map<String, List<String>> byRule : found.values()) {
      for (var e : byRule.entrySet()) {
        if (!CONFIRMED_RULES.contains(e.getKey())) {
          continue;
        }
        for (String id : e.getValue()) {
          confirmed.add(cordon.findings().confirm(FindingId.of(id), reviewer, at));
        }
      }
    }
    confirmed.sort(java.util.Comparator.comparing(f -> f.id().value()));
    return confirmed;
  }

  private static PersonId reviewer(DemoWorld world) {
    return world.assignments().stream().filter(a -> a.role() == Role.PREVENTION_OFFICE).map(Assignment::person)
        .findFirst().orElseThrow();
  }

  /** The notice of criticism (實名通報批評) of 2021-10-27, naming the confirmed findings. */
  private Notice issueNotice(DemoWorld world, List<Finding> confirmed) {
    if (confirmed.isEmpty()) {
      return null;
    }
    ZoneId zone = cordon.policies().policyOn(NOTICE_DAY).zone();
    return cordon.notices().issue(NoticeDraft.builder().id(NoticeId.of("N-2021-10-27"))
        .numberPrefix("包热防通").title("关于部分单位疫情防控措施落实不到位的通报")
        .body("经集团疫情防控领导小组办公室检查督导，以下单位疫情防控措施落实不到位。经分析甄别，现予以通报批评，"
            + "请相关单位立即整改，并于三日内报送整改情况。")
        .issuer(UnitId.of("U-GROUP")).findings(confirmed.stream().map(Finding::id).toList())
        .issuedBy(reviewer(world)).issuedAt(NOTICE_DAY.atTime(9, 0).atZone(zone).toInstant()).build());
  }

  private void writeReports(Notice notice) throws IOException {
    List<String> formats = Stream.of("json", "csv", "html").filter(cordon.reportFormats()::contains).toList();
    Map<String, Report> reports = new LinkedHashMap<>();
    reports.put("daily-2021-10-25", cordon.reports().daily(REPORT_DAY, Optional.empty()));
    reports.put("findings-2021-10", cordon.reports().findings(FIRST, END, Optional.empty(), Set.of(), Set.of(),
        Set.of()));
    reports.put("stock-2021-10-31", cordon.reports().stock(END.minusDays(1), 30));
    if (notice != null) {
      reports.put("notice-2021-10-27", cordon.reports().notices(NOTICE_DAY, NOTICE_DAY.plusDays(1), Optional.empty()));
    }
    for (var r : reports.entrySet()) {
      for (String format : formats) {
        Path file = outDir.resolve("reports").resolve(r.getKey() + "." + cordon.reportWriter(format).fileExtension());
        for (Path written : ReportCommand.write(cordon, r.getValue(), format, file,
            ReportOptions.defaults().withLocale(cordon.reports().language(REPORT_DAY)))) {
          files.add(outDir.relativize(written));
        }
      }
    }
  }

  private void writePlans() throws IOException {
    AllocationPlan supplies = PlanCommand.supplies(cordon, REPORT_DAY, LocalTime.of(9, 0), SupplyItemId.of("I-MASK"),
        RESERVE, new BigDecimal("20000"), null);
    text("plan-supplies-2021-10-25.txt", PlanOutput.supplies(cordon, supplies));
    text("plan-supplies-2021-10-25.json", CordonJson.write(supplies) + "\n");
    List<UnitId> headOffice;
    try (Stream<Unit> all = cordon.storage().units().all()) {
      headOffice = all.filter(u -> u.kind() == UnitKind.GROUP || u.kind() == UnitKind.HEAD_OFFICE_DEPARTMENT)
          .map(Unit::id).sorted().toList();
    }
    DiningPlan dining = PlanCommand.dining(cordon, HQ_CANTEEN, REPORT_DAY, LocalTime.of(11, 30), LocalTime.of(13, 30),
        30, 10, headOffice);
    text("plan-dining-S-HQ-CT-2021-10-25.txt", PlanOutput.dining(cordon, dining, cordon.dining().check(dining)));
    text("plan-dining-S-HQ-CT-2021-10-25.json", CordonJson.write(dining) + "\n");
    out.printf("Plans: %s; dining at 集团机关食堂 on 2021-10-25: %d sittings, %d seated, %d unseated%n",
        supplies.summary(java.util.Locale.ENGLISH), dining.sittings().size(), dining.seatedPeople(),
        dining.unseatedPeople());
  }

  private void text(String name, String content) throws IOException {
    Path file = outDir.resolve("reports").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    files.add(outDir.relativize(file));
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}

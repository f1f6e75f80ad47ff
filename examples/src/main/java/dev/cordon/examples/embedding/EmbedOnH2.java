package dev.cordon.examples.embedding;

import dev.cordon.Cordon;
import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.entry.HealthCodeColour;
import dev.cordon.core.entry.ItineraryCode;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PhoneNumber;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.report.DailyReport;
import dev.cordon.core.rules.CheckRun;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import dev.cordon.spi.report.ReportOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Embedding Cordon in an application, end to end: open it on an embedded H2 database, register a unit
 * and its service hall, record a ledger row, run the checks, write the daily report.
 *
 * <p>Run with no arguments for an in-memory H2 database and {@code daily-2021-10-25.html} in the
 * working directory, or give a storage URL and a file.
 */
public final class EmbedOnH2 {
  /** In-memory H2, kept open until Cordon closes it. */
  public static final String DEFAULT_URL = "jdbc:h2:mem:cordon-embedding";

  private EmbedOnH2() {}

  /** {@code EmbedOnH2 [storage-url [report-file]]}. */
  public static void main(String[] args) throws IOException {
    String url = args.length > 0 ? args[0] : DEFAULT_URL;
    Path report = Path.of(args.length > 1 ? args[1] : "daily-2021-10-25.html");
    List<Finding> findings = run(url, report, System.out);
    System.out.println(findings.size() + " findings; report written to " + report.toAbsolutePath());
  }

  /** The example: returns the findings of 2021-10-25 and writes the day's report as HTML to {@code report}. */
  public static List<Finding> run(String url, Path report, PrintStream console) throws IOException {
    LocalDate day = LocalDate.of(2021, 10, 25);
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    try (Cordon cordon = Cordon.open(url)) {
      // master data: a branch and its customer-service hall (營業廳), a key site by default
      UnitId branch = UnitId.of("U-EAST");
      cordon.directory().register(Unit.builder().id(branch).name("东河供热分公司")
          .kind(UnitKind.GRASSROOTS_UNIT).headcount(150).build());
      SiteId hall = SiteId.of("S-EAST-HALL");
      cordon.directory().register(Site.builder().id(hall).name("东河区营业厅").kind(SiteKind.SERVICE_HALL)
          .owner(branch).region(RegionCode.of("150202")).capacity(60).build());

      // one row of the registration ledger (出入登記): a customer let in with a fever
      cordon.entries().record(Entry.builder()
          .id(EntryId.of("E-20211025-0001"))
          .site(hall)
          .at(day.atTime(9, 41).atZone(zone).toInstant())
          .entrant(Entrant.builder().category(PersonCategory.VISITOR).name("王芳")
              .phone(PhoneNumber.parse("13800471234")).purpose("缴纳采暖费").host("赵敏").build())
          .temperature(new BigDecimal("37.6"))
          .healthCode(HealthCodeColour.GREEN)
          .itinerary(ItineraryCode.of(false, RegionCode.of("150200")))
          .decision(Decision.ADMITTED)
          .build());

      // the checks (合規檢查) over the day: re-running them finds the same findings, never duplicates
      CheckRun run = cordon.checks().run(day, day.plusDays(1));
      for (Finding f : run.findings()) {
        console.println(f.ruleId() + " " + f.severity() + " " + f.message(Locale.ENGLISH));
      }

      // the daily report (日報), written by the built-in html writer
      DailyReport daily = cordon.reports().daily(day, Optional.empty());
      try (OutputStream out = Files.newOutputStream(report)) {
        cordon.reportWriter("html").write(daily, out, ReportOptions.defaults());
      }
      return run.findings();
    }
  }
}

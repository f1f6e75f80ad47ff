package dev.cordon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.entry.HealthCodeColour;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.site.OpeningHours;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Planted fabricated ledgers of each kind — all-identical, heaped, copied, repeated, typed-in times,
 * after hours — are each found through Cordon's own API on the memory storage, beside a month of
 * honest ledgers drawn from the model that raise nothing; the findings are low, ask for a review and
 * do not depend on any visitor's name or phone.
 */
class ForensicLedgerTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final LocalDate FROM = LocalDate.of(2021, 10, 1);
  private static final LocalDate TO = LocalDate.of(2021, 11, 1);
  private static final UnitId HQ = UnitId.of("hq");

  private record World(List<Object> sites, List<Entry> entries) {}

  private static Site site(String id, SiteKind kind, String hours) {
    Site.Builder b = Site.builder().id(SiteId.of(id)).name("场所 " + id).kind(kind).owner(HQ)
        .region(RegionCode.of("150203"));
    if (hours != null) {
      b.openingHours(OpeningHours.parse(hours));
    }
    return b.build();
  }

  /** The world; {@code alias} changes every visitor's name and phone (what a purge would do to them). */
  private static World world(boolean alias) {
    SplittableRandom r = new SplittableRandom(16);
    List<Object> sites = new ArrayList<>();
    List<Entry> out = new ArrayList<>();
    int[] seq = {0};
    class Rows {
      void add(String site, LocalDate day, int minuteOfDay, int second, String temperature, PersonId employee) {
        Entrant who = employee != null ? Entrant.employee(employee)
            : alias ? Entrant.builder().category(PersonCategory.VISITOR).name("某某").purpose("办事").host("值班员").build()
                : Entrant.builder().category(PersonCategory.VISITOR).name("王先生").phone(
                    dev.cordon.core.person.PhoneNumber.parse("1380471" + String.format("%04d", seq[0] % 10000)))
                    .purpose("办事").host("值班员").build();
        out.add(Entry.builder().id(EntryId.of(String.format("e-%s-%s-%05d", site, day, ++seq[0]))).site(SiteId.of(site))
            .at(day.atTime(LocalTime.ofSecondOfDay(minuteOfDay * 60L + second)).atZone(ZONE).toInstant())
            .entrant(who).temperature(new BigDecimal(temperature)).healthCode(HealthCodeColour.GREEN)
            .decision(Decision.ADMITTED).build());
      }

      String honest(double mu) {
        double x = mu + 0.3 * r.nextGaussian();
        return r.nextInt(50) == 0 ? String.valueOf(Math.round(x * 2) / 2.0) : String.format("%.1f", x);
      }

      int arrival(int opens, int span) {
        return opens + r.nextInt(span);
      }
    }
    Rows rows = new Rows();
    // honest: two halls and an office all month, from the model (a bias per site, σ 0.3, 2 % rounded)
    sites.add(site("honest-hall-1", SiteKind.SERVICE_HALL, "08:00-17:30"));
    sites.add(site("honest-hall-2", SiteKind.SERVICE_HALL, "08:00-17:30"));
    sites.add(site("office", SiteKind.OFFICE_BUILDING, "07:00-19:00"));
    for (LocalDate d = FROM; d.isBefore(TO); d = d.plusDays(1)) {
      for (String hall : List.of("honest-hall-1", "honest-hall-2")) {
        int n = 20 + r.nextInt(180);
        for (int i = 0; i < n; i++) {
          rows.add(hall, d, rows.arrival(480, 570), r.nextInt(60), rows.honest(hall.endsWith("1") ? 36.3 : 36.6), null);
        }
      }
      for (int p = 0; p < 40; p++) {
        rows.add("office", d, 450 + (int) Math.floor(Math.abs(20 + 10 * r.nextGaussian())), r.nextInt(60),
            rows.honest(36.4), PersonId.of("p-" + p));
      }
    }
    // 1. all identical: forty rows at 36.5 on 10-12
    sites.add(site("identical", SiteKind.SERVICE_HALL, null));
    for (int i = 0; i < 40; i++) {
      rows.add("identical", LocalDate.of(2021, 10, 12), rows.arrival(480, 540), r.nextInt(60), "36.5", null);
    }
    // 2. heaped: a week (10-11 … 10-17) of readings all on x.0 or x.5
    sites.add(site("heaped", SiteKind.SERVICE_HALL, null));
    for (LocalDate d = LocalDate.of(2021, 10, 11); d.isBefore(LocalDate.of(2021, 10, 18)); d = d.plusDays(1)) {
      for (int i = 0; i < 12; i++) {
        rows.add("heaped", d, rows.arrival(480, 540), r.nextInt(60),
            String.valueOf(Math.round((36.4 + 0.3 * r.nextGaussian()) * 2) / 2.0), null);
      }
    }
    // 3. copied: p-copy at 08:03 and 36.4 every morning, honest at lunch; 4. repeated: p-same 36.5 at every entry
    for (LocalDate d = LocalDate.of(2021, 10, 4); d.isBefore(LocalDate.of(2021, 10, 18)); d = d.plusDays(1)) {
      rows.add("office", d, 483, 0, "36.4", PersonId.of("p-copy"));
      rows.add("office", d, rows.arrival(690, 60), r.nextInt(60), rows.honest(36.4), PersonId.of("p-copy"));
      rows.add("office", d, rows.arrival(450, 60), r.nextInt(60), "36.5", PersonId.of("p-same"));
    }
    // 5. typed-in times: forty rows five minutes apart from 08:00 on 10-13
    sites.add(site("typed", SiteKind.SERVICE_HALL, null));
    for (int i = 0; i < 40; i++) {
      rows.add("typed", LocalDate.of(2021, 10, 13), 480 + 5 * i, 0, rows.honest(36.4), null);
    }
    // 6. after hours: three rows at a hall closed since 17:30, on 10-14
    for (int minute : new int[] {21 * 60 + 5, 21 * 60 + 40, 22 * 60 + 15}) {
      rows.add("honest-hall-1", LocalDate.of(2021, 10, 14), minute, 0, rows.honest(36.3), null);
    }
    return new World(sites, out);
  }

  private static List<Finding> ledgerFindings(World w) {
    try (Cordon cordon = Cordon.open("memory:")) {
      cordon.directory().register(Unit.builder().id(HQ).name("包头热力集团").kind(UnitKind.GROUP).headcount(100).build());
      w.sites().forEach(s -> cordon.directory().register((Site) s));
      w.entries().stream().flatMap(e -> e.entrant().personId().stream()).distinct().forEach(p -> cordon.directory()
          .register(dev.cordon.core.person.Person.builder().id(p).name("张伟").category(PersonCategory.EMPLOYEE)
              .unit(HQ).rank(dev.cordon.core.person.Rank.STAFF).build()));
      cordon.entries().recordAll(w.entries());
      return cordon.checks().run(FROM, TO).findings().stream().filter(f -> f.ruleId().startsWith("LEDGER-")).toList();
    }
  }

  @Test
  void eachPlantedKindIsFoundAndTheHonestLedgersRaiseNothing() {
    List<Finding> found = ledgerFindings(world(false));
    Map<String, List<String>> bySubject = new TreeMap<>(found.stream().collect(Collectors.groupingBy(
        f -> f.ruleId() + " " + f.subject(), Collectors.mapping(f -> f.date().toString(), Collectors.toList()))));
    System.out.println("LEDGER findings: " + bySubject);
    assertThat(bySubject).containsKeys("LEDGER-UNIFORM SITE:identical", "LEDGER-HEAPED SITE:heaped",
        "LEDGER-ROWS-COPIED PERSON:p-copy", "LEDGER-READING-REPEATED PERSON:p-same", "LEDGER-TIMES-TYPED SITE:typed",
        "LEDGER-AFTER-HOURS SITE:honest-hall-1");
    assertThat(bySubject.get("LEDGER-AFTER-HOURS SITE:honest-hall-1")).containsExactly("2021-10-14");
    assertThat(bySubject.get("LEDGER-HEAPED SITE:heaped")).containsExactly("2021-10-17");
    // nothing else: the honest halls, the office and the honest employees raise no LEDGER finding
    assertThat(bySubject.keySet()).as("only planted subjects").allMatch(k -> k.matches(
        "LEDGER-UNIFORM SITE:identical|LEDGER-HEAPED SITE:(heaped|identical)|LEDGER-ROWS-COPIED PERSON:p-copy"
            + "|LEDGER-READING-REPEATED PERSON:p-same|LEDGER-TIMES-TYPED SITE:typed|LEDGER-AFTER-HOURS SITE:honest-hall-1"
            + "|LEDGER-ROWS-COPIED PERSON:p-same"));
    assertThat(found).allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.LOW);
      assertThat(f.evidence()).isNotEmpty();
      assertThat(f.messageZh()).contains("疑似补记").contains("请").contains("核查");
      assertThat(f.messageEn()).contains("please review").contains("not proof");
      assertThat(f.messageEn() + f.messageZh()).doesNotContain("王先生").doesNotContain("1380471");
    });
  }

  @Test
  void theFindingsAreTheSameWhateverTheVisitorsNamesAndPhones() {
    assertThat(ledgerFindings(world(true))).isEqualTo(ledgerFindings(world(false)));
  }
}

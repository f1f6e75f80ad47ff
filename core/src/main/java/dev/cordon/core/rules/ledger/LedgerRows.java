package dev.cordon.core.rules.ledger;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.report.Text;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.spi.rules.FindingDraft;
import dev.cordon.spi.rules.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Shared reading and wording of the LEDGER-* rules. They read only facts that are not personal —
 * the site, the instant, the temperature and, for employees and contractors, the entrant's person
 * id — so a purge of visitors' details changes none of their findings.
 */
final class LedgerRows {
  private LedgerRows() {}

  /** The entries of {@code [from, to)} by site id and local day, each list ordered by instant then id. */
  static Map<String, Map<LocalDate, List<Entry>>> bySiteDay(RuleContext ctx, LocalDate from, LocalDate to) {
    Map<String, Map<LocalDate, List<Entry>>> out = new TreeMap<>();
    try (Stream<Entry> s = ctx.records().entries(from, to)) {
      s.forEach(e -> out.computeIfAbsent(e.site().value(), k -> new TreeMap<>())
          .computeIfAbsent(e.localDate(ctx.zone()), k -> new ArrayList<>()).add(e));
    }
    out.values().forEach(days -> days.values().forEach(LedgerRows::order));
    return out;
  }

  /**
   * The rows with a reading of every entrant known by a person id (employees, contractors) on the
   * days {@code [from − look-back + 1, to)} — the look-back the largest of the policies in force on
   * {@code [from, to)} — by person id, each list ordered by instant then id. Visitors are never
   * matched: nothing that identifies them is read.
   */
  static Map<String, List<Entry>> byPerson(RuleContext ctx) {
    int lookBack = 1;
    for (LocalDate d = ctx.from(); d.isBefore(ctx.to()); d = d.plusDays(1)) {
      lookBack = Math.max(lookBack, ctx.policyOn(d).ledgerForensics().lookBackDays());
    }
    Map<String, List<Entry>> out = new TreeMap<>();
    try (Stream<Entry> s = ctx.records().entries(ctx.from().minusDays(lookBack - 1L), ctx.to())) {
      s.filter(e -> e.temperature().isPresent() && e.entrant().personId().isPresent())
          .forEach(e -> out.computeIfAbsent(e.entrant().personId().get().value(), k -> new ArrayList<>()).add(e));
    }
    out.values().forEach(LedgerRows::order);
    return out;
  }

  /** A finding about a person's rows: its id follows {@code about}, its evidence lists {@code evidence}. */
  static FindingDraft.OfRecords personRows(RuleContext ctx, Entry about, Text seen, List<String> evidence) {
    String person = about.entrant().personId().orElseThrow().value();
    Optional<Site> site = ctx.records().site(about.site());
    return FindingDraft.forRecords(Subject.of(SubjectKind.PERSON, person), site.map(Site::owner),
        about.localDate(ctx.zone()), review("Person " + person + ", entry " + about.id() + " at site " + about.site()
            + ": ", "人员 " + person + "，场所 " + about.site() + " 登记 " + about.id() + "：", seen), evidence)
        .about(about.id().value());
  }

  /** Orders rows by instant, then id. */
  static void order(List<Entry> rows) {
    rows.sort(java.util.Comparator.comparing(Entry::at).thenComparing(e -> e.id().value()));
  }

  /** A reading in tenths of a degree. */
  static int tenths(Entry e) {
    return e.temperature().orElseThrow().movePointRight(1).intValueExact();
  }

  /** A reading of tenths, e.g. {@code 36.5}. */
  static String degrees(int tenths) {
    return (tenths / 10) + "." + Math.abs(tenths % 10);
  }

  /** The ids of rows. */
  static List<String> ids(List<Entry> rows) {
    return rows.stream().map(e -> e.id().value()).toList();
  }

  /** A finding about a site on a day: what was seen, and a request to review, never an accusation. */
  static FindingDraft.OfDay siteDay(RuleContext ctx, String siteId, LocalDate day, Text seen, List<String> evidence) {
    Optional<Site> site = ctx.records().site(SiteId.of(siteId));
    return FindingDraft.forDay(Subject.of(SubjectKind.SITE, siteId), site.map(Site::owner), day,
        review("Site " + siteId + " on " + day + ": ", "场所 " + siteId + " " + day + "：", seen), evidence);
  }

  /** The wording every LEDGER-* finding shares. */
  static Text review(String enSubject, String zhSubject, Text seen) {
    return Text.of(enSubject + seen.en() + ". This pattern is rare in a ledger kept at the door and may"
            + " mean the rows were written up afterwards (疑似补记); please review the ledger with the site"
            + " — it is a statistical signal, not proof",
        zhSubject + seen.zh() + "。如实登记的台账很少出现这种情况，疑似补记，请会同场所核查台账（仅为统计提示，并非定论）");
  }
}

package dev.cordon.core.rules.ledger;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.report.Text;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * LEDGER-HEAPED (體溫取整): over a site-week (Monday to Sunday) far more readings end in .0 or .5
 * than measuring gives — what a ledger filled in from memory looks like (36.0, 36.5, 37.0). An honest
 * reading lands on x.0 or x.5 with probability at most p½ ({@link HonestLedger#roundShare()}, 0.243
 * with the defaults, 5 % of rows rounded by the door keeper included); the threshold is the smallest
 * count whose exact binomial tail is at most α ({@link HonestLedger#roundThreshold}): with the
 * defaults 23 of 40, 77 of 200, 165 of 500. Silent below {@value #MIN_ROWS} readings in the week.
 *
 * <p>A week is judged when its Sunday is among the days checked (reading its earlier days too), and
 * its finding is dated by that Sunday: one finding per site and week, the evidence its round rows.
 */
public final class LedgerHeaped implements Rule {
  /** The rule id. */
  public static final String ID = "LEDGER-HEAPED";
  /** The fewest readings of a site-week the rule judges. */
  public static final int MIN_ROWS = 30;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.LOW;
  }

  @Override
  public Text description() {
    return Text.of("A site-week's temperatures heaped on x.0 and x.5 far beyond what measuring gives",
        "同一场所一周内体温集中于整数或半度，远超实测，疑似补记");
  }

  /**
   * What is implausible about a site-week's readings (tenths of a degree), or empty. The statistic
   * the rule applies, usable on rows in memory.
   */
  public static Optional<Text> pattern(HonestLedger model, int[] tenths) {
    int n = tenths.length;
    int round = 0;
    for (int t : tenths) {
      if (Math.floorMod(t, 5) == 0) {
        round++;
      }
    }
    int k = model.roundThreshold(n);
    if (round < k) {
      return Optional.empty();
    }
    return Optional.of(Text.of(round + " of " + n + " temperatures of the week end in .0 or .5, where honest"
            + " readings do so on at most " + (k - 1),
        "本周 " + n + " 条体温中 " + round + " 条为整数或半度（x.0、x.5），如实测温至多 " + (k - 1) + " 条"));
  }

  @Override
  public void evaluate(RuleContext ctx) {
    LocalDate firstSunday = ctx.from().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    if (!firstSunday.isBefore(ctx.to())) {
      return;
    }
    Map<String, Map<LocalDate, List<Entry>>> rows = LedgerRows.bySiteDay(ctx, firstSunday.minusDays(6), ctx.to());
    for (LocalDate sunday = firstSunday; sunday.isBefore(ctx.to()); sunday = sunday.plusWeeks(1)) {
      HonestLedger model = HonestLedger.of(ctx.policyOn(sunday).ledgerForensics());
      for (Map.Entry<String, Map<LocalDate, List<Entry>>> site : rows.entrySet()) {
        List<Entry> week = new ArrayList<>();
        for (LocalDate d = sunday.minusDays(6); !d.isAfter(sunday); d = d.plusDays(1)) {
          site.getValue().getOrDefault(d, List.of()).stream().filter(e -> e.temperature().isPresent()).forEach(week::add);
        }
        int[] tenths = week.stream().mapToInt(LedgerRows::tenths).toArray();
        LocalDate monday = sunday.minusDays(6);
        LocalDate last = sunday;
        pattern(model, tenths).ifPresent(seen -> ctx.report(LedgerRows.siteDay(ctx, site.getKey(), last,
            Text.of("week " + monday + " to " + last + ", " + seen.en(), monday + " 至 " + last + " 一周，" + seen.zh()),
            LedgerRows.ids(week.stream().filter(e -> LedgerRows.tenths(e) % 5 == 0).toList())).aspect("week")));
      }
    }
  }
}

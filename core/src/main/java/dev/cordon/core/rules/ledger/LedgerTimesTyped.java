package dev.cordon.core.rules.ledger;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.report.Text;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * LEDGER-TIMES-TYPED (時間係補填): the times of a site-day look typed in rather than taken at the door —
 * many rows in the same minute, or a long run of rows evenly spaced (08:00, 08:05, 08:10 …, or forty
 * rows a minute apart). Arrivals are modelled as a Poisson process in which no minute expects more
 * than 1 ⁄ W of the day (W per site kind, {@code arrivalPeakMinutes}); the thresholds are
 * {@link HonestLedger#sameMinuteThreshold} (an exact binomial tail: with the defaults 16 of 40 rows,
 * 44 of 200 and 86 of 500 in one minute at an office, hall or station; 22, 69 and 144 at a canteen)
 * and {@link HonestLedger#evenRunThreshold} (a Poisson bound: 26 to 28 equal gaps in a row). One
 * finding per site and day; its evidence is the rows of the pattern.
 */
public final class LedgerTimesTyped implements Rule {
  /** The rule id. */
  public static final String ID = "LEDGER-TIMES-TYPED";

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
    return Text.of("A site-day's times look typed in: many rows in one minute, or a long run evenly spaced",
        "同一场所当日登记时间疑似补填：同一分钟大量登记，或长串等间隔登记");
  }

  /**
   * The pattern in a site-day's times, given as minutes of the day in order, at a site whose rush is
   * {@code peakMinutes} long: {@code [first, last)} indexes of the rows it covers and what it is, or
   * empty. The statistic the rule applies, usable on rows in memory.
   */
  public static Optional<Pattern> pattern(HonestLedger model, int peakMinutes, int[] minutes) {
    int n = minutes.length;
    if (n < 2) {
      return Optional.empty();
    }
    int k = model.sameMinuteThreshold(n, peakMinutes);
    int bestStart = 0;
    int best = 1;
    for (int i = 0, j; i < n; i = j) {
      j = i;
      while (j < n && minutes[j] == minutes[i]) {
        j++;
      }
      if (j - i > best) {
        best = j - i;
        bestStart = i;
      }
    }
    if (best >= k) {
      String at = hhmm(minutes[bestStart]);
      return Optional.of(new Pattern(bestStart, bestStart + best, Text.of(
          best + " of " + n + " rows registered in the minute " + at + ", where honest arrivals put at most "
              + (k - 1) + " in one minute",
          n + " 条登记中 " + best + " 条在 " + at + " 同一分钟，如实登记同一分钟至多 " + (k - 1) + " 条")));
    }
    int l = model.evenRunThreshold(n);
    int runStart = 0;
    int runGaps = 0;
    for (int i = 1, gaps = 0, start = 0; i < n; i++) {
      int gap = minutes[i] - minutes[i - 1];
      if (gap >= 1 && i >= 2 && gap == minutes[i - 1] - minutes[i - 2] && gaps > 0) {
        gaps++;
      } else if (gap >= 1) {
        gaps = 1;
        start = i - 1;
      } else {
        gaps = 0;
      }
      if (gaps > runGaps) {
        runGaps = gaps;
        runStart = start;
      }
    }
    if (runGaps >= l) {
      int gap = minutes[runStart + 1] - minutes[runStart];
      String from = hhmm(minutes[runStart]);
      String to = hhmm(minutes[runStart + runGaps]);
      return Optional.of(new Pattern(runStart, runStart + runGaps + 1, Text.of(
          (runGaps + 1) + " rows in a row exactly " + gap + " min apart from " + from + " to " + to
              + ", where honest arrivals give at most " + (l - 1) + " equal gaps in a row",
          from + " 至 " + to + " 连续 " + (runGaps + 1) + " 条登记间隔均为 " + gap + " 分钟，如实登记连续等间隔至多 "
              + (l - 1) + " 个")));
    }
    return Optional.empty();
  }

  private static String hhmm(int minute) {
    return String.format("%02d:%02d", minute / 60, minute % 60);
  }

  /**
   * A pattern in the times of a site-day.
   *
   * @param first the index of its first row
   * @param end the index after its last row
   * @param seen what was seen
   */
  public record Pattern(int first, int end, Text seen) {}

  @Override
  public void evaluate(RuleContext ctx) {
    LedgerRows.bySiteDay(ctx, ctx.from(), ctx.to()).forEach((site, days) -> {
      SiteKind kind = ctx.records().site(SiteId.of(site)).map(Site::kind).orElse(SiteKind.OTHER);
      days.forEach((day, rows) -> {
        HonestLedger model = HonestLedger.of(ctx.policyOn(day).ledgerForensics());
        int[] minutes = rows.stream().mapToInt(e -> e.at().atZone(ctx.zone()).toLocalTime().toSecondOfDay() / 60)
            .toArray();
        pattern(model, model.model().peakMinutesOf(kind), minutes).ifPresent(p -> {
          List<Entry> covered = rows.subList(p.first(), p.end());
          ctx.report(LedgerRows.siteDay(ctx, site, day, p.seen(), LedgerRows.ids(covered)));
        });
      });
    });
  }
}

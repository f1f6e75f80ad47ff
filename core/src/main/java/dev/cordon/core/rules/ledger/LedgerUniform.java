package dev.cordon.core.rules.ledger;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.report.Text;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * LEDGER-UNIFORM (體溫過於一致): the temperatures of a site-day are implausibly uniform for its
 * number of rows — one value on nearly every row (every temperature 36.5), or a spread far below
 * what a thermometer gives. Two statistics, each held to the false-alarm rate α of the policy in
 * force that day ({@link HonestLedger#modeThreshold}, {@link HonestLedger#varianceThreshold}):
 * with the defaults a finding from 8 equal readings of 8, 21 of 40, 65 of 200, 135 of 500 sharing one value,
 * or, from 30 readings, a standard deviation below 0.12 °C (30 rows), 0.20 °C (200), 0.22 °C (500). Silent
 * below {@value #MIN_ROWS} readings. One finding per site and day; its evidence is the rows read.
 */
public final class LedgerUniform implements Rule {
  /** The rule id. */
  public static final String ID = "LEDGER-UNIFORM";
  /** The fewest readings of a site-day the rule judges: 8 equal honest readings have probability p*⁷ ≈ 7·10⁻⁶. */
  public static final int MIN_ROWS = 8;
  /** The fewest readings whose spread is judged (below it the 0.1 °C grid dominates). */
  public static final int MIN_ROWS_SPREAD = 30;

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
    return Text.of("A site-day's temperatures implausibly uniform for its number of rows (looks written up afterwards)",
        "同一场所当日体温过于一致，疑似补记");
  }

  /**
   * What is implausible about a site-day's readings (tenths of a degree), or empty when nothing is.
   * The statistic the rule applies, usable on rows in memory.
   */
  public static Optional<Text> pattern(HonestLedger model, int[] tenths) {
    int n = tenths.length;
    if (n < MIN_ROWS) {
      return Optional.empty();
    }
    Map<Integer, Integer> counts = new HashMap<>();
    int mode = 0;
    int modeValue = 0;
    double sum = 0;
    for (int t : tenths) {
      int c = counts.merge(t, 1, Integer::sum);
      if (c > mode || (c == mode && t < modeValue)) {
        mode = c;
        modeValue = t;
      }
      sum += t;
    }
    int k = model.modeThreshold(n);
    if (mode >= k) {
      return Optional.of(Text.of(mode + " of " + n + " temperatures read " + LedgerRows.degrees(modeValue)
              + " °C, where honest readings share one value on at most " + (k - 1),
          n + " 条体温中 " + mode + " 条均为 " + LedgerRows.degrees(modeValue) + " °C，如实测温同一读数至多 "
              + (k - 1) + " 条"));
    }
    double limit = model.varianceThreshold(n);
    if (limit > 0) {
      double mean = sum / n;
      double ss = 0;
      for (int t : tenths) {
        ss += (t - mean) * (t - mean);
      }
      double variance = ss / (n - 1) / 100; // in °C²
      if (variance < limit) {
        String sd = String.format(Locale.ROOT, "%.2f", Math.sqrt(variance));
        String min = String.format(Locale.ROOT, "%.2f", Math.sqrt(limit));
        return Optional.of(Text.of(n + " temperatures spread by " + sd + " °C (standard deviation), where honest"
                + " readings spread by at least " + min + " °C",
            n + " 条体温的标准差仅 " + sd + " °C，如实测温不低于 " + min + " °C"));
      }
    }
    return Optional.empty();
  }

  @Override
  public void evaluate(RuleContext ctx) {
    LedgerRows.bySiteDay(ctx, ctx.from(), ctx.to()).forEach((site, days) -> days.forEach((day, rows) -> {
      List<Entry> read = rows.stream().filter(e -> e.temperature().isPresent()).toList();
      HonestLedger model = HonestLedger.of(ctx.policyOn(day).ledgerForensics());
      int[] tenths = read.stream().mapToInt(LedgerRows::tenths).toArray();
      pattern(model, tenths).ifPresent(seen -> ctx.report(LedgerRows.siteDay(ctx, site, day, seen, LedgerRows.ids(read))));
    }));
  }
}

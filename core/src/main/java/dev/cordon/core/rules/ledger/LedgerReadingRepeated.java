package dev.cordon.core.rules.ledger;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.report.Text;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.time.LocalDate;
import java.util.List;

/**
 * LEDGER-READING-REPEATED (體溫一成不變): one person's reading identical across many consecutive
 * entries — the same 36.5 °C every morning for weeks. Consecutive honest readings of a person agree
 * with probability at most p* ({@link HonestLedger#valueShare()}, 0.185 with the defaults), so r in a
 * row with at most p*^(r−1); the rule reports every r-th identical reading of a run (r =
 * {@link HonestLedger#repeatedRun()}, 12 with the defaults) among the person's entries of the
 * look-back (14 days with the defaults) ending at it.
 *
 * <p>Only entrants known by a person id (employees, contractors) are followed. One finding per r
 * identical readings, about the r-th, whose evidence is the r rows.
 */
public final class LedgerReadingRepeated implements Rule {
  /** The rule id. */
  public static final String ID = "LEDGER-READING-REPEATED";

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
    return Text.of("One person's temperature identical across many consecutive entries",
        "同一人员连续多次登记体温完全相同，疑似补记");
  }

  /**
   * The length of the run of identical readings that ends with the last of {@code tenths} (a
   * person's readings in order). The statistic the rule applies, usable on rows in memory.
   */
  public static int runLength(int[] tenths) {
    int n = tenths.length;
    if (n == 0) {
      return 0;
    }
    int run = 1;
    while (run < n && tenths[n - 1 - run] == tenths[n - 1]) {
      run++;
    }
    return run;
  }

  /** Whether a run of {@code run} identical readings ends in a finding: every r-th reading of the run. */
  public static boolean fires(HonestLedger model, int run) {
    return run >= model.repeatedRun() && run % model.repeatedRun() == 0;
  }

  @Override
  public void evaluate(RuleContext ctx) {
    LedgerRows.byPerson(ctx).forEach((person, rows) -> {
      for (int i = 0; i < rows.size(); i++) {
        Entry row = rows.get(i);
        LocalDate day = row.localDate(ctx.zone());
        if (day.isBefore(ctx.from())) {
          continue;
        }
        HonestLedger model = HonestLedger.of(ctx.policyOn(day).ledgerForensics());
        LocalDate first = day.minusDays(model.model().lookBackDays() - 1L);
        int start = i;
        while (start > 0 && !rows.get(start - 1).localDate(ctx.zone()).isBefore(first)) {
          start--;
        }
        List<Entry> window = rows.subList(start, i + 1);
        int run = runLength(window.stream().mapToInt(LedgerRows::tenths).toArray());
        if (fires(model, run)) {
          List<Entry> repeated = window.subList(window.size() - model.repeatedRun(), window.size());
          ctx.report(LedgerRows.personRows(ctx, row, Text.of(
                  run + " consecutive entries in " + model.model().lookBackDays() + " days read "
                      + LedgerRows.degrees(LedgerRows.tenths(row)) + " °C, where honest readings repeat "
                      + (model.repeatedRun() - 1) + " times in a row at most",
                  "近 " + model.model().lookBackDays() + " 天连续 " + run + " 次登记体温均为 "
                      + LedgerRows.degrees(LedgerRows.tenths(row)) + " °C，如实测温连续相同至多 "
                      + (model.repeatedRun() - 1) + " 次"),
              LedgerRows.ids(repeated)));
        }
      }
    });
  }
}

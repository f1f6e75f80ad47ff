package dev.cordon.core.rules.ledger;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.report.Text;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * LEDGER-ROWS-COPIED (抄錄): a person's row repeats the minute of the day and the reading of many of
 * their earlier rows — 08:03 and 36.4 °C on day after day, a page copied rather than kept. An earlier
 * honest row matches both with probability at most q = p* × the minute share (0.185 × 0.080 = 0.0147
 * with the defaults); the rule reports a row when the matches among the person's R earlier rows of
 * the look-back reach the smallest j whose exact binomial tail {@code P(B(R, q) ≥ j)} is at most
 * α ⁄ largestSiteDay ({@link HonestLedger#copiesNeeded}): 5 of 6 earlier rows, 6 of 13, 9 of 39.
 *
 * <p>Only entrants known by a person id (employees, contractors) are followed: a visitor's name or
 * phone is never used to match rows, so findings are the same before and after a purge. One finding
 * per copied row, its evidence that row and the rows it repeats.
 */
public final class LedgerRowsCopied implements Rule {
  /** The rule id. */
  public static final String ID = "LEDGER-ROWS-COPIED";

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
    return Text.of("A person's row repeating the time of day and temperature of many earlier rows (copied rows)",
        "同一人员多日登记的时刻与体温完全相同，疑似抄录");
  }

  /**
   * How many of the {@code earlier} rows (minute of the day, tenths) repeat the row's {@code minute}
   * and {@code tenths}. The statistic the rule applies, usable on rows in memory; a finding when it
   * reaches {@link HonestLedger#copiesNeeded}{@code (earlierMinutes.length)}.
   */
  public static int matches(int minute, int tenths, int[] earlierMinutes, int[] earlierTenths) {
    int m = 0;
    for (int i = 0; i < earlierMinutes.length; i++) {
      if (earlierMinutes[i] == minute && earlierTenths[i] == tenths) {
        m++;
      }
    }
    return m;
  }

  /** Whether {@code matches} of {@code earlier} rows make a finding. */
  public static boolean fires(HonestLedger model, int matches, int earlier) {
    return earlier > 0 && matches >= model.copiesNeeded(earlier);
  }

  private static int minuteOfDay(Entry e, ZoneId zone) {
    return e.at().atZone(zone).toLocalTime().toSecondOfDay() / 60;
  }

  @Override
  public void evaluate(RuleContext ctx) {
    ZoneId zone = ctx.zone();
    LedgerRows.byPerson(ctx).forEach((person, rows) -> {
      for (int i = 0; i < rows.size(); i++) {
        Entry row = rows.get(i);
        LocalDate day = row.localDate(zone);
        if (day.isBefore(ctx.from())) {
          continue;
        }
        HonestLedger model = HonestLedger.of(ctx.policyOn(day).ledgerForensics());
        LocalDate first = day.minusDays(model.model().lookBackDays() - 1L);
        int start = i;
        while (start > 0 && !rows.get(start - 1).localDate(zone).isBefore(first)) {
          start--;
        }
        List<Entry> earlier = rows.subList(start, i);
        int minute = minuteOfDay(row, zone);
        int tenths = LedgerRows.tenths(row);
        int m = matches(minute, tenths, earlier.stream().mapToInt(e -> minuteOfDay(e, zone)).toArray(),
            earlier.stream().mapToInt(LedgerRows::tenths).toArray());
        if (fires(model, m, earlier.size())) {
          List<Entry> copied = new ArrayList<>();
          copied.add(row);
          earlier.stream().filter(e -> minuteOfDay(e, zone) == minute && LedgerRows.tenths(e) == tenths)
              .forEach(copied::add);
          String at = String.format("%02d:%02d", minute / 60, minute % 60);
          ctx.report(LedgerRows.personRows(ctx, row, Text.of(
                  "the row at " + at + " reading " + LedgerRows.degrees(tenths) + " °C repeats the minute and reading of "
                      + m + " of the person's " + earlier.size() + " earlier rows in " + model.model().lookBackDays()
                      + " days, where honest rows repeat at most " + (model.copiesNeeded(earlier.size()) - 1),
                  at + " 登记、体温 " + LedgerRows.degrees(tenths) + " °C，与本人近 " + model.model().lookBackDays() + " 天 "
                      + earlier.size() + " 条登记中的 " + m + " 条时刻与体温完全相同，如实登记至多 "
                      + (model.copiesNeeded(earlier.size()) - 1) + " 条"),
              LedgerRows.ids(copied)));
        }
      }
    });
  }
}

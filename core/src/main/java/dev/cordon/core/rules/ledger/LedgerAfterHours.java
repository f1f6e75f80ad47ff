package dev.cordon.core.rules.ledger;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.report.Text;
import dev.cordon.core.site.OpeningHours;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * LEDGER-AFTER-HOURS (閉館時段登記): rows registered while the site was closed — outside its
 * {@link Site#openingHours() opening hours} widened by {@code afterHoursGraceMinutes} (30 by default,
 * for the staff who open and close). Under the model nobody is registered at a closed door, so an
 * honest site-day raises it with probability 0; a site without opening hours is always open and never
 * judged. One finding per site and day, its evidence the rows.
 */
public final class LedgerAfterHours implements Rule {
  /** The rule id. */
  public static final String ID = "LEDGER-AFTER-HOURS";

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
    return Text.of("Rows registered while the site was closed (outside its opening hours)",
        "场所闭馆时段仍有登记，疑似补记");
  }

  /**
   * Whether a row at {@code time} falls while a site open {@code hours} was closed, given the grace.
   * The statistic the rule applies, usable on rows in memory.
   */
  public static boolean afterHours(OpeningHours hours, int graceMinutes, LocalTime time) {
    return !hours.isOpenAt(time, graceMinutes);
  }

  @Override
  public void evaluate(RuleContext ctx) {
    LedgerRows.bySiteDay(ctx, ctx.from(), ctx.to()).forEach((site, days) -> {
      Optional<OpeningHours> hours = ctx.records().site(SiteId.of(site)).flatMap(Site::openingHours);
      if (hours.isEmpty()) {
        return;
      }
      days.forEach((day, rows) -> {
        int grace = ctx.policyOn(day).ledgerForensics().afterHoursGraceMinutes();
        List<Entry> closed = rows.stream()
            .filter(e -> afterHours(hours.get(), grace, e.at().atZone(ctx.zone()).toLocalTime())).toList();
        if (!closed.isEmpty()) {
          String times = String.join(", ", closed.stream().limit(5)
              .map(e -> e.at().atZone(ctx.zone()).toLocalTime().withSecond(0).withNano(0).toString()).toList())
              + (closed.size() > 5 ? " …" : "");
          ctx.report(LedgerRows.siteDay(ctx, site, day, Text.of(
                  closed.size() + " rows registered while the site was closed (open " + hours.get() + "): " + times,
                  "开放时间 " + hours.get() + " 以外登记 " + closed.size() + " 条：" + times),
              LedgerRows.ids(closed)));
        }
      });
    });
  }
}

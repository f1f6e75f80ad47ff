package dev.cordon.core.rules.supply;

import dev.cordon.core.finding.Severity;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.report.Text;
import dev.cordon.core.supply.Holding;
import dev.cordon.core.supply.Lot;
import dev.cordon.core.supply.StockPosition;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.spi.rules.DayRange;
import dev.cordon.spi.rules.DayRuns;
import dev.cordon.spi.rules.FindingDraft;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * SUPPLY-EXPIRED-HELD (過期物資未處置) [M4]: lots past their expiry still counted in a holder's stock
 * at the end of a day — they should have been written off (報廢). A lot expires the day after its
 * expiry date.
 *
 * <p>A condition rule: one finding per holder and item per contiguous run of days.
 */
public final class SupplyExpiredHeld implements Rule {
  /** The rule id. */
  public static final String ID = "SUPPLY-EXPIRED-HELD";

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
    return Text.of("Expired lots still counted as stock", "过期批次仍计入库存");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    StockDays stock = new StockDays(ctx);
    for (Holding h : stock.holdings()) {
      Map<LocalDate, StockPosition> flagged = new HashMap<>();
      List<DayRange> runs = DayRuns.of(ctx.from(), ctx.to(), day -> {
        StockPosition p = stock.endOf(h, day);
        if (p.expiredOn(day).signum() <= 0) {
          return false;
        }
        flagged.put(day, p);
        return true;
      });
      String name = ctx.records().item(h.item()).map(SupplyItem::name).orElse(h.item().value());
      for (DayRange run : runs) {
        LocalDate first = run.from();
        StockPosition p = flagged.get(first);
        BigDecimal expired = p.expiredOn(first);
        String lots = p.lots().stream().filter(l -> l.isExpiredOn(first))
            .map(l -> l.lot().orElse("-") + " (" + l.expiry().orElseThrow() + ")")
            .collect(Collectors.joining(", "));
        ctx.report(FindingDraft.forDays(Subject.of(SubjectKind.HOLDING, h.toString()), Optional.of(h.holder()),
            DayRange.of(first, run.until()),
            Text.of("Unit " + h.holder() + " holds " + expired.toPlainString() + " of " + name
                    + " in expired lots " + lots + ", " + first + " to " + run.last(),
                "单位 " + h.holder() + " 仍持有过期" + name + " " + expired.toPlainString() + "（批次 " + lots + "），"
                    + first + " 至 " + run.last()),
            List.of(h.holder().value(), h.item().value())));
      }
    }
  }
}

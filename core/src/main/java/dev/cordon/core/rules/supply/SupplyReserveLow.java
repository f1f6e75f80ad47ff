package dev.cordon.core.rules.supply;

import dev.cordon.core.finding.Severity;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.org.Unit;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.report.Text;
import dev.cordon.core.supply.Holding;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.spi.rules.DayRange;
import dev.cordon.spi.rules.DayRuns;
import dev.cordon.spi.rules.FindingDraft;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SUPPLY-RESERVE-LOW (物資儲備不足) [M4]: a holder's days of cover of an item below the policy's
 * reserve days. Days of cover = usable balance ÷ (norm per head per day of the item's kind × the
 * holder unit's own headcount), the balance taken at the end of each day with expired lots not
 * counted. Exactly the reserve days is enough. The norm is stated in the policy's unit of measure
 * ({@code consumptionNormUnits}) and converted to the item's unit by
 * {@link SupplyItem#unitsPerNormUnit()} (0.02 L a head a day is 0.04 bottles of 500 ml).
 *
 * <p>A condition rule: one finding per holder and item per contiguous run of days. Holdings of an
 * item kind without a norm, and holders with no headcount (e.g. the central reserve), are not
 * judged; nor is a holder that never held the item (SUPPLY-KIT-INCOMPLETE covers key sites).
 */
public final class SupplyReserveLow implements Rule {
  /** The rule id. */
  public static final String ID = "SUPPLY-RESERVE-LOW";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.MEDIUM;
  }

  @Override
  public Text description() {
    return Text.of("Days of cover of a prevention supply below the reserve days",
        "防疫物资可用天数低于储备天数");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    StockDays stock = new StockDays(ctx);
    for (Holding h : stock.holdings()) {
      Optional<SupplyItem> item = ctx.records().item(h.item());
      Optional<Unit> unit = ctx.records().unit(h.holder());
      if (item.isEmpty() || unit.isEmpty() || unit.get().headcount() == 0) {
        continue;
      }
      BigDecimal heads = BigDecimal.valueOf(unit.get().headcount());
      Map<LocalDate, BigDecimal[]> figures = new HashMap<>();
      List<DayRange> runs = DayRuns.of(ctx.from(), ctx.to(), day -> {
        PreventionPolicy p = ctx.policyOn(day);
        BigDecimal norm = p.consumptionNorms().get(item.get().kind());
        if (norm == null || norm.signum() <= 0) {
          return false;
        }
        // the norm is stated in the policy's unit (L); the stock is counted in the item's (瓶 of 500 ml)
        BigDecimal perDay = item.get().inOwnUnits(norm).multiply(heads);
        BigDecimal usable = stock.endOf(h, day).usableOn(day);
        // compare without dividing: usable < perDay × reserve  ⇔  cover < reserve
        if (usable.compareTo(perDay.multiply(BigDecimal.valueOf(p.supplyReserveDays()))) >= 0) {
          return false;
        }
        figures.put(day, new BigDecimal[] {usable, usable.divide(perDay, 1, RoundingMode.DOWN),
            BigDecimal.valueOf(p.supplyReserveDays())});
        return true;
      });
      for (DayRange run : runs) {
        BigDecimal[] f = figures.get(run.from());
        String name = item.get().name();
        String uom = item.get().unitOfMeasure();
        String norm = normText(ctx.policyOn(run.from()), item.get());
        ctx.report(FindingDraft.forDays(Subject.of(SubjectKind.HOLDING, h.toString()), Optional.of(h.holder()),
            run,
            Text.of("Reserve of " + name + " at unit " + h.holder() + " covers " + f[1] + " days, below the "
                    + f[2] + " required (usable " + f[0].toPlainString() + " " + uom + ", norm " + norm
                    + " a head a day), " + run.from() + " to " + run.last(),
                "单位 " + h.holder() + " 的" + name + "储备仅够 " + f[1] + " 天，低于规定的 " + f[2] + " 天（可用 "
                    + f[0].toPlainString() + " " + uom + "，定额每人每日 " + norm + "），" + run.from() + " 至 "
                    + run.last()),
            List.of(h.holder().value(), h.item().value())));
      }
    }
  }

  /** The norm as the policy states it and, for an item counted in another unit, converted: {@code 0.02 L = 0.04 瓶}. */
  private static String normText(PreventionPolicy p, SupplyItem item) {
    BigDecimal norm = p.consumptionNorms().getOrDefault(item.kind(), BigDecimal.ZERO);
    String stated = norm.stripTrailingZeros().toPlainString()
        + p.consumptionNormUnit(item.kind()).map(u -> " " + u).orElse("");
    if (item.unitsPerNormUnit().compareTo(BigDecimal.ONE) == 0) {
      return stated;
    }
    return stated + " = " + item.inOwnUnits(norm).stripTrailingZeros().toPlainString() + " " + item.unitOfMeasure();
  }
}

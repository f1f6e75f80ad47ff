package dev.cordon.core.rules.supply;

import dev.cordon.core.finding.Severity;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.report.Text;
import dev.cordon.core.site.Site;
import dev.cordon.core.supply.Holding;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.supply.SupplyKind;
import dev.cordon.spi.rules.DayRange;
import dev.cordon.spi.rules.DayRuns;
import dev.cordon.spi.rules.FindingDraft;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SUPPLY-KIT-INCOMPLETE (防疫物品配備不齊全) [P3]: the holder of a key site — its owner unit — lacks,
 * at the end of a day, a kind of supply of the kit the policy requires for the site's kind: its
 * usable balance of every item of that kind together is zero or less (expired lots do not count).
 *
 * <p>A condition rule: one finding per site per contiguous run of days; the message names the kinds
 * missing on the run's days.
 */
public final class SupplyKitIncomplete implements Rule {
  /** The rule id. */
  public static final String ID = "SUPPLY-KIT-INCOMPLETE";

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
    return Text.of("A key site's holder lacks an item of the required kit", "重点部位未配齐必备防疫物资");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    StockDays stock = new StockDays(ctx);
    List<Holding> holdings = stock.holdings();
    for (Site site : ctx.records().sites()) {
      if (!site.keySite()) {
        continue;
      }
      List<Holding> owned = holdings.stream().filter(h -> h.holder().equals(site.owner())).toList();
      List<DayRange> runs = DayRuns.of(ctx.from(), ctx.to(),
          day -> !missingOn(ctx, stock, site, owned, day).isEmpty());
      for (DayRange run : runs) {
        Set<SupplyKind> missing = EnumSet.noneOf(SupplyKind.class);
        for (LocalDate d = run.from(); d.isBefore(run.until()); d = d.plusDays(1)) {
          missing.addAll(missingOn(ctx, stock, site, owned, d));
        }
        String kinds = missing.stream().map(Enum::name).collect(Collectors.joining(", "));
        ctx.report(FindingDraft.forDays(Subject.of(SubjectKind.SITE, site.id().value()), Optional.of(site.owner()),
            run,
            Text.of("Key site " + site.id() + " (" + site.kind() + "): its holder " + site.owner()
                    + " lacks " + kinds + ", " + run.from() + " to " + run.last(),
                "重点部位 " + site.id() + " 的物资持有单位 " + site.owner() + " 缺少 " + kinds + "，" + run.from()
                    + " 至 " + run.last()),
            List.of(site.id().value(), site.owner().value())));
      }
    }
  }

  private static Set<SupplyKind> missingOn(RuleContext ctx, StockDays stock, Site site, List<Holding> owned,
      LocalDate day) {
    Set<SupplyKind> kit = ctx.policyOn(day).requiredKit().getOrDefault(site.kind(), Set.of());
    Set<SupplyKind> missing = EnumSet.noneOf(SupplyKind.class);
    for (SupplyKind kind : kit) {
      BigDecimal usable = BigDecimal.ZERO;
      for (Holding h : owned) {
        if (ctx.records().item(h.item()).map(SupplyItem::kind).filter(kind::equals).isPresent()) {
          usable = usable.add(stock.endOf(h, day).usableOn(day));
        }
      }
      if (usable.signum() <= 0) {
        missing.add(kind);
      }
    }
    return missing;
  }
}

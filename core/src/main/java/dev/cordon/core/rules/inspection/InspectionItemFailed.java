package dev.cordon.core.rules.inspection;

import dev.cordon.core.finding.Severity;
import dev.cordon.core.inspection.ChecklistItem;
import dev.cordon.core.inspection.Inspection;
import dev.cordon.core.inspection.ItemResult;
import dev.cordon.core.report.Text;
import dev.cordon.core.rules.Scopes;
import dev.cordon.spi.rules.FindingDraft;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * INSPECTION-ITEM-FAILED (檢查項不到位) [R2, R4]: an item an inspector found FAILED. One finding per
 * inspection and item, about the inspected site or unit, dated by the inspection's day; the evidence
 * is the inspection id and the item id.
 */
public final class InspectionItemFailed implements Rule {
  /** The rule id. */
  public static final String ID = "INSPECTION-ITEM-FAILED";

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
    return Text.of("An inspection checklist item found not in place", "检查督导发现检查项不到位");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    try (Stream<Inspection> s = ctx.records().inspections(ctx.from(), ctx.to())) {
      s.forEach(i -> {
        for (ItemResult r : i.failed()) {
          Optional<ChecklistItem> item = i.checklist().item(r.itemId());
          String en = item.map(ChecklistItem::textEn).orElse(r.itemId());
          String zh = item.map(ChecklistItem::textZh).orElse(r.itemId());
          ctx.report(FindingDraft.forRecords(Scopes.subjectOf(i.scope()), Scopes.unitOf(ctx.records(), i.scope()),
              i.date(),
              Text.of("Inspection " + i.id() + " of " + i.scope() + " on " + i.date() + " by " + i.inspector()
                      + ": not in place — " + en + " [" + r.itemId() + "]",
                  "检查督导 " + i.id() + "（" + i.scope() + "，" + i.date() + "，检查人 " + i.inspector() + "）：不到位 — "
                      + zh + " [" + r.itemId() + "]"),
              List.of(i.id().value(), r.itemId())).about(i.id().value()).aspect(r.itemId()));
        }
      });
    }
  }
}

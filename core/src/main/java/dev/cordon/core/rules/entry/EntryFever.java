package dev.cordon.core.rules.entry;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.report.Text;
import dev.cordon.spi.rules.EntryRule;
import dev.cordon.spi.rules.RuleContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * ENTRY-FEVER (發熱人員): any temperature at or above the fever threshold of the policy in force on
 * the entry's day (37.3 counts), whatever the decision — to follow up, even when correctly refused
 * [M2, T4]. One finding per entry.
 */
public final class EntryFever implements EntryRule {
  /** The rule id. */
  public static final String ID = "ENTRY-FEVER";

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
    return Text.of("A temperature at or above the fever threshold, to follow up whatever was decided",
        "体温达到或超过发热阈值，无论是否放行都须跟进");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    try (Stream<Entry> entries = ctx.records().entries(ctx.from(), ctx.to())) {
      entries.forEach(e -> {
        if (e.temperature().isEmpty()) {
          return;
        }
        LocalDate day = e.localDate(ctx.zone());
        BigDecimal t = e.temperature().get();
        if (ctx.policyOn(day).isFever(t)) {
          ctx.report(EntryFindings.about(ctx, e, Text.of(
              "Fever " + t + " °C at the door (" + e.decision() + ")",
              "入口测得发热 " + t + " °C（" + EntryFindings.decisionZh(e.decision()) + "）")));
        }
      });
    }
  }
}

package dev.cordon.core.rules.entry;

import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.report.Text;
import dev.cordon.spi.rules.EntryRule;
import dev.cordon.spi.rules.RuleContext;
import java.math.BigDecimal;
import java.util.stream.Stream;

/**
 * ENTRY-FEVER-ADMITTED (發熱放行): a temperature at or above the fever threshold of the policy in
 * force on the entry's day (37.3 counts), and the entrant was admitted [M2]. One finding per entry;
 * ENTRY-FEVER is raised for the same entry as well.
 */
public final class EntryFeverAdmitted implements EntryRule {
  /** The rule id. */
  public static final String ID = "ENTRY-FEVER-ADMITTED";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.CRITICAL;
  }

  @Override
  public Text description() {
    return Text.of("Admitted with a temperature at or above the fever threshold", "体温达到发热阈值仍予放行");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    try (Stream<Entry> entries = ctx.records().entries(ctx.from(), ctx.to())) {
      entries.filter(e -> e.decision() == Decision.ADMITTED && e.temperature().isPresent()).forEach(e -> {
        BigDecimal t = e.temperature().get();
        if (ctx.policyOn(e.localDate(ctx.zone())).isFever(t)) {
          ctx.report(EntryFindings.about(ctx, e, Text.of(
              "Admitted with a fever of " + t + " °C", "体温 " + t + " °C 发热仍予放行")));
        }
      });
    }
  }
}

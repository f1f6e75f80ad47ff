package dev.cordon.core.rules.entry;

import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.HealthCodeColour;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.report.Text;
import dev.cordon.spi.rules.EntryRule;
import dev.cordon.spi.rules.RuleContext;
import java.util.stream.Stream;

/**
 * ENTRY-CODE-ADMITTED (非綠碼放行): the health code (健康碼) shown was not green — yellow, red, or
 * not presented (未出示) — and the entrant was admitted [M2]. One finding per entry. An entry whose
 * health code was not checked at all is ENTRY-CHECK-SKIPPED instead.
 */
public final class EntryCodeAdmitted implements EntryRule {
  /** The rule id. */
  public static final String ID = "ENTRY-CODE-ADMITTED";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.HIGH;
  }

  @Override
  public Text description() {
    return Text.of("Admitted with a health code that was not green (or not presented)",
        "健康码非绿码（或未出示）仍予放行");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    try (Stream<Entry> entries = ctx.records().entries(ctx.from(), ctx.to())) {
      entries.filter(e -> e.decision() == Decision.ADMITTED)
          .filter(e -> e.healthCode().filter(c -> !c.isGreen()).isPresent())
          .forEach(e -> {
            HealthCodeColour c = e.healthCode().get();
            ctx.report(EntryFindings.about(ctx, e, Text.of(
                "Admitted with health code " + c, "健康码" + zh(c) + "仍予放行")));
          });
    }
  }

  private static String zh(HealthCodeColour c) {
    return switch (c) {
      case GREEN -> "绿码";
      case YELLOW -> "黄码";
      case RED -> "红码";
      case NOT_PRESENTED -> "未出示";
    };
  }
}

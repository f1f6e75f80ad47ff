package dev.cordon.core.rules.entry;

import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.report.Text;
import dev.cordon.core.site.EntryCheck;
import dev.cordon.core.site.Site;
import dev.cordon.spi.rules.EntryRule;
import dev.cordon.spi.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * ENTRY-CHECK-SKIPPED (未落實查驗): the entrant was admitted although a check the site requires —
 * temperature (測溫), health code (健康碼) or itinerary code (行程碼) — was not done [P1, M2]. One
 * finding per entry, naming every check skipped.
 *
 * <p>Registration is not judged here: an incomplete ledger row is ENTRY-LEDGER-INCOMPLETE only. An
 * itinerary code recorded as not presented (未出示) counts as the itinerary check not done, since
 * nothing was checked; a health code recorded as NOT_PRESENTED is ENTRY-CODE-ADMITTED instead.
 */
public final class EntryCheckSkipped implements EntryRule {
  /** The rule id. */
  public static final String ID = "ENTRY-CHECK-SKIPPED";

  private static final List<EntryCheck> JUDGED =
      List.of(EntryCheck.TEMPERATURE, EntryCheck.HEALTH_CODE, EntryCheck.ITINERARY_CODE);

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
    return Text.of("Admitted although a check the site requires was not done",
        "场所要求的查验未落实即放行");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    try (Stream<Entry> entries = ctx.records().entries(ctx.from(), ctx.to())) {
      entries.filter(e -> e.decision() == Decision.ADMITTED).forEach(e -> {
        Optional<Site> site = ctx.records().site(e.site());
        if (site.isEmpty()) {
          return;
        }
        List<EntryCheck> skipped = new ArrayList<>();
        for (EntryCheck c : JUDGED) {
          if (site.get().requires(c) && !done(e, c)) {
            skipped.add(c);
          }
        }
        if (!skipped.isEmpty()) {
          ctx.report(EntryFindings.about(ctx, e, Text.of(
              "Admitted without the required " + String.join(", ", skipped.stream().map(EntryCheck::name).toList()),
              "未落实" + String.join("、", skipped.stream().map(EntryCheckSkipped::zh).toList()) + "即放行")));
        }
      });
    }
  }

  private static boolean done(Entry e, EntryCheck c) {
    return switch (c) {
      case TEMPERATURE -> e.temperature().isPresent();
      case HEALTH_CODE -> e.healthCode().isPresent();
      case ITINERARY_CODE -> e.itinerary().filter(i -> i.presented()).isPresent();
      case REGISTRATION -> true;
    };
  }

  private static String zh(EntryCheck c) {
    return switch (c) {
      case TEMPERATURE -> "测温";
      case HEALTH_CODE -> "健康码查验";
      case ITINERARY_CODE -> "行程码查验";
      case REGISTRATION -> "登记";
    };
  }
}

package dev.cordon.core.rules.entry;

import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.ItineraryCode;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.report.Text;
import dev.cordon.spi.rules.EntryRule;
import dev.cordon.spi.rules.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * ENTRY-ITINERARY-ADMITTED (行程碼異常放行): the itinerary code (行程碼) carried the star (帶星), or
 * listed a city with a medium/high-risk area on some day of the look-back window
 * {@code [entry day − look-back, entry day]} (both ends included, look-back of the policy in force
 * on the entry's day), and the entrant was admitted [M2]. One finding per entry.
 */
public final class EntryItineraryAdmitted implements EntryRule {
  /** The rule id. */
  public static final String ID = "ENTRY-ITINERARY-ADMITTED";

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
    return Text.of("Admitted with a starred itinerary code or one showing a city with a medium/high-risk area",
        "行程码带星或途经中高风险地区所在城市仍予放行");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    try (Stream<Entry> entries = ctx.records().entries(ctx.from(), ctx.to())) {
      entries.filter(e -> e.decision() == Decision.ADMITTED && e.itinerary().isPresent()).forEach(e -> {
        ItineraryCode code = e.itinerary().get();
        LocalDate day = e.localDate(ctx.zone());
        LocalDate windowStart = day.minusDays(ctx.policyOn(day).itineraryLookBackDays());
        List<String> risky = code.citiesVisited().stream()
            .filter(c -> ctx.risk().highestLevel(c, windowStart, day.plusDays(1)).isMediumOrHigh())
            .map(RegionCode::city).distinct().sorted().map(RegionCode::code).toList();
        if (!code.starred() && risky.isEmpty()) {
          return;
        }
        List<String> en = new java.util.ArrayList<>();
        List<String> zh = new java.util.ArrayList<>();
        if (code.starred()) {
          en.add("a starred itinerary code");
          zh.add("行程码带星");
        }
        if (!risky.isEmpty()) {
          en.add("cities with a medium/high-risk area in the look-back: " + String.join(", ", risky));
          zh.add("途经中高风险地区所在城市 " + String.join("、", risky));
        }
        String enText = "Admitted with " + String.join("; ", en);
        String zhText = String.join("，", zh) + "，仍予放行";
        ctx.report(EntryFindings.about(ctx, e, Text.of(enText, zhText)));
      });
    }
  }
}

package dev.cordon.core.rules.disinfection;

import dev.cordon.core.disinfection.DisinfectionRecord;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.report.Text;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.spi.rules.FindingDraft;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * DISINFECTION-MISSED (消殺頻次不足) [M1]: a site disinfected fewer times on a local day than the
 * policy in force that day requires for its kind ({@code disinfectionsPerDay}). Kinds the policy
 * does not list need none.
 *
 * <p>One finding per site and day; its evidence is the disinfections done that day (none, perhaps).
 */
public final class DisinfectionMissed implements Rule {
  /** The rule id. */
  public static final String ID = "DISINFECTION-MISSED";

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
    return Text.of("Fewer disinfections than the site kind requires on a day", "当日消杀次数少于规定");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    Map<SiteId, Map<LocalDate, List<String>>> done = new HashMap<>();
    try (Stream<DisinfectionRecord> s = ctx.records().disinfections(ctx.from(), ctx.to())) {
      s.forEach(r -> done.computeIfAbsent(r.site(), k -> new HashMap<>())
          .computeIfAbsent(r.at().atZone(ctx.zone()).toLocalDate(), k -> new ArrayList<>()).add(r.id().value()));
    }
    for (Site site : ctx.records().sites()) {
      Map<LocalDate, List<String>> bySite = done.getOrDefault(site.id(), Map.of());
      for (LocalDate day = ctx.from(); day.isBefore(ctx.to()); day = day.plusDays(1)) {
        int required = ctx.policyOn(day).disinfectionsPerDay().getOrDefault(site.kind(), 0);
        List<String> records = bySite.getOrDefault(day, List.of());
        if (records.size() >= required) {
          continue;
        }
        ctx.report(FindingDraft.forDay(Subject.of(SubjectKind.SITE, site.id().value()), Optional.of(site.owner()), day,
            Text.of("Site " + site.id() + " (" + site.kind() + ") disinfected " + records.size() + " of "
                    + required + " times required on " + day,
                "场所 " + site.id() + " 于 " + day + " 消杀 " + records.size() + " 次，少于规定的 " + required + " 次"),
            records));
      }
    }
  }
}

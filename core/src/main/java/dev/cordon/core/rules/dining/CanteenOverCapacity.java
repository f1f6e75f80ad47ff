package dev.cordon.core.rules.dining;

import dev.cordon.core.dining.DiningPlan;
import dev.cordon.core.dining.DiningPlanCheck;
import dev.cordon.core.dining.DiningProblem;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.report.Text;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.spi.rules.FindingDraft;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CANTEEN-OVER-CAPACITY (就餐超限) [M3]: for every adopted canteen plan (錯峰就餐方案) dated in the
 * checked range, a sitting planned for more people than the canteen may seat at once, a sitting
 * that starts before the cleaning gap (消殺間隔) after the previous one has passed, or a sitting at
 * which the canteen's entry ledger shows more people admitted than it may seat.
 *
 * <p>A sitting may seat {@code ⌊seats × density⌋} people: the canteen site's {@link Site#capacity()}
 * as it is stored now and the {@code canteenDensity} of the policy in force on the plan's date (not
 * the numbers the plan was made with). The cleaning gap required is the plan's own: the policy has
 * no cleaning gap. Admissions are the current ADMITTED entries at the canteen on the plan's date
 * whose local time falls in a sitting's {@code [start, end)}; entries in a cleaning gap count for no
 * sitting. Plans of a site that is not (or no longer) registered are skipped.
 *
 * <p>One finding per plan, sitting and kind of problem ({@code overbooked}, {@code no-cleaning-gap},
 * {@code crowded}), about the canteen site, rolled up to its owning unit and dated by the plan's
 * date. The evidence is the plan's id and, for a crowded sitting, the entries counted.
 */
public final class CanteenOverCapacity implements Rule {
  /** The rule id. */
  public static final String ID = "CANTEEN-OVER-CAPACITY";

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
    return Text.of("A canteen sitting over seats × density, or no cleaning gap between sittings",
        "就餐批次超过座位数 × 就餐密度，或批次之间未留消杀间隔");
  }

  @Override
  public void evaluate(RuleContext ctx) {
    List<DiningPlan> plans;
    try (Stream<DiningPlan> s = ctx.records().diningPlans(ctx.from(), ctx.to())) {
      plans = s.toList();
    }
    Set<SiteId> canteens = plans.stream().map(DiningPlan::canteen).collect(Collectors.toSet());
    LocalDate entriesDay = null;
    List<Entry> entries = List.of();
    for (DiningPlan plan : plans) {
      Optional<Site> site = ctx.records().site(plan.canteen());
      if (site.isEmpty()) {
        continue;
      }
      if (!plan.date().equals(entriesDay)) {
        // plans come ordered by date: the ledger of each day is read once, for every canteen planned
        entriesDay = plan.date();
        try (Stream<Entry> s = ctx.records().entries(entriesDay, entriesDay.plusDays(1))) {
          entries = s.filter(e -> canteens.contains(e.site())).toList();
        }
      }
      PreventionPolicy policy = ctx.policyOn(plan.date());
      int capacity = DiningPlanCheck.capacity(site.get().capacity(), policy.canteenDensity());
      List<DiningProblem> problems = new ArrayList<>(DiningPlanCheck.overbooked(plan, capacity));
      problems.addAll(DiningPlanCheck.gapViolations(plan, plan.cleaningGap()));
      problems.addAll(DiningPlanCheck.sittingsOverCapacity(plan, entries, capacity, ctx.zone()));
      for (DiningProblem p : problems) {
        ctx.report(draft(site.get(), plan, p));
      }
    }
  }

  private static FindingDraft draft(Site site, DiningPlan plan, DiningProblem problem) {
    List<String> evidence = new ArrayList<>();
    evidence.add(plan.id().value());
    if (problem instanceof DiningProblem.Crowded c) {
      c.entries().forEach(e -> evidence.add(e.value()));
    }
    String sitting = problem.sitting() + "@" + problem.start() + "-" + problem.end();
    Text message = Text.of(
        "Canteen " + site.id() + ", plan " + plan.id() + " of " + plan.date() + ": "
            + problem.message(Locale.ENGLISH),
        "食堂 " + site.id() + " " + plan.date() + " 就餐方案 " + plan.id() + "：" + problem.message(Locale.CHINESE));
    return FindingDraft.forRecords(Subject.of(SubjectKind.SITE, site.id().value()), Optional.of(site.owner()),
        plan.date(), message, evidence).about(plan.id().value()).aspect(sitting, kind(problem));
  }

  private static String kind(DiningProblem problem) {
    if (problem instanceof DiningProblem.Overbooked) {
      return "overbooked";
    }
    if (problem instanceof DiningProblem.NoCleaningGap) {
      return "no-cleaning-gap";
    }
    return "crowded";
  }
}

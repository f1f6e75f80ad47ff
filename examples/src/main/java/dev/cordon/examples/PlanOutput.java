package dev.cordon.examples;

import dev.cordon.Cordon;
import dev.cordon.core.dining.DiningPlan;
import dev.cordon.core.dining.DiningProblem;
import dev.cordon.core.dining.Seating;
import dev.cordon.core.dining.Sitting;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.supply.AllocationLine;
import dev.cordon.core.supply.AllocationPlan;
import dev.cordon.core.supply.LotDraw;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Plain-text renderings of supply and dining plans, shared by {@code plan} and {@code demo}. */
final class PlanOutput {
  private PlanOutput() {}

  /** A supply plan as a table: unit, headcount, need, allocated, lots drawn; then its summary. */
  static String supplies(Cordon cordon, AllocationPlan plan) {
    StringBuilder b = new StringBuilder();
    b.append(String.format("Supply plan %s: %s from %s on %s%n", plan.id().value(), plan.item().value(),
        plan.reserve().value(), plan.day()));
    b.append(String.format("%-10s %-24s %9s %9s %9s  %s%n", "unit", "name", "headcount", "need", "allocated",
        "lots"));
    for (AllocationLine l : plan.lines()) {
      Unit u = cordon.directory().unit(l.unit()).orElse(null);
      b.append(String.format("%-10s %-24s %9s %9d %9d  %s%n", l.unit().value(), u == null ? "" : u.name(),
          u == null ? "" : String.valueOf(u.headcount()), l.need(), l.quantity(),
          l.draws().stream().map(PlanOutput::draw).collect(Collectors.joining(", "))));
    }
    b.append(plan.summary(Locale.ENGLISH)).append(System.lineSeparator());
    b.append(plan.summary(Locale.SIMPLIFIED_CHINESE)).append(System.lineSeparator());
    return b.toString();
  }

  private static String draw(LotDraw d) {
    return d.lot().orElse("(no lot)") + " " + d.quantity();
  }

  /** A dining plan as its sittings, who sits when, who is unseated, and what is wrong with it. */
  static String dining(Cordon cordon, DiningPlan plan, List<DiningProblem> problems) {
    StringBuilder b = new StringBuilder();
    b.append(String.format("Dining plan %s: %d seats × %s = %d a sitting, %s–%s, %d min sittings, %d min "
            + "cleaning gap%n", plan.id().value(), plan.seats(), plan.density().toPlainString(), plan.capacity(),
        plan.windowStart(), plan.windowEnd(), plan.sittingLength().toMinutes(), plan.cleaningGap().toMinutes()));
    for (Sitting s : plan.sittings()) {
      b.append(String.format("  %s–%s %4d  %s%n", s.start(), s.end(), s.people(), seatings(cordon, s.seatings())));
    }
    b.append(String.format("Seated %d, unseated %d%s%n", plan.seatedPeople(), plan.unseatedPeople(),
        plan.unseated().isEmpty() ? "" : " (" + seatings(cordon, plan.unseated()) + ")"));
    if (problems.isEmpty()) {
      b.append("No problems (CANTEEN-OVER-CAPACITY): within capacity, cleaning gaps kept.")
          .append(System.lineSeparator());
    } else {
      problems.forEach(p -> b.append("Problem: ").append(p.message(Locale.ENGLISH)).append(System.lineSeparator()));
    }
    return b.toString();
  }

  private static String seatings(Cordon cordon, List<Seating> seatings) {
    return seatings.stream().map(x -> name(cordon, x.unit()) + " " + x.people()).collect(Collectors.joining(", "));
  }

  private static String name(Cordon cordon, UnitId id) {
    return cordon.directory().unit(id).map(Unit::name).orElse(id.value());
  }
}

package dev.cordon.core.dining;

import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The checks behind the CANTEEN-OVER-CAPACITY rule (就餐超限): pure functions of a plan, a capacity,
 * a gap and the canteen's entry ledger, so the rule only has to look up the numbers in the policy
 * and turn what these return into findings.
 */
public final class DiningPlanCheck {
  private DiningPlanCheck() {}

  /**
   * The people one sitting may seat (每批就餐上限): {@code ⌊seats × density⌋}, e.g. 120 seats at
   * 0.5 → 60, 25 seats at 0.5 → 12.
   */
  public static int capacity(int seats, BigDecimal density) {
    return BigDecimal.valueOf(seats).multiply(density).setScale(0, RoundingMode.FLOOR).intValueExact();
  }

  /**
   * The sittings planned for more than {@code capacity} people, in sitting order.
   *
   * @param capacity the people one sitting may seat: ⌊seats × density⌋
   */
  public static List<DiningProblem> overbooked(DiningPlan plan, int capacity) {
    List<DiningProblem> out = new ArrayList<>();
    for (int i = 0; i < plan.sittings().size(); i++) {
      Sitting s = plan.sittings().get(i);
      if (s.people() > capacity) {
        out.add(new DiningProblem.Overbooked(i, s.start(), s.end(), s.people(), capacity));
      }
    }
    return out;
  }

  /**
   * The sittings that start less than {@code gap} after an earlier sitting ends (overlapping
   * sittings included), in order of start. Sittings are taken in order of start whatever their
   * order in the plan, and each is compared with the latest end of the sittings before it.
   */
  public static List<DiningProblem> gapViolations(DiningPlan plan, Duration gap) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < plan.sittings().size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer, LocalTime>comparing(i -> plan.sittings().get(i).start())
        .thenComparing(i -> plan.sittings().get(i).end()).thenComparing(Comparator.naturalOrder()));
    List<DiningProblem> out = new ArrayList<>();
    LocalTime latestEnd = null;
    for (int i : order) {
      Sitting s = plan.sittings().get(i);
      if (latestEnd != null) {
        Duration between = Duration.between(latestEnd, s.start());
        if (between.compareTo(gap) < 0) {
          out.add(new DiningProblem.NoCleaningGap(i, s.start(), s.end(), latestEnd, between, gap));
        }
      }
      latestEnd = latestEnd == null || s.end().isAfter(latestEnd) ? s.end() : latestEnd;
    }
    return out;
  }

  /**
   * The sittings at which more people were admitted than {@code capacity}, counted from the
   * canteen's entry ledger: every {@link Decision#ADMITTED} entry at the plan's canteen whose local
   * time on the plan's date (in {@code zone}) falls in the sitting's {@code [start, end)}. Entries
   * at other sites or on other days, and people denied or referred, are not counted.
   *
   * @param entries the canteen's current (not superseded) entries, in any order
   * @param capacity the people one sitting may seat: ⌊seats × density⌋
   * @param zone the policy's zone, in which days and times are local
   */
  public static List<DiningProblem> sittingsOverCapacity(DiningPlan plan, Iterable<Entry> entries, int capacity,
      ZoneId zone) {
    int n = plan.sittings().size();
    List<List<EntryId>> counted = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      counted.add(new ArrayList<>());
    }
    for (Entry e : entries) {
      if (!e.site().equals(plan.canteen()) || e.decision() != Decision.ADMITTED) {
        continue;
      }
      ZonedDateTime local = e.at().atZone(zone);
      if (!local.toLocalDate().equals(plan.date())) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        if (plan.sittings().get(i).contains(local.toLocalTime())) {
          counted.get(i).add(e.id());
        }
      }
    }
    List<DiningProblem> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<EntryId> ids = counted.get(i);
      if (ids.size() > capacity) {
        Sitting s = plan.sittings().get(i);
        out.add(new DiningProblem.Crowded(i, s.start(), s.end(), ids.size(), capacity, ids.stream().sorted().toList()));
      }
    }
    return out;
  }

  /** {@link #sittingsOverCapacity(DiningPlan, Iterable, int, ZoneId)} at the plan's own capacity. */
  public static List<DiningProblem> sittingsOverCapacity(DiningPlan plan, Iterable<Entry> entries, ZoneId zone) {
    return sittingsOverCapacity(plan, entries, plan.capacity(), zone);
  }
}

package dev.cordon.core.dining;

import dev.cordon.core.org.UnitId;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Plans staggered canteen sittings (錯峰就餐, 分時段就餐): units into sittings under the canteen's
 * seats × density (座位數 × 就餐密度), with a cleaning gap (消殺間隔) between sittings.
 *
 * <ul>
 *   <li><b>Capacity</b> of a sitting: {@code C = ⌊seats × density⌋} (120 seats at 0.5 → 60).</li>
 *   <li><b>Sittings</b> are half-open slots {@code [start, start + length)}, the first at the start
 *       of the serving window and each next one a cleaning gap after the previous one ends; at most
 *       {@code K = ⌊(window + gap) ÷ (length + gap)⌋} fit in the window (11:30–13:30, 30 min, 10 min
 *       gap → 3: 11:30, 12:10, 12:50).</li>
 *   <li><b>Splitting</b>: a unit larger than a sitting is split into full sittings of {@code C} and
 *       a remainder (150 at C = 60 → 60 + 60 + 30); every other unit is kept together.</li>
 *   <li><b>Packing</b>: first-fit decreasing (largest group first, ties by unit id) into
 *       {@code k} sittings, trying {@code k = ⌈people ÷ C⌉, …, K} in turn and keeping the first
 *       {@code k} at which every group fits whole. A group with a preferred time tries the sittings
 *       closest to it first. So units stay together whenever the window allows it, with as few
 *       sittings as that takes.</li>
 *   <li><b>When whole groups do not fit</b> even in {@code K} sittings, the groups left over are
 *       split over the free seats (the emptiest sitting first, or the one closest to the preferred
 *       time); people beyond {@code K × C} are reported as unseated (未安排), by unit. A sitting is
 *       never overbooked.</li>
 * </ul>
 */
public final class DiningPlanner {
  private DiningPlanner() {}

  /** The most sittings the window holds: {@code ⌊(window + gap) ÷ (length + gap)⌋}. */
  public static int maxSittings(DiningRequest request) {
    Duration window = Duration.between(request.windowStart(), request.windowEnd());
    Duration step = request.sittingLength().plus(request.cleaningGap());
    return (int) (window.plus(request.cleaningGap()).toNanos() / step.toNanos());
  }

  /** Plans the sittings for {@code request}. */
  public static DiningPlan plan(DiningRequest request) {
    int capacity = request.capacity();
    int most = capacity == 0 ? 0 : maxSittings(request);
    List<Group> groups = new ArrayList<>();
    int people = 0;
    for (DiningParty p : request.parties()) {
      people += p.people();
      int n = p.people();
      if (capacity > 0 && n > capacity) {
        for (int i = 0; i < n / capacity; i++) {
          groups.add(new Group(p.unit(), capacity, p.preferredStart()));
        }
        n = n % capacity;
      }
      if (n > 0) {
        groups.add(new Group(p.unit(), n, p.preferredStart()));
      }
    }
    groups.sort(Comparator.comparingInt((Group g) -> -g.people).thenComparing(g -> g.unit));

    Packing packing = null;
    int fewest = capacity == 0 ? 0 : Math.max(1, (people + capacity - 1) / capacity);
    for (int k = fewest; k <= most && people > 0; k++) {
      Packing p = new Packing(request, k, capacity);
      List<Group> left = p.placeWhole(groups);
      if (left.isEmpty()) {
        packing = p;
        break;
      }
    }
    Map<UnitId, Integer> unseated = new TreeMap<>();
    if (packing == null && people > 0) {
      packing = new Packing(request, most, capacity);
      for (Group g : packing.placeWhole(groups)) {
        int rest = packing.placeSplit(g);
        if (rest > 0) {
          unseated.merge(g.unit, rest, Integer::sum);
        }
      }
    }
    DiningPlan.Builder b = DiningPlan.builder().id(request.id()).canteen(request.canteen())
        .date(request.date()).seats(request.seats()).density(request.density())
        .windowStart(request.windowStart()).windowEnd(request.windowEnd())
        .sittingLength(request.sittingLength()).cleaningGap(request.cleaningGap());
    if (packing != null) {
      b.sittings(packing.sittings());
    }
    unseated.forEach((u, n) -> b.addUnseated(new Seating(u, n)));
    return b.build();
  }

  /** A unit's people to seat together: the whole unit, or one part of a unit larger than a sitting. */
  private record Group(UnitId unit, int people, Optional<LocalTime> preferredStart) {}

  /** {@code k} sittings being filled. */
  private static final class Packing {
    final LocalTime[] starts;
    final LocalTime[] ends;
    final int[] free;
    final List<Map<UnitId, Integer>> seated = new ArrayList<>();

    Packing(DiningRequest r, int k, int capacity) {
      starts = new LocalTime[k];
      ends = new LocalTime[k];
      free = new int[k];
      Duration step = r.sittingLength().plus(r.cleaningGap());
      for (int i = 0; i < k; i++) {
        starts[i] = r.windowStart().plus(step.multipliedBy(i));
        ends[i] = starts[i].plus(r.sittingLength());
        free[i] = capacity;
        seated.add(new LinkedHashMap<>());
      }
    }

    /** First-fit of each group, whole; returns the groups that did not fit. */
    List<Group> placeWhole(List<Group> groups) {
      List<Group> left = new ArrayList<>();
      for (Group g : groups) {
        Integer chosen = null;
        for (int i : candidates(g, Comparator.comparingInt(i -> i))) {
          if (free[i] >= g.people && !seated.get(i).containsKey(g.unit)) {
            chosen = i;
            break;
          }
        }
        if (chosen == null) {
          left.add(g);
        } else {
          seat(chosen, g.unit, g.people);
        }
      }
      return left;
    }

    /** Spreads a group over the free seats; returns how many of its people found none. */
    int placeSplit(Group g) {
      int rest = g.people;
      for (int i : candidates(g, Comparator.comparingInt((Integer i) -> -free[i]).thenComparingInt(i -> i))) {
        if (rest == 0) {
          break;
        }
        int n = Math.min(free[i], rest);
        if (n > 0) {
          seat(i, g.unit, n);
          rest -= n;
        }
      }
      return rest;
    }

    private List<Integer> candidates(Group g, Comparator<Integer> otherwise) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < starts.length; i++) {
        order.add(i);
      }
      if (g.preferredStart.isPresent()) {
        LocalTime p = g.preferredStart.get();
        order.sort(Comparator.<Integer>comparingLong(i -> Math.abs(Duration.between(p, starts[i]).toNanos()))
            .thenComparing(otherwise));
      } else {
        order.sort(otherwise);
      }
      return order;
    }

    private void seat(int i, UnitId unit, int people) {
      free[i] -= people;
      seated.get(i).merge(unit, people, Integer::sum);
    }

    /** The sittings with anyone in them, earliest first, units in id order. */
    List<Sitting> sittings() {
      List<Sitting> out = new ArrayList<>();
      for (int i = 0; i < starts.length; i++) {
        if (!seated.get(i).isEmpty()) {
          List<Seating> s = new TreeMap<>(seated.get(i)).entrySet().stream()
              .map(e -> new Seating(e.getKey(), e.getValue())).toList();
          out.add(new Sitting(starts[i], ends[i], s));
        }
      }
      return out;
    }
  }
}

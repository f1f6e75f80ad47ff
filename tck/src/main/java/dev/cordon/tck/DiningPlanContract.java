package dev.cordon.tck;

import static dev.cordon.tck.TckData.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.dining.DiningPlan;
import dev.cordon.core.dining.DiningPlanId;
import dev.cordon.core.dining.Seating;
import dev.cordon.core.dining.Sitting;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.storage.BatchOutcome;
import dev.cordon.core.storage.WriteOutcome;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of the store of adopted canteen plans ({@link dev.cordon.core.storage.DiningPlanStore}):
 * a plan round-trips whole (sittings, seatings, unseated people, the exact density and durations),
 * writes are idempotent and a different plan under a stored id is refused, a revision is a new
 * version with the old ones in the history, and {@code between} is half-open on the plan's date,
 * ordered by date then id, latest versions only.
 */
public abstract class DiningPlanContract extends StorageContract {
  private static final DiningPlanId ID = DiningPlanId.of("dining/s-canteen/2021-10-25");

  private static DiningPlan plan() {
    return TckData.diningPlan(ID.value(), "s-canteen", day("2021-10-25"));
  }

  /** The plan with its second sitting moved five minutes later (a revision). */
  private static DiningPlan revised(DiningPlan p) {
    Sitting second = p.sittings().get(1);
    return DiningPlan.builder().from(p)
        .sittings(List.of(p.sittings().get(0), new Sitting(second.start().plusMinutes(5),
            second.end().plusMinutes(5), second.seatings())))
        .build();
  }

  /** A stored plan comes back whole: every sitting, count and canteen. */
  @Test
  public void aPlanRoundTripsWhole() {
    DiningPlan p = plan();
    assertThat(storage.diningPlans().put(p)).isEqualTo(WriteOutcome.STORED);
    DiningPlan read = storage.diningPlans().get(ID).orElseThrow();
    assertThat(read).isEqualTo(p);
    assertThat(read.density()).isEqualByComparingTo("0.5");
    assertThat(read.density().scale()).isEqualTo(p.density().scale());
    assertThat(read.cleaningGap()).isEqualTo(Duration.ofMinutes(10));
    assertThat(read.sittings()).extracting(Sitting::start).containsExactly(LocalTime.of(11, 30), LocalTime.of(12, 10));
    assertThat(read.sittings().get(1).seatings())
        .containsExactly(new Seating(UnitId.of("u-ejina"), 45), new Seating(UnitId.of("u-baotou"), 15));
    assertThat(read.unseated()).containsExactly(new Seating(UnitId.of("u-ejina"), 5));
    assertThat(storage.diningPlans().get(DiningPlanId.of("dining/s-canteen/2021-10-26"))).isEmpty();
  }

  /** Putting the same plan again stores nothing and is not an error. */
  @Test
  public void puttingTheSamePlanAgainStoresNothing() {
    DiningPlan p = plan();
    storage.diningPlans().put(p);
    assertThat(storage.diningPlans().put(p)).isEqualTo(WriteOutcome.ALREADY_PRESENT);
    assertThat(storage.diningPlans().putAll(List.of(p, p))).isEqualTo(new BatchOutcome(0, 2));
    assertThat(storage.diningPlans().count()).isEqualTo(1);
    assertThat(storage.diningPlans().history(ID)).containsExactly(p);
  }

  /** A different plan under an id already stored is refused, not overwritten. */
  @Test
  public void aDifferentPlanUnderAStoredIdIsRefused() {
    DiningPlan p = plan();
    storage.diningPlans().put(p);
    DiningPlan other = revised(p);
    assertThat(refusal(() -> storage.diningPlans().put(other)).codes()).containsExactly("CORDON-STORE-001");
    assertThat(storage.diningPlans().get(ID)).contains(p);
    assertThat(storage.diningPlans().history(ID)).containsExactly(p);
  }

  /** A revision is a new version; the old one stays in the history. */
  @Test
  public void aRevisionIsANewVersionAndTheOldOneStaysInTheHistory() {
    DiningPlan p1 = plan();
    DiningPlan p2 = revised(p1);
    storage.diningPlans().put(p1);
    assertThat(storage.diningPlans().update(p2)).isEqualTo(WriteOutcome.STORED);
    assertThat(storage.diningPlans().update(p2)).isEqualTo(WriteOutcome.ALREADY_PRESENT);
    assertThat(storage.diningPlans().get(ID)).contains(p2);
    assertThat(storage.diningPlans().history(ID)).containsExactly(p1, p2);
    assertThat(storage.diningPlans().count()).isEqualTo(1);
    assertThat(list(storage.diningPlans().between(day("2021-10-25"), day("2021-10-26")))).containsExactly(p2);
    DiningPlan unknown = TckData.diningPlan("dining/s-canteen/2021-10-27", "s-canteen", day("2021-10-27"));
    assertThat(refusal(() -> storage.diningPlans().update(unknown)).codes()).containsExactly("CORDON-STORE-002");
  }

  /** {@code between} is half-open on the plan date and ordered by date, then id. */
  @Test
  public void betweenIsHalfOpenOnThePlanDateAndOrderedByDateThenId() {
    storage.diningPlans().putAll(List.of(
        TckData.diningPlan("p-b", "s-canteen", day("2021-10-26")),
        TckData.diningPlan("p-z", "s-canteen", day("2021-10-25")),
        TckData.diningPlan("p-a", "s-canteen-2", day("2021-10-26")),
        TckData.diningPlan("p-y", "s-canteen-2", day("2021-10-25")),
        TckData.diningPlan("p-before", "s-canteen", day("2021-10-24")),
        TckData.diningPlan("p-after", "s-canteen", day("2021-10-27"))));
    assertThat(list(storage.diningPlans().between(day("2021-10-25"), day("2021-10-27"))))
        .extracting(p -> p.id().value()).containsExactly("p-y", "p-z", "p-a", "p-b");
    assertThat(list(storage.diningPlans().between(day("2021-10-27"), day("2021-10-28"))))
        .extracting(p -> p.id().value()).containsExactly("p-after");
    assertThat(list(storage.diningPlans().between(day("2021-10-25"), day("2021-10-25")))).isEmpty();
    assertThat(list(storage.diningPlans().all())).extracting(p -> p.id().value())
        .containsExactly("p-a", "p-after", "p-b", "p-before", "p-y", "p-z");
  }

  /** {@code between} pages through many plans of one day without losing or repeating one. */
  @Test
  public void betweenPagesThroughManyPlansOfOneDay() {
    List<DiningPlan> many = new java.util.ArrayList<>();
    for (int i = 0; i < 25; i++) {
      many.add(TckData.diningPlan(String.format("p-%02d", i), "s-canteen-" + i, day("2021-10-25")));
    }
    storage.diningPlans().putAll(many);
    assertThat(list(storage.diningPlans().between(day("2021-10-25"), day("2021-10-26")))).containsExactlyElementsOf(many);
  }
}

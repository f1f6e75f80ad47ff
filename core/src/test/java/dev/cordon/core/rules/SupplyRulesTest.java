package dev.cordon.core.rules;

import static dev.cordon.core.rules.World.BRANCH;
import static dev.cordon.core.rules.World.at;
import static dev.cordon.core.rules.World.oct;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.rules.supply.SupplyExpiredHeld;
import dev.cordon.core.rules.supply.SupplyKitIncomplete;
import dev.cordon.core.rules.supply.SupplyReserveLow;
import dev.cordon.core.site.SiteKind;
import dev.cordon.core.supply.SupplyKind;
import dev.cordon.spi.rules.DayRange;
import dev.cordon.spi.rules.DayRuns;
import dev.cordon.spi.rules.FindingDraft;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SUPPLY-RESERVE-LOW, SUPPLY-EXPIRED-HELD and SUPPLY-KIT-INCOMPLETE at their boundaries. */
class SupplyRulesTest {
  // the branch has 10 heads; the norm is 2 masks per head per day: 20 a day, 600 for the 30 reserve days

  private static World branchWithMasks(String quantity) {
    World w = World.withBranch();
    w.item("mask", SupplyKind.MASK);
    w.receive("r1", "mask", BRANCH, quantity, at(oct(1), 8), null);
    return w;
  }

  @Test
  void daysOfCoverExactlyAtTheReserveDaysGiveNoFinding() {
    assertThat(branchWithMasks("600").run(new SupplyReserveLow(), oct(1), oct(10))).isEmpty();
  }

  @Test
  void daysOfCoverJustBelowTheReserveDaysGiveOneFindingOverTheRun() {
    List<FindingDraft> found = branchWithMasks("599.999").run(new SupplyReserveLow(), oct(1), oct(10));
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.date()).isEqualTo(oct(1));
      assertThat(d.until()).contains(oct(10));
      assertThat(d.unit()).contains(BRANCH);
      assertThat(d.subject().toString()).isEqualTo("HOLDING:branch/mask");
      assertThat(d.message().en()).contains("29.9 days").contains("30");
    });
  }

  // norms in litres, stock in 500 ml bottles: 0.02 L × 10 heads × 30 days = 6 L = 12 bottles

  private static World branchWithBottles(SupplyKind kind, String bottles) {
    World w = World.withBranch();
    w.item("bottle", kind, "瓶", "2");
    w.receive("r1", "bottle", BRANCH, bottles, at(oct(1), 8), null);
    return w;
  }

  @Test
  void disinfectantInHalfLitreBottlesCoveringExactlyTheReserveGivesNoFinding() {
    assertThat(branchWithBottles(SupplyKind.DISINFECTANT, "12").run(new SupplyReserveLow(), oct(1), oct(10)))
        .isEmpty();
  }

  @Test
  void disinfectantInHalfLitreBottlesJustBelowTheReserveIsFoundWithTheNormConverted() {
    assertThat(branchWithBottles(SupplyKind.DISINFECTANT, "11.999").run(new SupplyReserveLow(), oct(1), oct(10)))
        .singleElement().satisfies(d -> {
          assertThat(d.message().en()).contains("29.9 days").contains("usable 11.999 瓶")
              .contains("norm 0.02 L = 0.04 瓶 a head a day");
          assertThat(d.message().zh()).contains("定额每人每日 0.02 L = 0.04 瓶");
        });
  }

  @Test
  void sanitiserInHalfLitreBottlesIsJudgedInLitresNotBottles() {
    // 0.01 L × 10 × 30 = 3 L = 6 bottles: 6 are enough, 5 are not — counted as litres, 5 would pass
    assertThat(branchWithBottles(SupplyKind.HAND_SANITISER, "6").run(new SupplyReserveLow(), oct(1), oct(10)))
        .isEmpty();
    assertThat(branchWithBottles(SupplyKind.HAND_SANITISER, "5").run(new SupplyReserveLow(), oct(1), oct(10)))
        .singleElement().satisfies(d -> assertThat(d.message().en()).contains("25.0 days"));
  }

  @Test
  void masksCountedInBoxesOfFiftyRaiseNoFalseFinding() {
    // 2 masks × 10 heads × 30 days = 600 masks = 12 boxes of 50 (a box is 50 masks: 0.02 box per mask)
    World w = World.withBranch();
    w.item("box", SupplyKind.MASK, "盒", "0.02");
    w.receive("r1", "box", BRANCH, "12", at(oct(1), 8), null);
    assertThat(w.run(new SupplyReserveLow(), oct(1), oct(10))).isEmpty();
    w.movements.clear();
    w.receive("r1", "box", BRANCH, "11", at(oct(1), 8), null);
    assertThat(w.run(new SupplyReserveLow(), oct(1), oct(10))).singleElement()
        .satisfies(d -> assertThat(d.message().en()).contains("27.5 days").contains("2 只 = 0.04 盒"));
  }

  @Test
  void anItemCountedInTheNormsUnitShowsTheNormOnce() {
    assertThat(branchWithMasks("599").run(new SupplyReserveLow(), oct(1), oct(2))).singleElement()
        .satisfies(d -> assertThat(d.message().en()).contains("norm 2 只 a head a day").doesNotContain(" = "));
  }

  @Test
  void consumptionStartsTheRunOnTheDayTheBalanceDropsBelowTheReserve() {
    World w = branchWithMasks("600");
    w.movements.add(dev.cordon.core.supply.StockMovement.builder()
        .id(dev.cordon.core.supply.StockMovementId.of("c1")).item(dev.cordon.core.supply.SupplyItemId.of("mask"))
        .kind(dev.cordon.core.supply.MovementKind.CONSUMPTION).holder(BRANCH)
        .quantity(new java.math.BigDecimal("20")).at(at(oct(4), 17)).build());
    assertThat(w.run(new SupplyReserveLow(), oct(1), oct(10))).singleElement()
        .satisfies(d -> assertThat(d.date()).isEqualTo(oct(4)));
  }

  @Test
  void anExpiredLotIsNotCountedInTheDaysOfCover() {
    World w = World.withBranch();
    w.item("mask", SupplyKind.MASK);
    w.receive("r1", "mask", BRANCH, "600", at(oct(1), 8), oct(3)); // usable up to and including 10-03
    assertThat(w.run(new SupplyReserveLow(), oct(1), oct(10))).singleElement().satisfies(d -> {
      assertThat(d.date()).isEqualTo(oct(4));
      assertThat(d.until()).contains(oct(10));
    });
    assertThat(w.run(new SupplyExpiredHeld(), oct(1), oct(10))).singleElement().satisfies(d -> {
      assertThat(d.date()).isEqualTo(oct(4));
      assertThat(d.message().en()).contains("600").contains("2021-10-03");
    });
  }

  @Test
  void aHolderWithoutHeadcountOrAnItemWithoutANormIsNotJudged() {
    World w = World.withBranch();
    w.item("suit", SupplyKind.PROTECTIVE_SUIT); // no norm for protective suits
    w.receive("r1", "suit", BRANCH, "1", at(oct(1), 8), null);
    assertThat(w.run(new SupplyReserveLow(), oct(1), oct(3))).isEmpty();
  }

  @Test
  void stockWrittenOffBeforeItExpiresIsNotExpiredStock() {
    World w = World.withBranch();
    w.item("mask", SupplyKind.MASK);
    w.receive("r1", "mask", BRANCH, "600", at(oct(1), 8), oct(10));
    assertThat(w.run(new SupplyExpiredHeld(), oct(1), oct(11))).isEmpty();
  }

  @Test
  void aKeySiteWhoseHolderLacksGlovesHasAnIncompleteKit() {
    World w = World.withBranch();
    w.site("canteen", SiteKind.CANTEEN, BRANCH);
    int n = 0;
    for (SupplyKind k : List.of(SupplyKind.MASK, SupplyKind.THERMOMETER, SupplyKind.HAND_SANITISER,
        SupplyKind.DISINFECTANT)) {
      w.item(k.name().toLowerCase(), k);
      w.receive("r" + n++, k.name().toLowerCase(), BRANCH, "1000", at(oct(1), 8), null);
    }
    assertThat(w.run(new SupplyKitIncomplete(), oct(2), oct(5))).singleElement().satisfies(d -> {
      assertThat(d.subject().toString()).isEqualTo("SITE:canteen");
      assertThat(d.message().en()).contains("GLOVES").doesNotContain("MASK");
      assertThat(d.date()).isEqualTo(oct(2));
      assertThat(d.until()).contains(oct(5));
    });
    w.item("gloves", SupplyKind.GLOVES);
    w.receive("r9", "gloves", BRANCH, "10", at(oct(3), 8), null);
    assertThat(w.run(new SupplyKitIncomplete(), oct(2), oct(5))).singleElement()
        .satisfies(d -> assertThat(d.until()).contains(oct(3)));
  }

  @Test
  void aSiteThatIsNotKeyNeedsNoKit() {
    World w = World.withBranch();
    w.site("station", SiteKind.HEATING_STATION, BRANCH);
    assertThat(w.run(new SupplyKitIncomplete(), oct(2), oct(5))).isEmpty();
  }

  @Test
  void conditionRunsAreMaximalAndHalfOpen() {
    assertThat(DayRuns.of(oct(1), oct(8), d -> d.getDayOfMonth() % 3 != 0)).containsExactly(
        new DayRange(oct(1), oct(3)), new DayRange(oct(4), oct(6)), new DayRange(oct(7), oct(8)));
    assertThat(Optional.of(DayRuns.of(oct(1), oct(2), d -> false))).contains(List.of());
  }
}

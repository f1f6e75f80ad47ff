package dev.cordon.core.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cordon.core.org.UnitId;
import dev.cordon.core.validation.CordonValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The allocation planner (按需調撥): laws of the plan, FEFO lots, and worked examples. */
class AllocationPlannerTest {
  static final UnitId RESERVE = UnitId.of("RESERVE");
  static final SupplyItemId MASK = SupplyItemId.of("MASK-N95");
  static final LocalDate DAY = LocalDate.of(2021, 10, 25);
  static final Instant AT = Instant.parse("2021-10-25T02:00:00Z");
  static final Instant EARLIER = Instant.parse("2021-10-01T02:00:00Z");

  /** A reserve, a minimum and the units' needs. */
  record Scenario(List<Lot> lots, BigDecimal minimum, List<UnitNeed> needs) {
    StockPosition position() {
      BigDecimal balance = lots.stream().map(Lot::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
      return new StockPosition(new Holding(RESERVE, MASK), balance, lots);
    }

    AllocationPlan plan() {
      return AllocationPlanner.plan(AllocationPlanId.of("P"), position(), DAY, AT, minimum, needs);
    }

    BigDecimal usable() {
      return position().usableOn(DAY);
    }
  }

  static Gen<Scenario> scenarios() {
    return in -> {
      int lotCount = integers().between(0, 6).generate(in);
      List<Lot> lots = new ArrayList<>();
      for (int i = 0; i < lotCount; i++) {
        Optional<String> name = integers().between(0, 3).generate(in) == 0 ? Optional.empty()
            : Optional.of("L" + i);
        Optional<LocalDate> expiry = integers().between(0, 3).generate(in) == 0 ? Optional.empty()
            : Optional.of(DAY.plusDays(integers().between(-20, 200).generate(in)));
        if (name.isEmpty() && lots.stream().anyMatch(l -> l.lot().isEmpty() && l.expiry().equals(expiry))) {
          continue; // the ledger keeps one unnamed bucket per expiry
        }
        BigDecimal q = BigDecimal.valueOf(integers().between(1, 30_000).generate(in), 1);
        lots.add(new Lot(name, expiry, q));
      }
      BigDecimal minimum = BigDecimal.valueOf(integers().between(0, 2_000).generate(in));
      int unitCount = integers().between(0, 8).generate(in);
      List<UnitNeed> needs = new ArrayList<>();
      for (int i = 0; i < unitCount; i++) {
        needs.add(UnitNeed.of(UnitId.of("U" + i), integers().between(0, 1_500).generate(in)));
      }
      return new Scenario(lots, minimum, needs);
    };
  }

  // --- properties --------------------------------------------------------------------------------

  @Test
  void neverAllocatesMoreThanIsAvailableAboveTheMinimum() {
    qt().withExamples(1000).forAll(scenarios()).checkAssert(s -> {
      AllocationPlan p = s.plan();
      assertThat(BigDecimal.valueOf(p.available())).isLessThanOrEqualTo(s.usable().subtract(s.minimum()).max(BigDecimal.ZERO));
      assertThat(p.allocated()).isLessThanOrEqualTo(p.available());
      if (p.allocated() > 0) {
        assertThat(s.usable().subtract(BigDecimal.valueOf(p.allocated()))).isGreaterThanOrEqualTo(s.minimum());
      }
    });
  }

  @Test
  void neverGivesAUnitMoreThanItsNeed() {
    qt().withExamples(1000).forAll(scenarios()).checkAssert(s -> {
      for (AllocationLine l : s.plan().lines()) {
        assertThat(l.quantity()).isBetween(0L, l.need());
      }
    });
  }

  @Test
  void sumsExactlyToTheLesserOfAvailableAndTotalNeed() {
    qt().withExamples(1000).forAll(scenarios()).checkAssert(s -> {
      AllocationPlan p = s.plan();
      long totalNeed = s.needs().stream().mapToLong(UnitNeed::need).sum();
      assertThat(p.totalNeed()).isEqualTo(totalNeed);
      assertThat(p.allocated()).isEqualTo(Math.min(p.available(), totalNeed));
      // without expired stock nothing is held back: available is all usable stock above the minimum
      boolean expiredHeld = s.lots().stream().anyMatch(l -> l.isExpiredOn(DAY));
      if (!expiredHeld) {
        assertThat(p.available()).isEqualTo(s.usable().subtract(s.minimum()).max(BigDecimal.ZERO)
            .setScale(0, java.math.RoundingMode.FLOOR).longValueExact());
      }
    });
  }

  @Test
  void aUnitWithMoreNeedNeverGetsLess() {
    qt().withExamples(1000).forAll(scenarios()).checkAssert(s -> {
      List<AllocationLine> lines = s.plan().lines();
      for (AllocationLine a : lines) {
        for (AllocationLine b : lines) {
          if (a.need() > b.need()) {
            assertThat(a.quantity()).isGreaterThanOrEqualTo(b.quantity());
          }
        }
      }
    });
  }

  @Test
  void drawsAreFirstExpiredFirstOutAndNeverFromExpiredLots() {
    qt().withExamples(1000).forAll(scenarios()).checkAssert(s -> {
      AllocationPlan p = s.plan();
      Map<String, BigDecimal> drawn = new HashMap<>();
      for (AllocationLine l : p.lines()) {
        assertThat(l.draws().stream().map(LotDraw::quantity).reduce(BigDecimal.ZERO, BigDecimal::add))
            .isEqualByComparingTo(BigDecimal.valueOf(l.quantity()));
        for (LotDraw d : l.draws()) {
          assertThat(d.expiry().filter(e -> e.isBefore(DAY))).isEmpty();
          drawn.merge(key(d.lot(), d.expiry()), d.quantity(), BigDecimal::add);
        }
      }
      // a lot is drawn only when every usable lot expiring earlier is drawn in full
      List<Lot> fefo = s.position().lots().stream().filter(l -> !l.isExpiredOn(DAY))
          .sorted(java.util.Comparator.comparing((Lot l) -> l.expiry().orElse(null),
              java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
              .thenComparing(l -> l.lot().orElse(null), java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
          .filter(l -> p.heldBack().signum() == 0 || l.lot().isPresent())
          .toList();
      boolean partial = false;
      for (Lot l : fefo) {
        BigDecimal d = drawn.getOrDefault(key(l.lot(), l.expiry()), BigDecimal.ZERO);
        assertThat(d).isLessThanOrEqualTo(l.quantity());
        if (d.signum() > 0) {
          assertThat(partial).as("lot %s drawn after a lot expiring earlier was left", l).isFalse();
        }
        if (d.compareTo(l.quantity()) < 0) {
          partial = true;
        }
      }
    });
  }

  @Test
  void theLedgerMovesExactlyTheLotsDrawn() {
    qt().withExamples(500).forAll(scenarios()).checkAssert(s -> {
      AllocationPlan p = s.plan();
      List<StockMovement> ledger = new ArrayList<>();
      int i = 0;
      for (Lot l : s.lots()) {
        StockMovement.Builder b = StockMovement.builder().id(StockMovementId.of("R" + i++)).item(MASK)
            .kind(MovementKind.RECEIPT).at(EARLIER).holder(RESERVE).quantity(l.quantity());
        l.lot().ifPresent(b::lot);
        l.expiry().ifPresent(b::expiry);
        ledger.add(b.build());
      }
      ledger.addAll(p.movements());
      Map<String, BigDecimal> expected = new HashMap<>();
      for (Lot l : s.lots()) {
        expected.merge(key(l.lot(), l.expiry()), l.quantity(), BigDecimal::add);
      }
      for (AllocationLine l : p.lines()) {
        for (LotDraw d : l.draws()) {
          expected.merge(key(d.lot(), d.expiry()), d.quantity().negate(), BigDecimal::add);
        }
      }
      expected.values().removeIf(q -> q.signum() == 0);
      Map<String, BigDecimal> actual = new HashMap<>();
      for (Lot l : StockBook.position(new Holding(RESERVE, MASK), ledger, null).lots()) {
        actual.merge(key(l.lot(), l.expiry()), l.quantity(), BigDecimal::add);
      }
      assertThat(actual.keySet()).isEqualTo(expected.keySet());
      actual.forEach((k, q) -> assertThat(q).as(k).isEqualByComparingTo(expected.get(k)));
      for (AllocationLine l : p.lines()) {
        assertThat(StockBook.position(new Holding(l.unit(), MASK), ledger, null).balance())
            .isEqualByComparingTo(BigDecimal.valueOf(l.quantity()));
      }
    });
  }

  @Test
  void movementIdsAreDeterministicUniqueAndInDrawingOrder() {
    qt().withExamples(300).forAll(scenarios()).checkAssert(s -> {
      List<StockMovement> a = s.plan().movements();
      assertThat(s.plan().movements()).isEqualTo(a);
      List<StockMovementId> ids = a.stream().map(StockMovement::id).toList();
      assertThat(ids).doesNotHaveDuplicates().isSorted();
    });
  }

  private static String key(Optional<String> lot, Optional<LocalDate> expiry) {
    return lot.orElse("-") + "|" + expiry.map(LocalDate::toString).orElse("-");
  }

  // --- examples ----------------------------------------------------------------------------------

  private static Lot lot(String name, String expiry, long quantity) {
    return new Lot(Optional.ofNullable(name), Optional.ofNullable(expiry).map(LocalDate::parse),
        BigDecimal.valueOf(quantity));
  }

  @Test
  void tenThousandMasksAreSplitInProportionToNeedKeepingTheMinimum() {
    Scenario s = new Scenario(List.of(lot("2021A", "2023-10-01", 10_000)), BigDecimal.valueOf(2_000),
        List.of(UnitNeed.of(UnitId.of("U-EAST"), 3_000), UnitNeed.of(UnitId.of("U-HALL"), 5_000),
            UnitNeed.of(UnitId.of("U-WEST"), 4_000)));
    AllocationPlan p = s.plan();
    // 8,000 above the minimum for 12,000 of need: quotas 2000, 3333.33, 2666.67
    assertThat(p.available()).isEqualTo(8_000);
    assertThat(p.lines()).extracting(AllocationLine::unit, AllocationLine::quantity).containsExactly(
        org.assertj.core.groups.Tuple.tuple(UnitId.of("U-EAST"), 2_000L),
        org.assertj.core.groups.Tuple.tuple(UnitId.of("U-HALL"), 3_333L),
        org.assertj.core.groups.Tuple.tuple(UnitId.of("U-WEST"), 2_667L));
    AllocationLine west = p.lineFor(UnitId.of("U-WEST")).orElseThrow();
    assertThat(west.explanation(Locale.ENGLISH))
        .contains("share 4000/12000", "8000 available", "2666.667 → 2667", "lot 2021A (expires 2023-10-01) 2667");
    assertThat(west.explanation(Locale.SIMPLIFIED_CHINESE)).contains("最大余额法", "批次 2021A（有效期至 2023-10-01）2667");
    assertThat(p.summary(Locale.SIMPLIFIED_CHINESE)).contains("保底 2000", "可分配 8000");
    assertThat(p.movements()).extracting(m -> m.id().value())
        .containsExactly("P/001/U-HALL/2021A", "P/002/U-WEST/2021A", "P/003/U-EAST/2021A");
  }

  @Test
  void whenStockSufficesEveryNeedIsMetInFull() {
    Scenario s = new Scenario(List.of(lot("A", null, 500)), BigDecimal.ZERO,
        List.of(UnitNeed.of(UnitId.of("U1"), 120), UnitNeed.of(UnitId.of("U2"), 0)));
    AllocationPlan p = s.plan();
    assertThat(p.lineFor(UnitId.of("U1")).orElseThrow().quantity()).isEqualTo(120);
    assertThat(p.lineFor(UnitId.of("U1")).orElseThrow().explanation(Locale.ENGLISH)).contains("whole need is met");
    assertThat(p.lineFor(UnitId.of("U2")).orElseThrow().explanation(Locale.ENGLISH)).contains("nothing to allocate");
    assertThat(p.movements()).hasSize(1);
  }

  @Test
  void theLotExpiringFirstIsDrawnFirst() {
    Scenario s = new Scenario(List.of(lot("LATE", "2022-06-30", 1_000), lot("SOON", "2021-11-30", 300)),
        BigDecimal.ZERO, List.of(UnitNeed.of(UnitId.of("U1"), 400)));
    AllocationLine line = s.plan().lines().get(0);
    assertThat(line.draws()).extracting(d -> d.lot().orElseThrow(), LotDraw::quantity).containsExactly(
        org.assertj.core.groups.Tuple.tuple("SOON", BigDecimal.valueOf(300)),
        org.assertj.core.groups.Tuple.tuple("LATE", BigDecimal.valueOf(100)));
  }

  @Test
  void anExpiredLotIsNotAllocated() {
    Scenario s = new Scenario(List.of(lot("OLD", "2021-10-24", 5_000), lot("NEW", "2022-06-30", 100)),
        BigDecimal.ZERO, List.of(UnitNeed.of(UnitId.of("U1"), 300)));
    AllocationPlan p = s.plan();
    assertThat(p.expired()).isEqualByComparingTo("5000");
    assertThat(p.available()).isEqualTo(100);
    assertThat(p.lines().get(0).draws()).extracting(d -> d.lot().orElseThrow()).containsExactly("NEW");
    assertThat(p.summary(Locale.ENGLISH)).contains("5000 expired, not allocated");
  }

  @Test
  void aLotExpiringOnTheDayItselfIsStillUsable() {
    Scenario s = new Scenario(List.of(lot("TODAY", "2021-10-25", 50)), BigDecimal.ZERO,
        List.of(UnitNeed.of(UnitId.of("U1"), 50)));
    assertThat(s.plan().allocated()).isEqualTo(50);
  }

  @Test
  void stockWithoutALotNumberIsHeldBackWhileExpiredStockIsHeld() {
    Scenario s = new Scenario(List.of(lot("OLD", "2021-10-01", 40), lot(null, "2022-01-01", 200),
        lot("B", "2022-03-01", 100)), BigDecimal.ZERO, List.of(UnitNeed.of(UnitId.of("U1"), 250)));
    AllocationPlan p = s.plan();
    assertThat(p.heldBack()).isEqualByComparingTo("200");
    assertThat(p.allocated()).isEqualTo(100);
    assertThat(p.summary(Locale.ENGLISH)).contains("200 without a lot number held back");

    Scenario clean = new Scenario(List.of(lot(null, "2022-01-01", 200), lot("B", "2022-03-01", 100)),
        BigDecimal.ZERO, List.of(UnitNeed.of(UnitId.of("U1"), 250)));
    assertThat(clean.plan().heldBack()).isEqualByComparingTo("0");
    assertThat(clean.plan().allocated()).isEqualTo(250);
  }

  @Test
  void theMinimumIsKeptInTheLatestExpiringStock() {
    Scenario s = new Scenario(List.of(lot("A", "2021-12-01", 100), lot("B", "2022-12-01", 100)),
        BigDecimal.valueOf(100), List.of(UnitNeed.of(UnitId.of("U1"), 1_000)));
    AllocationPlan p = s.plan();
    assertThat(p.allocated()).isEqualTo(100);
    assertThat(p.lines().get(0).draws()).extracting(d -> d.lot().orElseThrow()).containsExactly("A");
  }

  @Test
  void aNeedWorkedOutFromTheReserveNormExplainsItsBasis() {
    StockPosition held = new StockPosition(new Holding(UnitId.of("U1"), MASK), BigDecimal.valueOf(1_800),
        List.of(lot("X", "2023-01-01", 1_800)));
    SupplyCover cover = SupplyCover.of(held, DAY, new BigDecimal("2"), 50);
    UnitNeed need = UnitNeed.toReserve(cover, 30);
    assertThat(need.need()).isEqualTo(1_200);
    assertThat(need.basisEn()).isEqualTo("need 1200 = reserve of 30 days × 2 per head per day × 50 heads = 3000, "
        + "less 1800 usable held");
    assertThat(need.basisZh()).contains("储备 30 天", "每人每日 2", "50 人");
  }

  @Test
  void malformedRequestsAreRefusedWithEveryViolation() {
    Scenario s = new Scenario(List.of(lot("A", null, 10)), BigDecimal.valueOf(-1),
        List.of(UnitNeed.of(UnitId.of("U1"), 1), UnitNeed.of(UnitId.of("U1"), 2), UnitNeed.of(RESERVE, 3)));
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class, s::plan);
    assertThat(e.codes()).containsExactly("CORDON-PLAN-001", "CORDON-PLAN-002", "CORDON-PLAN-003");
    assertThat(e.violations().get(1).field()).isEqualTo("needs[1].unit");
    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).contains("保底数量不能为负");
  }

  @Test
  void aLongPlanIdStillGivesValidDistinctMovementIds() {
    String longId = "allocation-" + "x".repeat(85);
    AllocationPlan p = AllocationPlanner.plan(AllocationPlanId.of(longId),
        new Scenario(List.of(lot("A", null, 10), lot("B", null, 10)), BigDecimal.ZERO, List.of()).position(),
        DAY, AT, BigDecimal.ZERO, List.of(UnitNeed.of(UnitId.of("U1"), 15), UnitNeed.of(UnitId.of("U2"), 5)));
    List<StockMovement> m = p.movements();
    assertThat(m).hasSize(3);
    assertThat(m).allSatisfy(x -> assertThat(x.id().value()).hasSizeLessThanOrEqualTo(100));
    assertThat(m.stream().map(StockMovement::id)).doesNotHaveDuplicates().isSorted();
  }
}

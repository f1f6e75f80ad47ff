package dev.cordon.core.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.cordon.core.org.UnitId;
import dev.cordon.core.validation.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@link StockBook#firstShortfall}: the first point of the ledger with a negative running balance. */
class StockShortfallTest {
  private static final UnitId CENTRAL = UnitId.of("u-central");
  private static final UnitId UNIT = UnitId.of("u-1");
  private static final SupplyItemId MASK = SupplyItemId.of("i-mask");
  private static final Holding HOLDING = new Holding(CENTRAL, MASK);

  private static Instant day(int day) {
    return Instant.parse(String.format("2021-10-%02dT01:00:00Z", day));
  }

  private static StockMovement movement(String id, MovementKind kind, int day, String quantity, String lot) {
    StockMovement.Builder b = StockMovement.builder();
    b.id(StockMovementId.of(id)).item(MASK).kind(kind).holder(CENTRAL).at(day(day))
        .quantity(new BigDecimal(quantity));
    if (kind == MovementKind.TRANSFER) {
      b.destination(UNIT);
    }
    if (lot != null) {
      b.lot(lot).expiry(LocalDate.of(2022, 1, lot.charAt(0) - 'A' + 1));
    }
    return b.build();
  }

  @Test
  void aBackDatedConsumptionOverdrawsTheLaterPointItPrecedes() {
    List<StockMovement> ledger = List.of(
        movement("m-1", MovementKind.RECEIPT, 1, "100", null),
        movement("m-2", MovementKind.CONSUMPTION, 5, "80", null),
        movement("m-3", MovementKind.CONSUMPTION, 3, "30", null));
    Optional<StockShortfall> s = StockBook.firstShortfall(HOLDING, ledger, day(3));
    assertThat(s).contains(new StockShortfall(HOLDING, day(5), StockMovementId.of("m-2"), new BigDecimal("-10")));
    Violation v = s.orElseThrow().violation();
    assertThat(v.code()).isEqualTo("CORDON-SUPPLY-004");
    assertThat(v.message()).isEqualTo("the movement would take the stock of i-mask held by u-central to -10"
        + " at 2021-10-05T01:00:00Z, after movement m-2: 10 short");
    assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "该流水会使 u-central 的 i-mask 库存在 2021-10-05T01:00:00Z（流水 m-2 之后）变为 -10，短缺 10");
  }

  @Test
  void pointsBeforeTheInstantFromAreNotLookedAt() {
    List<StockMovement> ledger = List.of(
        movement("m-1", MovementKind.CONSUMPTION, 1, "5", null),
        movement("m-2", MovementKind.RECEIPT, 2, "10", null));
    assertThat(StockBook.firstShortfall(HOLDING, ledger, null)).map(StockShortfall::movement)
        .contains(StockMovementId.of("m-1"));
    assertThat(StockBook.firstShortfall(HOLDING, ledger, day(2))).isEmpty();
  }

  @Test
  void exactlyZeroIsNoShortfallAndTheSameInstantCountsInOrderOfId() {
    List<StockMovement> zero = List.of(
        movement("m-1", MovementKind.RECEIPT, 1, "10", null),
        movement("m-2", MovementKind.CONSUMPTION, 1, "10", null));
    assertThat(StockBook.firstShortfall(HOLDING, zero, null)).isEmpty();
    List<StockMovement> idFirst = List.of(
        movement("m-2", MovementKind.RECEIPT, 1, "10", null),
        movement("m-1", MovementKind.CONSUMPTION, 1, "10", null));
    assertThat(StockBook.firstShortfall(HOLDING, idFirst, null)).map(StockShortfall::balance)
        .contains(new BigDecimal("-10"));
  }

  @Test
  void aStocktakeResetsTheRunningBalance() {
    List<StockMovement> ledger = new ArrayList<>(List.of(
        movement("m-1", MovementKind.RECEIPT, 1, "100", null),
        movement("m-2", MovementKind.CONSUMPTION, 2, "100", null),
        movement("m-3", MovementKind.STOCKTAKE, 3, "40", null),
        movement("m-4", MovementKind.CONSUMPTION, 5, "40", null)));
    assertThat(StockBook.firstShortfall(HOLDING, ledger, null)).isEmpty();
    ledger.add(movement("m-5", MovementKind.STOCKTAKE, 4, "39", null));
    assertThat(StockBook.firstShortfall(HOLDING, ledger, day(4))).map(StockShortfall::at).contains(day(5));
  }

  /** Small numbers a generator draws for one movement: kind, day, quantity, lot, id salt. */
  private static Gen<List<int[]>> ledgers() {
    Gen<int[]> one = integers().between(0, 5).zip(integers().between(1, 4), integers().between(0, 9),
        integers().between(0, 3), (kind, day, quantity, lot) -> new int[] {kind, day, quantity, lot});
    return lists().of(one.zip(integers().between(0, 99), (m, salt) -> new int[] {m[0], m[1], m[2], m[3], salt}))
        .ofSizeBetween(0, 12);
  }

  private static List<StockMovement> ledger(List<int[]> drawn) {
    MovementKind[] kinds = {MovementKind.RECEIPT, MovementKind.RECEIPT, MovementKind.CONSUMPTION,
        MovementKind.WRITE_OFF, MovementKind.TRANSFER, MovementKind.STOCKTAKE};
    List<StockMovement> out = new ArrayList<>();
    for (int i = 0; i < drawn.size(); i++) {
      int[] d = drawn.get(i);
      MovementKind kind = kinds[d[0]];
      String quantity = Integer.toString(kind == MovementKind.STOCKTAKE ? d[2] : Math.max(1, d[2]));
      out.add(movement(String.format("m-%02d-%02d", d[4], i), kind, d[1], quantity,
          d[3] == 0 ? null : String.valueOf((char) ('A' + d[3] - 1))));
    }
    return out;
  }

  /**
   * Property, lots and lot stocktakes included: the first shortfall is the first point, in order of
   * instant then id and from the given instant on, at which the position of the movements up to and
   * including it is below zero.
   */
  @Test
  void theFirstShortfallIsTheFirstPrefixWithANegativePosition() {
    qt().withExamples(400).forAll(ledgers(), integers().between(0, 5)).checkAssert((drawn, fromDay) -> {
      List<StockMovement> ledger = ledger(drawn);
      Instant from = fromDay == 0 ? null : day(fromDay);
      List<StockMovement> ordered = new ArrayList<>(ledger);
      ordered.sort(Comparator.comparing(StockMovement::at).thenComparing(StockMovement::id));
      Optional<StockShortfall> expected = Optional.empty();
      for (int k = 1; k <= ordered.size() && expected.isEmpty(); k++) {
        StockMovement m = ordered.get(k - 1);
        BigDecimal balance = StockBook.position(HOLDING, ordered.subList(0, k), null).balance();
        if (balance.signum() < 0 && (from == null || !m.at().isBefore(from))) {
          expected = Optional.of(new StockShortfall(HOLDING, m.at(), m.id(), balance));
        }
      }
      assertThat(StockBook.firstShortfall(HOLDING, ledger, from)).isEqualTo(expected);
    });
  }
}

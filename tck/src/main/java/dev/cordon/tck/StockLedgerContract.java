package dev.cordon.tck;

import static dev.cordon.tck.TckData.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.cordon.core.org.UnitId;
import dev.cordon.core.storage.StockLedger;
import dev.cordon.core.supply.Holding;
import dev.cordon.core.supply.MovementKind;
import dev.cordon.core.supply.StockBook;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockMovementId;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.validation.CordonValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The prevention-supply ledger ({@link StockLedger}): a movement that would make the balance of
 * the holder it takes from negative is refused ({@code CORDON-SUPPLY-004}) and nothing is stored;
 * balances follow {@link StockBook} over {@code of(holder, item)}, corrections included;
 * {@code holdings()} lists each (holder, item) pair once.
 *
 * <p>The guard holds at every instant: a movement, whatever its date, is refused when the running
 * balance of any holding it touches would go below zero at its own instant or at any later point of
 * the ledger. Movements count in order of instant, then id; a stocktake resets the balance to the
 * counted quantity; a batch is judged as a whole, in that order, whatever the order of its list.
 */
public abstract class StockLedgerContract extends StorageContract {
  private static final Instant T = at("2021-10-25T09:00");
  private static final String CENTRAL = "u-central";
  private static final String MASK = "i-mask";

  /**
   * The balance of {@code holder}'s {@code item}, by StockBook over the ledger's movements.
   *
   * @param holder the unit holding the stock
   * @param item the supply item
   * @return the balance of {@code holder}'s {@code item}, by StockBook over the ledger's movements
   */
  protected BigDecimal balance(String holder, String item) {
    Holding holding = new Holding(UnitId.of(holder), SupplyItemId.of(item));
    return StockBook.position(holding, list(storage.stock().of(holding.holder(), holding.item())),
        null).balance();
  }

  private static Instant later(int minutes) {
    return T.plusSeconds(60L * minutes);
  }

  /** A consumption larger than the balance is refused with CORDON-SUPPLY-004; all of it is accepted. */
  @Test
  public void aConsumptionLargerThanTheBalanceIsRefused() {
    StockMovement receipt = TckData.receipt("m-1", CENTRAL, MASK, T, "100");
    StockMovement tooMuch = TckData.consumption("m-2", CENTRAL, MASK, later(1), "100.001");
    storage.stock().put(receipt);
    CordonValidationException e = refusal(() -> storage.stock().put(tooMuch));
    assertThat(e.codes()).contains("CORDON-SUPPLY-004");
    assertThat(storage.stock().get(tooMuch.id())).isEmpty();
    assertThat(storage.stock().history(tooMuch.id())).isEmpty();
    assertThat(list(storage.stock().of(UnitId.of(CENTRAL), SupplyItemId.of(MASK))))
        .containsExactly(receipt);
    assertThat(storage.stock().count()).isEqualTo(1);
    assertThat(balance(CENTRAL, MASK)).isEqualByComparingTo("100");

    StockMovement all = TckData.consumption("m-3", CENTRAL, MASK, later(2), "100");
    storage.stock().put(all);
    assertThat(balance(CENTRAL, MASK)).isEqualByComparingTo("0");
  }

  /** Consumption, write-off and transfer all take from the holder: each is refused beyond the balance. */
  @Test
  public void everyMovementThatTakesStockIsChecked() {
    storage.stock().put(TckData.receipt("m-1", CENTRAL, MASK, T, "10"));
    List<StockMovement> tooMuch = List.of(
        TckData.consumption("m-2", CENTRAL, MASK, later(1), "11"),
        TckData.writeOff("m-3", CENTRAL, MASK, later(1), "11"),
        TckData.transfer("m-4", CENTRAL, "u-1", MASK, later(1), "11"),
        // no stock of this item at all
        TckData.consumption("m-5", CENTRAL, "i-gloves", later(1), "1"),
        // the destination of nothing yet
        TckData.consumption("m-6", "u-1", MASK, later(1), "1"));
    for (StockMovement m : tooMuch) {
      assertThat(refusal(() -> storage.stock().put(m)).codes()).as("%s", m.id())
          .contains("CORDON-SUPPLY-004");
    }
    assertThat(storage.stock().count()).isEqualTo(1);
    assertThat(balance(CENTRAL, MASK)).isEqualByComparingTo("10");
    assertThat(balance("u-1", MASK)).isEqualByComparingTo("0");
  }

  /** A transfer (調撥) moves stock: of() lists it for both holders, and the destination can then use it. */
  @Test
  public void aTransferMovesStockBetweenHolders() {
    StockMovement receipt = TckData.receipt("m-1", CENTRAL, MASK, T, "100");
    StockMovement transfer = TckData.transfer("m-2", CENTRAL, "u-1", MASK, later(1), "40");
    storage.stock().put(receipt);
    storage.stock().put(transfer);
    assertThat(list(storage.stock().of(UnitId.of(CENTRAL), SupplyItemId.of(MASK))))
        .containsExactly(receipt, transfer);
    assertThat(list(storage.stock().of(UnitId.of("u-1"), SupplyItemId.of(MASK))))
        .containsExactly(transfer);
    assertThat(balance(CENTRAL, MASK)).isEqualByComparingTo("60");
    assertThat(balance("u-1", MASK)).isEqualByComparingTo("40");

    StockMovement tooMuch = TckData.consumption("m-3", "u-1", MASK, later(2), "41");
    assertThat(refusal(() -> storage.stock().put(tooMuch)).codes()).contains("CORDON-SUPPLY-004");
    storage.stock().put(TckData.consumption("m-4", "u-1", MASK, later(3), "40"));
    assertThat(balance("u-1", MASK)).isEqualByComparingTo("0");
    assertThat(balance(CENTRAL, MASK)).isEqualByComparingTo("60");
  }

  /** holdings() lists every (holder, item) pair with movements once, destinations of transfers included. */
  @Test
  public void holdingsListsEachHolderAndItemOnce() {
    storage.stock().putAll(List.of(
        TckData.receipt("m-1", CENTRAL, MASK, T, "100"),
        TckData.receipt("m-2", CENTRAL, MASK, later(1), "100"),
        TckData.receipt("m-3", CENTRAL, "i-gloves", later(2), "50"),
        TckData.transfer("m-4", CENTRAL, "u-1", MASK, later(3), "10"),
        TckData.transfer("m-5", CENTRAL, "u-1", MASK, later(4), "10")));
    List<Holding> holdings = list(storage.stock().holdings());
    assertThat(holdings).doesNotHaveDuplicates().containsExactlyInAnyOrder(
        new Holding(UnitId.of(CENTRAL), SupplyItemId.of(MASK)),
        new Holding(UnitId.of(CENTRAL), SupplyItemId.of("i-gloves")),
        new Holding(UnitId.of("u-1"), SupplyItemId.of(MASK)));
  }

  /** of() is ordered by instant, then id. */
  @Test
  public void ofIsOrderedByInstantThenId() {
    StockMovement b = TckData.receipt("m-b", CENTRAL, MASK, later(5), "1");
    StockMovement a = TckData.receipt("m-a", CENTRAL, MASK, later(5), "1");
    StockMovement first = TckData.receipt("m-z", CENTRAL, MASK, T, "1");
    StockMovement in = TckData.transfer("m-0", "u-2", CENTRAL, MASK, later(9), "1");
    storage.stock().put(b);
    storage.stock().put(a);
    storage.stock().put(first);
    storage.stock().put(TckData.receipt("m-x", "u-2", MASK, T, "5"));
    storage.stock().put(in);
    storage.stock().put(TckData.receipt("m-y", CENTRAL, "i-gloves", T, "5"));
    assertThat(list(storage.stock().of(UnitId.of(CENTRAL), SupplyItemId.of(MASK))))
        .containsExactly(first, a, b, in);
  }

  /** A corrected receipt (更正) changes the balance: the superseded receipt no longer counts. */
  @Test
  public void aCorrectedReceiptChangesTheBalance() {
    StockMovement receipt = TckData.receipt("m-1", CENTRAL, MASK, T, "100");
    StockMovement corrected = TckData.correctionOf(receipt, "m-2", "120");
    storage.stock().put(receipt);
    storage.stock().put(corrected);
    assertThat(balance(CENTRAL, MASK)).isEqualByComparingTo("120");
    assertThat(list(storage.stock().of(UnitId.of(CENTRAL), SupplyItemId.of(MASK))))
        .containsExactly(corrected);
  }

  /**
   * A correction is judged against the balance without the movement it supersedes: correcting a
   * consumption of 90 to 95 out of 100 leaves 5 and is accepted; correcting it to 101 is refused.
   */
  @Test
  public void aCorrectionIsJudgedWithoutTheMovementItSupersedes() {
    StockMovement receipt = TckData.receipt("m-1", CENTRAL, MASK, T, "100");
    StockMovement c1 = TckData.consumption("m-2", CENTRAL, MASK, later(1), "90");
    StockMovement c2 = TckData.correctionOf(c1, "m-3", "95");
    StockMovement c3 = TckData.correctionOf(c2, "m-4", "101");
    storage.stock().put(receipt);
    storage.stock().put(c1);
    storage.stock().put(c2);
    assertThat(balance(CENTRAL, MASK)).isEqualByComparingTo("5");
    assertThat(refusal(() -> storage.stock().put(c3)).codes()).contains("CORDON-SUPPLY-004");
    assertThat(storage.stock().get(c3.id())).isEmpty();
    assertThat(storage.stock().history(c1.id())).containsExactly(c1, c2);
    assertThat(balance(CENTRAL, MASK)).isEqualByComparingTo("5");
  }

  /** A stocktake (盤點) sets the balance to the counted quantity, and later movements start from it. */
  @Test
  public void aStocktakeSetsTheBalance() {
    storage.stock().put(TckData.receipt("m-1", CENTRAL, MASK, T, "100"));
    storage.stock().put(TckData.consumption("m-2", CENTRAL, MASK, later(1), "10"));
    storage.stock().put(TckData.stocktake("m-3", CENTRAL, MASK, later(2), "85"));
    assertThat(balance(CENTRAL, MASK)).isEqualByComparingTo("85");
    StockMovement tooMuch = TckData.consumption("m-4", CENTRAL, MASK, later(3), "86");
    assertThat(refusal(() -> storage.stock().put(tooMuch)).codes()).contains("CORDON-SUPPLY-004");
    storage.stock().put(TckData.consumption("m-5", CENTRAL, MASK, later(4), "85"));
    assertThat(balance(CENTRAL, MASK)).isEqualByComparingTo("0");
  }

  /** In a batch, a consumption may use what the same batch receives; a batch that overdraws stores nothing. */
  @Test
  public void aBatchIsCheckedAsAWhole() {
    storage.stock().putAll(List.of(
        TckData.receipt("m-1", CENTRAL, MASK, T, "10"),
        TckData.consumption("m-2", CENTRAL, MASK, later(1), "10")));
    assertThat(balance(CENTRAL, MASK)).isEqualByComparingTo("0");

    List<StockMovement> overdrawn = List.of(
        TckData.receipt("m-3", "u-1", MASK, T, "10"),
        TckData.consumption("m-4", "u-1", MASK, later(1), "6"),
        TckData.consumption("m-5", "u-1", MASK, later(2), "6"));
    assertThat(refusal(() -> storage.stock().putAll(overdrawn)).codes())
        .contains("CORDON-SUPPLY-004");
    assertThat(list(storage.stock().of(UnitId.of("u-1"), SupplyItemId.of(MASK)))).isEmpty();
    assertThat(storage.stock().count()).isEqualTo(2);
  }

  private static Instant day(int day) {
    return at(String.format("2021-10-%02dT09:00", day));
  }

  private static StockMovement inLot(StockMovement m, String lot) {
    return StockMovement.builder().from(m).lot(lot).build();
  }

  private void assertRefusedAndNotStored(StockMovement m) {
    long before = storage.stock().count();
    assertThat(refusal(() -> storage.stock().put(m)).codes()).as("%s", m.id())
        .containsExactly("CORDON-SUPPLY-004");
    assertThat(storage.stock().get(m.id())).isEmpty();
    assertThat(storage.stock().count()).isEqualTo(before);
  }

  /** The balance before {@code asOf}, as a stock report for that moment shows it. */
  private BigDecimal balanceBefore(String holder, String item, Instant asOf) {
    Holding holding = new Holding(UnitId.of(holder), SupplyItemId.of(item));
    return StockBook.position(holding, list(storage.stock().of(holding.holder(), holding.item())),
        asOf).balance();
  }

  /** A consumption dated before any receipt is refused, although the final balance would be zero. */
  @Test
  public void aConsumptionDatedBeforeAnyReceiptIsRefused() {
    storage.stock().put(TckData.receipt("m-1", CENTRAL, MASK, day(10), "1000"));
    assertRefusedAndNotStored(TckData.consumption("m-2", CENTRAL, MASK, day(5), "1000"));
    assertRefusedAndNotStored(TckData.writeOff("m-3", CENTRAL, MASK, day(5), "1"));
    assertRefusedAndNotStored(TckData.transfer("m-4", CENTRAL, "u-1", MASK, day(5), "1"));
    assertThat(balanceBefore(CENTRAL, MASK, day(6))).isEqualByComparingTo("0");
    assertThat(balance(CENTRAL, MASK)).isEqualByComparingTo("1000");
    // at the receipt's own instant, after it (its id sorts first), the whole of it may go
    storage.stock().put(TckData.consumption("m-5", CENTRAL, MASK, day(10), "1000"));
    assertThat(balance(CENTRAL, MASK)).isEqualByComparingTo("0");
  }

  /**
   * A back-dated consumption that leaves enough at its own date but overdraws a later point is
   * refused: receipt 100 on day 1, consumption 80 on day 5; 21 more on day 3 would leave −1 on day 5;
   * 20 leaves exactly zero and is accepted.
   */
  @Test
  public void aBackDatedConsumptionMayNotOverdrawALaterPoint() {
    storage.stock().put(TckData.receipt("m-1", CENTRAL, MASK, day(1), "100"));
    storage.stock().put(TckData.consumption("m-2", CENTRAL, MASK, day(5), "80"));
    assertRefusedAndNotStored(TckData.consumption("m-3", CENTRAL, MASK, day(3), "30"));
    assertRefusedAndNotStored(TckData.consumption("m-4", CENTRAL, MASK, day(3), "20.001"));
    assertRefusedAndNotStored(TckData.consumption("m-5", CENTRAL, MASK, day(3), "21"));
    storage.stock().put(TckData.consumption("m-6", CENTRAL, MASK, day(3), "20"));
    assertThat(balanceBefore(CENTRAL, MASK, day(4))).isEqualByComparingTo("80");
    assertThat(balance(CENTRAL, MASK)).isEqualByComparingTo("0");
    // a receipt is never refused; afterwards the same back-dated consumption fits
    storage.stock().put(TckData.receipt("m-7", CENTRAL, MASK, day(2), "1"));
    storage.stock().put(TckData.consumption("m-8", CENTRAL, MASK, day(3), "1"));
    assertThat(balance(CENTRAL, MASK)).isEqualByComparingTo("0");
  }

  /** Quantities with decimals add up exactly: 0.3 − 0.1 − 0.2 is zero, not a floating-point shortfall. */
  @Test
  public void decimalQuantitiesAddUpExactly() {
    storage.stock().put(TckData.receipt("m-1", CENTRAL, MASK, day(1), "0.3"));
    storage.stock().put(TckData.consumption("m-2", CENTRAL, MASK, day(2), "0.1"));
    storage.stock().put(TckData.consumption("m-3", CENTRAL, MASK, day(3), "0.2"));
    CordonValidationException e = refusal(() -> storage.stock().put(
        TckData.consumption("m-4", CENTRAL, MASK, day(2), "0.001")));
    assertThat(e.violations().get(0).message()).contains("to -0.001", "after movement m-3", day(3).toString());
    storage.stock().put(TckData.receipt("m-5", CENTRAL, MASK, day(4), "999999999999.999"));
    storage.stock().put(TckData.consumption("m-6", CENTRAL, MASK, day(5), "999999999999.998"));
    assertRefusedAndNotStored(TckData.consumption("m-7", CENTRAL, MASK, day(4), "0.002"));
    assertThat(balance(CENTRAL, MASK)).isEqualByComparingTo("0.001");
  }

  /** The refusal says at which instant the balance goes negative, by how much, and at which movement. */
  @Test
  public void theRefusalSaysWhenAndByHowMuch() {
    storage.stock().put(TckData.receipt("m-1", CENTRAL, MASK, day(1), "100"));
    storage.stock().put(TckData.consumption("m-2", CENTRAL, MASK, day(5), "80"));
    CordonValidationException e = refusal(() -> storage.stock().put(
        TckData.consumption("m-3", CENTRAL, MASK, day(3), "30")));
    assertThat(e.violations()).hasSize(1);
    String english = e.violations().get(0).message();
    String chinese = e.violations().get(0).message(Locale.SIMPLIFIED_CHINESE);
    for (String message : List.of(english, chinese)) {
      assertThat(message).contains(day(5).toString(), "m-2", "-10", "10", CENTRAL, MASK);
    }
  }

  /**
   * A transfer is checked for its sender from its instant on; a correction that lowers what a
   * destination received is checked for the destination. Each would leave a positive final balance.
   */
  @Test
  public void aTransferIsCheckedForBothHoldersAtEveryInstant() {
    storage.stock().put(TckData.receipt("m-1", CENTRAL, MASK, day(1), "100"));
    StockMovement toUnit = TckData.transfer("m-2", CENTRAL, "u-1", MASK, day(2), "50");
    storage.stock().put(toUnit);
    storage.stock().put(TckData.consumption("m-3", "u-1", MASK, day(4), "50"));
    storage.stock().put(TckData.receipt("m-4", "u-1", MASK, day(6), "10"));
    storage.stock().put(TckData.receipt("m-5", CENTRAL, MASK, day(6), "10"));
    // u-1 would pass on on day 3 what it uses up on day 4
    assertRefusedAndNotStored(TckData.transfer("m-6", "u-1", "u-2", MASK, day(3), "1"));
    // u-1 would have received one less on day 2 than it uses on day 4
    assertRefusedAndNotStored(TckData.correctionOf(toUnit, "m-7", "49"));
    // the centre would send on day 1 more than it has before day 6
    assertRefusedAndNotStored(TckData.transfer("m-8", CENTRAL, "u-2", MASK, day(1), "51"));
    storage.stock().put(TckData.transfer("m-9", CENTRAL, "u-2", MASK, day(1), "50"));
    assertThat(balanceBefore(CENTRAL, MASK, day(3))).isEqualByComparingTo("0");
    assertThat(balance(CENTRAL, MASK)).isEqualByComparingTo("10");
    assertThat(balance("u-1", MASK)).isEqualByComparingTo("10");
    assertThat(balance("u-2", MASK)).isEqualByComparingTo("50");
    assertThat(balanceBefore("u-2", MASK, day(1).plusSeconds(1))).isEqualByComparingTo("50");
  }

  /**
   * A stocktake resets the running balance to the counted quantity: what happened before it cannot
   * make a point after it negative, and a stocktake that counts less than later movements take is
   * refused.
   */
  @Test
  public void aStocktakeResetsTheRunningBalance() {
    storage.stock().put(TckData.receipt("m-1", CENTRAL, MASK, day(1), "100"));
    storage.stock().put(TckData.stocktake("m-2", CENTRAL, MASK, day(3), "40"));
    storage.stock().put(TckData.consumption("m-3", CENTRAL, MASK, day(5), "30"));
    // before the count: 100 − 100 = 0 on day 2, reset to 40 on day 3
    storage.stock().put(TckData.consumption("m-4", CENTRAL, MASK, day(2), "100"));
    assertRefusedAndNotStored(TckData.consumption("m-5", CENTRAL, MASK, day(2), "0.001"));
    assertThat(balance(CENTRAL, MASK)).isEqualByComparingTo("10");
    // a count of 29 on day 4 would leave −1 on day 5; 30 leaves zero
    assertRefusedAndNotStored(TckData.stocktake("m-6", CENTRAL, MASK, day(4), "29"));
    storage.stock().put(TckData.stocktake("m-7", CENTRAL, MASK, day(4), "30"));
    assertThat(balance(CENTRAL, MASK)).isEqualByComparingTo("0");
    // a count of zero is a valid count
    storage.stock().put(TckData.stocktake("m-8", CENTRAL, MASK, day(6), "0"));
    assertRefusedAndNotStored(TckData.consumption("m-9", CENTRAL, MASK, day(7), "1"));
  }

  /** A stocktake of one lot changes the balance by the difference it counts in that lot, and is checked. */
  @Test
  public void aStocktakeOfOneLotIsChecked() {
    storage.stock().put(inLot(TckData.receipt("m-1", CENTRAL, MASK, day(1), "100"), "A"));
    storage.stock().put(inLot(TckData.receipt("m-2", CENTRAL, MASK, day(1), "20"), "B"));
    storage.stock().put(TckData.consumption("m-3", CENTRAL, MASK, day(5), "80"));
    storage.stock().put(inLot(TckData.receipt("m-4", CENTRAL, MASK, day(7), "20"), "C"));
    // lot A counted at 50 on day 3: 70 in all, 80 taken on day 5 → −10
    assertRefusedAndNotStored(inLot(TckData.stocktake("m-5", CENTRAL, MASK, day(3), "50"), "A"));
    storage.stock().put(inLot(TckData.stocktake("m-6", CENTRAL, MASK, day(3), "60"), "A"));
    assertThat(balanceBefore(CENTRAL, MASK, day(6))).isEqualByComparingTo("0");
    assertThat(balance(CENTRAL, MASK)).isEqualByComparingTo("20");
  }

  /**
   * Movements at the same instant count in order of id: a consumption whose id sorts before the
   * receipt's is refused, one whose id sorts after it is accepted.
   */
  @Test
  public void movementsAtTheSameInstantCountInOrderOfId() {
    storage.stock().put(TckData.receipt("m-b", CENTRAL, MASK, day(1), "10"));
    assertRefusedAndNotStored(TckData.consumption("m-a", CENTRAL, MASK, day(1), "10"));
    storage.stock().put(TckData.consumption("m-c", CENTRAL, MASK, day(1), "10"));
    assertThat(balanceBefore(CENTRAL, MASK, day(1).plusSeconds(1))).isEqualByComparingTo("0");
    // the same holds inside one batch
    assertThat(refusal(() -> storage.stock().putAll(List.of(
        TckData.receipt("n-2", "u-1", MASK, day(1), "10"),
        TckData.consumption("n-1", "u-1", MASK, day(1), "10")))).codes())
        .containsExactly("CORDON-SUPPLY-004");
    storage.stock().putAll(List.of(
        TckData.consumption("n-4", "u-1", MASK, day(1), "10"),
        TckData.receipt("n-3", "u-1", MASK, day(1), "10")));
    assertThat(balance("u-1", MASK)).isEqualByComparingTo("0");
  }

  /**
   * A batch is judged as a whole, in order of instant whatever the order of its list: a consumption
   * listed before the receipt that precedes it is accepted; a batch that overdraws any point of the
   * ledger, a point of its own included, stores nothing.
   */
  @Test
  public void aBatchIsJudgedInOrderOfInstantAtEveryPoint() {
    storage.stock().putAll(List.of(
        TckData.consumption("m-2", CENTRAL, MASK, day(2), "10"),
        TckData.receipt("m-1", CENTRAL, MASK, day(1), "10")));
    assertThat(balance(CENTRAL, MASK)).isEqualByComparingTo("0");

    List<StockMovement> overdrawsItself = List.of(
        TckData.receipt("m-3", "u-1", MASK, day(1), "10"),
        TckData.consumption("m-4", "u-1", MASK, day(3), "10"),
        TckData.consumption("m-5", "u-1", MASK, day(2), "1"));
    assertThat(refusal(() -> storage.stock().putAll(overdrawsItself)).codes())
        .containsExactly("CORDON-SUPPLY-004");
    List<StockMovement> overdrawsTheLedger = List.of(
        TckData.receipt("m-6", "u-1", MASK, day(1), "5"),
        TckData.consumption("m-7", CENTRAL, MASK, day(1), "1"));
    assertThat(refusal(() -> storage.stock().putAll(overdrawsTheLedger)).codes())
        .containsExactly("CORDON-SUPPLY-004");
    assertThat(list(storage.stock().of(UnitId.of("u-1"), SupplyItemId.of(MASK)))).isEmpty();
    assertThat(storage.stock().count()).isEqualTo(2);

    // exactly zero at every point is accepted
    storage.stock().putAll(List.of(
        TckData.consumption("m-9", "u-1", MASK, day(3), "4"),
        TckData.consumption("m-8", "u-1", MASK, day(2), "6"),
        TckData.receipt("m-10", "u-1", MASK, day(1), "10")));
    assertThat(balance("u-1", MASK)).isEqualByComparingTo("0");
  }

  /** The stored ledger never shows a negative balance at any instant, whatever was refused. */
  @Test
  public void noStoredPointIsNegative() {
    List<StockMovement> tries = new ArrayList<>();
    // receipts from day 6 on, then consumptions on every day, each an hour after that day's receipt
    for (int d = 6; d <= 11; d++) {
      tries.add(TckData.receipt("r-" + d, CENTRAL, MASK, day(d), "10"));
    }
    for (int d = 1; d <= 12; d++) {
      tries.add(TckData.consumption("c-" + d, CENTRAL, MASK, day(d).plusSeconds(3600), "10"));
    }
    for (StockMovement m : tries) {
      try {
        storage.stock().put(m);
      } catch (CordonValidationException e) {
        assertThat(e.codes()).containsExactly("CORDON-SUPPLY-004");
      }
    }
    assertThat(storage.stock().get(StockMovementId.of("c-1"))).isEmpty();
    assertThat(storage.stock().get(StockMovementId.of("c-6"))).isPresent();
    assertThat(balance(CENTRAL, MASK)).isEqualByComparingTo("0");
    for (int d = 1; d <= 13; d++) {
      assertThat(balanceBefore(CENTRAL, MASK, day(d))).as("day %s", d).isGreaterThanOrEqualTo(BigDecimal.ZERO);
    }
    Holding holding = new Holding(UnitId.of(CENTRAL), SupplyItemId.of(MASK));
    for (StockMovement m : list(storage.stock().of(holding.holder(), holding.item()))) {
      assertThat(balanceBefore(CENTRAL, MASK, m.at().plusNanos(1))).as("after %s", m.id())
          .isGreaterThanOrEqualTo(BigDecimal.ZERO);
    }
  }

  /** A sequence of movements between two holders, from small numbers a generator draws. */
  private static Gen<List<int[]>> movementSequences() {
    Gen<int[]> one = integers().between(0, 7).zip(integers().between(1, 4), integers().between(0, 10),
        integers().between(0, 99), (kind, day, quantity, salt) -> new int[] {kind, day, quantity, salt});
    return lists().of(one).ofSizeBetween(1, 14);
  }

  /**
   * The movements of one drawn sequence, of an item of their own: receipts, consumption, write-offs,
   * transfers both ways and stocktakes of two holders on four days, so that many share an instant;
   * ids drawn independently of the order of insertion and of the instants.
   */
  private static List<StockMovement> movements(List<int[]> drawn, String item) {
    List<StockMovement> out = new ArrayList<>();
    for (int i = 0; i < drawn.size(); i++) {
      int[] d = drawn.get(i);
      String id = String.format("%s-%02d-%02d", item, d[3], i);
      Instant when = day(d[1]);
      String quantity = Integer.toString(d[0] == 6 ? d[2] : Math.max(1, d[2]));
      out.add(switch (d[0]) {
        case 0 -> TckData.receipt(id, "u-a", item, when, quantity);
        case 1 -> TckData.receipt(id, "u-b", item, when, quantity);
        case 2 -> TckData.consumption(id, "u-a", item, when, quantity);
        case 3 -> TckData.writeOff(id, "u-b", item, when, quantity);
        case 4 -> TckData.transfer(id, "u-a", "u-b", item, when, quantity);
        case 5 -> TckData.transfer(id, "u-b", "u-a", item, when, quantity);
        case 6 -> TckData.stocktake(id, d[3] % 2 == 0 ? "u-a" : "u-b", item, when, quantity);
        default -> TckData.consumption(id, "u-b", item, when, quantity);
      });
    }
    return out;
  }

  /**
   * The running balances of {@code holder} after each movement, in order of instant then id: a plain
   * fold, independent of {@link StockBook}: a stocktake sets the balance, everything else adds or
   * takes its quantity.
   */
  private static List<BigDecimal> runningBalances(List<StockMovement> ledger, String holder) {
    UnitId unit = UnitId.of(holder);
    List<StockMovement> ordered = new ArrayList<>(ledger);
    ordered.sort(Comparator.comparing(StockMovement::at).thenComparing(m -> m.id().value()));
    List<BigDecimal> out = new ArrayList<>();
    BigDecimal balance = BigDecimal.ZERO;
    for (StockMovement m : ordered) {
      boolean mine = m.holder().equals(unit) || m.destination().filter(unit::equals).isPresent();
      if (!mine) {
        continue;
      }
      balance = m.kind() == MovementKind.STOCKTAKE ? m.quantity()
          : balance.add(m.signedQuantityFor(unit));
      out.add(balance);
    }
    return out;
  }

  /** Whether no running balance of either holder is negative in {@code ledger}. */
  private static boolean neverNegative(List<StockMovement> ledger) {
    return Stream.of("u-a", "u-b").flatMap(h -> runningBalances(ledger, h).stream())
        .allMatch(b -> b.signum() >= 0);
  }

  private final AtomicInteger examples = new AtomicInteger();

  /** Checks the stored ledger of {@code item} against the movements the model accepted. */
  private void assertStoredAsAccepted(String item, List<StockMovement> accepted) {
    SupplyItemId id = SupplyItemId.of(item);
    Set<StockMovement> stored = new HashSet<>(list(storage.stock().of(UnitId.of("u-a"), id)));
    stored.addAll(list(storage.stock().of(UnitId.of("u-b"), id)));
    assertThat(stored).as("stored movements").containsExactlyInAnyOrderElementsOf(accepted);
    for (String holder : List.of("u-a", "u-b")) {
      List<StockMovement> ledger = list(storage.stock().of(UnitId.of(holder), id));
      // the stored ledger as a stock report reads it, right after each of its movements
      for (StockMovement m : ledger) {
        assertThat(StockBook.position(new Holding(UnitId.of(holder), id), ledger, m.at().plusNanos(1))
            .balance()).as("%s after %s", holder, m.id()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
      }
      List<BigDecimal> running = runningBalances(accepted, holder);
      BigDecimal expected = running.isEmpty() ? BigDecimal.ZERO : running.get(running.size() - 1);
      assertThat(balance(holder, item)).as("balance of %s", holder).isEqualByComparingTo(expected);
    }
  }

  /**
   * Property: movements put one by one, in any order, are accepted exactly when the ledger with them
   * has no negative running balance at any instant (a plain fold decides, not the provider); the
   * stored ledger is the accepted movements, never negative at any instant, and each balance is the
   * last stocktake plus the movements after it.
   */
  @Test
  public void everyPutIsJudgedAsTheRunningBalanceDemands() {
    qt().withExamples(150).forAll(movementSequences()).checkAssert(drawn -> {
      String item = "i-prop-" + examples.incrementAndGet();
      List<StockMovement> accepted = new ArrayList<>();
      for (StockMovement m : movements(drawn, item)) {
        List<StockMovement> candidate = new ArrayList<>(accepted);
        candidate.add(m);
        boolean verdict = neverNegative(candidate);
        boolean stored;
        try {
          storage.stock().put(m);
          stored = true;
        } catch (CordonValidationException e) {
          assertThat(e.codes()).containsExactly("CORDON-SUPPLY-004");
          stored = false;
        }
        assertThat(stored).as("%s accepted, after %s", m, accepted).isEqualTo(verdict);
        if (stored) {
          accepted.add(m);
        }
      }
      assertStoredAsAccepted(item, accepted);
    });
  }

  /**
   * Property: a batch, in any order, is stored whole exactly when the ledger with all of it has no
   * negative running balance at any instant, and otherwise not at all.
   */
  @Test
  public void aBatchIsStoredWholeExactlyWhenNoPointGoesNegative() {
    qt().withExamples(100).forAll(movementSequences(), movementSequences()).checkAssert((first, second) -> {
      String item = "i-prop-" + examples.incrementAndGet();
      List<StockMovement> accepted = new ArrayList<>();
      List<StockMovement> batch1 = movements(first, item);
      List<StockMovement> batch2 = new ArrayList<>();
      for (StockMovement m : movements(second, item)) {
        batch2.add(StockMovement.builder().from(m).id(StockMovementId.of("q" + m.id().value())).build());
      }
      for (List<StockMovement> batch : List.of(batch1, batch2)) {
        List<StockMovement> candidate = new ArrayList<>(accepted);
        candidate.addAll(batch);
        boolean verdict = neverNegative(candidate);
        boolean stored;
        try {
          storage.stock().putAll(batch);
          stored = true;
        } catch (CordonValidationException e) {
          assertThat(e.codes()).containsExactly("CORDON-SUPPLY-004");
          stored = false;
        }
        assertThat(stored).as("batch %s accepted, after %s", batch, accepted).isEqualTo(verdict);
        if (stored) {
          accepted.addAll(batch);
        }
      }
      assertStoredAsAccepted(item, accepted);
    });
  }
}

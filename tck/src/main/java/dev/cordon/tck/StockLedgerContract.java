package dev.cordon.tck;

import static dev.cordon.tck.TckData.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.org.UnitId;
import dev.cordon.core.storage.StockLedger;
import dev.cordon.core.supply.Holding;
import dev.cordon.core.supply.StockBook;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.validation.CordonValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The prevention-supply ledger ({@link StockLedger}): a movement that would make the balance of
 * the holder it takes from negative is refused ({@code CORDON-SUPPLY-004}) and nothing is stored;
 * balances follow {@link StockBook} over {@code of(holder, item)}, corrections included;
 * {@code holdings()} lists each (holder, item) pair once. Every movement here is dated after the
 * stock it takes, so the balance never dips below zero at an earlier instant.
 */
public abstract class StockLedgerContract extends StorageContract {
  private static final Instant T = at("2021-10-25T09:00");
  private static final String CENTRAL = "u-central";
  private static final String MASK = "i-mask";

  /** The balance of {@code holder}'s {@code item}, by StockBook over the ledger's movements. */
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
}

package dev.cordon.tck;

import static dev.cordon.tck.TckData.at;
import static dev.cordon.tck.TckData.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.validation.CordonValidationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The transaction boundary ({@link Storage#inTransaction}): every write of the work is stored
 * together when it returns, and none when it throws — puts, updates and ledger writes alike; the
 * work reads its own writes; a nested call runs inside the outer transaction (a savepoint: see
 * {@link StorageCoreContract}).
 */
public abstract class TransactionContract extends StorageContract {
  private static final Instant T = at("2021-10-25T09:00");

  /** The work's writes are all stored when it returns, and its result is passed back. */
  @Test
  public void inTransactionCommitsWhenTheWorkReturns() {
    Unit unit = TckData.unit("u-1", "包头供热分公司");
    Entry entry = TckData.visitorEntry("e-1", "s-001", TckData.ALATAN_BATER, T);
    StockMovement receipt = TckData.receipt("m-1", "u-1", "i-mask", T, "100");
    String result = storage.inTransaction(() -> {
      storage.units().put(unit);
      storage.entries().put(entry);
      storage.stock().put(receipt);
      return "done";
    });
    assertThat(result).isEqualTo("done");
    assertThat(storage.units().get(unit.id())).contains(unit);
    assertThat(storage.entries().get(entry.id())).contains(entry);
    assertThat(storage.stock().get(receipt.id())).contains(receipt);
  }

  /** The Runnable form commits too. */
  @Test
  public void inTransactionOfARunnableCommits() {
    Unit unit = TckData.unit("u-1", "包头供热分公司");
    storage.inTransaction(() -> {
      storage.units().put(unit);
    });
    assertThat(storage.units().get(unit.id())).contains(unit);
  }

  /** When the work throws, none of its writes is stored — puts, updates and ledger rows — and the exception comes out. */
  @Test
  public void inTransactionRollsBackEveryWriteWhenTheWorkThrows() {
    Unit before = TckData.unit("u-1", "包头供热分公司");
    storage.units().put(before);
    Unit renamed = Unit.builder().from(before).name("包头热力公司").build();
    Unit added = TckData.unit("u-2", "阿拉坦·巴特尔工作室");
    Entry entry = TckData.visitorEntry("e-1", "s-001", TckData.O_NEILL, T);
    StockMovement receipt = TckData.receipt("m-1", "u-1", "i-mask", T, "100");
    Finding finding = TckData.finding("f-1", "s-001", day("2021-10-25"));
    RuntimeException boom = new IllegalStateException("boom");

    Throwable thrown = catchThrowable(() -> storage.inTransaction(() -> {
      storage.units().update(renamed);
      storage.units().put(added);
      storage.entries().put(entry);
      storage.stock().put(receipt);
      storage.findings().put(finding);
      throw boom;
    }));

    assertThat(causes(thrown, boom)).as("the work's exception comes out of inTransaction: %s", thrown)
        .isTrue();
    assertThat(storage.units().get(before.id())).contains(before);
    assertThat(storage.units().history(before.id())).containsExactly(before);
    assertThat(storage.units().get(added.id())).isEmpty();
    assertThat(storage.units().count()).isEqualTo(1);
    assertThat(storage.entries().count()).isZero();
    assertThat(list(storage.entries().all())).isEmpty();
    assertThat(storage.stock().get(receipt.id())).isEmpty();
    assertThat(list(storage.stock().holdings())).isEmpty();
    assertThat(storage.findings().count()).isZero();
  }

  /** A refusal inside the work (CORDON-SUPPLY-004) rolls back the work's earlier writes and comes out unchanged. */
  @Test
  public void aRefusalInsideTheWorkRollsBackItsEarlierWrites() {
    Unit unit = TckData.unit("u-1", "包头供热分公司");
    StockMovement overdraw = TckData.consumption("m-1", "u-1", "i-mask", T, "1");
    Throwable thrown = catchThrowable(() -> storage.inTransaction(() -> {
      storage.units().put(unit);
      storage.stock().put(overdraw);
    }));
    assertThat(thrown).isInstanceOf(CordonValidationException.class);
    assertThat(((CordonValidationException) thrown).codes()).contains("CORDON-SUPPLY-004");
    assertThat(storage.units().get(unit.id())).isEmpty();
  }

  /** Inside the work, its own writes are visible: a consumption may use a receipt of the same transaction. */
  @Test
  public void theWorkReadsItsOwnWrites() {
    Unit unit = TckData.unit("u-1", "包头供热分公司");
    storage.inTransaction(() -> {
      storage.units().put(unit);
      assertThat(storage.units().get(unit.id())).contains(unit);
      storage.stock().put(TckData.receipt("m-1", "u-1", "i-mask", T, "10"));
      storage.stock().put(TckData.consumption("m-2", "u-1", "i-mask", T.plusSeconds(60), "10"));
      assertThat(list(storage.stock().of(UnitId.of("u-1"), SupplyItemId.of("i-mask")))).hasSize(2);
    });
    assertThat(storage.stock().count()).isEqualTo(2);
  }

  /** A nested call joins the outer transaction: when the outer work throws, the inner writes go too. */
  @Test
  public void nestedTransactionsJoinTheOuterOne() {
    Unit outer = TckData.unit("u-1", "包头供热分公司");
    Unit inner = TckData.unit("u-2", "额济纳旗供热站");
    RuntimeException boom = new IllegalStateException("boom");
    Throwable thrown = catchThrowable(() -> storage.inTransaction(() -> {
      storage.units().put(outer);
      storage.inTransaction(() -> {
        storage.units().put(inner);
      });
      throw boom;
    }));
    assertThat(causes(thrown, boom)).as("the work's exception comes out: %s", thrown).isTrue();
    assertThat(storage.units().get(outer.id())).isEmpty();
    assertThat(storage.units().get(inner.id())).isEmpty();
    assertThat(storage.units().count()).isZero();
  }

  /** Whether {@code thrown} is {@code cause} or has it in its chain of causes. */
  private static boolean causes(Throwable thrown, Throwable cause) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t == cause) {
        return true;
      }
    }
    return false;
  }
}

package dev.cordon.tck;

import static dev.cordon.tck.TckData.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.storage.WriteOutcome;
import dev.cordon.core.supply.Holding;
import dev.cordon.core.supply.StockBook;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.validation.CordonValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

/**
 * A storage is thread-safe: the no-negative-balance check of the stock ledger holds when several
 * writers race ({@code CORDON-SUPPLY-004}, refused atomically), and idempotent writes stay
 * idempotent when the same records are written at once. Each test runs {@value #WRITERS} writer
 * threads released together.
 */
public abstract class ConcurrencyContract extends StorageContract {
  /** The number of concurrent writers. */
  protected static final int WRITERS = 8;
  private static final Instant T = at("2021-10-25T09:00");
  private static final String CENTRAL = "u-central";
  private static final String MASK = "i-mask";

  /**
   * 8 writers each try 10 consumptions of 3 against a receipt of 100 (240 asked for): some are
   * refused with CORDON-SUPPLY-004, the final balance equals the receipt minus the accepted
   * consumptions, is never negative, and is less than 3 (nothing was refused while it fitted).
   *
   * @throws Exception when the subject under test fails
   */
  @Test
  public void concurrentConsumptionsNeverOverdrawAStock() throws Exception {
    storage.stock().put(TckData.receipt("m-receipt", CENTRAL, MASK, T, "100"));
    AtomicLong accepted = new AtomicLong();
    AtomicInteger acceptedCount = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    List<Throwable> unexpected = run(w -> {
      for (int j = 0; j < 10; j++) {
        StockMovement m = TckData.consumption(String.format("m-w%d-%02d", w, j), CENTRAL, MASK,
            T.plusSeconds(60 + w * 100L + j), "3");
        try {
          storage.stock().put(m);
          accepted.addAndGet(3);
          acceptedCount.incrementAndGet();
        } catch (CordonValidationException e) {
          if (!e.codes().contains("CORDON-SUPPLY-004")) {
            throw e;
          }
          refused.incrementAndGet();
        }
      }
    });
    assertThat(unexpected).as("exceptions other than CORDON-SUPPLY-004").isEmpty();
    assertThat(refused.get()).as("refused consumptions").isPositive();
    BigDecimal balance = balance(CENTRAL, MASK);
    assertThat(balance).as("balance").isEqualByComparingTo(BigDecimal.valueOf(100 - accepted.get()));
    assertThat(balance).as("balance").isNotNegative().isLessThan(new BigDecimal("3"));
    assertThat(storage.stock().count()).isEqualTo(1 + acceptedCount.get());
  }

  /**
   * 8 writers each try 10 back-dated consumptions of 1 between a receipt of 100 and a consumption of
   * 60 nine days later, with another receipt of 100 after that: every one fits at its own date and
   * in the final balance, but only 40 fit before the consumption of 60, so exactly 40 are accepted
   * and no point of the ledger goes negative.
   *
   * @throws Exception when the subject under test fails
   */
  @Test
  public void concurrentBackDatedConsumptionsNeverOverdrawALaterPoint() throws Exception {
    storage.stock().putAll(List.of(
        TckData.receipt("m-receipt", CENTRAL, MASK, T, "100"),
        TckData.consumption("m-later", CENTRAL, MASK, T.plusSeconds(9 * 86_400L), "60"),
        TckData.receipt("m-refill", CENTRAL, MASK, T.plusSeconds(20 * 86_400L), "100")));
    AtomicInteger acceptedCount = new AtomicInteger();
    List<Throwable> unexpected = run(w -> {
      for (int j = 0; j < 10; j++) {
        StockMovement m = TckData.consumption(String.format("m-w%d-%02d", w, j), CENTRAL, MASK,
            T.plusSeconds(86_400L * (1 + (w + j) % 8) + w * 100L + j), "1");
        try {
          storage.stock().put(m);
          acceptedCount.incrementAndGet();
        } catch (CordonValidationException e) {
          if (!e.codes().contains("CORDON-SUPPLY-004")) {
            throw e;
          }
        }
      }
    });
    assertThat(unexpected).as("exceptions other than CORDON-SUPPLY-004").isEmpty();
    assertThat(acceptedCount.get()).as("accepted back-dated consumptions").isEqualTo(40);
    Holding holding = new Holding(UnitId.of(CENTRAL), SupplyItemId.of(MASK));
    assertThat(StockBook.firstShortfall(holding,
        list(storage.stock().of(holding.holder(), holding.item())), null)).isEmpty();
    assertThat(balance(CENTRAL, MASK)).isEqualByComparingTo("100");
  }

  /**
   * 8 writers each try 5 transfers of 5 from one holder to their own unit (200 asked for, 100
   * held): the sender never goes negative and what left it arrived at the destinations.
   *
   * @throws Exception when the subject under test fails
   */
  @Test
  public void concurrentTransfersNeverOverdrawTheSender() throws Exception {
    storage.stock().put(TckData.receipt("m-receipt", CENTRAL, MASK, T, "100"));
    AtomicInteger[] arrived = new AtomicInteger[WRITERS];
    for (int w = 0; w < WRITERS; w++) {
      arrived[w] = new AtomicInteger();
    }
    List<Throwable> unexpected = run(w -> {
      for (int j = 0; j < 5; j++) {
        StockMovement m = TckData.transfer(String.format("m-w%d-%02d", w, j), CENTRAL, "u-" + w,
            MASK, T.plusSeconds(60 + w * 100L + j), "5");
        try {
          storage.stock().put(m);
          arrived[w].addAndGet(5);
        } catch (CordonValidationException e) {
          if (!e.codes().contains("CORDON-SUPPLY-004")) {
            throw e;
          }
        }
      }
    });
    assertThat(unexpected).as("exceptions other than CORDON-SUPPLY-004").isEmpty();
    int sent = 0;
    for (int w = 0; w < WRITERS; w++) {
      assertThat(balance("u-" + w, MASK)).as("u-%d", w).isEqualByComparingTo(BigDecimal.valueOf(arrived[w].get()));
      sent += arrived[w].get();
    }
    assertThat(sent).isEqualTo(100);
    assertThat(balance(CENTRAL, MASK)).isEqualByComparingTo(BigDecimal.ZERO);
  }

  /**
   * 8 writers importing the same 200 entries at once store each exactly once.
   *
   * @throws Exception when the subject under test fails
   */
  @Test
  public void concurrentWritesOfTheSameRecordsStoreEachOnce() throws Exception {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      entries.add(TckData.employeeEntry(String.format("e-%03d", i), "s-001",
          String.format("p-%02d", i % 50), T.plusSeconds(i)));
    }
    AtomicInteger stored = new AtomicInteger();
    List<Throwable> unexpected = run(w -> {
      List<Entry> mine = new ArrayList<>(entries);
      Collections.rotate(mine, w * 25);
      for (Entry e : mine) {
        if (storage.entries().put(e) == WriteOutcome.STORED) {
          stored.incrementAndGet();
        }
      }
    });
    assertThat(unexpected).isEmpty();
    assertThat(stored.get()).as("writes that reported STORED").isEqualTo(200);
    assertThat(storage.entries().count()).isEqualTo(200);
    assertThat(list(storage.entries().all())).containsExactlyElementsOf(entries);
  }

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

  /** Runs {@code writer} on {@value #WRITERS} threads released together; returns what they threw. */
  private static List<Throwable> run(IntConsumer writer) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    CountDownLatch ready = new CountDownLatch(WRITERS);
    CountDownLatch go = new CountDownLatch(1);
    List<Throwable> thrown = Collections.synchronizedList(new ArrayList<>());
    try {
      for (int w = 0; w < WRITERS; w++) {
        int writerNo = w;
        pool.execute(() -> {
          ready.countDown();
          try {
            go.await();
            writer.accept(writerNo);
          } catch (Throwable t) {
            thrown.add(t);
          }
        });
      }
      ready.await();
      go.countDown();
    } finally {
      pool.shutdown();
    }
    assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).as("writers finished in time").isTrue();
    return thrown;
  }
}

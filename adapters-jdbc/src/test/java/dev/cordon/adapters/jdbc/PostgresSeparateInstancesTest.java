package dev.cordon.adapters.jdbc;

import static dev.cordon.tck.TckData.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.org.UnitId;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.supply.Holding;
import dev.cordon.core.supply.StockBook;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.tck.TckData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The negative-balance guard across separate storages — each with its own connection pool, as
 * separate application instances sharing one PostgreSQL would have — writing at once.
 */
class PostgresSeparateInstancesTest {
  private static final int INSTANCES = 3;
  private static final int THREADS_PER_INSTANCE = 4;
  private static final Instant T = at("2021-10-25T09:00");
  private final List<JdbcStorage> instances = new ArrayList<>();

  @BeforeEach
  void openInstances() {
    String url = PostgresServer.get().newDatabase("instances");
    for (int i = 0; i < INSTANCES; i++) {
      instances.add(JdbcStorage.open(url, PostgresServer.get().options().withPoolSize(THREADS_PER_INSTANCE)));
    }
  }

  @AfterEach
  void closeInstances() {
    instances.forEach(JdbcStorage::close);
  }

  static BigDecimal balance(Storage s, String holder, String item) {
    try (Stream<StockMovement> movements = s.stock().of(UnitId.of(holder), SupplyItemId.of(item))) {
      return StockBook.position(new Holding(UnitId.of(holder), SupplyItemId.of(item)), movements.toList(), null)
          .balance();
    }
  }

  /** Runs {@code work(instance, writer)} on every writer of every instance, released together. */
  List<Throwable> race(Writer work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(INSTANCES * THREADS_PER_INSTANCE);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < INSTANCES; i++) {
      for (int w = 0; w < THREADS_PER_INSTANCE; w++) {
        int instance = i;
        int writer = i * THREADS_PER_INSTANCE + w;
        futures.add(pool.submit(() -> {
          start.await();
          work.write(instances.get(instance), writer);
          return null;
        }));
      }
    }
    start.countDown();
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    for (Future<?> f : futures) {
      try {
        f.get(120, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException e) {
        failures.add(e.getCause());
      }
    }
    pool.shutdown();
    return failures;
  }

  @FunctionalInterface
  interface Writer {
    void write(Storage storage, int writer) throws Exception;
  }

  @Test
  void consumptionsFromSeparateInstancesNeverOverdrawAStock() throws Exception {
    instances.get(0).stock().put(TckData.receipt("m-receipt", "central", "mask", T, "100"));
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    List<Throwable> failures = race((s, w) -> {
      for (int j = 0; j < 10; j++) {
        try {
          s.stock().put(TckData.consumption(String.format("m-%02d-%02d", w, j), "central", "mask",
              T.plusSeconds(60 + w * 100L + j), "3"));
          accepted.incrementAndGet();
        } catch (CordonValidationException e) {
          assertThat(e.codes()).contains("CORDON-SUPPLY-004");
          refused.incrementAndGet();
        }
      }
    });
    assertThat(failures).isEmpty();
    assertThat(refused.get()).isPositive();
    for (JdbcStorage s : instances) {
      BigDecimal balance = balance(s, "central", "mask");
      assertThat(balance).isEqualByComparingTo(BigDecimal.valueOf(100 - 3L * accepted.get()));
      assertThat(balance).isNotNegative().isLessThan(new BigDecimal("3"));
    }
    assertThat(instances.get(2).stock().count()).isEqualTo(1 + accepted.get());
  }

  @Test
  void transfersBothWaysBetweenTwoHoldersNeitherDeadlockNorLoseStock() throws Exception {
    instances.get(0).stock().putAll(List.of(TckData.receipt("r-a", "unit-a", "mask", T, "50"),
        TckData.receipt("r-b", "unit-b", "mask", T, "50")));
    AtomicInteger refused = new AtomicInteger();
    List<Throwable> failures = race((s, w) -> {
      String from = w % 2 == 0 ? "unit-a" : "unit-b";
      String to = w % 2 == 0 ? "unit-b" : "unit-a";
      for (int j = 0; j < 8; j++) {
        try {
          s.stock().put(TckData.transfer(String.format("t-%02d-%02d", w, j), from, to, "mask",
              T.plusSeconds(60 + w * 100L + j), "4"));
        } catch (CordonValidationException e) {
          assertThat(e.codes()).contains("CORDON-SUPPLY-004");
          refused.incrementAndGet();
        }
      }
    });
    assertThat(failures).isEmpty();
    BigDecimal a = balance(instances.get(1), "unit-a", "mask");
    BigDecimal b = balance(instances.get(2), "unit-b", "mask");
    assertThat(a).isNotNegative();
    assertThat(b).isNotNegative();
    assertThat(a.add(b)).isEqualByComparingTo("100");
  }

  @Test
  void theSameImportFromSeparateInstancesStoresEveryRecordOnce() throws Exception {
    List<dev.cordon.core.entry.Entry> entries = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      entries.add(TckData.employeeEntry(String.format("E-%04d", i), "s1", "emp-" + i % 7, T.plusSeconds(i)));
    }
    AtomicInteger stored = new AtomicInteger();
    List<Throwable> failures = race((s, w) -> stored.addAndGet(s.entries().putAll(entries).stored()));
    assertThat(failures).isEmpty();
    assertThat(stored.get()).isEqualTo(200);
    assertThat(instances.get(0).entries().count()).isEqualTo(200);
  }
}

package dev.cordon.core.supply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.org.UnitId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Days of cover (可保障天數) and the run-out forecast (斷供預測). */
class SupplyCoverTest {
  static final UnitId HALL = UnitId.of("U-HALL");
  static final SupplyItemId MASK = SupplyItemId.of("MASK");
  static final Holding H = new Holding(HALL, MASK);
  static final LocalDate DAY = LocalDate.of(2021, 10, 25);

  private static Lot lot(String name, String expiry, String quantity) {
    return new Lot(Optional.ofNullable(name), Optional.ofNullable(expiry).map(LocalDate::parse), new BigDecimal(quantity));
  }

  private static StockPosition position(Lot... lots) {
    return new StockPosition(H, List.of(lots).stream().map(Lot::quantity).reduce(BigDecimal.ZERO, BigDecimal::add),
        List.of(lots));
  }

  @Test
  void daysOfCoverAreUsableBalanceOverNormTimesHeadcountWithoutExpiredLots() {
    // 1,000 usable (the 500 expired do not count) at 2 masks × 40 heads = 80 a day → 12.5 days
    SupplyCover c = SupplyCover.of(position(lot("OLD", "2021-10-20", "500"), lot("NEW", "2022-10-20", "1000")),
        DAY, new BigDecimal("2"), 40);
    assertThat(c.usable()).isEqualByComparingTo("1000");
    assertThat(c.expired()).isEqualByComparingTo("500");
    assertThat(c.dailyUse()).isEqualByComparingTo("80");
    assertThat(c.days()).contains(new BigDecimal("12.5"));
    assertThat(c.isBelow(30)).isTrue();
    assertThat(c.isBelow(12)).isFalse();
    // 30 days × 80 = 2,400; 1,400 short
    assertThat(c.shortfall(30)).isEqualTo(1_400);
    assertThat(c.shortfall(10)).isZero();
  }

  @Test
  void daysAreRoundedDownSoCoverIsNeverOverstated() {
    SupplyCover c = SupplyCover.of(position(lot(null, null, "100")), DAY, new BigDecimal("3"), 1);
    assertThat(c.days()).contains(new BigDecimal("33.3"));
    assertThat(c.isBelow(34)).isTrue();
    // 0.01 L × 7 heads × 30 days = 2.1 L, less 0 → 3 whole units
    SupplyCover sanitiser = SupplyCover.of(position(), DAY, new BigDecimal("0.01"), 7);
    assertThat(sanitiser.shortfall(30)).isEqualTo(3);
  }

  @Test
  void withoutConsumptionTheCoverIsUnbounded() {
    SupplyCover c = SupplyCover.of(position(lot(null, null, "10")), DAY, BigDecimal.ZERO, 40);
    assertThat(c.days()).isEmpty();
    assertThat(c.isBelow(30)).isFalse();
    assertThat(SupplyCover.of(position(), DAY, new BigDecimal("2"), 0).days()).isEmpty();
  }

  @Test
  void runOutComesFromTheRateAndTheLotsFirstExpiredFirstOut() {
    // 100 a day: the lot expiring on 10-26 covers two days (10-25, 10-26) and 300 of it expire unused
    RunOutForecast f = RunOutForecast.of(position(lot("A", "2021-10-26", "500"), lot("B", null, "250")),
        DAY, new BigDecimal("100"));
    assertThat(f.usable()).isEqualByComparingTo("750");
    assertThat(f.expiringUnused()).isEqualByComparingTo("300");
    assertThat(f.daysLeft()).contains(new BigDecimal("4.5"));
    assertThat(f.runOutOn()).contains(LocalDate.of(2021, 10, 29));
  }

  @Test
  void withoutExpiryTheStockLastsBalanceOverRate() {
    RunOutForecast f = RunOutForecast.of(position(lot(null, null, "1000")), DAY, new BigDecimal("80"));
    assertThat(f.daysLeft()).contains(new BigDecimal("12.5"));
    assertThat(f.runOutOn()).contains(DAY.plusDays(12));
    assertThat(f.expiringUnused()).isEqualByComparingTo("0");
  }

  @Test
  void alreadyExpiredLotsAreNotStockAndAZeroRateNeverRunsOut() {
    RunOutForecast f = RunOutForecast.of(position(lot("X", "2021-10-01", "900"), lot("Y", "2022-01-01", "10")),
        DAY, BigDecimal.ZERO);
    assertThat(f.usable()).isEqualByComparingTo("10");
    assertThat(f.daysLeft()).isEmpty();
    assertThat(f.runOutOn()).isEmpty();
    assertThat(f.expiringUnused()).isEqualByComparingTo("10");
  }

  @Test
  void theRateCountsOnlyTheHoldersConsumptionInTheWindow() {
    Instant from = Instant.parse("2021-10-18T00:00:00Z");
    Instant to = Instant.parse("2021-10-25T00:00:00Z");
    List<StockMovement> ms = List.of(
        move("C1", MovementKind.CONSUMPTION, "2021-10-18T00:00:00Z", HALL, null, "300"),
        move("C2", MovementKind.CONSUMPTION, "2021-10-24T23:59:59Z", HALL, null, "400"),
        move("C3", MovementKind.CONSUMPTION, "2021-10-25T00:00:00Z", HALL, null, "999"),
        move("C4", MovementKind.CONSUMPTION, "2021-10-17T23:59:59Z", HALL, null, "999"),
        move("T1", MovementKind.TRANSFER, "2021-10-20T00:00:00Z", HALL, UnitId.of("U-X"), "999"),
        move("W1", MovementKind.WRITE_OFF, "2021-10-20T00:00:00Z", HALL, null, "999"),
        move("C5", MovementKind.CONSUMPTION, "2021-10-20T00:00:00Z", UnitId.of("U-X"), null, "999"));
    assertThat(RunOutForecast.dailyRate(ms, HALL, MASK, from, to, 7)).isEqualByComparingTo("100");
  }

  private static StockMovement move(String id, MovementKind kind, String at, UnitId holder, UnitId to, String q) {
    StockMovement.Builder b = StockMovement.builder().id(StockMovementId.of(id)).item(MASK).kind(kind)
        .at(Instant.parse(at)).holder(holder).quantity(new BigDecimal(q));
    if (to != null) {
      b.destination(to);
    }
    return b.build();
  }
}

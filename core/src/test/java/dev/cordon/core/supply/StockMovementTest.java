package dev.cordon.core.supply;

import static dev.cordon.core.Rejections.rejected;
import static dev.cordon.core.Rejections.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.Samples;
import dev.cordon.core.org.UnitId;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StockMovementTest {
  private static StockMovement.Builder transfer() {
    return StockMovement.builder().from(Samples.transfer());
  }

  @Test
  void aSampleExistsForEveryKind() {
    for (MovementKind k : MovementKind.values()) {
      assertThat(Samples.movement(k).kind()).isEqualTo(k);
    }
  }

  @Test
  void aTransferWithoutDestinationIsSupply002() {
    rejectedWith(() -> transfer().destination(Optional.empty()).build(), "CORDON-SUPPLY-002", "destination");
  }

  @Test
  void aTransferToItsOwnHolderIsSupply003() {
    var v = rejectedWith(() -> transfer().destination(Samples.groupId()).build(), "CORDON-SUPPLY-003", "destination");
    assertThat(v.value()).contains(Samples.groupId().value());
  }

  @Test
  void aDestinationOnAnythingButATransferIsSupply002() {
    rejectedWith(() -> StockMovement.builder().from(Samples.receipt()).destination(Samples.branchId()).build(),
        "CORDON-SUPPLY-002", "destination");
  }

  @Test
  void aQuantityOfZeroIsSupply001ExceptForAStocktake() {
    rejectedWith(() -> transfer().quantity(BigDecimal.ZERO).build(), "CORDON-SUPPLY-001", "quantity");
    StockMovement counted = StockMovement.builder().from(Samples.movement(MovementKind.STOCKTAKE))
        .quantity(BigDecimal.ZERO).build();
    assertThat(counted.quantity()).isZero();
  }

  @Test
  void aNegativeQuantityIsRejectedForEveryKind() {
    for (MovementKind k : MovementKind.values()) {
      var e = rejected(() -> StockMovement.builder().from(Samples.movement(k)).quantity(new BigDecimal("-1")).build());
      assertThat(e.violations()).extracting(v -> v.code() + " @ " + v.field())
          .as(k.name()).contains("CORDON-VALUE-009 @ quantity");
      if (k != MovementKind.STOCKTAKE) {
        assertThat(e.codes()).as(k.name()).contains("CORDON-SUPPLY-001");
      }
    }
  }

  @Test
  void aQuantityHasAtMostThreeDecimalsAndTwelveIntegerDigits() {
    assertThat(transfer().quantity(new BigDecimal("0.001")).build().quantity()).isEqualByComparingTo("0.001");
    assertThat(transfer().quantity(new BigDecimal("999999999999.999")).build().quantity()).isNotNull();
    rejectedWith(() -> transfer().quantity(new BigDecimal("0.0001")).build(), "CORDON-VALUE-011", "quantity");
    rejectedWith(() -> transfer().quantity(new BigDecimal("1000000000000")).build(), "CORDON-VALUE-011", "quantity");
  }

  @Test
  void anEmptyLotOrNoteIsRejected() {
    rejectedWith(() -> transfer().lot("").build(), "CORDON-VALUE-003", "lot");
    rejectedWith(() -> transfer().note("").build(), "CORDON-VALUE-003", "note");
    rejectedWith(() -> transfer().lot("L".repeat(101)).build(), "CORDON-VALUE-003", "lot");
  }

  @Test
  void aTransferMovesStockFromHolderToDestinationOnly() {
    StockMovement t = Samples.transfer();
    assertThat(t.signedQuantityFor(Samples.groupId())).isEqualByComparingTo("-100");
    assertThat(t.signedQuantityFor(Samples.branchId())).isEqualByComparingTo("100");
    assertThat(t.signedQuantityFor(UnitId.of("U-OTHER"))).isZero();
    assertThat(Samples.receipt().signedQuantityFor(Samples.groupId())).isEqualByComparingTo("100");
    assertThat(Samples.movement(MovementKind.CONSUMPTION).signedQuantityFor(Samples.groupId())).isEqualByComparingTo("-100");
    assertThat(Samples.movement(MovementKind.WRITE_OFF).signedQuantityFor(Samples.groupId())).isEqualByComparingTo("-100");
    assertThat(Samples.movement(MovementKind.STOCKTAKE).signedQuantityFor(Samples.groupId())).isZero();
  }

  @Test
  void aSupplyItemNeedsANameAndAShortUnitOfMeasure() {
    rejectedWith(() -> SupplyItem.builder().from(Samples.masks()).name(" ").build(), "CORDON-VALUE-002", "name");
    rejectedWith(() -> SupplyItem.builder().from(Samples.masks()).unitOfMeasure("个".repeat(21)).build(),
        "CORDON-VALUE-003", "unitOfMeasure");
    assertThat(SupplyItem.builder().from(Samples.masks()).unitOfMeasure("个".repeat(20)).build()).isNotNull();
  }
}

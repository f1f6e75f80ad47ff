package dev.cordon.core.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Largest-remainder apportionment (最大餘額法): exact, capped, monotone. */
class ApportionmentTest {

  @Test
  void sharesSumToTheTotalCappedAtTheSumOfCapsAndNeverExceedACap() {
    qt().withExamples(1000)
        .forAll(longs().between(0, 5_000), lists().of(integers().between(0, 800)).ofSizeBetween(0, 12))
        .checkAssert((total, ws) -> {
          List<Long> w = ws.stream().map(Integer::longValue).toList();
          List<Long> shares = Apportionment.largestRemainder(total, w, w);
          long sum = shares.stream().mapToLong(Long::longValue).sum();
          assertThat(sum).isEqualTo(Math.min(total, w.stream().mapToLong(Long::longValue).sum()));
          for (int i = 0; i < w.size(); i++) {
            assertThat(shares.get(i)).isBetween(0L, w.get(i));
          }
        });
  }

  @Test
  void aLargerWeightNeverReceivesLess() {
    qt().withExamples(1000)
        .forAll(longs().between(0, 5_000), lists().of(integers().between(0, 800)).ofSizeBetween(1, 12))
        .checkAssert((total, ws) -> {
          List<Long> w = ws.stream().map(Integer::longValue).toList();
          List<Long> shares = Apportionment.largestRemainder(total, w, w);
          for (int i = 0; i < w.size(); i++) {
            for (int j = 0; j < w.size(); j++) {
              if (w.get(i) > w.get(j)) {
                assertThat(shares.get(i)).as("weights %s, shares %s", w, shares).isGreaterThanOrEqualTo(shares.get(j));
              }
            }
          }
        });
  }

  @Test
  void capsBelowTheQuotaAreHeldAndTheRestRedistributed() {
    qt().withExamples(500)
        .forAll(longs().between(0, 3_000), lists().of(integers().between(0, 500)).ofSizeBetween(1, 8),
            integers().between(0, 400))
        .checkAssert((total, ws, capAll) -> {
          List<Long> w = ws.stream().map(Integer::longValue).toList();
          List<Long> caps = w.stream().map(x -> Math.min(x, (long) capAll)).toList();
          List<Long> shares = Apportionment.largestRemainder(total, w, caps);
          long capSum = 0;
          for (int i = 0; i < w.size(); i++) {
            assertThat(shares.get(i)).isBetween(0L, caps.get(i));
            capSum += caps.get(i);
          }
          assertThat(shares.stream().mapToLong(Long::longValue).sum()).isEqualTo(Math.min(total, capSum));
        });
  }

  @Test
  void hamiltonGivesTheLeftoverUnitsToTheLargestRemainders() {
    // quotas 10 × 5/12 = 4.17, 10 × 4/12 = 3.33, 10 × 3/12 = 2.5 → 4, 3, 2 and one left: to 2.5
    assertThat(Apportionment.largestRemainder(10, List.of(5L, 4L, 3L), List.of(5L, 4L, 3L)))
        .containsExactly(4L, 3L, 3L);
  }

  @Test
  void tiesGoToTheEarlierClaimant() {
    assertThat(Apportionment.largestRemainder(1, List.of(2L, 2L), List.of(2L, 2L))).containsExactly(1L, 0L);
    assertThat(Apportionment.largestRemainder(3, List.of(2L, 2L), List.of(2L, 2L))).containsExactly(2L, 1L);
  }

  @Test
  void aCapBelowTheQuotaIsFixedAndTheOthersShareTheRest() {
    // quotas 50 and 50, but the first may have 10: the second gets the other 40
    assertThat(Apportionment.largestRemainder(50, List.of(100L, 100L), List.of(10L, 100L)))
        .containsExactly(10L, 40L);
  }

  @Test
  void refusesNegativeNumbersAndMismatchedLists() {
    assertThatThrownBy(() -> Apportionment.largestRemainder(-1, List.of(1L), List.of(1L)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Apportionment.largestRemainder(1, List.of(-1L), List.of(1L)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Apportionment.largestRemainder(1, List.of(1L), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package dev.cordon.core.supply;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Largest-remainder apportionment (最大餘額法, Hamilton's method) of a whole quantity in
 * proportion to weights, each share capped.
 *
 * <p>Each claimant's quota is {@code total × weight ÷ Σweights}; it first receives the whole part
 * of its quota, and the units left over go one each to the largest fractional remainders. Ties are
 * broken by position in the list (callers sort by unit id, so the result is deterministic). A
 * claimant whose quota exceeds its cap is fixed at its cap and the rest is apportioned again among
 * the others, until no quota exceeds its cap. The arithmetic is exact (integer numerators over a
 * common denominator), so no rounding error can reorder remainders.
 *
 * <p>When the caps are the weights themselves (an allocation "by need, never more than needed") and
 * {@code total ≤ Σweights}, no cap ever binds: {@code quota ≤ weight}, and a quota with a fraction
 * is strictly below its integer weight, so whole part + 1 ≤ weight. The result is then also
 * monotone: a larger weight has a quota at least as large, and with an equal whole part a strictly
 * larger remainder, so it is never served after a smaller weight.
 */
public final class Apportionment {
  private Apportionment() {}

  /**
   * Apportions {@code total} among claimants in proportion to {@code weights}, none above its cap.
   *
   * @param total the whole quantity to share, at least 0
   * @param weights the claimants' weights (e.g. their needs), each at least 0
   * @param caps the most each claimant may receive, each at least 0 (same size as weights)
   * @return the shares, in the order of {@code weights}; they sum to
   *     {@code min(total, Σcaps)} when a positive weight stands behind every positive cap
   * @throws IllegalArgumentException on a negative number or lists of different sizes
   */
  public static List<Long> largestRemainder(long total, List<Long> weights, List<Long> caps) {
    int n = weights.size();
    if (caps.size() != n) {
      throw new IllegalArgumentException("weights and caps differ in size: " + n + " and " + caps.size());
    }
    if (total < 0) {
      throw new IllegalArgumentException("total is negative: " + total);
    }
    long[] w = new long[n];
    long[] cap = new long[n];
    for (int i = 0; i < n; i++) {
      w[i] = weights.get(i);
      cap[i] = caps.get(i);
      if (w[i] < 0 || cap[i] < 0) {
        throw new IllegalArgumentException("negative weight or cap at " + i);
      }
    }
    long[] share = new long[n];
    boolean[] fixed = new boolean[n];
    long left = total;
    // Fix every claimant whose quota exceeds its cap, then apportion again among the rest.
    boolean changed = true;
    while (changed) {
      changed = false;
      BigInteger sum = BigInteger.ZERO;
      for (int i = 0; i < n; i++) {
        if (!fixed[i]) {
          sum = sum.add(BigInteger.valueOf(w[i]));
        }
      }
      if (sum.signum() == 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        // quota > cap  ⇔  left × w > cap × sum
        if (!fixed[i] && BigInteger.valueOf(left).multiply(BigInteger.valueOf(w[i]))
            .compareTo(BigInteger.valueOf(cap[i]).multiply(sum)) > 0) {
          fixed[i] = true;
          share[i] = cap[i];
          left -= cap[i];
          changed = true;
        }
      }
    }
    BigInteger sum = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      if (!fixed[i]) {
        sum = sum.add(BigInteger.valueOf(w[i]));
      }
    }
    if (sum.signum() > 0 && left > 0) {
      BigInteger[] remainder = new BigInteger[n];
      long given = 0;
      for (int i = 0; i < n; i++) {
        if (!fixed[i]) {
          BigInteger[] qr = BigInteger.valueOf(left).multiply(BigInteger.valueOf(w[i])).divideAndRemainder(sum);
          share[i] = qr[0].longValueExact();
          remainder[i] = qr[1];
          given += share[i];
        }
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (!fixed[i] && remainder[i].signum() > 0) {
          order.add(i);
        }
      }
      order.sort(Comparator.<Integer, BigInteger>comparing(i -> remainder[i]).reversed()
          .thenComparing(Comparator.naturalOrder()));
      long extra = left - given;
      for (int k = 0; k < order.size() && extra > 0; k++) {
        int i = order.get(k);
        if (share[i] < cap[i]) {
          share[i]++;
          extra--;
        }
      }
    }
    return Arrays.stream(share).boxed().toList();
  }
}

package dev.cordon.core.supply;

import dev.cordon.core.org.UnitId;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import dev.cordon.core.validation.internal.CordonErrors;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans the distribution of an item from the central reserve to units "as needed, as required and
 * on time" (按需、按要求、及時發放): an {@link AllocationPlan} of whole-unit transfers proportional to
 * need.
 *
 * <ol>
 *   <li><b>Available</b> (可分配量): the reserve's usable stock — lots not expired on the day — less
 *       the central minimum (保底庫存), in whole units, and never more than the stock that can be
 *       named in a transfer. Expired lots are not stock and are never allocated. Stock held without
 *       a lot number is held back while the reserve also holds expired stock, because a transfer
 *       that names no lot is taken first-expired first-out by the ledger and would move the expired
 *       stock instead.</li>
 *   <li><b>Quantities</b>: {@code min(available, Σneed)} is apportioned by the largest-remainder
 *       method ({@link Apportionment}, 最大餘額法) in proportion to need, capped at need, ties to the
 *       smaller unit id. So no unit receives more than it needs, the total is exactly
 *       {@code min(available, Σneed)}, and a unit with more need never receives less.</li>
 *   <li><b>Lots</b>: first-expired, first-out (先到期先出). Lines draw in turn — the largest
 *       allocation first, as the biggest consumer uses expiring stock soonest — from the
 *       earliest-expiring usable lots; the minimum stays in the latest-expiring stock.</li>
 * </ol>
 *
 * <p>Every line explains itself in English and Simplified Chinese: the need and its basis, the share
 * of the total need, the quota and its rounding, and the lots drawn.
 */
public final class AllocationPlanner {
  private static final Comparator<Lot> FEFO = Comparator
      .comparing((Lot l) -> l.expiry().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(l -> l.lot().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));

  private AllocationPlanner() {}

  /**
   * Plans the distribution of the reserve's stock in {@code reserve} among {@code needs}.
   *
   * @param id the plan's id
   * @param reserve the central reserve's position of the item (its holder is the sender)
   * @param day the local day judged: lots that expired before it are not allocated
   * @param at the instant of the transfers when the plan is executed
   * @param minimum the quantity the reserve keeps, at least 0
   * @param needs the units' needs; each unit once, none of them the reserve itself
   * @throws CordonValidationException if the minimum is negative, a unit appears twice or is the
   *     reserve ({@code CORDON-PLAN-001}, {@code CORDON-PLAN-002}, {@code CORDON-PLAN-003})
   */
  public static AllocationPlan plan(AllocationPlanId id, StockPosition reserve, LocalDate day, Instant at,
      BigDecimal minimum, List<UnitNeed> needs) {
    UnitId sender = reserve.holding().holder();
    List<Violation> v = new ArrayList<>();
    if (minimum.signum() < 0) {
      v.add(CordonErrors.reserveMinimumNegative("minimum", minimum));
    }
    Set<UnitId> seen = new HashSet<>();
    for (int i = 0; i < needs.size(); i++) {
      UnitId u = needs.get(i).unit();
      if (!seen.add(u)) {
        v.add(CordonErrors.planUnitTwice("needs[" + i + "].unit", u.value()));
      }
      if (u.equals(sender)) {
        v.add(CordonErrors.reserveAllocatesToItself("needs[" + i + "].unit", u.value()));
      }
    }
    if (!v.isEmpty()) {
      throw new CordonValidationException(v);
    }

    List<Lot> usableLots = reserve.lots().stream()
        .filter(l -> !l.isExpiredOn(day) && l.quantity().signum() > 0).sorted(FEFO).toList();
    BigDecimal usable = sum(usableLots);
    BigDecimal expired = reserve.expiredOn(day).max(BigDecimal.ZERO);
    boolean expiredHeld = reserve.lots().stream().anyMatch(l -> l.isExpiredOn(day) && l.quantity().signum() > 0);
    List<Lot> nameable = usableLots.stream().filter(l -> !expiredHeld || l.lot().isPresent()).toList();
    BigDecimal heldBack = usable.subtract(sum(nameable));
    BigDecimal above = usable.subtract(minimum).min(sum(nameable)).max(BigDecimal.ZERO);
    long available = above.setScale(0, RoundingMode.FLOOR).longValueExact();

    List<UnitNeed> ordered = needs.stream().sorted(Comparator.comparing(UnitNeed::unit)).toList();
    long totalNeed = ordered.stream().mapToLong(UnitNeed::need).sum();
    long toShare = Math.min(available, totalNeed);
    List<Long> weights = ordered.stream().map(UnitNeed::need).toList();
    List<Long> shares = Apportionment.largestRemainder(toShare, weights, weights);

    // lots are drawn in the order the ledger will apply the transfers
    List<Integer> drawOrder = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      drawOrder.add(i);
    }
    drawOrder.sort(Comparator.<Integer>comparingLong(i -> -shares.get(i)).thenComparing(i -> ordered.get(i).unit()));
    List<List<LotDraw>> draws = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      draws.add(new ArrayList<>());
    }
    BigDecimal[] left = nameable.stream().map(Lot::quantity).toArray(BigDecimal[]::new);
    int lot = 0;
    for (int i : drawOrder) {
      BigDecimal want = BigDecimal.valueOf(shares.get(i));
      while (want.signum() > 0) {
        while (left[lot].signum() == 0) {
          lot++;
        }
        BigDecimal take = left[lot].min(want);
        Lot l = nameable.get(lot);
        draws.get(i).add(new LotDraw(l.lot(), l.expiry(), take));
        left[lot] = left[lot].subtract(take);
        want = want.subtract(take);
      }
    }

    List<AllocationLine> lines = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      UnitNeed n = ordered.get(i);
      long q = shares.get(i);
      lines.add(new AllocationLine(n.unit(), n.need(), q, draws.get(i),
          explainEn(n, q, toShare, totalNeed, draws.get(i)), explainZh(n, q, toShare, totalNeed, draws.get(i))));
    }
    String item = reserve.holding().item().value();
    String summaryEn = "Reserve " + sender.value() + " holds " + plain(usable) + " usable " + item
        + (expired.signum() > 0 ? " (and " + plain(expired) + " expired, not allocated)" : "")
        + "; keeping " + plain(minimum) + ", " + available + " can be allocated"
        + (heldBack.signum() > 0 ? " (" + plain(heldBack) + " without a lot number held back until the "
            + "expired stock is written off)" : "")
        + "; units need " + totalNeed + " in all, " + toShare + " allocated in proportion to need.";
    String summaryZh = "储备库 " + sender.value() + " 现有可用 " + item + " " + plain(usable)
        + (expired.signum() > 0 ? "（另有过期 " + plain(expired) + "，不予分配）" : "")
        + "；保底 " + plain(minimum) + "，可分配 " + available
        + (heldBack.signum() > 0 ? "（无批号库存 " + plain(heldBack) + " 待过期物资报废后方可调拨）" : "")
        + "；各单位需求合计 " + totalNeed + "，按需求比例分配 " + toShare + "。";
    return new AllocationPlan(id, reserve.holding().item(), sender, day, at, minimum, usable, expired,
        heldBack, available, totalNeed, lines, summaryEn, summaryZh);
  }

  /** The lines in the order they draw lots: largest allocation first, then by unit id. */
  static List<AllocationLine> drawingOrder(List<AllocationLine> lines) {
    return lines.stream().sorted(Comparator.comparingLong((AllocationLine l) -> -l.quantity())
        .thenComparing(AllocationLine::unit)).toList();
  }

  private static String explainEn(UnitNeed n, long q, long toShare, long totalNeed, List<LotDraw> draws) {
    StringBuilder s = new StringBuilder(n.basisEn());
    if (n.need() == 0) {
      return s.append("; nothing to allocate").toString();
    }
    if (toShare == totalNeed) {
      s.append("; the whole need is met: ").append(q);
    } else {
      s.append("; share ").append(n.need()).append('/').append(totalNeed).append(" of the total need × ")
          .append(toShare).append(" available = ").append(quota(n.need(), toShare, totalNeed))
          .append(" → ").append(q).append(" (largest remainder)");
    }
    if (!draws.isEmpty()) {
      s.append("; from ");
      for (int k = 0; k < draws.size(); k++) {
        s.append(k == 0 ? "" : ", ").append(draws.get(k).describeEn()).append(' ').append(plain(draws.get(k).quantity()));
      }
    }
    return s.toString();
  }

  private static String explainZh(UnitNeed n, long q, long toShare, long totalNeed, List<LotDraw> draws) {
    StringBuilder s = new StringBuilder(n.basisZh());
    if (n.need() == 0) {
      return s.append("；无需调拨").toString();
    }
    if (toShare == totalNeed) {
      s.append("；需求全额满足：").append(q);
    } else {
      s.append("；按需求比例 ").append(n.need()).append('/').append(totalNeed).append(" × 可分配 ")
          .append(toShare).append(" = ").append(quota(n.need(), toShare, totalNeed))
          .append(" → ").append(q).append("（最大余额法取整）");
    }
    if (!draws.isEmpty()) {
      s.append("；出库：");
      for (int k = 0; k < draws.size(); k++) {
        String lot = draws.get(k).describeZh();
        s.append(k == 0 ? "" : "，").append(lot).append(lot.endsWith("）") ? "" : " ")
            .append(plain(draws.get(k).quantity()));
      }
    }
    return s.toString();
  }

  private static String quota(long need, long toShare, long totalNeed) {
    return BigDecimal.valueOf(need).multiply(BigDecimal.valueOf(toShare))
        .divide(BigDecimal.valueOf(totalNeed), 3, RoundingMode.HALF_UP).toPlainString();
  }

  private static BigDecimal sum(List<Lot> lots) {
    return lots.stream().map(Lot::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static String plain(BigDecimal d) {
    return UnitNeed.plain(d);
  }
}

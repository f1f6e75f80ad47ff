package dev.cordon.core.supply;

import dev.cordon.core.org.UnitId;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A proposal to distribute an item from the central reserve (物資儲備庫) to units by need
 * (按需調撥), made by {@link AllocationPlanner}: a value, nothing is recorded until the plan is
 * executed (through the supply-planning service, which records {@link #movements()} in one
 * transaction).
 *
 * @param id the plan's id; the transfers' ids derive from it, so executing a plan twice stores
 *     nothing new
 * @param item the item distributed
 * @param reserve the unit holding the central reserve
 * @param day the local day judged (lots expiring before it are expired and not allocated)
 * @param at the instant of the transfers, and of the stock position the plan was made from
 * @param minimum the quantity the reserve keeps (保底庫存), from usable stock
 * @param usable the reserve's usable (unexpired) stock
 * @param expired the reserve's expired stock, never allocated
 * @param heldBack usable stock that cannot be allocated: stock without a lot number while expired
 *     stock is held (the ledger could not tell the two apart in a transfer)
 * @param available what may be allocated: whole units of usable stock above the minimum
 * @param totalNeed the sum of the units' needs
 * @param lines one line per unit asked about, in unit-id order
 * @param summaryEn how the plan came about, in English
 * @param summaryZh how the plan came about, in Simplified Chinese
 */
public record AllocationPlan(AllocationPlanId id, SupplyItemId item, UnitId reserve, LocalDate day,
    Instant at, BigDecimal minimum, BigDecimal usable, BigDecimal expired, BigDecimal heldBack,
    long available, long totalNeed, List<AllocationLine> lines, String summaryEn, String summaryZh) {

  /** Checks that nothing is missing. */
  public AllocationPlan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(reserve, "reserve");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(usable, "usable");
    Objects.requireNonNull(expired, "expired");
    Objects.requireNonNull(heldBack, "heldBack");
    lines = List.copyOf(lines);
    Objects.requireNonNull(summaryEn, "summaryEn");
    Objects.requireNonNull(summaryZh, "summaryZh");
  }

  /** The total allocated: {@code min(available, totalNeed)}. */
  public long allocated() {
    return lines.stream().mapToLong(AllocationLine::quantity).sum();
  }

  /** The line of {@code unit}, if the plan has one. */
  public Optional<AllocationLine> lineFor(UnitId unit) {
    return lines.stream().filter(l -> l.unit().equals(unit)).findFirst();
  }

  /** The summary in {@code locale}: Simplified Chinese for any {@code zh} locale, else English. */
  public String summary(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage()) ? summaryZh : summaryEn;
  }

  /**
   * The transfers (調撥) that carry the plan out: one per line and lot drawn, at {@link #at()}, each
   * naming its lot and expiry so that the ledger moves exactly that lot. Their ids are derived from
   * the plan id, a draw number, the unit and the lot ({@code plan/003/unit/lot}, or a digest when
   * that is longer than an id may be), and sort in the order of drawing, so the ledger applies them
   * first-expired first — which is also the order it would take stock without a lot number.
   */
  public List<StockMovement> movements() {
    List<StockMovement> out = new ArrayList<>();
    List<AllocationLine> drawing = AllocationPlanner.drawingOrder(lines);
    int count = drawing.stream().mapToInt(l -> l.draws().size()).sum();
    int width = Math.max(3, String.valueOf(count).length());
    int seq = 0;
    for (AllocationLine line : drawing) {
      for (LotDraw d : line.draws()) {
        seq++;
        StockMovement.Builder b = StockMovement.builder()
            .id(movementId(seq, width, line.unit(), d.lot()))
            .item(item).kind(MovementKind.TRANSFER).at(at).holder(reserve).destination(line.unit())
            .quantity(d.quantity())
            .note("allocation plan 调拨方案 " + id.value());
        d.lot().ifPresent(b::lot);
        d.expiry().ifPresent(b::expiry);
        out.add(b.build());
      }
    }
    return out;
  }

  private StockMovementId movementId(int seq, int width, UnitId unit, Optional<String> lot) {
    String number = String.format(Locale.ROOT, "%0" + width + "d", seq);
    String natural = id.value() + "/" + number + "/" + unit.value() + "/" + lot.orElse("-");
    if (natural.length() <= 100) {
      return StockMovementId.of(natural);
    }
    String digest = digest(natural);
    String prefix = id.value().length() > 60 ? id.value().substring(0, 60).strip() : id.value();
    return StockMovementId.of(prefix + "/" + number + "/" + digest);
  }

  private static String digest(String text) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}

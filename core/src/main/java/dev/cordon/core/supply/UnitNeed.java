package dev.cordon.core.supply;

import dev.cordon.core.org.UnitId;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a unit needs of an item (需求): a whole quantity, with the reason in English and Simplified
 * Chinese so that an allocation can explain itself.
 *
 * @param unit the unit
 * @param need the whole quantity needed, at least 0
 * @param basisEn how the need was worked out, in English
 * @param basisZh how the need was worked out, in Simplified Chinese
 */
public record UnitNeed(UnitId unit, long need, String basisEn, String basisZh) {
  /** Checks that nothing is missing and the need is not negative. */
  public UnitNeed {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(basisEn, "basisEn");
    Objects.requireNonNull(basisZh, "basisZh");
    if (need < 0) {
      throw new IllegalArgumentException("negative need for " + unit + ": " + need);
    }
  }

  /** A need stated directly (e.g. a request from the unit, 申領). */
  public static UnitNeed of(UnitId unit, long need) {
    return new UnitNeed(unit, need, "need " + need + " as requested", "申领需求 " + need);
  }

  /**
   * The shortfall of {@code cover} to a reserve of {@code reserveDays} days (儲備定額缺口):
   * {@code ⌈reserveDays × norm × headcount − usable⌉}, at least 0.
   */
  public static UnitNeed toReserve(SupplyCover cover, int reserveDays) {
    long need = cover.shortfall(reserveDays);
    BigDecimal target = cover.reserveTarget(reserveDays);
    String en = "need " + need + " = reserve of " + reserveDays + " days × " + plain(cover.normPerHead())
        + " per head per day × " + cover.headcount() + " heads = " + plain(target) + ", less "
        + plain(cover.usable()) + " usable held";
    String zh = "需求 " + need + " = 储备 " + reserveDays + " 天 × 每人每日 " + plain(cover.normPerHead())
        + " × " + cover.headcount() + " 人 = " + plain(target) + "，减去现有可用 " + plain(cover.usable());
    return new UnitNeed(cover.holding().holder(), need, en, zh);
  }

  static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }
}

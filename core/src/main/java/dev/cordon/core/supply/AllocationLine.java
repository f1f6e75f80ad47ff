package dev.cordon.core.supply;

import dev.cordon.core.org.UnitId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One line of an {@link AllocationPlan} (調撥明細): what one unit receives, from which lots, and
 * why.
 *
 * @param unit the receiving unit
 * @param need the unit's need (需求)
 * @param quantity the whole quantity allocated, between 0 and {@code need}
 * @param draws the lots it is taken from, first-expiring first (先到期先出); they sum to {@code quantity}
 * @param explanationEn why the unit receives this, in English
 * @param explanationZh why the unit receives this, in Simplified Chinese
 */
public record AllocationLine(UnitId unit, long need, long quantity, List<LotDraw> draws,
    String explanationEn, String explanationZh) {

  /** Checks that nothing is missing and the quantity lies between 0 and the need. */
  public AllocationLine {
    Objects.requireNonNull(unit, "unit");
    draws = List.copyOf(draws);
    Objects.requireNonNull(explanationEn, "explanationEn");
    Objects.requireNonNull(explanationZh, "explanationZh");
    if (quantity < 0 || quantity > need) {
      throw new IllegalArgumentException("allocation " + quantity + " outside [0, " + need + "] for " + unit);
    }
  }

  /** The explanation in {@code locale}: Simplified Chinese for any {@code zh} locale, else English. */
  public String explanation(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage()) ? explanationZh : explanationEn;
  }
}

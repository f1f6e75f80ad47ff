package dev.cordon.core.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.site.SiteKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The model of an honest registration ledger (如實登記的臺賬) that the forensic LEDGER-* rules judge
 * against, and the false-alarm rate they are held to. The rules derive every threshold from these
 * numbers (a binomial tail, a chi-square quantile, a Poisson bound — see
 * {@code dev.cordon.core.rules.ledger.HonestLedger}); nothing else is tuned. Part of the
 * {@link PreventionPolicy}; every attribute is optional in a policy file (absent, the defaults).
 *
 * <p>The model: a reading is the entrant's temperature {@code N(μ, σ)} (any mean μ — thermometers
 * differ — and a spread σ of at least {@link #readingSpread()}) shown to 0.1 °C, except that a share
 * {@link #honestHeaping()} of honest rows are written to the nearest half degree; a person's arrival
 * time of day varies with a spread of at least {@link #arrivalSpreadMinutes()}; a site's arrivals
 * over the day are a Poisson process in which no minute expects more than 1 ⁄ {@link
 * #arrivalPeakMinutes() W} of the day's rows; nobody is registered while the site is closed, give
 * or take {@link #afterHoursGraceMinutes()}.
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableLedgerForensics.class)
@JsonDeserialize(as = ImmutableLedgerForensics.class)
public abstract class LedgerForensics {
  /** The default of {@link #falseAlarmRate()}: 0.00001. */
  public static final BigDecimal DEFAULT_FALSE_ALARM_RATE = new BigDecimal("0.00001");
  /** The default of {@link #readingSpread()}: 0.25 °C. */
  public static final BigDecimal DEFAULT_READING_SPREAD = new BigDecimal("0.25");
  /** The default of {@link #honestHeaping()}: 0.05. */
  public static final BigDecimal DEFAULT_HONEST_HEAPING = new BigDecimal("0.05");
  /** The default of {@link #largestSiteDay()}: 500 rows. */
  public static final int DEFAULT_LARGEST_SITE_DAY = 500;
  /** The peak window W of a site kind the policy does not list: 5 minutes. */
  public static final int FALLBACK_PEAK_MINUTES = 5;

  /**
   * The highest probability that one statistic of one rule raises a false alarm on an honest
   * site-day (誤報率); the six rules use seven statistics, so an honest site-day raises any of them
   * with probability at most seven times this. Default 0.00001 (union 0.00007, below 1 in 10,000).
   */
  @DecimalMin("0.000000001")
  @DecimalMax("0.01")
  @Value.Default
  public BigDecimal falseAlarmRate() {
    return DEFAULT_FALSE_ALARM_RATE;
  }

  /** The smallest spread σ of honest readings, in °C (default 0.25). */
  @DecimalMin("0.05")
  @DecimalMax("2.0")
  @Value.Default
  public BigDecimal readingSpread() {
    return DEFAULT_READING_SPREAD;
  }

  /** The largest share of honest rows written to the nearest half degree (default 0.05). */
  @DecimalMin("0.0")
  @DecimalMax("0.5")
  @Value.Default
  public BigDecimal honestHeaping() {
    return DEFAULT_HONEST_HEAPING;
  }

  /** The smallest spread of one person's arrival time of day, in minutes (default 5). */
  @Min(1)
  @Max(600)
  @Value.Default
  public int arrivalSpreadMinutes() {
    return 5;
  }

  /**
   * The narrowest rush by site kind, in minutes: no minute expects more than 1 ⁄ W of a site-day's
   * rows (default 5 at canteens, 10 elsewhere; a kind not listed gets {@value #FALLBACK_PEAK_MINUTES}).
   */
  @Value.Default
  public Map<SiteKind, @Min(1) @Max(1440) Integer> arrivalPeakMinutes() {
    Map<SiteKind, Integer> m = new EnumMap<>(SiteKind.class);
    for (SiteKind k : SiteKind.values()) {
      m.put(k, k == SiteKind.CANTEEN ? 5 : 10);
    }
    return m;
  }

  /** The peak window W of a site of {@code kind}. */
  public int peakMinutesOf(SiteKind kind) {
    return arrivalPeakMinutes().getOrDefault(kind, FALLBACK_PEAK_MINUTES);
  }

  /** Minutes before opening and after closing in which rows are still honest (staff opening up; default 30). */
  @Min(0)
  @Max(720)
  @Value.Default
  public int afterHoursGraceMinutes() {
    return 30;
  }

  /** Days (the row's own included) in which a person's earlier rows are compared with a row (default 14). */
  @Min(2)
  @Max(60)
  @Value.Default
  public int lookBackDays() {
    return 14;
  }

  /**
   * The largest site-day, in rows, for which the rules about one person's rows keep the false-alarm
   * rate: their bound per row is {@link #falseAlarmRate()} ÷ this (default 500).
   */
  @Min(1)
  @Max(1_000_000)
  @Value.Default
  public int largestSiteDay() {
    return DEFAULT_LARGEST_SITE_DAY;
  }

  /** The defaults. */
  public static LedgerForensics defaults() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LedgerForensics}. */
  public static final class Builder extends ImmutableLedgerForensics.Builder {}
}

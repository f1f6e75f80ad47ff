package dev.cordon.core.rules.ledger;

import dev.cordon.core.policy.LedgerForensics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The model of an honest registration ledger (如實登記) and the thresholds of the LEDGER-* rules
 * derived from it, each so that one statistic raises a false alarm on an honest site-day with
 * probability at most {@code α = falseAlarmRate} (default 10⁻⁵; the seven statistics together at
 * most 7 × 10⁻⁵ &lt; 10⁻⁴). The model ({@link LedgerForensics}, defaults in brackets):
 *
 * <ul>
 *   <li>a reading is {@code N(μ, σ)} shown to 0.1 °C, for any μ and σ ≥ {@code readingSpread} [0.25];
 *       a share h ≤ {@code honestHeaping} [0.05] of rows is written to the nearest half degree;
 *   <li>a person's arrival time of day has a spread s ≥ {@code arrivalSpreadMinutes} [5];
 *   <li>a site-day's arrivals are a Poisson process in which no minute expects more than 1 ⁄ W of the
 *       day's rows (W = {@code arrivalPeakMinutes} of the site's kind [5 at canteens, 10 elsewhere]).
 * </ul>
 *
 * <p>From it, with Φ the standard normal distribution and {@code B(n, p) ≥ k} an exact binomial tail:
 *
 * <ul>
 *   <li>{@link #valueShare()} p* — the largest probability of one reading value: at μ on a half
 *       degree, {@code (1 − h)(2Φ(0.05/σ) − 1) + h(2Φ(0.25/σ) − 1)} = 0.1847;
 *   <li>{@link #roundShare()} p½ — the largest share of readings on x.0 or x.5, the supremum over μ of
 *       {@code h + (1 − h) Σ P(reading = c)} over the half degrees c = 0.2427;
 *   <li>{@link #minuteShare()} — the largest probability of one arrival minute of a person,
 *       {@code 2Φ(0.5/s) − 1} = 0.0797.
 * </ul>
 */
public final class HonestLedger {
  /** Minutes in a day: the start minutes a run of evenly spaced rows may have. */
  private static final int MINUTES = 1440;

  private static final Map<LedgerForensics, HonestLedger> CACHE = new ConcurrentHashMap<>();

  private final LedgerForensics model;
  private final double alpha;
  private final double valueShare;
  private final double roundShare;
  private final double minuteShare;
  private final int repeatedRun;
  private final Map<Integer, Integer> modeThresholds = new ConcurrentHashMap<>();
  private final Map<Integer, Double> varianceThresholds = new ConcurrentHashMap<>();
  private final Map<Integer, Integer> roundThresholds = new ConcurrentHashMap<>();
  private final Map<Integer, Integer> copyThresholds = new ConcurrentHashMap<>();
  private final Map<Long, Integer> minuteThresholds = new ConcurrentHashMap<>();
  private final Map<Integer, Integer> runThresholds = new ConcurrentHashMap<>();

  private HonestLedger(LedgerForensics model) {
    this.model = model;
    this.alpha = model.falseAlarmRate().doubleValue();
    double sigma = model.readingSpread().doubleValue();
    double h = model.honestHeaping().doubleValue();
    this.valueShare = (1 - h) * (2 * phi(0.05 / sigma) - 1) + h * (2 * phi(0.25 / sigma) - 1);
    double worst = 0;
    for (int step = 0; step < 500; step++) { // μ over one half degree, every 0.001 °C
      double mu = step / 1000.0;
      double onHalves = 0;
      for (int c = -40; c <= 40; c++) {
        double v = c * 0.5;
        onHalves += phi((v + 0.05 - mu) / sigma) - phi((v - 0.05 - mu) / sigma);
      }
      worst = Math.max(worst, h + (1 - h) * onHalves);
    }
    this.roundShare = Math.min(1, worst * 1.0005); // a margin for the grid of μ and Φ's 1e-7 error
    double s = model.arrivalSpreadMinutes();
    this.minuteShare = 2 * phi(0.5 / s) - 1;
    double perRow = alpha / model.largestSiteDay();
    int r = 2;
    while (Math.pow(valueShare, r - 1) > perRow) {
      r++;
    }
    this.repeatedRun = r;
  }

  /** The thresholds for the model {@code forensics} (computed once per model). */
  public static HonestLedger of(LedgerForensics forensics) {
    return CACHE.computeIfAbsent(forensics, HonestLedger::new);
  }

  /** The model. */
  public LedgerForensics model() {
    return model;
  }

  /** α: the false-alarm rate of one statistic on an honest site-day. */
  public double falseAlarmRate() {
    return alpha;
  }

  /** p*: the largest probability of any one reading value under the model. */
  public double valueShare() {
    return valueShare;
  }

  /** p½: the largest share of honest readings on x.0 or x.5 under the model. */
  public double roundShare() {
    return roundShare;
  }

  /** The largest probability of one arrival minute of a person under the model. */
  public double minuteShare() {
    return minuteShare;
  }

  /**
   * LEDGER-UNIFORM, one value: the fewest rows of a site-day of {@code n} readings that may share
   * one value before it is a finding ({@code n + 1}: never). The count of the commonest value M
   * exceeds k with probability at most {@code Σ_c P(B(n, p_c) ≥ k) ≤ P(B(n, p*) ≥ k) ⁄ p*} (the
   * tail is convex in p below its mode, so its ratio to p grows; the p_c add up to 1): the smallest k
   * bringing that to α. Silent below {@value LedgerUniform#MIN_ROWS} rows.
   */
  public int modeThreshold(int n) {
    if (n < LedgerUniform.MIN_ROWS) {
      return n + 1;
    }
    return modeThresholds.computeIfAbsent(n, k -> smallestK(n, valueShare, alpha * valueShare,
        (int) Math.ceil((n - 1) * valueShare) + 1));
  }

  /**
   * LEDGER-UNIFORM, no spread: the variance s² of {@code n} readings below which they are spread far
   * less than a thermometer reads, {@code σ² · χ²_α(n − 1) ⁄ (n − 1)} (the lower α-quantile of the
   * chi-square distribution of an honest sample's {@code (n − 1)s²/σ²}); {@code -1} below
   * {@value LedgerUniform#MIN_ROWS_SPREAD} rows, where the 0.1 °C grid makes the normal model too coarse.
   */
  public double varianceThreshold(int n) {
    if (n < LedgerUniform.MIN_ROWS_SPREAD) {
      return -1;
    }
    return varianceThresholds.computeIfAbsent(n, k -> {
      double sigma = model.readingSpread().doubleValue();
      return sigma * sigma * chiSquareLowerQuantile(alpha, n - 1) / (n - 1);
    });
  }

  /**
   * LEDGER-HEAPED: the fewest readings on x.0 or x.5 among {@code n} of a site-week that are a
   * finding — the smallest k with {@code P(B(n, p½) ≥ k) ≤ α}; {@code n + 1} (never) below
   * {@value LedgerHeaped#MIN_ROWS} rows.
   */
  public int roundThreshold(int n) {
    if (n < LedgerHeaped.MIN_ROWS) {
      return n + 1;
    }
    return roundThresholds.computeIfAbsent(n, k -> smallestK(n, roundShare, alpha, 0));
  }

  /**
   * LEDGER-READING-REPEATED: how many consecutive identical readings of one person are a finding —
   * the smallest r with {@code p*^(r − 1) ≤ α ⁄ largestSiteDay} (r readings equal with probability
   * {@code Σ_c p_c^r ≤ p*^(r − 1)}; a site-day of up to {@code largestSiteDay} rows then stays within
   * α). 12 under the defaults.
   */
  public int repeatedRun() {
    return repeatedRun;
  }

  /**
   * LEDGER-ROWS-COPIED: how many of a person's {@code earlier} rows in the look-back must repeat a
   * row's minute and reading — the smallest j with {@code P(B(earlier, q) ≥ j) ≤ α ⁄ largestSiteDay},
   * q = p* × the minute share (an earlier row matches both with probability at most q);
   * {@code earlier + 1} (never) when none suffices. 6 of 13 earlier rows under the defaults.
   */
  public int copiesNeeded(int earlier) {
    if (earlier <= 0) {
      return 1;
    }
    double q = valueShare * minuteShare;
    return copyThresholds.computeIfAbsent(earlier, k -> smallestK(earlier, q, alpha / model.largestSiteDay(), 1));
  }

  /**
   * LEDGER-TIMES-TYPED, one minute: the fewest rows of a site-day of {@code n} rows in one minute
   * that are a finding at a site whose rush is {@code peakMinutes} W long — each minute holds
   * {@code B(n, p_m)} rows with p_m ≤ 1/W and Σ p_m = 1, so the largest exceeds k with probability at
   * most {@code W · P(B(n, 1/W) ≥ k)} (as for the commonest value): the smallest k bringing it to α.
   */
  public int sameMinuteThreshold(int n, int peakMinutes) {
    long key = ((long) n << 20) | peakMinutes;
    double p = Math.min(1.0, 1.0 / peakMinutes);
    return minuteThresholds.computeIfAbsent(key, k -> Math.max(2, smallestK(n, p, alpha * p,
        (int) Math.ceil((n - 1) * p) + 1)));
  }

  /**
   * LEDGER-TIMES-TYPED, evenly spaced: the fewest equal gaps (of d ≥ 1 minutes) in a row between
   * consecutive rows of a site-day of {@code n} rows that are a finding. L equal gaps need L − 1
   * minutes holding exactly one row each (and the minutes between empty): under a Poisson process,
   * whatever its rates, at most {@code (λe^{−λ})^{L−1} ≤ e^{−(L−1)}} for one start minute and gap; over
   * at most {@code 1440²/(2L)} of those and with {@code e√n} for a day of exactly n rows (a Poisson
   * count equals its mean n with probability at least {@code 1/(e√n)}), the smallest L with
   * {@code 1440²/(2L) · e^{−(L−1)} · e√n ≤ α}. 28 for 500 rows under the defaults.
   */
  public int evenRunThreshold(int n) {
    return runThresholds.computeIfAbsent(n, k -> {
      double logAlpha = Math.log(alpha);
      for (int l = 2; ; l++) {
        double logBound = Math.log((double) MINUTES * MINUTES / (2.0 * l)) - (l - 1) + 1 + 0.5 * Math.log(Math.max(1, n));
        if (logBound <= logAlpha) {
          return l;
        }
      }
    });
  }

  // --- exact tails -------------------------------------------------------------------------------

  /** The smallest k ≥ from with {@code P(B(n, p) ≥ k) ≤ bound}; n + 1 when none. */
  private static int smallestK(int n, double p, double bound, int from) {
    for (int k = Math.max(0, from); k <= n; k++) {
      if (binomialTail(n, k, p) <= bound) {
        return k;
      }
    }
    return n + 1;
  }

  /** {@code P(B(n, p) ≥ k)}, exactly (summed in logs). */
  public static double binomialTail(int n, int k, double p) {
    if (k <= 0) {
      return 1;
    }
    if (k > n || p <= 0) {
      return 0;
    }
    if (p >= 1) {
      return 1;
    }
    double logTerm = logGamma(n + 1.0) - logGamma(k + 1.0) - logGamma(n - k + 1.0) + k * Math.log(p)
        + (n - k) * Math.log1p(-p);
    double term = Math.exp(logTerm);
    double sum = 0;
    double ratio = p / (1 - p);
    for (int i = k; i <= n; i++) {
      sum += term;
      term *= (double) (n - i) / (i + 1) * ratio;
      if (term < sum * 1e-17) {
        break;
      }
    }
    return Math.min(1, sum);
  }

  /** The lower {@code alpha}-quantile of the chi-square distribution with {@code df} degrees of freedom. */
  public static double chiSquareLowerQuantile(double alpha, int df) {
    double lo = 0;
    double hi = df;
    for (int i = 0; i < 200 && hi - lo > 1e-12 * df; i++) {
      double mid = (lo + hi) / 2;
      if (lowerGamma(df / 2.0, mid / 2) < alpha) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The regularised lower incomplete gamma function P(a, x) by its series (x below a here). */
  static double lowerGamma(double a, double x) {
    if (x <= 0) {
      return 0;
    }
    double sum = 1 / a;
    double term = sum;
    for (int n = 1; n < 10_000; n++) {
      term *= x / (a + n);
      sum += term;
      if (term < sum * 1e-16) {
        break;
      }
    }
    return Math.exp(-x + a * Math.log(x) - logGamma(a)) * sum;
  }

  /** ln Γ(x) for x &gt; 0 (Lanczos, g = 7, relative error below 1e-14). */
  static double logGamma(double x) {
    double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    x -= 1;
    double a = c[0];
    double t = x + 7.5;
    for (int i = 1; i < 9; i++) {
      a += c[i] / (x + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
  }

  /** Φ, the standard normal distribution function (erfc to a relative error below 1.2e-7). */
  public static double phi(double x) {
    return 0.5 * erfc(-x / Math.sqrt(2));
  }

  private static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
        + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
        + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
  }
}

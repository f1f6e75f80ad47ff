package dev.cordon.core.rules.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.policy.LedgerForensics;
import dev.cordon.core.site.OpeningHours;
import dev.cordon.core.site.SiteKind;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The false-alarm rate of every LEDGER-* statistic, measured: 100,000 honest site-days (5 to 500
 * rows) drawn, with a fixed seed, from the model the thresholds are derived from — a thermometer
 * bias μ anywhere in 35.8–37.0 °C, a spread σ of 0.25–0.45 °C, up to 5 % of rows written to the
 * nearest half degree, arrivals a rush no narrower than the site kind's peak plus a spread over the
 * opening hours, each row's person with their own history of readings and arrival times — and each
 * statistic run on the rows in memory. Each rule's observed rate, and that of any of them, stays
 * below 1 in 10,000.
 */
class HonestLedgerPropertyTest {
  private static final int SITE_DAYS = 100_000;
  private static final int CHUNKS = 100;
  private static final long SEED = 20211025L;
  private static final HonestLedger MODEL = HonestLedger.of(LedgerForensics.defaults());
  private static final String[] RULES = {LedgerUniform.ID, LedgerHeaped.ID, LedgerReadingRepeated.ID,
      LedgerRowsCopied.ID, LedgerTimesTyped.ID, LedgerAfterHours.ID, "any"};

  /** One honest reading, in tenths: N(μ, σ) to 0.1 °C, or to the nearest half degree with probability h. */
  private static int reading(SplittableRandom r, double mu, double sigma, double heaping) {
    double x = mu + sigma * r.nextGaussian();
    return r.nextDouble() < heaping ? (int) Math.round(x * 2) * 5 : (int) Math.round(x * 10);
  }

  @Test
  void anHonestSiteDayRaisesAFalseAlarmWithProbabilityBelowOneInTenThousand() {
    long started = System.nanoTime();
    AtomicLongArray alarms = new AtomicLongArray(RULES.length);
    AtomicLongArray rows = new AtomicLongArray(1);
    IntStream.range(0, CHUNKS).parallel().forEach(chunk -> {
      SplittableRandom r = new SplittableRandom(SEED + chunk);
      for (int i = 0; i < SITE_DAYS / CHUNKS; i++) {
        boolean[] raised = siteDay(r, rows);
        boolean any = false;
        for (int k = 0; k < raised.length; k++) {
          if (raised[k]) {
            alarms.incrementAndGet(k);
            any = true;
          }
        }
        if (any) {
          alarms.incrementAndGet(RULES.length - 1);
        }
      }
    });
    Map<String, Double> rates = new LinkedHashMap<>();
    for (int k = 0; k < RULES.length; k++) {
      rates.put(RULES[k], alarms.get(k) / (double) SITE_DAYS);
    }
    System.out.printf("honest site-days: %,d (%,d rows) in %.1f s; false alarms per site-day: %s%n", SITE_DAYS,
        rows.get(0), (System.nanoTime() - started) / 1e9, rates);
    assertThat(rates).allSatisfy((rule, rate) -> assertThat(rate).as(rule).isLessThan(1e-4));
  }

  /** One honest site-day; which statistics it raised, in the order of {@link #RULES}. */
  private static boolean[] siteDay(SplittableRandom r, AtomicLongArray rowCount) {
    int n = 5 + r.nextInt(496);
    rowCount.addAndGet(0, n);
    boolean canteen = r.nextInt(4) == 0;
    int peak = MODEL.model().peakMinutesOf(canteen ? SiteKind.CANTEEN : SiteKind.OFFICE_BUILDING);
    double mu = 35.8 + 1.2 * r.nextDouble();
    double sigma = 0.25 + 0.2 * r.nextDouble();
    double heaping = 0.05 * r.nextDouble();
    int[] tenths = new int[n];
    for (int i = 0; i < n; i++) {
      tenths[i] = reading(r, mu, sigma, heaping);
    }
    // arrivals: opening hours of 2–12 h from 06:00–09:00; a share w in a rush whose density never
    // exceeds 1/W a minute (a normal spread of at least W/√(2π)), the rest spread over the hours
    int opens = 360 + r.nextInt(181);
    int span = 120 + r.nextInt(601);
    double w = r.nextDouble();
    double rushAt = opens + span * r.nextDouble();
    double rushSpread = peak / Math.sqrt(2 * Math.PI) * (1 + 4 * r.nextDouble());
    int[] minutes = new int[n];
    for (int i = 0; i < n; i++) {
      double t;
      do {
        t = r.nextDouble() < w ? rushAt + rushSpread * r.nextGaussian() : opens + span * r.nextDouble();
      } while (t < opens || t >= opens + span);
      minutes[i] = (int) Math.floor(t);
    }
    Arrays.sort(minutes);
    OpeningHours hours = OpeningHours.of(LocalTime.of(opens / 60, opens % 60),
        LocalTime.of((opens + span) / 60, (opens + span) % 60));
    boolean afterHours = false;
    for (int m : minutes) {
      afterHours |= LedgerAfterHours.afterHours(hours, MODEL.model().afterHoursGraceMinutes(),
          LocalTime.of(m / 60, m % 60));
    }
    return new boolean[] {
        LedgerUniform.pattern(MODEL, tenths).isPresent(),
        LedgerHeaped.pattern(MODEL, tenths).isPresent(), // the day's rows judged as if they were a week's
        anyRepeated(r, n),
        anyCopied(r, n),
        LedgerTimesTyped.pattern(MODEL, peak, minutes).isPresent(),
        afterHours};
  }

  /** Each of the n rows ends a history of its person's readings in the look-back (0–27 earlier ones). */
  private static boolean anyRepeated(SplittableRandom r, int n) {
    boolean raised = false;
    for (int i = 0; i < n; i++) {
      double mu = 35.8 + 1.2 * r.nextDouble();
      double sigma = 0.25 + 0.15 * r.nextDouble();
      double heaping = 0.05 * r.nextDouble();
      int[] history = new int[1 + r.nextInt(28)];
      for (int k = 0; k < history.length; k++) {
        history[k] = reading(r, mu, sigma, heaping);
      }
      raised |= LedgerReadingRepeated.fires(MODEL, LedgerReadingRepeated.runLength(history));
    }
    return raised;
  }

  /** Each of the n rows against 1–27 earlier rows of its person: a usual arrival, a spread of 5–20 min. */
  private static boolean anyCopied(SplittableRandom r, int n) {
    boolean raised = false;
    for (int i = 0; i < n; i++) {
      double mu = 35.8 + 1.2 * r.nextDouble();
      double sigma = 0.25 + 0.15 * r.nextDouble();
      double heaping = 0.05 * r.nextDouble();
      double usual = 420 + 600 * r.nextDouble();
      double spread = 5 + 15 * r.nextDouble();
      int earlier = 1 + r.nextInt(27);
      int[] m = new int[earlier];
      int[] t = new int[earlier];
      for (int k = 0; k < earlier; k++) {
        m[k] = (int) Math.floor(usual + spread * r.nextGaussian());
        t[k] = reading(r, mu, sigma, heaping);
      }
      int minute = (int) Math.floor(usual + spread * r.nextGaussian());
      int tenths = reading(r, mu, sigma, heaping);
      raised |= LedgerRowsCopied.fires(MODEL, LedgerRowsCopied.matches(minute, tenths, m, t), earlier);
    }
    return raised;
  }

  @Test
  void theThresholdsAreTheDerivedNumbers() {
    HonestLedger m = MODEL;
    StringBuilder out = new StringBuilder();
    out.append(String.format("p*=%.4f p½=%.4f minute=%.4f r=%d%n", m.valueShare(), m.roundShare(), m.minuteShare(),
        m.repeatedRun()));
    for (int n : new int[] {8, 10, 20, 30, 40, 100, 200, 500}) {
      out.append(String.format("n=%d mode≥%d sd<%.3f round≥%d minute(W=10)≥%d minute(W=5)≥%d run≥%d%n", n,
          m.modeThreshold(n), Math.sqrt(Math.max(0, m.varianceThreshold(n))), m.roundThreshold(n),
          m.sameMinuteThreshold(n, 10), m.sameMinuteThreshold(n, 5), m.evenRunThreshold(n)));
    }
    for (int e : new int[] {6, 13, 26, 39}) {
      out.append(String.format("copies: %d earlier → %d%n", e, m.copiesNeeded(e)));
    }
    System.out.print(out);
    assertThat(m.repeatedRun()).isEqualTo(12);
    assertThat(m.valueShare()).isBetween(0.184, 0.185);
  }
}

package dev.cordon.core.dining;

import dev.cordon.core.entry.EntryId;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Something wrong with a canteen's sittings (就餐超限), as the CANTEEN-OVER-CAPACITY rule reports
 * it: a sitting planned over capacity, a sitting without the cleaning gap before it, or a sitting
 * at which more people were actually admitted than seats × density. Each names the sitting by its
 * index in {@link DiningPlan#sittings()} and its time slot, and reads in English and Simplified
 * Chinese.
 */
public sealed interface DiningProblem {
  /** The index of the sitting concerned in {@link DiningPlan#sittings()}. */
  int sitting();

  /** When the sitting starts. */
  LocalTime start();

  /** When the sitting ends. */
  LocalTime end();

  /** The problem in {@code locale}: Simplified Chinese for any {@code zh} locale, else English. */
  String message(Locale locale);

  /**
   * A sitting planned for more people than it may seat (超員排班).
   *
   * @param sitting the sitting's index
   * @param start its start
   * @param end its end
   * @param people the people planned
   * @param capacity the people allowed: ⌊seats × density⌋
   */
  record Overbooked(int sitting, LocalTime start, LocalTime end, int people, int capacity) implements DiningProblem {
    /** Checks that nothing is missing. */
    public Overbooked {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
    }

    @Override
    public String message(Locale locale) {
      return zh(locale)
          ? "就餐批次 " + start + "–" + end + " 安排 " + people + " 人，超过上限 " + capacity + " 人（座位数 × 就餐密度）"
          : "the sitting " + start + "–" + end + " is planned for " + people + " people, over the "
              + capacity + " allowed (seats × density)";
    }
  }

  /**
   * A sitting that starts before the cleaning gap after an earlier sitting has passed (未留消殺間隔);
   * a negative gap means the sittings overlap.
   *
   * @param sitting the later sitting's index
   * @param start its start
   * @param end its end
   * @param previousEnd when the earlier sitting ends (the latest end among sittings starting earlier)
   * @param gap the time between that end and this start
   * @param required the cleaning gap required
   */
  record NoCleaningGap(int sitting, LocalTime start, LocalTime end, LocalTime previousEnd, Duration gap,
      Duration required) implements DiningProblem {
    /** Checks that nothing is missing. */
    public NoCleaningGap {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Objects.requireNonNull(previousEnd, "previousEnd");
      Objects.requireNonNull(gap, "gap");
      Objects.requireNonNull(required, "required");
    }

    @Override
    public String message(Locale locale) {
      return zh(locale)
          ? "就餐批次 " + start + "–" + end + " 与上一批次（" + previousEnd + " 结束）间隔 " + gap.toMinutes()
              + " 分钟，少于消杀间隔 " + required.toMinutes() + " 分钟"
          : "the sitting " + start + "–" + end + " starts " + gap.toMinutes() + " min after the previous one ends ("
              + previousEnd + "), less than the " + required.toMinutes() + " min cleaning gap";
    }
  }

  /**
   * A sitting at which more people were admitted, by the canteen's entry ledger (出入登記), than
   * seats × density (實際就餐超限).
   *
   * @param sitting the sitting's index
   * @param start its start
   * @param end its end
   * @param admitted the people admitted during {@code [start, end)}
   * @param capacity the people allowed: ⌊seats × density⌋
   * @param entries the entries counted, the evidence
   */
  record Crowded(int sitting, LocalTime start, LocalTime end, int admitted, int capacity, List<EntryId> entries)
      implements DiningProblem {
    /** Checks that nothing is missing. */
    public Crowded {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      entries = List.copyOf(entries);
    }

    @Override
    public String message(Locale locale) {
      return zh(locale)
          ? "就餐批次 " + start + "–" + end + " 实际进入 " + admitted + " 人，超过上限 " + capacity + " 人（座位数 × 就餐密度）"
          : "the sitting " + start + "–" + end + " admitted " + admitted + " people, over the " + capacity
              + " allowed (seats × density)";
    }
  }

  private static boolean zh(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage());
  }
}

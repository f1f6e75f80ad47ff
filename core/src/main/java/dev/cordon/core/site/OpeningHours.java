package dev.cordon.core.site;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.validation.Validation;
import dev.cordon.core.validation.internal.CordonErrors;
import java.time.LocalTime;
import org.immutables.value.Value;

/**
 * When a site is open (開放時間 / 營業時間), every day, in the zone where days are counted:
 * {@code [opens, closes)}. A site without opening hours is always open. Written {@code 08:00-17:30}
 * in a CSV ledger of sites.
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableOpeningHours.class)
@JsonDeserialize(as = ImmutableOpeningHours.class)
public abstract class OpeningHours {
  /** The time the site opens. */
  public abstract LocalTime opens();

  /** The time the site closes (after {@link #opens()}, the same day). */
  public abstract LocalTime closes();

  /** Opening hours {@code [opens, closes)}. */
  public static OpeningHours of(LocalTime opens, LocalTime closes) {
    return ImmutableOpeningHours.builder().opens(opens).closes(closes).build();
  }

  /**
   * Reads {@code HH:mm-HH:mm} (an en dash, 至 or {@code ~} also separate), e.g. {@code 08:00-17:30}.
   *
   * @throws IllegalArgumentException if the text is not two times
   */
  public static OpeningHours parse(String text) {
    String[] parts = text.strip().split("\\s*(-|–|—|~|～|至)\\s*");
    if (parts.length != 2) {
      throw new IllegalArgumentException("opening hours are written 08:00-17:30: " + text);
    }
    return of(LocalTime.parse(parts[0].length() == 4 ? "0" + parts[0] : parts[0]),
        LocalTime.parse(parts[1].length() == 4 ? "0" + parts[1] : parts[1]));
  }

  /** Whether the site is open at {@code time}, widened by {@code graceMinutes} on both sides. */
  public boolean isOpenAt(LocalTime time, int graceMinutes) {
    int minute = time.toSecondOfDay();
    return minute >= opens().toSecondOfDay() - graceMinutes * 60 && minute < closes().toSecondOfDay() + graceMinutes * 60;
  }

  /** {@code 08:00-17:30}. */
  @Override
  public String toString() {
    return opens() + "-" + closes();
  }

  @Value.Check
  void check() {
    Validation.require(this, v -> {
      if (!closes().isAfter(opens())) {
        v.add(CordonErrors.openingHoursEmpty("closes", opens(), closes()));
      }
    });
  }
}

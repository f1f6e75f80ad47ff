package dev.cordon.core.dining;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.validation.LedgerDate;
import dev.cordon.core.validation.Validation;
import dev.cordon.core.validation.internal.CordonErrors;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A canteen's staggered sittings for a day (錯峰就餐方案): the sittings with the units seated in
 * each, and the people who could not be seated in the serving window.
 *
 * <p>A plan that overbooks a sitting or leaves too short a cleaning gap is not malformed: it is
 * accepted and flagged ({@link #problems()}, rule CANTEEN-OVER-CAPACITY). What is refused is what
 * cannot be: a window or a sitting that ends before it starts, a unit of no one, a unit twice in one
 * sitting.
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableDiningPlan.class)
@JsonDeserialize(as = ImmutableDiningPlan.class)
public abstract class DiningPlan {
  /** The plan's id. */
  public abstract DiningPlanId id();

  /** The canteen (食堂). */
  public abstract SiteId canteen();

  /** The day planned. */
  @LedgerDate
  public abstract LocalDate date();

  /** The canteen's seats (座位數) the plan was made for. */
  @PositiveOrZero
  public abstract int seats();

  /** The density (就餐密度) the plan was made for. */
  @DecimalMin("0.0")
  @DecimalMax("1.0")
  public abstract BigDecimal density();

  /** When serving starts. */
  public abstract LocalTime windowStart();

  /** When serving ends. */
  public abstract LocalTime windowEnd();

  /** How long a sitting lasts. */
  public abstract Duration sittingLength();

  /** The cleaning gap (消殺間隔) required between sittings. */
  public abstract Duration cleaningGap();

  /** The sittings, earliest first. */
  public abstract List<Sitting> sittings();

  /** The people the window could not hold, by unit (未安排人數); empty when everyone is seated. */
  public abstract List<Seating> unseated();

  /** The people one sitting may seat: {@code ⌊seats × density⌋}. */
  public int capacity() {
    return DiningPlanCheck.capacity(seats(), density());
  }

  /** How many people the sittings seat in all. */
  public int seatedPeople() {
    return sittings().stream().mapToInt(Sitting::people).sum();
  }

  /** How many people could not be seated. */
  public int unseatedPeople() {
    return unseated().stream().mapToInt(Seating::people).sum();
  }

  /** How many of {@code unit}'s people each sitting seats, in sitting order (0 where none). */
  public List<Integer> peopleOf(UnitId unit) {
    List<Integer> out = new ArrayList<>();
    for (Sitting s : sittings()) {
      out.add(s.seatings().stream().filter(x -> x.unit().equals(unit)).mapToInt(Seating::people).sum());
    }
    return out;
  }

  /**
   * What is wrong with the plan itself under its own seats, density and gap: overbooked sittings
   * and sittings without the cleaning gap (CANTEEN-OVER-CAPACITY). Empty for every plan the
   * {@link DiningPlanner} makes.
   */
  public List<DiningProblem> problems() {
    List<DiningProblem> out = new ArrayList<>(DiningPlanCheck.overbooked(this, capacity()));
    out.addAll(DiningPlanCheck.gapViolations(this, cleaningGap()));
    return out;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DiningPlan}s; {@link #build()} throws when malformed. */
  public static final class Builder extends ImmutableDiningPlan.Builder {}

  @Value.Check
  void check() {
    Validation.require(this, v -> {
      if (!windowEnd().isAfter(windowStart())) {
        v.add(CordonErrors.servingWindowEmpty("windowEnd", windowEnd()));
      }
      if (sittingLength().isNegative() || sittingLength().isZero()) {
        v.add(CordonErrors.sittingTimes("sittingLength", sittingLength()));
      }
      if (cleaningGap().isNegative()) {
        v.add(CordonErrors.sittingTimes("cleaningGap", cleaningGap()));
      }
      for (int i = 0; i < sittings().size(); i++) {
        Sitting s = sittings().get(i);
        if (!s.end().isAfter(s.start())) {
          v.add(CordonErrors.sittingEmpty("sittings[" + i + "].end", s.end()));
        }
        Set<UnitId> seen = new HashSet<>();
        for (int j = 0; j < s.seatings().size(); j++) {
          Seating x = s.seatings().get(j);
          String field = "sittings[" + i + "].seatings[" + j + "]";
          if (x.people() < 1) {
            v.add(CordonErrors.partyOfNoOne(field + ".people", x.people()));
          }
          if (!seen.add(x.unit())) {
            v.add(CordonErrors.diningUnitTwice(field + ".unit", x.unit().value()));
          }
        }
      }
      for (int j = 0; j < unseated().size(); j++) {
        if (unseated().get(j).people() < 1) {
          v.add(CordonErrors.partyOfNoOne("unseated[" + j + "].people",
              unseated().get(j).people()));
        }
      }
    });
  }
}

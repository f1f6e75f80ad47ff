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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the {@link DiningPlanner} is asked to plan (錯峰就餐安排): a canteen's seats and the density
 * allowed (就餐密度), the serving window (供餐時段), the length of a sitting, the cleaning gap
 * between sittings (消殺間隔), and the units to seat.
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableDiningRequest.class)
@JsonDeserialize(as = ImmutableDiningRequest.class)
public abstract class DiningRequest {
  /** The id the plan will carry. */
  public abstract DiningPlanId id();

  /** The canteen (食堂). */
  public abstract SiteId canteen();

  /** The day planned. */
  @LedgerDate
  public abstract LocalDate date();

  /** The canteen's seats (座位數). */
  @PositiveOrZero
  public abstract int seats();

  /** The share of the seats that may be used at once (就餐密度), from the policy. */
  @DecimalMin("0.0")
  @DecimalMax("1.0")
  public abstract BigDecimal density();

  /** When serving starts. */
  public abstract LocalTime windowStart();

  /** When serving ends: no sitting ends after it. */
  public abstract LocalTime windowEnd();

  /** How long a sitting lasts. */
  public abstract Duration sittingLength();

  /** The cleaning gap (消殺間隔) required between the end of a sitting and the start of the next. */
  public abstract Duration cleaningGap();

  /** The units to seat, each once. */
  public abstract List<DiningParty> parties();

  /** The people one sitting may seat: {@code ⌊seats × density⌋}. */
  public int capacity() {
    return DiningPlanCheck.capacity(seats(), density());
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DiningRequest}s; {@link #build()} throws when malformed. */
  public static final class Builder extends ImmutableDiningRequest.Builder {}

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
      Set<UnitId> seen = new HashSet<>();
      for (int i = 0; i < parties().size(); i++) {
        if (!seen.add(parties().get(i).unit())) {
          v.add(CordonErrors.diningUnitTwice("parties[" + i + "].unit", parties().get(i).unit().value()));
        }
      }
    });
  }
}

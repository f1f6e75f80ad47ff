package dev.cordon.core.risk;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.validation.LedgerDate;
import dev.cordon.core.validation.PlainText;
import dev.cordon.core.validation.Validation;
import dev.cordon.core.validation.internal.CordonErrors;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A medium- or high-risk area (中高風險地區) as published: the place name as published (a town, a
 * residential compound), the county or city it lies in, its level and the days it is in force,
 * {@code [inForceFrom, inForceTo)}. Lists change daily: every question is "the level of this city
 * on that date".
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableRiskArea.class)
@JsonDeserialize(as = ImmutableRiskArea.class)
public abstract class RiskArea {
  /** The id of this listing. */
  public abstract RiskAreaId id();

  /** The county (or city) the area lies in. */
  public abstract RegionCode region();

  /** The place name as published (公佈名稱), e.g. {@code 额济纳旗达来呼布镇}. */
  @NotBlank
  @PlainText
  @Size(max = 500)
  public abstract String place();

  /** The level. */
  public abstract RiskLevel level();

  /** The first day in force. */
  @LedgerDate
  public abstract LocalDate inForceFrom();

  /** The first day no longer in force (exclusive); empty while still in force. */
  public abstract Optional<@LedgerDate LocalDate> inForceTo();

  /** Whether it is in force on {@code day}. */
  public boolean isInForceOn(LocalDate day) {
    return !day.isBefore(inForceFrom()) && inForceTo().map(day::isBefore).orElse(true);
  }

  /** A builder for a risk area. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RiskArea}s. */
  public static final class Builder extends ImmutableRiskArea.Builder {}

  @Value.Check
  void check() {
    Validation.require(this, v -> {
      if (inForceTo().isPresent() && !inForceTo().get().isAfter(inForceFrom())) {
        v.add(CordonErrors.riskAreaNeverInForce("inForceTo", inForceTo().get()));
      }
    });
  }
}

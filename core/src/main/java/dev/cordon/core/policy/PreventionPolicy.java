package dev.cordon.core.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.internal.Decimals;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.risk.RiskLevel;
import dev.cordon.core.site.SiteKind;
import dev.cordon.core.supply.SupplyKind;
import dev.cordon.core.travel.PurposeKind;
import dev.cordon.core.validation.LedgerDate;
import dev.cordon.core.validation.PlainText;
import dev.cordon.core.validation.Validation;
import dev.cordon.core.validation.Violation;
import dev.cordon.core.validation.internal.CordonErrors;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The thresholds of prevention work (防控政策), all data, none hard-coded: the time zone in which
 * every "day" is counted, the home city (非必要不離包), the fever threshold (發熱), the plausible
 * temperature range, the itinerary look-back, the essential purposes of travel, deadlines, follow-up
 * periods, supply norms and kits, disinfection frequencies, canteen density and rule switches.
 *
 * <p>A policy takes effect on {@link #effectiveFrom()}; a {@link PolicyHistory} holds the dated
 * versions, and a record is always judged under the policy in force on its own date. Every
 * attribute is required when a policy is read from JSON (a missing threshold is an error naming its
 * JSON path), except the plausible window of record dates ({@link #plausibleFrom()},
 * {@link #plausibleDaysAhead()}), which takes its documented default when absent so that policy
 * files written before it existed still read; {@link #defaults()} gives a builder filled with the
 * values of Baotou in October 2021.
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutablePreventionPolicy.class)
@JsonDeserialize(as = ImmutablePreventionPolicy.class)
public abstract class PreventionPolicy {
  /** The first day this policy is in force. */
  @LedgerDate
  public abstract LocalDate effectiveFrom();

  /** The zone in which days are counted (default Asia/Shanghai). */
  public abstract ZoneId zone();

  /** The home city; leaving it needs a declaration and an approval (default 150200 Baotou). */
  public abstract RegionCode homeCity();

  /** A temperature at or above this is a fever (default 37.3 °C; 37.3 counts). */
  @DecimalMin("35.0")
  @DecimalMax("42.0")
  public abstract BigDecimal feverThreshold();

  /** The lowest plausible temperature; lower is a measuring error, rejected (default 34.0 °C). */
  @DecimalMin("20.0")
  @DecimalMax("45.0")
  public abstract BigDecimal plausibleTemperatureMin();

  /** The highest plausible temperature; higher is a measuring error, rejected (default 43.0 °C). */
  @DecimalMin("20.0")
  @DecimalMax("45.0")
  public abstract BigDecimal plausibleTemperatureMax();

  /** How many days back the itinerary code looks (default 14). */
  @Min(1)
  @Max(60)
  public abstract int itineraryLookBackDays();

  /** The purposes for which leaving the home city is essential (必要). */
  public abstract Set<PurposeKind> essentialPurposes();

  /** Days after the return by whose end the return must be reported (default 1). */
  @Min(0)
  @Max(MAX_RETURN_REPORT_DEADLINE_DAYS)
  public abstract int returnReportDeadlineDays();

  /**
   * The largest {@link #returnReportDeadlineDays()} a policy may set: 30 days. The travel rules read
   * declarations this far back (plus one day), so a longer deadline would hide late returns.
   */
  public static final int MAX_RETURN_REPORT_DEADLINE_DAYS = 30;

  /** Days of follow-up after a return from a city with an area of this level (跟蹤天數). */
  public abstract Map<RiskLevel, @Min(0) @Max(60) Integer> followUpDays();

  /** Days of cover the reserve must hold (物資儲備天數, default 30). */
  @Min(0)
  @Max(365)
  public abstract int supplyReserveDays();

  /**
   * Consumption per head per day by kind of supply (消耗定額), e.g. 2 masks, in the unit of
   * {@link #consumptionNormUnits()}; an item counted in another unit converts it by its
   * {@code SupplyItem.unitsPerNormUnit()}.
   */
  public abstract Map<SupplyKind, @DecimalMin("0.0") @DecimalMax("1000.0") BigDecimal> consumptionNorms();

  /**
   * The default of {@link #consumptionNormUnits()}: masks by the piece ({@code 只}), gloves by the
   * pair ({@code 副}), disinfectant and hand sanitiser by the litre ({@code L}).
   */
  public static final Map<SupplyKind, String> DEFAULT_CONSUMPTION_NORM_UNITS = Map.of(
      SupplyKind.MASK, "只", SupplyKind.GLOVES, "副", SupplyKind.DISINFECTANT, "L",
      SupplyKind.HAND_SANITISER, "L");

  /**
   * The unit of measure each consumption norm is stated in (定額計量單位), by kind of supply: a norm of
   * 0.02 with unit {@code L} is 0.02 litres per head per day. Shown with the norm in findings; items
   * say how many of their own unit make one of it. Default
   * {@link #DEFAULT_CONSUMPTION_NORM_UNITS}. Optional in JSON: a policy file without it gets the
   * default.
   */
  @Value.Default
  public Map<SupplyKind, @NotBlank @PlainText @Size(max = 20) String> consumptionNormUnits() {
    return DEFAULT_CONSUMPTION_NORM_UNITS;
  }

  /** The unit the norm of {@code kind} is stated in, or empty when the policy names none. */
  public Optional<String> consumptionNormUnit(SupplyKind kind) {
    return Optional.ofNullable(consumptionNormUnits().get(kind));
  }

  /** The supplies a site of each kind must hold (必備物資). */
  public abstract Map<SiteKind, Set<SupplyKind>> requiredKit();

  /** Disinfections required per day by site kind (每日消殺次數). */
  public abstract Map<SiteKind, @Min(0) @Max(48) Integer> disinfectionsPerDay();

  /** Share of a canteen's seats that may be used at once (就餐密度, default 0.5). */
  @DecimalMin("0.05")
  @DecimalMax("1.0")
  public abstract BigDecimal canteenDensity();

  /** The default of {@link #plausibleFrom()}: 2019-01-01, the start of the year the first cases were reported. */
  public static final LocalDate DEFAULT_PLAUSIBLE_FROM = LocalDate.of(2019, 1, 1);

  /** The default of {@link #plausibleDaysAhead()}: 366 days. */
  public static final int DEFAULT_PLAUSIBLE_DAYS_AHEAD = 366;

  /**
   * The first day a record may be dated (合理日期下限): an entry, a travel declaration, a stock
   * movement, a disinfection, an assignment, a risk area, an inspection, a notice or a dining plan
   * dated (in the zone where days are counted) before it is refused as malformed
   * ({@code CORDON-DATE-002}) — a typing error such as 2012 for 2021 — and never stored. Default {@link #DEFAULT_PLAUSIBLE_FROM 2019-01-01}. Optional
   * in JSON: a policy file without it gets the default.
   */
  @LedgerDate
  @Value.Default
  public LocalDate plausibleFrom() {
    return DEFAULT_PLAUSIBLE_FROM;
  }

  /**
   * How many days after the day it is recorded (the as-of day of the service's clock, in this
   * policy's zone) a record may be dated (合理日期上限): a planned return next month is fine, a year
   * typed as 2201 or {@code +999999999} is refused ({@code CORDON-DATE-002}). Default
   * {@link #DEFAULT_PLAUSIBLE_DAYS_AHEAD 366}, at most 3,650. Optional in JSON: a policy file without
   * it gets the default.
   */
  @Min(0)
  @Max(3650)
  @Value.Default
  public int plausibleDaysAhead() {
    return DEFAULT_PLAUSIBLE_DAYS_AHEAD;
  }

  /** The default of {@link #riskAreaLookBehindDays()}: 120 days. */
  public static final int DEFAULT_RISK_AREA_LOOK_BEHIND_DAYS = 120;

  /**
   * How many days before a check run's first day the risk-area lists are read (風險地區回溯天數): a
   * trip or an itinerary judged in the run may have begun that long before it — the itinerary
   * look-back, a trip's length, the follow-up after a return. Default
   * {@link #DEFAULT_RISK_AREA_LOOK_BEHIND_DAYS 120}, between the itinerary look-back and 3,650; a
   * run uses the largest of its policies. Optional in JSON: a policy file without it gets the
   * default.
   */
  @Min(1)
  @Max(3650)
  @Value.Default
  public int riskAreaLookBehindDays() {
    return DEFAULT_RISK_AREA_LOOK_BEHIND_DAYS;
  }

  /**
   * How long personal values are kept before a purge erases them (個人信息保存期限). Optional in JSON:
   * a policy file without it, or with only some of its attributes, gets the defaults.
   */
  @Valid
  @Value.Default
  public Retention retention() {
    return Retention.defaults();
  }

  /**
   * The model of an honest registration ledger and the false-alarm rate of the forensic LEDGER-*
   * rules (臺賬不實). Optional in JSON: a policy file without it, or with only some of its
   * attributes, gets the defaults.
   */
  @Valid
  @Value.Default
  public LedgerForensics ledgerForensics() {
    return LedgerForensics.defaults();
  }

  /** The last plausible date of a record recorded on {@code today}: today plus {@link #plausibleDaysAhead()}. */
  public LocalDate plausibleUntil(LocalDate today) {
    return today.plusDays(plausibleDaysAhead());
  }

  /**
   * Whether a record dated {@code date} and recorded on {@code today} lies in the plausible window
   * {@code [plausibleFrom(), plausibleUntil(today)]}, both ends included.
   */
  public boolean isPlausibleDate(LocalDate date, LocalDate today) {
    return !date.isBefore(plausibleFrom()) && !date.isAfter(plausibleUntil(today));
  }

  /** Rule switches and severity overrides by rule id; a rule not listed runs as it is. */
  public abstract Map<String, RuleSetting> rules();

  /** Whether the rule with this id is switched on. */
  public boolean isEnabled(String ruleId) {
    RuleSetting s = rules().get(ruleId);
    return s == null || s.enabled();
  }

  /** The severity override of a rule, if any. */
  public Optional<Severity> severityOf(String ruleId) {
    RuleSetting s = rules().get(ruleId);
    return s == null ? Optional.empty() : s.severity();
  }

  /** Whether {@code temperature} is a fever: at or above the threshold. */
  public boolean isFever(BigDecimal temperature) {
    return temperature.compareTo(feverThreshold()) >= 0;
  }

  /** Whether {@code temperature} lies in the plausible range (both ends included). */
  public boolean isPlausible(BigDecimal temperature) {
    return temperature.compareTo(plausibleTemperatureMin()) >= 0
        && temperature.compareTo(plausibleTemperatureMax()) <= 0;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder filled with the policy of Baotou in October 2021, effective from 2021-01-01: zone
   * Asia/Shanghai, home city 150200, fever at 37.3 °C, plausible 34.0–43.0 °C, 14-day look-back,
   * business, medical and family emergencies essential, return reported by the end of the next day,
   * follow-up 14 days after a medium-risk and 21 after a high-risk area, 30 days of reserve, norms
   * of 2 masks, 0.5 pair of gloves, 0.02 L of disinfectant and 0.01 L of hand sanitiser per head per
   * day (units {@link #DEFAULT_CONSUMPTION_NORM_UNITS}), kits for key sites, two disinfections a day at key sites, canteens at half their seats,
   * records dated from 2019-01-01 to 366 days after the day they are recorded.
   */
  public static Builder defaults() {
    Builder b = new Builder();
    b.effectiveFrom(LocalDate.of(2021, 1, 1))
        .zone(ZoneId.of("Asia/Shanghai"))
        .homeCity(RegionCode.of("150200"))
        .feverThreshold(new BigDecimal("37.3"))
        .plausibleTemperatureMin(new BigDecimal("34.0"))
        .plausibleTemperatureMax(new BigDecimal("43.0"))
        .itineraryLookBackDays(14)
        .essentialPurposes(EnumSet.of(PurposeKind.BUSINESS, PurposeKind.MEDICAL, PurposeKind.FAMILY_EMERGENCY))
        .returnReportDeadlineDays(1)
        .followUpDays(Map.of(RiskLevel.MEDIUM, 14, RiskLevel.HIGH, 21))
        .supplyReserveDays(30)
        .consumptionNorms(Map.of(
            SupplyKind.MASK, new BigDecimal("2"),
            SupplyKind.GLOVES, new BigDecimal("0.5"),
            SupplyKind.DISINFECTANT, new BigDecimal("0.02"),
            SupplyKind.HAND_SANITISER, new BigDecimal("0.01")))
        .requiredKit(Map.of(
            SiteKind.SERVICE_HALL, EnumSet.of(SupplyKind.MASK, SupplyKind.THERMOMETER,
                SupplyKind.HAND_SANITISER, SupplyKind.DISINFECTANT),
            SiteKind.CANTEEN, EnumSet.of(SupplyKind.MASK, SupplyKind.THERMOMETER,
                SupplyKind.HAND_SANITISER, SupplyKind.DISINFECTANT, SupplyKind.GLOVES),
            SiteKind.OFFICE_BUILDING, EnumSet.of(SupplyKind.MASK, SupplyKind.THERMOMETER,
                SupplyKind.HAND_SANITISER, SupplyKind.DISINFECTANT)))
        .disinfectionsPerDay(Map.of(SiteKind.SERVICE_HALL, 2, SiteKind.CANTEEN, 2,
            SiteKind.OFFICE_BUILDING, 2))
        .canteenDensity(new BigDecimal("0.5"))
        .rules(Map.of());
    return b;
  }

  /** Builds {@link PreventionPolicy}s; {@link #build()} throws when malformed. */
  public static final class Builder extends ImmutablePreventionPolicy.Builder {}

  private static void tenths(List<Violation> v, String field, BigDecimal value) {
    if (value.stripTrailingZeros().scale() > 1) {
      v.add(CordonErrors.policyTemperatureTenths(field, Decimals.render(value)));
    }
  }

  @Value.Check
  void check() {
    Validation.require(this, v -> {
      if (plausibleTemperatureMin().compareTo(plausibleTemperatureMax()) >= 0) {
        v.add(CordonErrors.temperatureRangeEmpty("plausibleTemperatureMax",
            Decimals.render(plausibleTemperatureMax())));
      } else if (!isPlausible(feverThreshold())) {
        v.add(CordonErrors.feverThresholdImplausible("feverThreshold", Decimals.render(feverThreshold())));
      }
      // thermometers at the door read to 0.1 °C and entries hold one decimal: 37.25 would be a
      // threshold no reading can meet exactly, a typo rather than a policy
      if (riskAreaLookBehindDays() < itineraryLookBackDays()) {
        v.add(CordonErrors.riskAreaLookBehindTooShort("riskAreaLookBehindDays", riskAreaLookBehindDays(),
            itineraryLookBackDays()));
      }
      tenths(v, "feverThreshold", feverThreshold());
      tenths(v, "plausibleTemperatureMin", plausibleTemperatureMin());
      tenths(v, "plausibleTemperatureMax", plausibleTemperatureMax());
    });
  }
}

package dev.cordon.core.supply;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.validation.PlainText;
import dev.cordon.core.validation.Validation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.MathContext;
import org.immutables.value.Value;

/**
 * A prevention supply item (防疫物資): masks, disinfectant, thermometers … with the unit of measure
 * its stock is counted in (計量單位) and how many of that unit make one unit of the policy's
 * consumption norm (換算係數): disinfectant counted in 500 ml bottles against a norm in litres has
 * {@code unitsPerNormUnit} 2, masks counted in boxes of 50 against a norm in masks 0.02.
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableSupplyItem.class)
@JsonDeserialize(as = ImmutableSupplyItem.class)
public abstract class SupplyItem {
  /** The item's id. */
  public abstract SupplyItemId id();

  /** The item's name (物資名稱). */
  @NotBlank
  @PlainText
  @Size(max = 200)
  public abstract String name();

  /** What kind of supply it is. */
  public abstract SupplyKind kind();

  /** The unit of measure (計量單位), e.g. {@code piece}, {@code 个}, {@code L}. */
  @NotBlank
  @PlainText
  @Size(max = 20)
  public abstract String unitOfMeasure();

  /** The default of {@link #unitsPerNormUnit()}: 1, the item is counted in the norm's own unit. */
  public static final BigDecimal SAME_UNIT_AS_NORM = BigDecimal.ONE;

  /**
   * How many of {@link #unitOfMeasure()} make one unit of the consumption norm of the item's kind
   * (每定額單位折合數量; the norm's unit is {@code PreventionPolicy.consumptionNormUnits()}): 2 for
   * 500 ml bottles against a norm in litres, 0.02 for boxes of 50 masks against a norm in masks.
   * Positive, at most 1,000,000 with up to 6 decimals. Default 1 — the item is counted in the
   * norm's unit — so that items stored before this attribute existed read as they were judged.
   */
  @Positive
  @DecimalMax("1000000")
  @Digits(integer = 7, fraction = 6)
  @Value.Default
  public BigDecimal unitsPerNormUnit() {
    return SAME_UNIT_AS_NORM;
  }

  /**
   * A quantity stated in the norm's unit, in this item's unit of measure: {@code quantity ×}
   * {@link #unitsPerNormUnit()}, exact. A norm of 0.02 L per head per day is 0.04 bottles of 500 ml.
   */
  public BigDecimal inOwnUnits(BigDecimal normQuantity) {
    return normQuantity.multiply(unitsPerNormUnit());
  }

  /**
   * A quantity of this item, in the norm's unit: {@code quantity ÷} {@link #unitsPerNormUnit()},
   * exact when the quotient terminates, otherwise to 34 significant digits. 7 bottles of 500 ml are
   * 3.5 L; {@code inNormUnits(inOwnUnits(q))} is {@code q}.
   */
  public BigDecimal inNormUnits(BigDecimal quantity) {
    try {
      return quantity.divide(unitsPerNormUnit());
    } catch (ArithmeticException nonTerminating) {
      return quantity.divide(unitsPerNormUnit(), MathContext.DECIMAL128);
    }
  }

  /** A builder for a supply item. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SupplyItem}s. */
  public static final class Builder extends ImmutableSupplyItem.Builder {}

  @Value.Check
  void check() {
    Validation.require(this);
  }
}

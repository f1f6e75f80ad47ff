package dev.cordon.core.supply;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.validation.PlainText;
import dev.cordon.core.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/** A prevention supply item (防疫物資): masks, disinfectant, thermometers … and its unit of measure. */
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

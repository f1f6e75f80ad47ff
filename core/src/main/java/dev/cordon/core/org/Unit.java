package dev.cordon.core.org;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.validation.PlainText;
import dev.cordon.core.validation.Validation;
import dev.cordon.core.validation.internal.CordonErrors;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A unit of the organisation (單位/部門): the group, a head-office department, a grassroots unit or
 * the property-management company. Units form a tree through {@link #parent()}; every figure and
 * finding rolls up it (層層傳導).
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableUnit.class)
@JsonDeserialize(as = ImmutableUnit.class)
public abstract class Unit {
  /** The unit's id. */
  public abstract UnitId id();

  /** The unit's name (單位名稱). */
  @NotBlank
  @PlainText
  @Size(max = 200)
  public abstract String name();

  /** What kind of unit this is. */
  public abstract UnitKind kind();

  /** The parent unit (上級單位); empty for the root. */
  public abstract Optional<UnitId> parent();

  /** The number of people on the unit's own staff (人數), not counting its sub-units. */
  @PositiveOrZero
  public abstract int headcount();

  /** A builder for a unit. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Unit}s; {@link #build()} throws a {@code CordonValidationException} when malformed. */
  public static final class Builder extends ImmutableUnit.Builder {}

  @Value.Check
  void check() {
    Validation.require(this, v -> {
      if (parent().filter(id()::equals).isPresent()) {
        v.add(CordonErrors.unitOwnParent("parent", id().value()));
      }
    });
  }
}

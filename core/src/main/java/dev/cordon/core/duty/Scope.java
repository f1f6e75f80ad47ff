package dev.cordon.core.duty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.validation.Validation;
import dev.cordon.core.validation.internal.CordonErrors;
import java.util.Optional;
import org.immutables.value.Value;

/** What an {@link Assignment} answers for: exactly one unit or one site. */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableScope.class)
@JsonDeserialize(as = ImmutableScope.class)
public abstract class Scope {
  /** The unit, when the scope is a unit. */
  public abstract Optional<UnitId> unit();

  /** The site, when the scope is a site. */
  public abstract Optional<SiteId> site();

  /** The scope of a unit. */
  public static Scope of(UnitId unit) {
    return ImmutableScope.builder().unit(unit).build();
  }

  /** The scope of a site. */
  public static Scope of(SiteId site) {
    return ImmutableScope.builder().site(site).build();
  }

  /**
   * The scope of whichever of {@code unit} and {@code site} is given, for readers of a record that
   * has a column for each.
   *
   * @throws dev.cordon.core.validation.CordonValidationException {@code CORDON-DUTY-002} when both
   *     or neither are given
   */
  public static Scope of(Optional<UnitId> unit, Optional<SiteId> site) {
    return ImmutableScope.builder().unit(unit).site(site).build();
  }

  /** The id of the unit or site, as text. */
  public String key() {
    return unit().map(u -> "unit:" + u.value()).orElseGet(() -> "site:" + site().orElseThrow().value());
  }

  @Value.Check
  void check() {
    Validation.require(this, v -> {
      if (unit().isPresent() == site().isPresent()) {
        v.add(CordonErrors.scopeNotOne("scope"));
      }
    });
  }

  @Override
  public String toString() {
    return key();
  }
}

package dev.cordon.core.site;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.validation.PlainText;
import dev.cordon.core.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A place whose entry is controlled (場所): a service hall, canteen, office building, heating
 * station, dormitory, warehouse. Key sites (重點部位) need a named responsible person every day
 * (責任到人) and, by default, all four entry checks.
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableSite.class)
@JsonDeserialize(as = ImmutableSite.class)
public abstract class Site {
  /** The site's id. */
  public abstract SiteId id();

  /** The site's name (場所名稱). */
  @NotBlank
  @PlainText
  @Size(max = 200)
  public abstract String name();

  /** What kind of place it is. */
  public abstract SiteKind kind();

  /** The unit that owns and answers for it. */
  public abstract UnitId owner();

  /** Where it is (administrative division code). */
  public abstract RegionCode region();

  /** Whether it is a key site (重點部位); by default the kind decides. */
  @Value.Default
  public boolean keySite() {
    return kind().isKeyByDefault();
  }

  /** How many people it holds at once (seats for a canteen); 0 when not known. */
  @PositiveOrZero
  @Value.Default
  public int capacity() {
    return 0;
  }

  /**
   * The checks everyone entering must pass; by default all four at key sites and none elsewhere.
   */
  @Value.Default
  public Set<EntryCheck> requiredChecks() {
    return keySite() ? EnumSet.allOf(EntryCheck.class) : EnumSet.noneOf(EntryCheck.class);
  }

  /**
   * When the site is open (開放時間), every day; absent, it is always open. Rows registered while it
   * is closed are what {@code LEDGER-AFTER-HOURS} looks for.
   */
  public abstract Optional<OpeningHours> openingHours();

  /** Whether {@code check} is required at this site. */
  public boolean requires(EntryCheck check) {
    return requiredChecks().contains(check);
  }

  /** A builder for a site. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Site}s; {@link #build()} throws a {@code CordonValidationException} when malformed. */
  public static final class Builder extends ImmutableSite.Builder {}

  @Value.Check
  void check() {
    Validation.require(this);
  }
}

package dev.cordon.core.entry;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.internal.Decimals;
import dev.cordon.core.internal.Instants;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.site.EntryCheck;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.validation.LedgerDate;
import dev.cordon.core.validation.PlainText;
import dev.cordon.core.validation.internal.PlainConstraints;
import dev.cordon.core.validation.internal.CordonErrors;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One row of a site's registration ledger (出入登記): who entered which site when, what the checks
 * found — temperature (體溫), health code (健康碼), itinerary code (行程碼) — and what was decided.
 *
 * <p>A check that was not done is an empty value (an empty {@link #temperature()} means no
 * temperature was taken). Entries are a ledger: a correction is a new entry that
 * {@link #supersedes()} the old one, which stays readable. Instants are kept to the microsecond.
 * Whether a temperature is plausible depends on the policy and is checked when the entry is recorded.
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableEntry.class)
@JsonDeserialize(as = ImmutableEntry.class)
public abstract class Entry {
  /** The entry's id. */
  public abstract EntryId id();

  /** The site entered. */
  public abstract SiteId site();

  /** When (登記時間). */
  @LedgerDate
  public abstract Instant at();

  /** Who. */
  public abstract Entrant entrant();

  /** The temperature taken in °C, one decimal place; empty when none was taken. */
  public abstract Optional<@DecimalMin("0.0") @DecimalMax("99.9") BigDecimal> temperature();

  /** The health code shown; empty when it was not checked. */
  public abstract Optional<HealthCodeColour> healthCode();

  /** The itinerary code; empty when it was not checked. */
  public abstract Optional<ItineraryCode> itinerary();

  /** What the door decided. */
  public abstract Decision decision();

  /** Who kept the ledger at the door (登記人). */
  public abstract Optional<PersonId> recordedBy();

  /** Where the record came from, e.g. {@code entries-2021-10-25.csv:17}. */
  public abstract Optional<@PlainText @Size(min = 1, max = 500) String> source();

  /** The entry this one corrects, if it is a correction. */
  public abstract Optional<EntryId> supersedes();

  /** The checks that were done: registration always, the others when they have a value. */
  @JsonIgnore
  @Value.Derived
  public Set<EntryCheck> checksPerformed() {
    Set<EntryCheck> done = EnumSet.of(EntryCheck.REGISTRATION);
    temperature().ifPresent(t -> done.add(EntryCheck.TEMPERATURE));
    healthCode().ifPresent(h -> done.add(EntryCheck.HEALTH_CODE));
    itinerary().ifPresent(i -> done.add(EntryCheck.ITINERARY_CODE));
    return done;
  }

  /** The local day of the entry in {@code zone}. */
  public LocalDate localDate(ZoneId zone) {
    // at().atZone(zone).toLocalDate() without the date-time in between: rules ask this of every entry
    int offset = zone.getRules().getOffset(at()).getTotalSeconds();
    return LocalDate.ofEpochDay(Math.floorDiv(at().getEpochSecond() + offset, 86_400L));
  }

  /** A builder for an entry. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Entry}s; {@link #build()} throws a {@code CordonValidationException} when malformed. */
  public static final class Builder extends ImmutableEntry.Builder {}

  @Value.Check
  Entry normalise() {
    if (!Instants.isNormal(at())) {
      return ((ImmutableEntry) this).withAt(Instants.normal(at()));
    }
    Optional<BigDecimal> t = temperature();
    // rescale only numbers of ordinary size: 1E+999999999 must be rejected, not expanded
    boolean ordinary = t.isPresent() && t.get().precision() - t.get().scale() <= 3 && t.get().scale() <= 20;
    if (ordinary && t.get().scale() != 1) {
      BigDecimal stripped = t.get().stripTrailingZeros();
      if (stripped.scale() <= 1) {
        return ((ImmutableEntry) this).withTemperature(stripped.setScale(1));
      }
    }
    boolean constraintsHold = PlainConstraints.ledgerDate(at()) && PlainConstraints.temperature(t)
        && PlainConstraints.plainText(source(), 1, 500);
    PlainConstraints.require(this, constraintsHold, v -> {
      if (t.isPresent() && t.get().scale() != 1) {
        v.add(CordonErrors.temperatureDecimals("temperature", Decimals.render(t.get())));
      }
      if (supersedes().filter(id()::equals).isPresent()) {
        v.add(CordonErrors.entrySupersedesItself("supersedes", id().value()));
      }
    });
    return this;
  }
}

package dev.cordon.core.disinfection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.internal.Instants;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.validation.LedgerDate;
import dev.cordon.core.validation.PlainText;
import dev.cordon.core.validation.Validation;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One disinfection of a site (消殺記錄), usually by the property-management company (物業公司):
 * when, by whom, which areas and with what agent.
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableDisinfectionRecord.class)
@JsonDeserialize(as = ImmutableDisinfectionRecord.class)
public abstract class DisinfectionRecord {
  /** The record's id. */
  public abstract DisinfectionRecordId id();

  /** The site disinfected. */
  public abstract SiteId site();

  /** When. */
  @LedgerDate
  public abstract Instant at();

  /** The unit that did it (e.g. the property-management company). */
  public abstract Optional<UnitId> performedByUnit();

  /** The person who did it. */
  public abstract Optional<PersonId> performedBy();

  /** The areas covered (消殺區域), e.g. {@code 大厅、电梯、卫生间}. */
  public abstract Optional<@PlainText @Size(min = 1, max = 500) String> areas();

  /** The agent used (消毒劑), e.g. {@code 84消毒液 1:100}. */
  public abstract Optional<@PlainText @Size(min = 1, max = 200) String> agent();

  /** A builder for a record. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DisinfectionRecord}s. */
  public static final class Builder extends ImmutableDisinfectionRecord.Builder {}

  @Value.Check
  DisinfectionRecord normalise() {
    if (!Instants.isNormal(at())) {
      return ((ImmutableDisinfectionRecord) this).withAt(Instants.normal(at()));
    }
    Validation.require(this);
    return this;
  }
}

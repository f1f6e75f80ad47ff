package dev.cordon.core.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.internal.Instants;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.validation.LedgerDate;
import dev.cordon.core.validation.PlainText;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A review of a finding (甄別): who decided, when, and why. */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableReview.class)
@JsonDeserialize(as = ImmutableReview.class)
public abstract class Review {
  /** Who reviewed. */
  public abstract PersonId reviewer();

  /** When. */
  @LedgerDate
  public abstract Instant at();

  /** The reason (required to dismiss). */
  public abstract Optional<@PlainText @Size(min = 1, max = 1000) String> reason();

  /** A review. */
  public static Review of(PersonId reviewer, Instant at, String reason) {
    return new Builder().reviewer(reviewer).at(at).reason(Optional.ofNullable(reason)).build();
  }

  /** Builds {@link Review}s. */
  public static final class Builder extends ImmutableReview.Builder {}

  @Value.Check
  Review normalise() {
    return Instants.isNormal(at()) ? this : ((ImmutableReview) this).withAt(Instants.normal(at()));
  }
}

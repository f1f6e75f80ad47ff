package dev.cordon.core.notice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.internal.Instants;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.validation.LedgerDate;
import dev.cordon.core.validation.PlainText;
import dev.cordon.core.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link Notice} is to say, before it is numbered: {@code NoticeService.issue} checks the
 * findings, takes the next number of the year from the storage and stores the notice. The id is
 * the caller's, so issuing the same draft again returns the notice already issued instead of
 * numbering a second one.
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableNoticeDraft.class)
@JsonDeserialize(as = ImmutableNoticeDraft.class)
public abstract class NoticeDraft {
  /** The notice's id. */
  public abstract NoticeId id();

  /** The prefix of the document number, e.g. {@code 包热防通}. */
  @NotBlank
  @PlainText
  @Size(max = 40)
  public abstract String numberPrefix();

  /** The title. */
  @NotBlank
  @PlainText
  @Size(max = 300)
  public abstract String title();

  /** The body text. */
  public abstract Optional<@PlainText @Size(min = 1, max = 20000) String> body();

  /** The issuing unit. */
  public abstract UnitId issuer();

  /** The units criticised; when empty, the units the findings roll up to. */
  @Size(max = 500)
  public abstract List<UnitId> units();

  /** The findings it rests on; each must be CONFIRMED or RECTIFIED. */
  @NotEmpty
  @Size(max = 1000)
  public abstract List<FindingId> findings();

  /** Who issues it. */
  public abstract PersonId issuedBy();

  /** When. */
  @LedgerDate
  public abstract Instant issuedAt();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NoticeDraft}s. */
  public static final class Builder extends ImmutableNoticeDraft.Builder {}

  @Value.Check
  NoticeDraft normalise() {
    if (!Instants.isNormal(issuedAt())) {
      return ((ImmutableNoticeDraft) this).withIssuedAt(Instants.normal(issuedAt()));
    }
    Validation.require(this);
    return this;
  }
}

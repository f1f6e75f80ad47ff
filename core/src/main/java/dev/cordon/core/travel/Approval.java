package dev.cordon.core.travel;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.internal.Instants;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.validation.LedgerDate;
import dev.cordon.core.validation.PlainText;
import dev.cordon.core.validation.Validation;
import dev.cordon.core.validation.internal.CordonErrors;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** The approval of a travel declaration (審批): its status, who decided and when. */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableApproval.class)
@JsonDeserialize(as = ImmutableApproval.class)
public abstract class Approval {
  /** The status; PENDING until decided. */
  public abstract ApprovalStatus status();

  /** Who decided (審批人). */
  public abstract Optional<PersonId> approver();

  /** When it was decided. */
  public abstract Optional<@LedgerDate Instant> decidedAt();

  /** The approver's remark. */
  public abstract Optional<@PlainText @Size(min = 1, max = 500) String> note();

  /** The undecided approval. */
  public static Approval pending() {
    return builder().status(ApprovalStatus.PENDING).build();
  }

  /** A decided approval. */
  public static Approval decided(ApprovalStatus status, PersonId approver, Instant when) {
    return builder().status(status).approver(approver).decidedAt(when).build();
  }

  /** Whether it was decided (approved or rejected). */
  @JsonIgnore
  public boolean isDecided() {
    return status() != ApprovalStatus.PENDING;
  }

  /** A builder for an approval. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Approval}s. */
  public static final class Builder extends ImmutableApproval.Builder {}

  @Value.Check
  Approval normalise() {
    if (decidedAt().isPresent() && !Instants.isNormal(decidedAt().get())) {
      return ((ImmutableApproval) this).withDecidedAt(Instants.normal(decidedAt().get()));
    }
    Validation.require(this, v -> {
      if (isDecided() && (approver().isEmpty() || decidedAt().isEmpty())) {
        v.add(CordonErrors.approvalWithoutApprover("approver"));
      }
    });
    return this;
  }
}

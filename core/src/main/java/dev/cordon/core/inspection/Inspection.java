package dev.cordon.core.inspection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.duty.Scope;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.validation.LedgerDate;
import dev.cordon.core.validation.PlainText;
import dev.cordon.core.validation.Validation;
import dev.cordon.core.validation.internal.CordonErrors;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An inspection (檢查督導) of a site or a unit by a person on a day, against a {@link Checklist}
 * [R2, R4]: a group leader inspecting a liaison unit (聯繫點單位), the prevention office checking a
 * service hall. The checklist is kept with the inspection as it was used, so a later change to the
 * organisation's checklist does not rewrite past inspections. Every {@link ItemOutcome#FAILED}
 * item becomes a finding (rule {@code INSPECTION-ITEM-FAILED}) about the inspected scope.
 *
 * <p>An inspection is a record made once: it is never changed (a second visit is a new inspection).
 * Structurally, results name items of the checklist, each at most once; items without a result were
 * not checked.
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableInspection.class)
@JsonDeserialize(as = ImmutableInspection.class)
public abstract class Inspection {
  /** The inspection's id. */
  public abstract InspectionId id();

  /** What was inspected: a site or a unit. */
  public abstract Scope scope();

  /** Who inspected (檢查人). */
  public abstract PersonId inspector();

  /** The local day of the inspection. */
  @LedgerDate
  public abstract LocalDate date();

  /** The checklist used, as it was on that day. */
  @Valid
  public abstract Checklist checklist();

  /** The results, one per checked item. */
  @Size(max = 200)
  public abstract List<@Valid ItemResult> results();

  /** A remark on the whole inspection. */
  public abstract Optional<@PlainText @Size(min = 1, max = 2000) String> remark();

  /** The results whose outcome is {@link ItemOutcome#FAILED}, in checklist order. */
  public List<ItemResult> failed() {
    return results().stream().filter(r -> r.outcome() == ItemOutcome.FAILED).toList();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Inspection}s; {@link #build()} throws when malformed. */
  public static final class Builder extends ImmutableInspection.Builder {}

  @Value.Check
  void check() {
    Validation.require(this, v -> {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < results().size(); i++) {
        String item = results().get(i).itemId();
        if (checklist().item(item).isEmpty()) {
          v.add(CordonErrors.itemNotOnChecklist("results[" + i + "].itemId", item,
              checklist().id().value()));
        } else if (!seen.add(item)) {
          v.add(CordonErrors.itemResultTwice("results[" + i + "].itemId", item));
        }
      }
    });
  }
}

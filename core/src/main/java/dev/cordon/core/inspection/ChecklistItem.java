package dev.cordon.core.inspection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.validation.PlainText;
import dev.cordon.core.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/**
 * One point of an inspection {@link Checklist} (檢查項): a stable id, the requirement in English and
 * Simplified Chinese. A failed item becomes a finding of the rule {@code INSPECTION-ITEM-FAILED},
 * whose severity the policy sets like any rule's.
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableChecklistItem.class)
@JsonDeserialize(as = ImmutableChecklistItem.class)
public abstract class ChecklistItem {
  /** The item's id within its checklist: lower case letters, digits and dashes, e.g. {@code temperature}. */
  @NotBlank
  @Size(max = 60)
  @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
  public abstract String id();

  /** The requirement in English. */
  @NotBlank
  @PlainText
  @Size(max = 500)
  public abstract String textEn();

  /** The requirement in Simplified Chinese. */
  @NotBlank
  @PlainText
  @Size(max = 500)
  public abstract String textZh();

  /** An item. */
  public static ChecklistItem of(String id, String textEn, String textZh) {
    return builder().id(id).textEn(textEn).textZh(textZh).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ChecklistItem}s. */
  public static final class Builder extends ImmutableChecklistItem.Builder {}

  @Value.Check
  void check() {
    Validation.require(this);
  }
}

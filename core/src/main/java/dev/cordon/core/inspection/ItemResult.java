package dev.cordon.core.inspection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.validation.PlainText;
import dev.cordon.core.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/** The result of one checklist item in an {@link Inspection}: the outcome and the inspector's note. */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableItemResult.class)
@JsonDeserialize(as = ImmutableItemResult.class)
public abstract class ItemResult {
  /** The checklist item's id. */
  @NotBlank
  @Size(max = 60)
  public abstract String itemId();

  /** What was found. */
  public abstract ItemOutcome outcome();

  /** What the inspector wrote (檢查情況), never personal data. */
  public abstract Optional<@PlainText @Size(min = 1, max = 1000) String> note();

  /** A result without a note. */
  public static ItemResult of(String itemId, ItemOutcome outcome) {
    return builder().itemId(itemId).outcome(outcome).build();
  }

  /** A result with a note. */
  public static ItemResult of(String itemId, ItemOutcome outcome, String note) {
    return builder().itemId(itemId).outcome(outcome).note(Optional.ofNullable(note)).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ItemResult}s. */
  public static final class Builder extends ImmutableItemResult.Builder {}

  @Value.Check
  void check() {
    Validation.require(this);
  }
}

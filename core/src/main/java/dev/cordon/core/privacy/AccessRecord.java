package dev.cordon.core.privacy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of the access log (個人信息查閱記錄): personal values were shown unmasked — who, when,
 * why, through which view, what was asked for and which records' values were shown. It holds record
 * ids, never the values. Append-only.
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableAccessRecord.class)
@JsonDeserialize(as = ImmutableAccessRecord.class)
public abstract class AccessRecord {
  /** At most this many record ids are listed on one line; {@link #count()} counts them all. */
  public static final int MAX_LISTED = 1000;

  /** The line's id. */
  @NotBlank
  @Size(min = 1, max = 100)
  public abstract String id();

  /** When the values were shown (the service's clock). */
  public abstract Instant at();

  /** Who asked, as they named themselves. */
  @NotBlank
  @PlainText
  @Size(min = 1, max = 100)
  public abstract String by();

  /** Why, as they stated it (查閱事由). */
  @NotBlank
  @PlainText
  @Size(min = 1, max = 500)
  public abstract String reason();

  /** The unit whose subtree the view was scoped to; empty for the whole organisation. */
  public abstract Optional<UnitId> scope();

  /** What was asked for, e.g. {@code read person}, {@code report findings 2021-10-01..2021-10-31}, {@code export}. */
  @NotBlank
  @PlainText
  @Size(min = 1, max = 200)
  public abstract String what();

  /** The records whose personal values were shown, as {@code kind:id}, at most {@link #MAX_LISTED}. */
  public abstract List<String> records();

  /** How many records' personal values were shown (may exceed the ids listed). */
  @Min(0)
  public abstract int count();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AccessRecord}s. */
  public static final class Builder extends ImmutableAccessRecord.Builder {}
}

package dev.cordon.core.privacy;

import dev.cordon.core.validation.LedgerDate;
import dev.cordon.core.validation.PersonalField;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of the purge log (個人信息刪除記錄): one committed batch of a purge or of an erasure on
 * request — when, by whom, as of which day, how many records of each kind were rewritten and how many
 * values of each field were erased, how many records past retention were kept under legal hold. It
 * holds no personal value and no record id: the log says how much was erased, never whose. Written
 * in the same transaction as the batch it counts, so a batch is never erased unlogged; append-only.
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutablePurgeRecord.class)
@JsonDeserialize(as = ImmutablePurgeRecord.class)
public abstract class PurgeRecord {
  /** Why values were erased. */
  public enum Cause {
    /** Retention ran out ({@code purge(asOf)}). */
    PURGE,
    /** A person asked for their data to be erased. */
    ERASURE
  }

  /** The line's id: the run's id and the batch number, e.g. {@code purge-20211201T000000Z-1f3a-0001}. */
  @NotBlank
  @Size(min = 1, max = 100)
  public abstract String id();

  /** The run the batch belongs to. */
  @NotBlank
  @Size(min = 1, max = 90)
  public abstract String run();

  /**
   * The batch's number in its run, from 1; 0 for the run's closing line, written when the run erased
   * nothing or kept records under legal hold (it counts them in {@link #held()}).
   */
  @Min(0)
  public abstract int batch();

  /** When the batch was committed (the service's clock). */
  public abstract Instant at();

  /** Who ran it, as the caller named themselves (an officer's staff number, {@code cron} …). */
  @NotBlank
  @PlainText
  @Size(min = 1, max = 100)
  public abstract String by();

  /** Purge or erasure. */
  public abstract Cause cause();

  /** The day retention was judged on (a purge). */
  public abstract Optional<@LedgerDate LocalDate> asOf();

  /** The request's reference as the caller gave it (an erasure), e.g. a ticket number. */
  public abstract Optional<@PlainText @Size(min = 1, max = 200) String> reason();

  /** Records rewritten, per record kind name ({@code entry}, {@code person}, {@code travel declaration}). */
  public abstract Map<String, Integer> records();

  /** Values erased, per field. */
  public abstract Map<PersonalField, Integer> values();

  /** Records past retention kept because a finding holds them as evidence (legal hold). */
  @Min(0)
  public abstract int held();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PurgeRecord}s. */
  public static final class Builder extends ImmutablePurgeRecord.Builder {}
}

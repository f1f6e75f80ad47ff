package dev.cordon.core.notice;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named notice of criticism (實名通報批評) [R3]: the units criticised, the findings that justify it
 * and its document number (文號) — a prefix, the year and a sequence number within the year, e.g.
 * {@code 包热防通〔2021〕3号}.
 *
 * <p>A notice is built only from findings that were analysed and verified (分析甄別): CONFIRMED or
 * RECTIFIED ones. {@code NoticeService} refuses anything else; a notice stored some other way (an
 * import) that names an unreviewed finding is flagged by the rule {@code NOTICE-UNREVIEWED}.
 * Notices are immutable once issued; the storage numbers them per year, atomically.
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableNotice.class)
@JsonDeserialize(as = ImmutableNotice.class)
public abstract class Notice {
  /** The notice's id. */
  public abstract NoticeId id();

  /** The prefix of the document number (發文字號), e.g. {@code 包热防通}. */
  @NotBlank
  @PlainText
  @Size(max = 40)
  public abstract String numberPrefix();

  /** The year of the document number. */
  @Min(2000)
  @Max(9999)
  public abstract int year();

  /** The sequence number within the year, from 1. */
  @Positive
  public abstract int sequence();

  /** The title (標題). */
  @NotBlank
  @PlainText
  @Size(max = 300)
  public abstract String title();

  /** The body text (正文). */
  public abstract Optional<@PlainText @Size(min = 1, max = 20000) String> body();

  /** The unit that issues it (發文單位), e.g. the prevention leading-group office. */
  public abstract UnitId issuer();

  /** The units criticised by name (被通報單位). */
  @NotEmpty
  @Size(max = 500)
  public abstract List<UnitId> units();

  /** The findings it rests on; each CONFIRMED or RECTIFIED when the notice was issued. */
  @NotEmpty
  @Size(max = 1000)
  public abstract List<FindingId> findings();

  /** Who issued it. */
  public abstract PersonId issuedBy();

  /** When it was issued. */
  @LedgerDate
  public abstract Instant issuedAt();

  /** The local day of issue (印發日期). */
  @LedgerDate
  public abstract LocalDate date();

  /** The document number, e.g. {@code 包热防通〔2021〕3号}. */
  @JsonIgnore
  public String number() {
    return numberPrefix() + "〔" + year() + "〕" + sequence() + "号";
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Notice}s; {@link #build()} throws when malformed. */
  public static final class Builder extends ImmutableNotice.Builder {}

  @Value.Check
  Notice normalise() {
    if (!Instants.isNormal(issuedAt())) {
      return ((ImmutableNotice) this).withIssuedAt(Instants.normal(issuedAt()));
    }
    Validation.require(this);
    return this;
  }
}

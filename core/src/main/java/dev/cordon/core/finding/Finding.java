package dev.cordon.core.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a compliance rule found (檢查發現): the rule, how serious, about whom or what, on which local
 * day (or range of days), a bilingual message, the evidence (ids of the records involved) and its
 * review status. Messages never hold personal data unmasked.
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding {
  /** The id, derived from the rule and the finding's key. */
  public abstract FindingId id();

  /** The rule that found it, e.g. {@code ENTRY-FEVER-ADMITTED}. */
  @NotBlank
  @Size(max = 80)
  public abstract String ruleId();

  /** How serious. */
  public abstract Severity severity();

  /** What it is about. */
  public abstract Subject subject();

  /** The unit it rolls up to (the unit of the site, person or holder). */
  public abstract Optional<UnitId> unit();

  /** The local day it concerns, or the first day of its range. */
  public abstract LocalDate date();

  /** For a range of days, the first day after it (exclusive). */
  public abstract Optional<LocalDate> until();

  /** The message in English. */
  @NotBlank
  @Size(max = 2000)
  public abstract String messageEn();

  /** The message in Simplified Chinese. */
  @NotBlank
  @Size(max = 2000)
  public abstract String messageZh();

  /** The ids of the records involved. */
  public abstract List<String> evidence();

  /** The review status; OPEN unless given. */
  @Value.Default
  public FindingStatus status() {
    return FindingStatus.OPEN;
  }

  /** The review that confirmed or dismissed it. */
  public abstract Optional<Review> review();

  /** The day it was put right (整改), for RECTIFIED findings. */
  public abstract Optional<LocalDate> rectifiedOn();

  /**
   * The policy that judged it — the one in force on its {@link #date()} when the check ran — by the
   * day that policy took effect (its id in the stored policy history). Empty for findings stored
   * before Cordon recorded it.
   */
  public abstract Optional<LocalDate> policyFrom();

  /** The message in {@code locale}: Simplified Chinese for any {@code zh} locale, else English. */
  public String message(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage()) ? messageZh() : messageEn();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Finding}s. */
  public static final class Builder extends ImmutableFinding.Builder {}

  @Value.Check
  void check() {
    Validation.require(this);
  }
}

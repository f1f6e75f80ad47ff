package dev.cordon.core.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.immutables.value.Value;

/**
 * How long personal values are kept (個人信息保存期限), in days counted from the end of the purpose
 * they were collected for; after that a purge ({@code Cordon.personalData().purge(asOf)}) erases
 * them and keeps every fact that is not personal. Part of the {@link PreventionPolicy}: the policy
 * in force on the day a purpose ended decides. Every attribute is optional in a policy file; the
 * defaults, and why they were chosen, are in the README's "Personal information" section.
 */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableRetention.class)
@JsonDeserialize(as = ImmutableRetention.class)
public abstract class Retention {
  /** The default of {@link #visitorDays()}: 28 days. */
  public static final int DEFAULT_VISITOR_DAYS = 28;
  /** The default of {@link #travelDays()}: 28 days. */
  public static final int DEFAULT_TRAVEL_DAYS = 28;
  /** The default of {@link #leaverDays()}: 730 days. */
  public static final int DEFAULT_LEAVER_DAYS = 730;
  /** The default of {@link #holdDays()}: 180 days. */
  public static final int DEFAULT_HOLD_DAYS = 180;

  /**
   * Days a ledger row's visitor details (name, phone, ID number, purpose, host) are kept after the
   * day of the entry: the itinerary look-back a tracer may ask about (14 days) and the observation
   * that may follow it (14 days). Default {@value #DEFAULT_VISITOR_DAYS}, the four weeks after which
   * Korea's entry logs were destroyed.
   */
  @Min(1)
  @Max(3650)
  @Value.Default
  public int visitorDays() {
    return DEFAULT_VISITOR_DAYS;
  }

  /**
   * Days a travel declaration's free-text purpose is kept after its follow-up ended (or, without a
   * follow-up, after the return, or the planned return). Default {@value #DEFAULT_TRAVEL_DAYS}.
   */
  @Min(1)
  @Max(3650)
  @Value.Default
  public int travelDays() {
    return DEFAULT_TRAVEL_DAYS;
  }

  /**
   * Days a person's name, phone and ID number are kept after they left the organisation
   * ({@code Person.leftOn}). Default {@value #DEFAULT_LEAVER_DAYS}: the two years an employer keeps a
   * former employee's labour contract (Labour Contract Law, Art. 50).
   */
  @Min(1)
  @Max(3650)
  @Value.Default
  public int leaverDays() {
    return DEFAULT_LEAVER_DAYS;
  }

  /**
   * Days the evidence of a finding stays on legal hold after the finding was closed (dismissed, or
   * rectified); while a finding is open or confirmed, or named in a notice and not closed, its
   * evidence is held without end. Default {@value #DEFAULT_HOLD_DAYS}: the six months in which an
   * administrative act may be challenged in court (Administrative Litigation Law, Art. 46).
   */
  @Min(0)
  @Max(3650)
  @Value.Default
  public int holdDays() {
    return DEFAULT_HOLD_DAYS;
  }

  /** The defaults. */
  public static Retention defaults() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Retention}s. */
  public static final class Builder extends ImmutableRetention.Builder {}
}

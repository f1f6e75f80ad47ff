package dev.cordon.core.travel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.cordon.core.CordonStyle;
import dev.cordon.core.entry.HealthCodeColour;
import dev.cordon.core.internal.Instants;
import dev.cordon.core.validation.LedgerDate;
import java.time.Instant;
import org.immutables.value.Value;

/** The report a traveller files on coming back (返崗報告): when, and the health code shown. */
@Value.Immutable
@CordonStyle
@JsonSerialize(as = ImmutableReturnReport.class)
@JsonDeserialize(as = ImmutableReturnReport.class)
public abstract class ReturnReport {
  /** When the return was reported. */
  @LedgerDate
  public abstract Instant reportedAt();

  /** The health code shown on return. */
  public abstract HealthCodeColour healthCode();

  /** A return report. */
  public static ReturnReport of(Instant reportedAt, HealthCodeColour healthCode) {
    return builder().reportedAt(reportedAt).healthCode(healthCode).build();
  }

  /** A builder for a return report. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReturnReport}s. */
  public static final class Builder extends ImmutableReturnReport.Builder {}

  @Value.Check
  ReturnReport normalise() {
    return Instants.isNormal(reportedAt()) ? this
        : ((ImmutableReturnReport) this).withReportedAt(Instants.normal(reportedAt()));
  }
}

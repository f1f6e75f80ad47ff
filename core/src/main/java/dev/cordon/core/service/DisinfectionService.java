package dev.cordon.core.service;

import dev.cordon.core.disinfection.DisinfectionRecord;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.storage.WriteOutcome;
import dev.cordon.core.validation.Violation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The disinfection log (消殺記錄). */
public final class DisinfectionService {
  private final Storage storage;
  private final PlausibleDates dates;

  /** A service judging record dates against the default policy's plausible window and the system clock. */
  DisinfectionService(Storage storage) {
    this(storage, PolicyHistory.of(PreventionPolicy.defaults().build()), Clock.systemUTC());
  }

  /**
   * A service that refuses records dated outside the plausible window of {@code policies}
   * ({@code CORDON-DATE-002}), today being the date of {@code clock}.
   */
  DisinfectionService(Storage storage, PolicyHistory policies, Clock clock) {
    this.storage = storage;
    this.dates = new PlausibleDates(policies, clock);
  }

  /** Records a disinfection; the site must be registered. */
  public WriteOutcome record(DisinfectionRecord record) {
    return storage.inTransaction(() -> {
      List<Violation> v = new ArrayList<>();
      dates.check(v, "at", record.at());
      References.require(v, storage.sites(), record.site(), "site", "site");
      record.performedByUnit().ifPresent(u -> References.require(v, storage.units(), u, "performedByUnit", "unit"));
      References.throwIfAny(v);
      return storage.disinfection().put(record);
    });
  }
}

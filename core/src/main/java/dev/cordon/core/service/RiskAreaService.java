package dev.cordon.core.service;

import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.risk.PublishedRiskAreas;
import dev.cordon.core.risk.RiskArea;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.validation.Violation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The risk-area lists (中高風險地區名單): stores published lists as {@link RiskArea}s, idempotently.
 * Loading the same lists twice stores nothing the second time; loading a longer run of the lists
 * later ends areas that were still open (same id, a new version with its end day).
 */
public final class RiskAreaService {
  private final Storage storage;
  private final PlausibleDates dates;

  /** A service judging record dates against the default policy's plausible window and the system clock. */
  RiskAreaService(Storage storage) {
    this(storage, PolicyHistory.of(PreventionPolicy.defaults().build()), Clock.systemUTC());
  }

  /**
   * A service that refuses records dated outside the plausible window of {@code policies}
   * ({@code CORDON-DATE-002}), today being the date of {@code clock}.
   */
  RiskAreaService(Storage storage, PolicyHistory policies, Clock clock) {
    this.storage = storage;
    this.dates = new PlausibleDates(policies, clock);
  }

  /**
   * What loading did.
   *
   * @param stored areas new to storage
   * @param updated areas stored before in another form (an end day found since), now updated
   * @param unchanged areas already stored as they are
   * @param unresolved the published names that could not be resolved, so are not stored
   */
  public record Loaded(int stored, int updated, int unchanged, List<String> unresolved) {
    public Loaded {
      unresolved = List.copyOf(unresolved);
    }
  }

  /**
   * Stores every area of {@code published} in one transaction; an area in force outside the
   * plausible window refuses the whole list ({@code CORDON-DATE-002}) and nothing is stored.
   */
  public Loaded load(PublishedRiskAreas published) {
    List<Violation> v = new ArrayList<>();
    for (int i = 0; i < published.areas().size(); i++) {
      RiskArea a = published.areas().get(i);
      dates.check(v, "areas[" + i + "].inForceFrom", a.inForceFrom());
      dates.checkDate(v, "areas[" + i + "].inForceTo", a.inForceTo());
    }
    References.throwIfAny(v);
    return storage.inTransaction(() -> {
      int stored = 0;
      int updated = 0;
      int unchanged = 0;
      for (RiskArea a : published.areas()) {
        Optional<RiskArea> old = storage.riskAreas().get(a.id());
        if (old.isEmpty()) {
          storage.riskAreas().put(a);
          stored++;
        } else if (old.get().equals(a)) {
          unchanged++;
        } else {
          storage.riskAreas().update(a);
          updated++;
        }
      }
      return new Loaded(stored, updated, unchanged, published.unresolved());
    });
  }
}

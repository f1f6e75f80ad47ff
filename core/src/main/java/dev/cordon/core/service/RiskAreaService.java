package dev.cordon.core.service;

import dev.cordon.core.risk.PublishedRiskAreas;
import dev.cordon.core.risk.RiskArea;
import dev.cordon.core.storage.Storage;
import java.util.List;
import java.util.Optional;

/**
 * The risk-area lists (中高風險地區名單): stores published lists as {@link RiskArea}s, idempotently.
 * Loading the same lists twice stores nothing the second time; loading a longer run of the lists
 * later ends areas that were still open (same id, a new version with its end day).
 */
public final class RiskAreaService {
  private final Storage storage;

  public RiskAreaService(Storage storage) {
    this.storage = storage;
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

  /** Stores every area of {@code published} in one transaction. */
  public Loaded load(PublishedRiskAreas published) {
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

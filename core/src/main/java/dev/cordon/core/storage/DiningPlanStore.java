package dev.cordon.core.storage;

import dev.cordon.core.dining.DiningPlan;
import dev.cordon.core.dining.DiningPlanId;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Adopted canteen plans (錯峰就餐方案). A plan that is revised is stored as a new version with
 * {@link #update}; the earlier versions stay readable in {@link #history}.
 *
 * <p>For providers: a plan is a versioned row keyed by (id, version) with the indexed columns
 * {@link DiningPlan#date()} and {@link DiningPlan#canteen()}; the sittings may be kept as a JSON
 * document (they are read whole, never queried inside).
 */
public interface DiningPlanStore extends VersionedStore<DiningPlanId, DiningPlan> {
  /** Plans (latest versions) dated on {@code [from, to)}, ordered by date then id. Close the stream. */
  Stream<DiningPlan> between(LocalDate from, LocalDate to);
}

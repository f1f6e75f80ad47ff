package dev.cordon.core.storage;

import dev.cordon.core.dining.DiningPlan;
import dev.cordon.core.dining.DiningPlanId;

/**
 * Adopted canteen plans (錯峰就餐方案). A plan that is revised is stored as a new version with
 * {@link #update}; the earlier versions stay readable in {@link #history}.
 */
public interface DiningPlanStore extends VersionedStore<DiningPlanId, DiningPlan>, DiningPlanQueries {}

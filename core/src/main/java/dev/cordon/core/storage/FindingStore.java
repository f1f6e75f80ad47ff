package dev.cordon.core.storage;

import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;

/**
 * Findings (檢查發現). A re-run of a check finds the same ids; the engine then updates a finding (a
 * longer range, more evidence) without resetting its review status. Every version stays in
 * {@link #history}: the review trail.
 */
public interface FindingStore extends VersionedStore<FindingId, Finding>, FindingQueries {}

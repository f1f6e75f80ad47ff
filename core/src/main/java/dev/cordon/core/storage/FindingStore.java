package dev.cordon.core.storage;

import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Findings (檢查發現). A re-run of a check finds the same ids; the engine then updates a finding (a
 * longer range, more evidence) without resetting its review status. Every version stays in
 * {@link #history}: the review trail.
 */
public interface FindingStore extends VersionedStore<FindingId, Finding> {
  /** Findings (latest versions) dated on {@code [from, to)}, ordered by date then id. */
  Stream<Finding> between(LocalDate from, LocalDate to);
}

package dev.cordon.core.storage;

import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PolicyId;
import dev.cordon.core.policy.PreventionPolicy;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The prevention policies stored with the data (防控政策): one per day it takes effect, keyed by that
 * day ({@link PolicyId}), versioned — storing a different policy for a stored day is an
 * {@link #update}, and the earlier text stays in {@link #history}.
 */
public interface PolicyStore extends VersionedStore<PolicyId, PreventionPolicy> {
  /** The stored history in force (the latest version of each day's policy); empty when none is stored. */
  default Optional<PolicyHistory> inForce() {
    List<PreventionPolicy> all;
    try (Stream<PreventionPolicy> s = all()) {
      all = s.toList();
    }
    return all.isEmpty() ? Optional.empty() : Optional.of(PolicyHistory.of(all));
  }
}

package dev.cordon.tck;

import static dev.cordon.tck.TckData.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PolicyId;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.storage.WriteOutcome;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The prevention policies stored with the data ({@link dev.cordon.core.storage.PolicyStore}): whole
 * round trip of a policy, one per effective day and in date order, a changed policy for a stored
 * day as a new version with its history, and the history in force.
 */
public abstract class PolicyStoreContract extends StorageContract {
  private static PreventionPolicy policy(String from, String fever) {
    return PreventionPolicy.defaults().effectiveFrom(day(from)).feverThreshold(new BigDecimal(fever)).build();
  }

  /** No stored policy: nothing in force. */
  @Test
  public void anEmptyStorageHasNoPolicyInForce() {
    assertThat(storage.policies().inForce()).isEmpty();
    assertThat(storage.policies().count()).isZero();
  }

  /** A policy reads back equal, every attribute (norms, kits, rule settings) included. */
  @Test
  public void aPolicyRoundTrips() {
    PreventionPolicy p = PreventionPolicy.defaults().effectiveFrom(day("2021-10-01"))
        .putRule("ENTRY-FEVER", dev.cordon.core.policy.RuleSetting.off()).build();
    assertThat(storage.policies().put(p)).isEqualTo(WriteOutcome.STORED);
    assertThat(storage.policies().put(p)).isEqualTo(WriteOutcome.ALREADY_PRESENT);
    assertThat(storage.policies().get(PolicyId.of(p))).contains(p);
  }

  /** Policies are kept per effective day and listed in date order; the history in force is theirs. */
  @Test
  public void policiesAreListedInDateOrder() {
    PreventionPolicy later = policy("2021-11-15", "37.2");
    PreventionPolicy earlier = policy("2021-10-01", "37.3");
    storage.policies().putAll(java.util.List.of(later, earlier));
    assertThat(list(storage.policies().all())).containsExactly(earlier, later);
    PolicyHistory h = storage.policies().inForce().orElseThrow();
    assertThat(h.policyOn(day("2021-11-14"))).isEqualTo(earlier);
    assertThat(h.policyOn(day("2021-11-15"))).isEqualTo(later);
  }

  /** A changed policy for a stored day is a new version; the old text stays in the history. */
  @Test
  public void aChangedPolicyForAStoredDayIsANewVersion() {
    PreventionPolicy first = policy("2021-10-01", "37.3");
    PreventionPolicy corrected = policy("2021-10-01", "37.2");
    storage.policies().put(first);
    assertThat(storage.policies().update(corrected)).isEqualTo(WriteOutcome.STORED);
    assertThat(storage.policies().get(PolicyId.of(first))).contains(corrected);
    assertThat(storage.policies().history(PolicyId.of(first))).containsExactly(first, corrected);
    assertThat(storage.policies().inForce().orElseThrow().latest()).isEqualTo(corrected);
  }
}

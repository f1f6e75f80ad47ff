package dev.cordon.tck.rules;

import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A rule's test case for the {@link RuleContract}s: the records, the policies and the days
 * {@code [from, to)} over which the rule, checked, finds something.
 *
 * <pre>{@code
 * Scenario.given(unit, site, entry1, entry2).policy(PreventionPolicy.defaults().build())
 *     .over(LocalDate.of(2021, 10, 1), LocalDate.of(2021, 11, 1));
 * }</pre>
 *
 * @param records the records stored before the check, in the order given (see {@link RuleKit#given})
 * @param policies the dated policies the records are judged under
 * @param from the first day checked
 * @param to the first day after the days checked
 */
public record Scenario(List<Object> records, PolicyHistory policies, LocalDate from, LocalDate to) {
  /**
   * Checks the parts: {@code from} must be before {@code to}.
   *
   * @param from the start of the span, inclusive
   * @param policies the policies
   * @param records the records
   * @param to the end of the span, exclusive
   */
  public Scenario {
    records = List.copyOf(records);
    Objects.requireNonNull(policies, "policies");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("a scenario checks at least one day: " + from + " .. " + to);
    }
  }

  /**
   * Starts a scenario over these records, judged under {@link PreventionPolicy#defaults()}.
   *
   * @param records the records
   * @return a scenario over these records, judged under {@link PreventionPolicy#defaults()}
   */
  public static Draft given(Object... records) {
    return new Draft(Arrays.asList(records), PolicyHistory.of(PreventionPolicy.defaults().build()));
  }

  /**
   * The same records and days under other policies — e.g. one that switches the rule off.
   *
   * @param other the other value
   * @return the same records and days under other policies — e.g. one that switches the rule off
   */
  public Scenario withPolicies(PolicyHistory other) {
    return new Scenario(records, other, from, to);
  }

  /** A scenario still missing its days. */
  public static final class Draft {
    private final List<Object> records;
    private PolicyHistory policies;

    private Draft(List<Object> records, PolicyHistory policies) {
      this.records = new ArrayList<>(records);
      this.policies = policies;
    }

    /**
     * More records.
     *
     * @param more further values
     * @return More records
     */
    public Draft and(Object... more) {
      records.addAll(Arrays.asList(more));
      return this;
    }

    /**
     * One policy for every date.
     *
     * @param policy the prevention policy
     * @return one policy for every date
     */
    public Draft policy(PreventionPolicy policy) {
      this.policies = PolicyHistory.of(policy);
      return this;
    }

    /**
     * Dated policies.
     *
     * @param history the policy history
     * @return Dated policies
     */
    public Draft policies(PolicyHistory history) {
      this.policies = Objects.requireNonNull(history, "history");
      return this;
    }

    /**
     * The scenario, checked over the days {@code [from, to)}.
     *
     * @param from the start of the span, inclusive
     * @param to the end of the span, exclusive
     * @return the scenario, checked over the days {@code [from, to)}
     */
    public Scenario over(LocalDate from, LocalDate to) {
      return new Scenario(records, policies, from, to);
    }
  }
}

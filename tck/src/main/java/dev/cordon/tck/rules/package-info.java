/**
 * The rule test kit (API tier for rule authors): {@link dev.cordon.tck.rules.RuleKit} — given
 * records and a policy, when a rule is checked over days, then these findings — and the abstract
 * {@link dev.cordon.tck.rules.RuleContract} every rule passes (determinism, idempotence across
 * re-runs with the review status kept, the same findings day by day as all at once, the policy's
 * switch and severity), fed by a {@link dev.cordon.tck.rules.Scenario}. Built on the
 * {@code memory:} storage and Cordon's own check engine.
 */
package dev.cordon.tck.rules;

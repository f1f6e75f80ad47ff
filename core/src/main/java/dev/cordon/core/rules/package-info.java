/**
 * Compliance rules (API tier): the {@link dev.cordon.core.rules.Rule} contract, the built-in
 * catalogue ({@link dev.cordon.core.rules.BuiltInRules}) and the engine that runs them over a date
 * range and stores deterministic findings ({@link dev.cordon.core.rules.Checks}).
 */
package dev.cordon.core.rules;

package dev.cordon.spi.rules;

import dev.cordon.core.finding.Severity;
import dev.cordon.core.report.Text;

/**
 * A compliance rule (合規規則): reads records through a {@link RuleContext} and reports what it finds
 * as {@link FindingDraft}s. Rules are deterministic — the same records and policy give the same
 * drafts — so re-running a check never duplicates a finding.
 *
 * <p>The built-in rules are listed in {@code dev.cordon.core.rules.BuiltInRules}; integrators add
 * rules through a {@link RuleProvider} and test them with the rule kit of {@code cordon-tck}
 * ({@code dev.cordon.tck.rules.RuleKit}, {@code RuleContract}). A policy can switch any rule off or
 * change its severity ({@link dev.cordon.core.policy.PreventionPolicy#rules()}); the engine applies
 * both, a rule need not look at them.
 */
public interface Rule {
  /** The stable id, upper case with dashes, e.g. {@code ENTRY-FEVER-ADMITTED}; unique among all rules in use. */
  String id();

  /** The severity of its findings unless the policy says otherwise. */
  Severity defaultSeverity();

  /** What the rule detects, in English and Simplified Chinese. */
  Text description();

  /**
   * Evaluates the rule over the context's days {@code [from, to)} and reports each finding with
   * {@link RuleContext#report}. It reads only through the context and keeps no state between calls.
   */
  void evaluate(RuleContext context);
}

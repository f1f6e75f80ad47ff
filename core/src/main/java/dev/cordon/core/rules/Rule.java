package dev.cordon.core.rules;

import dev.cordon.core.finding.Severity;
import dev.cordon.core.report.Text;

/**
 * A compliance rule (合規規則): reads records through a {@link RuleContext} and reports what it finds
 * as {@link FindingDraft}s. Rules are deterministic — the same records and policy give the same
 * drafts — so re-running a check never duplicates a finding.
 *
 * <p>Built-in rules are listed in {@link BuiltInRules}; integrators add rules through
 * {@code dev.cordon.spi.rules.RuleProvider}. A policy can switch any rule off or change its
 * severity ({@link dev.cordon.core.policy.PreventionPolicy#rules()}).
 */
public interface Rule {
  /** The stable id, upper case with dashes, e.g. {@code ENTRY-FEVER-ADMITTED}. */
  String id();

  /** The severity of its findings unless the policy says otherwise. */
  Severity defaultSeverity();

  /** What the rule detects, in English and Simplified Chinese. */
  Text description();

  /** Evaluates the rule over the context's date range and reports each finding. */
  void evaluate(RuleContext context);
}

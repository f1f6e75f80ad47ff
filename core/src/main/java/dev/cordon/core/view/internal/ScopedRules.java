package dev.cordon.core.view.internal;

import dev.cordon.core.finding.Severity;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.report.Text;
import dev.cordon.core.risk.RiskRegistry;
import dev.cordon.spi.rules.EntryRule;
import dev.cordon.spi.rules.FindingDraft;
import dev.cordon.spi.rules.Records;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The rules as a check through a scoped view runs them: each judges what the view shows, and a
 * finding that does not roll up to a unit of the subtree — a notice issued above it, an employee
 * of another subtree met at one of its sites — is left to the check of the whole organisation (or
 * of that unit's subtree) rather than written outside the view.
 */
public final class ScopedRules {
  private ScopedRules() {}

  /** {@code rules}, each keeping only the findings of {@code subtree}. */
  public static List<Rule> within(List<Rule> rules, Subtree subtree) {
    return rules.stream().<Rule>map(r -> r instanceof EntryRule ? new WithinEntries(r, subtree) : new Within(r, subtree))
        .toList();
  }

  private static class Within implements Rule {
    private final Rule rule;
    private final Subtree subtree;

    Within(Rule rule, Subtree subtree) {
      this.rule = rule;
      this.subtree = subtree;
    }

    @Override
    public String id() {
      return rule.id();
    }

    @Override
    public Severity defaultSeverity() {
      return rule.defaultSeverity();
    }

    @Override
    public Text description() {
      return rule.description();
    }

    @Override
    public void evaluate(RuleContext context) {
      rule.evaluate(new RuleContext() {
        @Override
        public LocalDate from() {
          return context.from();
        }

        @Override
        public LocalDate to() {
          return context.to();
        }

        @Override
        public Instant asOf() {
          return context.asOf();
        }

        @Override
        public ZoneId zone() {
          return context.zone();
        }

        @Override
        public PreventionPolicy policyOn(LocalDate day) {
          return context.policyOn(day);
        }

        @Override
        public Records records() {
          return context.records();
        }

        @Override
        public RiskRegistry risk() {
          return context.risk();
        }

        @Override
        public void report(FindingDraft draft) {
          if (draft.unit().filter(subtree::contains).isPresent()) {
            context.report(draft);
          }
        }
      });
    }

    @Override
    public String toString() {
      return rule + " within " + subtree;
    }
  }

  private static final class WithinEntries extends Within implements EntryRule {
    WithinEntries(Rule rule, Subtree subtree) {
      super(rule, subtree);
    }
  }
}

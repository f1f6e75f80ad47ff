package dev.cordon.tck.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordon.core.finding.Severity;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.report.Text;
import dev.cordon.spi.rules.FindingDraft;
import dev.cordon.spi.rules.Rule;
import dev.cordon.spi.rules.RuleContext;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The contracts catch the mistakes they are there for: a rule that breaks one fails it. */
class RuleContractSelfTest {
  /** A contract run on {@code rule} over the fortnight. */
  private static RuleContract contractOf(Rule rule) {
    return new RuleContract() {
      @Override
      protected Rule rule() {
        return rule;
      }

      @Override
      protected Scenario scenario() {
        return BaotouFortnight.scenario();
      }
    };
  }

  /** A rule that dates its one finding by the first day of the run, whatever the records say. */
  private static final class DatedByTheRun implements Rule {
    @Override
    public String id() {
      return "TEST-DATED-BY-RUN";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.LOW;
    }

    @Override
    public Text description() {
      return Text.of("dated by the run", "按检查日期");
    }

    @Override
    public void evaluate(RuleContext ctx) {
      ctx.report(FindingDraft.forDay(Subject.of(SubjectKind.SITE, "hall"), Optional.empty(), ctx.from(),
          Text.of("checked", "已检查"), List.of()));
    }
  }

  /** A rule whose message changes on every evaluation (a counter in it). */
  private static final class Restless implements Rule {
    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public String id() {
      return "TEST-RESTLESS";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.LOW;
    }

    @Override
    public Text description() {
      return Text.of("restless", "不稳定");
    }

    @Override
    public void evaluate(RuleContext ctx) {
      int n = calls.incrementAndGet();
      ctx.report(FindingDraft.forRecords(Subject.of(SubjectKind.RECORD, "e-fever"), Optional.empty(),
          BaotouFortnight.oct(20), Text.of("call " + n, "第 " + n + " 次"), List.of("e-fever")));
    }
  }

  /** A rule that finds nothing. */
  private static final class Silent implements Rule {
    @Override
    public String id() {
      return "TEST-SILENT";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.LOW;
    }

    @Override
    public Text description() {
      return Text.of("silent", "无");
    }

    @Override
    public void evaluate(RuleContext ctx) {}
  }

  @Test
  void aFindingKeyedByTheRunsDaysFailsTheDayByDayContract() {
    assertThatThrownBy(() -> contractOf(new DatedByTheRun()).theDaysCheckedOneAtATimeGiveTheSameFindingsAsAllAtOnce())
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void aFindingThatChangesOnEveryRunFailsTheIdempotenceAndDeterminismContracts() {
    Restless restless = new Restless();
    assertThatThrownBy(() -> contractOf(restless).aReRunAddsNothingChangesNothingAndKeepsTheReviewStatus())
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> contractOf(restless).theSameRecordsAndPolicyGiveTheSameFindingsWithTheSameIds())
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void aScenarioInWhichTheRuleFindsNothingFailsTheContracts() {
    assertThatThrownBy(() -> contractOf(new Silent()).theScenarioMakesTheRuleFireAndEveryFindingIsItsOwn())
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> contractOf(new Silent()).aPolicyThatReGradesTheRuleSetsTheSeverityOfItsFindings())
        .isInstanceOf(AssertionError.class);
  }
}

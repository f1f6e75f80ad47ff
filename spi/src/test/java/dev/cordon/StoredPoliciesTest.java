package dev.cordon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordon.core.CordonConfigurationException;
import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PolicyId;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.policy.RuleSetting;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import dev.cordon.core.storage.Storage;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.spi.memory.MemoryStorage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The policy is data in the database: a Cordon built without a policy of its own judges by the
 * history stored with the data, says so, and records on each finding the policy that judged it.
 */
class StoredPoliciesTest {
  private static final LocalDate OCT_1 = LocalDate.of(2021, 10, 1);
  private static final LocalDate OCT_25 = LocalDate.of(2021, 10, 25);
  private final Storage storage = new MemoryStorage("memory:stored-policies");

  @AfterEach
  void close() {
    storage.close();
  }

  /** A strict policy: a fever from 37.0 °C. */
  private static PreventionPolicy strict() {
    return PreventionPolicy.defaults().effectiveFrom(OCT_1).feverThreshold(new BigDecimal("37.0")).build();
  }

  private static void recordWarmVisitor(Cordon cordon) {
    cordon.directory().register(Unit.builder().id(UnitId.of("hq")).name("包头热力集团").kind(UnitKind.GROUP)
        .headcount(120).build());
    cordon.directory().register(Site.builder().id(SiteId.of("hall-1")).name("昆区营业厅")
        .kind(SiteKind.SERVICE_HALL).owner(UnitId.of("hq")).region(RegionCode.of("150203")).build());
    cordon.entries().record(Entry.builder().id(EntryId.of("e-1")).site(SiteId.of("hall-1"))
        .at(OffsetDateTime.parse("2021-10-25T08:05+08:00").toInstant())
        .entrant(Entrant.builder().category(PersonCategory.VISITOR).build())
        .temperature(new BigDecimal("37.1")).decision(Decision.DENIED).build());
  }

  private static List<String> ruleIds(Cordon cordon) {
    return cordon.checks().run(OCT_25, OCT_25.plusDays(1)).findings().stream().map(Finding::ruleId).toList();
  }

  @Test
  void withNothingStoredTheDefaultsJudgeAndSaySo() {
    try (Cordon cordon = Cordon.builder().storage(storage).build()) {
      assertThat(cordon.describe()).containsEntry("policySource", "defaults (none stored)");
      recordWarmVisitor(cordon);
      assertThat(ruleIds(cordon)).doesNotContain("ENTRY-FEVER"); // 37.1 is below the default 37.3
    }
  }

  @Test
  void aStoredPolicyJudgesEveryLaterInstanceAndEachFindingNamesIt() {
    try (Cordon first = Cordon.builder().storage(storage).build()) {
      assertThat(first.storePolicies(PolicyHistory.of(strict())).stored()).isEqualTo(1);
      assertThat(first.storePolicies(PolicyHistory.of(strict())).alreadyPresent()).isEqualTo(1);
    }
    try (Cordon cordon = Cordon.builder().storage(storage).build()) {
      assertThat(cordon.describe()).containsEntry("policySource", "stored").containsEntry("policies", "[2021-10-01]");
      assertThat(cordon.policies().latest()).isEqualTo(strict());
      recordWarmVisitor(cordon);
      List<Finding> fevers = cordon.checks().run(OCT_25, OCT_25.plusDays(1)).findings().stream()
          .filter(f -> f.ruleId().equals("ENTRY-FEVER")).toList();
      assertThat(fevers).hasSize(1);
      assertThat(fevers.get(0).policyFrom()).contains(OCT_1);
      assertThat(storage.findings().get(fevers.get(0).id()).orElseThrow().policyFrom()).contains(OCT_1);
    }
  }

  @Test
  void aPolicyGivenToTheBuilderWinsOverTheStoredOne() {
    storage.policies().put(strict());
    try (Cordon cordon = Cordon.builder().storage(storage).policy(PreventionPolicy.defaults().build()).build()) {
      assertThat(cordon.describe()).containsEntry("policySource", "given");
      recordWarmVisitor(cordon);
      assertThat(ruleIds(cordon)).doesNotContain("ENTRY-FEVER");
    }
  }

  @Test
  void aChangedPolicyForAStoredDayIsANewVersion() {
    try (Cordon cordon = Cordon.builder().storage(storage).build()) {
      cordon.storePolicies(PolicyHistory.of(strict()));
      PreventionPolicy relaxed = PreventionPolicy.builder().from(strict()).feverThreshold(new BigDecimal("37.2")).build();
      assertThat(cordon.storePolicies(PolicyHistory.of(relaxed)).stored()).isEqualTo(1);
      assertThat(storage.policies().history(PolicyId.of(OCT_1))).containsExactly(strict(), relaxed);
    }
  }

  @Test
  void aPolicyInAnotherZoneThanTheStoragesIsRefusedNamingTheVersion() {
    PreventionPolicy utc = PreventionPolicy.builder().from(strict()).zone(ZoneId.of("UTC")).build();
    try (Cordon cordon = Cordon.builder().storage(storage).build()) {
      assertThatThrownBy(() -> cordon.storePolicies(PolicyHistory.of(strict(), PreventionPolicy.builder().from(utc)
          .effectiveFrom(OCT_25).build())))
          .isInstanceOfSatisfying(CordonValidationException.class, e -> {
            assertThat(e.codes()).containsExactly("CORDON-POLICY-008");
            assertThat(e.violations().get(0).field()).isEqualTo("[1].zone");
          });
      assertThat(storage.policies().count()).isZero();
    }
    storage.policies().put(utc); // stored behind Cordon's back
    assertThatThrownBy(() -> Cordon.builder().storage(storage).build())
        .isInstanceOf(CordonConfigurationException.class).hasMessageContaining("2021-10-01")
        .hasMessageContaining("UTC").hasMessageContaining("Asia/Shanghai");
  }

  @Test
  void aStoredPolicyNamingAnUnknownRuleIsRefused() {
    PreventionPolicy unknown = PreventionPolicy.builder().from(strict()).putRule("NO-SUCH-RULE", RuleSetting.off()).build();
    try (Cordon cordon = Cordon.builder().storage(storage).build()) {
      assertThatThrownBy(() -> cordon.storePolicies(PolicyHistory.of(unknown)))
          .isInstanceOfSatisfying(CordonValidationException.class,
              e -> assertThat(e.codes()).containsExactly("CORDON-POLICY-005"));
    }
    storage.policies().put(unknown);
    assertThatThrownBy(() -> Cordon.builder().storage(storage).build())
        .isInstanceOfSatisfying(CordonValidationException.class,
            e -> assertThat(e.codes()).containsExactly("CORDON-POLICY-005"));
  }
}

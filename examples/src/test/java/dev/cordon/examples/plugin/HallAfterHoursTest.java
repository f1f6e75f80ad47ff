package dev.cordon.examples.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.policy.RuleSetting;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import dev.cordon.tck.rules.RuleKit;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HALL-AFTER-HOURS, tested with the rule kit: given a hall's ledger, when checked, then these findings. */
class HallAfterHoursTest {
  static final LocalDate OCT_25 = LocalDate.of(2021, 10, 25);
  static final Unit HQ = Unit.builder().id(UnitId.of("hq")).name("包头热力集团").kind(UnitKind.GROUP)
      .headcount(120).build();
  static final Site HALL = Site.builder().id(SiteId.of("hall-1")).name("昆区营业厅").kind(SiteKind.SERVICE_HALL)
      .owner(HQ.id()).region(RegionCode.of("150203")).build();
  static final Site OFFICE = Site.builder().id(SiteId.of("office")).name("集团办公楼")
      .kind(SiteKind.OFFICE_BUILDING).owner(HQ.id()).region(RegionCode.of("150203")).build();

  /** A visitor's entry at a local time on 2021-10-25. */
  static Entry visitor(String id, Site site, String time, Decision decision) {
    return Entry.builder().id(EntryId.of(id)).site(site.id())
        .at(OffsetDateTime.parse("2021-10-25T" + time + "+08:00").toInstant())
        .entrant(Entrant.builder().category(PersonCategory.VISITOR).name("王先生").build())
        .decision(decision).build();
  }

  static Entry employee(String id, String time) {
    return Entry.builder().id(EntryId.of(id)).site(HALL.id())
        .at(OffsetDateTime.parse("2021-10-25T" + time + "+08:00").toInstant())
        .entrant(Entrant.employee(PersonId.of("p-zhang"))).decision(Decision.ADMITTED).build();
  }

  @Test
  void aVisitorAdmittedBeforeTheHallOpensIsAFinding() {
    List<Finding> findings = RuleKit.forRule(new HallAfterHours())
        .given(HQ, HALL, OFFICE,
            visitor("e-early", HALL, "07:59", Decision.ADMITTED),    // before 08:00: found
            visitor("e-open", HALL, "08:00", Decision.ADMITTED),     // at opening: fine
            visitor("e-late", HALL, "17:30", Decision.DENIED),       // turned away: fine
            visitor("e-office", OFFICE, "07:00", Decision.ADMITTED), // not a hall
            employee("e-staff", "07:45"))                             // staff come early
        .policy(PreventionPolicy.defaults().build())
        .checkedOver(OCT_25, OCT_25.plusDays(1))
        .findings();

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("HALL-AFTER-HOURS");
      assertThat(f.evidence()).containsExactly("e-early");
      assertThat(f.unit()).contains(HQ.id());
      assertThat(f.severity()).isEqualTo(Severity.LOW);
      assertThat(f.messageEn()).contains("07:59").contains("08:00–17:30");
    });
  }

  @Test
  void theClosingTimeIsNoLongerOpen() {
    assertThat(RuleKit.forRule(new HallAfterHours())
        .given(HQ, HALL, visitor("e-1729", HALL, "17:29", Decision.ADMITTED),
            visitor("e-1730", HALL, "17:30", Decision.ADMITTED))
        .checkedOver(OCT_25, OCT_25.plusDays(1)).findings())
        .extracting(Finding::evidence).containsExactly(List.of("e-1730"));
  }

  @Test
  void thePolicySwitchesTheRuleOffOrReGradesIt() {
    RuleKit kit = RuleKit.forRule(new HallAfterHours())
        .given(HQ, HALL, visitor("e-night", HALL, "22:10", Decision.ADMITTED));
    assertThat(kit.policy(PreventionPolicy.defaults().rules(Map.of("HALL-AFTER-HOURS", RuleSetting.off())).build())
        .checkedOver(OCT_25, OCT_25.plusDays(1)).findings()).isEmpty();
    assertThat(kit.policy(PreventionPolicy.defaults()
            .rules(Map.of("HALL-AFTER-HOURS", RuleSetting.severity(Severity.HIGH))).build())
        .checkedOver(OCT_25, OCT_25.plusDays(1)).findings())
        .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
  }
}

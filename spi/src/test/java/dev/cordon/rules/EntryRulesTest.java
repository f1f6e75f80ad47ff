package dev.cordon.rules;

import static dev.cordon.rules.RulesFixture.HALL;
import static dev.cordon.rules.RulesFixture.HQ;
import static dev.cordon.rules.RulesFixture.LI;
import static dev.cordon.rules.RulesFixture.YARD;
import static dev.cordon.rules.RulesFixture.ZHANG;
import static dev.cordon.rules.RulesFixture.of;
import static dev.cordon.rules.RulesFixture.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.HealthCodeColour;
import dev.cordon.core.entry.ItineraryCode;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PhoneNumber;
import dev.cordon.core.risk.RiskLevel;
import dev.cordon.core.rules.CheckRun;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The ENTRY-* rules at their boundaries, on memory storage through {@code Cordon}. */
class EntryRulesTest {
  private final RulesFixture fx = new RulesFixture();

  @AfterEach
  void close() {
    fx.close();
  }

  private CheckRun day() {
    return fx.run("2021-10-25", "2021-10-26");
  }

  @Test
  void feverAtExactly37_3AdmittedIsFeverAdmittedAndFever() {
    Entry e = fx.record(fx.employeeEntry(ZHANG, "2021-10-25T08:00").temperature(new BigDecimal("37.3")));
    CheckRun run = day();
    assertThat(ruleIds(run)).containsExactly("ENTRY-FEVER", "ENTRY-FEVER-ADMITTED");
    Finding f = of(run, "ENTRY-FEVER-ADMITTED").get(0);
    assertThat(f.evidence()).containsExactly(e.id().value());
    assertThat(f.unit()).contains(HQ);
    assertThat(f.subject().kind()).isEqualTo(SubjectKind.RECORD);
    assertThat(f.date()).isEqualTo(RulesFixture.day("2021-10-25"));
    assertThat(f.messageZh()).contains("37.3");
  }

  @Test
  void temperature37_2IsNeitherFeverNorFeverAdmitted() {
    fx.record(fx.employeeEntry(ZHANG, "2021-10-25T08:00").temperature(new BigDecimal("37.2")));
    assertThat(day().findings()).isEmpty();
  }

  @Test
  void feverCorrectlyDeniedIsFeverOnly() {
    fx.record(fx.employeeEntry(ZHANG, "2021-10-25T08:00").temperature(new BigDecimal("38.0"))
        .decision(Decision.DENIED));
    assertThat(ruleIds(day())).containsExactly("ENTRY-FEVER");
  }

  @Test
  void aRequiredCheckSkippedAndAdmittedIsCheckSkippedNamingEveryCheck() {
    Entry e = fx.record(fx.employeeEntry(ZHANG, "2021-10-25T08:00").temperature(Optional.empty())
        .itinerary(Optional.empty()));
    CheckRun run = day();
    assertThat(ruleIds(run)).containsExactly("ENTRY-CHECK-SKIPPED");
    assertThat(of(run, "ENTRY-CHECK-SKIPPED").get(0).messageEn()).contains("TEMPERATURE", "ITINERARY_CODE")
        .doesNotContain("HEALTH_CODE").contains(e.id().value());
  }

  @Test
  void aSkippedCheckIsNoFindingWhenTheEntrantWasDenied() {
    fx.record(fx.employeeEntry(ZHANG, "2021-10-25T08:00").temperature(Optional.empty()).decision(Decision.DENIED));
    assertThat(day().findings()).isEmpty();
  }

  @Test
  void aSkippedCheckIsNoFindingWhereTheSiteDoesNotRequireIt() {
    fx.record(fx.employeeEntry(LI, "2021-10-25T08:00").site(YARD).temperature(Optional.empty())
        .healthCode(Optional.empty()).itinerary(Optional.empty()));
    assertThat(day().findings()).isEmpty();
  }

  @Test
  void anItineraryCodeNotPresentedAndAdmittedIsTheItineraryCheckSkipped() {
    fx.record(fx.employeeEntry(ZHANG, "2021-10-25T08:00").itinerary(ItineraryCode.notPresented()));
    CheckRun run = day();
    assertThat(ruleIds(run)).containsExactly("ENTRY-CHECK-SKIPPED");
    assertThat(of(run, "ENTRY-CHECK-SKIPPED").get(0).messageEn()).contains("ITINERARY_CODE");
  }

  @Test
  void aYellowCodeAdmittedIsCodeAdmitted() {
    fx.record(fx.employeeEntry(ZHANG, "2021-10-25T08:00").healthCode(HealthCodeColour.YELLOW));
    assertThat(ruleIds(day())).containsExactly("ENTRY-CODE-ADMITTED");
  }

  @Test
  void aHealthCodeNotPresentedAndAdmittedIsCodeAdmittedNotCheckSkipped() {
    fx.record(fx.employeeEntry(ZHANG, "2021-10-25T08:00").healthCode(HealthCodeColour.NOT_PRESENTED));
    assertThat(ruleIds(day())).containsExactly("ENTRY-CODE-ADMITTED");
  }

  @Test
  void aRedCodeReferredIsNoFinding() {
    fx.record(fx.employeeEntry(ZHANG, "2021-10-25T08:00").healthCode(HealthCodeColour.RED)
        .decision(Decision.REFERRED));
    assertThat(day().findings()).isEmpty();
  }

  @Test
  void aStarredItineraryAdmittedIsItineraryAdmitted() {
    fx.record(fx.employeeEntry(ZHANG, "2021-10-25T08:00").itinerary(ItineraryCode.of(true, RulesFixture.BAOTOU)));
    assertThat(ruleIds(day())).containsExactly("ENTRY-ITINERARY-ADMITTED");
  }

  @Test
  void aVisitedCityWithARiskAreaOnTheFirstDayOfTheLookBackIsItineraryAdmitted() {
    // look-back 14: the window of an entry on 10-25 is [10-11, 10-25]; an area in force only on 10-11 counts
    fx.riskArea("r1", RulesFixture.EJINA, RiskLevel.MEDIUM, "2021-10-10", "2021-10-12");
    fx.record(fx.visitor("2021-10-25T08:00").itinerary(ItineraryCode.of(false, RulesFixture.ALXA_LEFT)));
    CheckRun run = day();
    assertThat(ruleIds(run)).containsExactly("ENTRY-ITINERARY-ADMITTED");
    assertThat(of(run, "ENTRY-ITINERARY-ADMITTED").get(0).messageEn()).contains("152900");
  }

  @Test
  void aRiskAreaEndedTheDayBeforeTheLookBackIsNoFinding() {
    // in force [10-09, 10-11): its last day 10-10 is before the window [10-11, 10-25]
    fx.riskArea("r1", RulesFixture.EJINA, RiskLevel.HIGH, "2021-10-09", "2021-10-11");
    fx.record(fx.visitor("2021-10-25T08:00").itinerary(ItineraryCode.of(false, RulesFixture.EJINA)));
    assertThat(day().findings()).isEmpty();
  }

  @Test
  void aVisitorRowWithoutPhoneAndHostIsLedgerIncompleteOnly() {
    Entry e = fx.record(fx.visitor("2021-10-25T08:00").entrant(Entrant.builder().category(PersonCategory.VISITOR)
        .name("王先生").purpose("办理业务").build()));
    CheckRun run = day();
    assertThat(ruleIds(run)).containsExactly("ENTRY-LEDGER-INCOMPLETE");
    Finding f = of(run, "ENTRY-LEDGER-INCOMPLETE").get(0);
    assertThat(f.messageEn()).contains("phone", "host").doesNotContain("name,").doesNotContain("王");
    assertThat(f.messageZh()).contains("联系电话", "被访人").doesNotContain("王先生");
    assertThat(f.evidence()).containsExactly(e.id().value());
  }

  @Test
  void aCompleteVisitorRowIsNoFinding() {
    fx.record(fx.visitor("2021-10-25T08:00"));
    assertThat(day().findings()).isEmpty();
  }

  @Test
  void aContractorRowWithoutNameIsLedgerIncompleteEvenWhenDenied() {
    fx.record(fx.visitor("2021-10-25T08:00").decision(Decision.DENIED).entrant(Entrant.builder()
        .category(PersonCategory.CONTRACTOR).phone(PhoneNumber.parse("13812341234")).purpose("维修").host("李四")
        .build()));
    assertThat(ruleIds(day())).containsExactly("ENTRY-LEDGER-INCOMPLETE");
  }

  @Test
  void entryFindingsAreStoredRightAfterRecordingAndARunFindsThemUnchanged() {
    fx.record(fx.employeeEntry(ZHANG, "2021-10-25T08:00").temperature(new BigDecimal("37.3")));
    assertThat(fx.cordon.storage().findings().count()).isEqualTo(2);
    CheckRun run = day();
    assertThat(run.created()).isZero();
    assertThat(run.unchanged()).isEqualTo(2);
  }

  @Test
  void theSiteAtEntryIsWhereFindingsRollUp() {
    fx.record(fx.employeeEntry(ZHANG, "2021-10-25T08:00").site(HALL).healthCode(HealthCodeColour.RED));
    assertThat(day().findings()).extracting(Finding::unit).containsOnly(Optional.of(HQ));
  }
}

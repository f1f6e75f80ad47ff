package dev.cordon.rules;

import static dev.cordon.rules.RulesFixture.ALXA_LEFT;
import static dev.cordon.rules.RulesFixture.EJINA;
import static dev.cordon.rules.RulesFixture.HOHHOT;
import static dev.cordon.rules.RulesFixture.KUNDULUN;
import static dev.cordon.rules.RulesFixture.XIAN;
import static dev.cordon.rules.RulesFixture.ZHANG;
import static dev.cordon.rules.RulesFixture.day;
import static dev.cordon.rules.RulesFixture.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.ItineraryCode;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.rules.CheckRun;
import dev.cordon.core.travel.Approval;
import dev.cordon.core.travel.ApprovalStatus;
import dev.cordon.core.travel.ReturnReport;
import dev.cordon.core.travel.TravelState;
import dev.cordon.core.entry.HealthCodeColour;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** TRAVEL-CONCEALED and TRAVEL-DESTINATION-OMITTED: itineraries at the door against declarations. */
class ItineraryScreeningTest {
  private static final String CONCEALED = "TRAVEL-CONCEALED";
  private static final String OMITTED = "TRAVEL-DESTINATION-OMITTED";
  private final RulesFixture fx = new RulesFixture();

  @AfterEach
  void close() {
    fx.close();
  }

  private Entry showing(String when, RegionCode... cities) {
    return fx.record(fx.employeeEntry(ZHANG, when).itinerary(ItineraryCode.of(false, cities)));
  }

  private void tripReturning(String id, String dep, String back, RegionCode... where) {
    fx.declare(fx.trip(id, ZHANG, dep, back, where).state(TravelState.RETURNED).actualDeparture(day(dep))
        .actualReturn(day(back))
        .approval(Approval.decided(ApprovalStatus.APPROVED, RulesFixture.BOSS, RulesFixture.at(dep + "T08:00")))
        .returnReport(ReturnReport.of(RulesFixture.at(back + "T18:00"), HealthCodeColour.GREEN)));
  }

  private CheckRun run() {
    return fx.run("2021-10-25", "2021-10-26");
  }

  @Test
  void aCityOutsideTheHomeCityWithNoTripIsConcealed() {
    Entry e = showing("2021-10-25T08:00", RulesFixture.BAOTOU, HOHHOT);
    CheckRun run = run();
    assertThat(of(run, OMITTED)).isEmpty();
    List<Finding> f = of(run, CONCEALED);
    assertThat(f).hasSize(1);
    assertThat(f.get(0).subject().kind()).isEqualTo(SubjectKind.PERSON);
    assertThat(f.get(0).subject().id()).isEqualTo(ZHANG.value());
    assertThat(f.get(0).evidence()).containsExactly(e.id().value());
    assertThat(f.get(0).messageEn()).contains("150100").doesNotContain("150200");
    assertThat(f.get(0).unit()).contains(RulesFixture.HQ);
  }

  @Test
  void theHomeCityAndItsCountiesAreNeverConcealed() {
    showing("2021-10-25T08:00", RulesFixture.BAOTOU, KUNDULUN);
    assertThat(run().findings()).isEmpty();
  }

  @Test
  void visitorsAreNotScreened() {
    fx.record(fx.visitor("2021-10-25T08:00").itinerary(ItineraryCode.of(false, HOHHOT)));
    assertThat(run().findings()).isEmpty();
  }

  @Test
  void aDeclaredCountyCoversItsCitysOtherCounty() {
    tripReturning("t1", "2021-10-20", "2021-10-22", ALXA_LEFT);
    showing("2021-10-25T08:00", EJINA);
    assertThat(run().findings()).isEmpty();
  }

  @Test
  void aDeclaredCityCoversItsCounties() {
    tripReturning("t1", "2021-10-20", "2021-10-22", RegionCode.of("152900"));
    showing("2021-10-25T08:00", EJINA);
    assertThat(run().findings()).isEmpty();
  }

  @Test
  void aTripEndingOnTheFirstDayOfTheLookBackCovers() {
    // entry 10-25, look-back 14: window [10-11, 10-25]
    tripReturning("t1", "2021-10-08", "2021-10-11", HOHHOT);
    showing("2021-10-25T08:00", HOHHOT);
    assertThat(run().findings()).isEmpty();
  }

  @Test
  void aTripEndingTheDayBeforeTheLookBackDoesNotCover() {
    tripReturning("t1", "2021-10-08", "2021-10-10", HOHHOT);
    showing("2021-10-25T08:00", HOHHOT);
    CheckRun run = run();
    assertThat(of(run, CONCEALED)).hasSize(1);
    assertThat(of(run, OMITTED)).isEmpty();
  }

  @Test
  void aTripStillAwayCountsAsOngoing() {
    fx.declare(fx.trip("t1", ZHANG, "2021-09-01", "2021-09-05", XIAN).state(TravelState.DEPARTED)
        .actualDeparture(day("2021-09-01")));
    Entry e = showing("2021-10-25T08:00", HOHHOT);
    List<Finding> f = of(run(), OMITTED);
    assertThat(f).hasSize(1);
    assertThat(f.get(0).evidence()).containsExactly(e.id().value(), "t1");
  }

  @Test
  void aDeclaredTripThatDoesNotListTheCityIsDestinationOmittedNeverConcealed() {
    tripReturning("t1", "2021-10-18", "2021-10-22", XIAN);
    showing("2021-10-25T08:00", XIAN, HOHHOT);
    CheckRun run = run();
    assertThat(of(run, CONCEALED)).isEmpty();
    assertThat(of(run, OMITTED)).hasSize(1);
    assertThat(of(run, OMITTED).get(0).messageEn()).contains("150100").doesNotContain("610100");
  }

  @Test
  void aDeclarationWithoutARecordedDepartureCoversItsCitiesButIsNoTrip() {
    // declared (planned 10-20 … 10-22) but the departure was never recorded
    fx.declare(fx.trip("t1", ZHANG, "2021-10-20", "2021-10-22", XIAN));
    showing("2021-10-25T08:00", XIAN, HOHHOT);
    CheckRun run = run();
    assertThat(of(run, OMITTED)).isEmpty();
    assertThat(of(run, CONCEALED)).hasSize(1);
  }

  @Test
  void moreEntriesShowingTheSameCityInTheLookBackAddEvidenceNotFindings() {
    Entry first = showing("2021-10-20T08:00", HOHHOT);
    Entry second = showing("2021-10-25T08:00", HOHHOT);
    Entry third = showing("2021-11-05T08:00", HOHHOT); // within 14 days of the second: same run
    CheckRun daily = fx.run("2021-10-20", "2021-10-21");
    assertThat(of(daily, CONCEALED)).hasSize(1);
    CheckRun later = fx.run("2021-11-05", "2021-11-06");
    assertThat(later.created()).isZero();
    List<Finding> f = of(later, CONCEALED);
    assertThat(f).hasSize(1);
    assertThat(f.get(0).date()).isEqualTo(day("2021-10-20"));
    assertThat(f.get(0).evidence()).contains(first.id().value(), third.id().value());
    CheckRun all = fx.run("2021-10-01", "2021-11-30");
    assertThat(of(all, CONCEALED)).hasSize(1);
    assertThat(of(all, CONCEALED).get(0).evidence()).contains(first.id().value(), second.id().value(),
        third.id().value());
    assertThat(fx.cordon.storage().findings().count()).isEqualTo(1);
  }

  @Test
  void theSameCityAfterAGapLongerThanTheLookBackIsANewFinding() {
    showing("2021-10-01T08:00", HOHHOT);
    showing("2021-10-16T08:00", HOHHOT); // 15 days later
    assertThat(of(fx.run("2021-10-01", "2021-10-31"), CONCEALED)).extracting(Finding::date)
        .containsExactlyInAnyOrder(day("2021-10-01"), day("2021-10-16"));
  }

  @Test
  void twoCitiesAreTwoFindings() {
    showing("2021-10-25T08:00", HOHHOT, XIAN);
    assertThat(of(run(), CONCEALED)).hasSize(2);
  }

  @Test
  void anItineraryNotPresentedShowsNoCity() {
    fx.record(fx.employeeEntry(ZHANG, "2021-10-25T08:00").itinerary(ItineraryCode.notPresented()));
    assertThat(of(run(), CONCEALED)).isEmpty();
  }

  @Test
  void aContractorIsNotAnEmployee() {
    fx.record(fx.visitor("2021-10-25T08:00").entrant(Entrant.builder().category(PersonCategory.CONTRACTOR)
        .name("赵六").build()).itinerary(ItineraryCode.of(false, HOHHOT)));
    assertThat(of(run(), CONCEALED)).isEmpty();
  }
}

package dev.cordon.rules;

import static dev.cordon.rules.RulesFixture.BOSS;
import static dev.cordon.rules.RulesFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.HealthCodeColour;
import dev.cordon.core.entry.ItineraryCode;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.risk.RiskLevel;
import dev.cordon.core.rules.CheckRun;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.travel.Approval;
import dev.cordon.core.travel.ApprovalStatus;
import dev.cordon.core.travel.PurposeKind;
import dev.cordon.core.travel.ReturnReport;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Rules are deterministic and idempotent: over generated records, a second run gives identical
 * findings and changes nothing; another storage holding the same records gives the same ids; and
 * the ids do not depend on how the days are cut into runs (day by day, or all at once).
 */
class RulesDeterminismTest {
  private static final LocalDate START = LocalDate.of(2021, 10, 1);
  private static final List<RegionCode> CITIES = List.of(RulesFixture.BAOTOU, RulesFixture.KUNDULUN,
      RulesFixture.EJINA, RulesFixture.ALXA_LEFT, RulesFixture.HOHHOT, RulesFixture.XIAN);
  private static final List<PersonId> STAFF = List.of(RulesFixture.ZHANG, RulesFixture.LI);

  /** Generated records, stored into a fixture. */
  private static void populate(RulesFixture fx, long seed) {
    Random r = new Random(seed);
    fx.riskArea("r-ejina", RulesFixture.EJINA, RiskLevel.MEDIUM, "2021-10-" + (10 + r.nextInt(10)),
        r.nextBoolean() ? null : "2021-10-25");
    fx.riskArea("r-xian", RulesFixture.XIAN, RiskLevel.HIGH, "2021-10-0" + (1 + r.nextInt(9)), "2021-10-2" + r.nextInt(9));
    int trips = r.nextInt(5);
    for (int i = 0; i < trips; i++) {
      PersonId who = STAFF.get(r.nextInt(STAFF.size()));
      LocalDate dep = START.plusDays(r.nextInt(25));
      LocalDate ret = dep.plusDays(r.nextInt(6));
      TravelDeclaration.Builder b = fx.trip("t" + i, who, dep.toString(), ret.toString(),
          CITIES.get(r.nextInt(CITIES.size())));
      b.purposeKind(PurposeKind.values()[r.nextInt(PurposeKind.values().length)])
          .declaredAt(at(dep.plusDays(r.nextInt(4) - 2) + "T" + (r.nextBoolean() ? "00:00" : "23:59")));
      TravelState state = TravelState.values()[r.nextInt(TravelState.values().length)];
      if (state == TravelState.REJECTED) {
        b.approval(Approval.decided(ApprovalStatus.REJECTED, BOSS, at(dep.minusDays(1) + "T09:00")));
      } else if (state == TravelState.APPROVED || r.nextBoolean()) {
        b.approval(Approval.decided(ApprovalStatus.APPROVED, BOSS, at(dep.plusDays(r.nextInt(3) - 1) + "T09:00")));
      }
      b.state(state);
      if (state.hasDeparted()) {
        b.actualDeparture(dep);
      }
      if (state.hasReturned()) {
        LocalDate back = ret.plusDays(r.nextInt(3));
        b.actualReturn(back);
        if (r.nextBoolean()) {
          b.returnReport(ReturnReport.of(at(back.plusDays(r.nextInt(3)) + "T10:00"), HealthCodeColour.GREEN));
        }
        if (r.nextBoolean()) {
          b.followUpUntil(back.plusDays(r.nextInt(20)));
          if (state == TravelState.CLOSED && r.nextBoolean()) {
            b.followUpClosedAt(at(back.plusDays(1) + "T10:00"));
          }
        }
      }
      fx.declare(b);
    }
    int entries = 5 + r.nextInt(20);
    for (int i = 0; i < entries; i++) {
      String when = START.plusDays(r.nextInt(31)) + "T0" + (7 + r.nextInt(3)) + ":" + (10 + r.nextInt(50));
      Entry.Builder e = r.nextInt(3) == 0 ? fx.visitor(when) : fx.employeeEntry(STAFF.get(r.nextInt(2)), when);
      if (r.nextInt(3) == 0) {
        e.entrant(Entrant.builder().category(PersonCategory.VISITOR).purpose("送货").build());
      }
      if (r.nextInt(4) == 0) {
        e.site(SiteId.of("yard"));
      }
      e.temperature(r.nextInt(5) == 0 ? Optional.empty()
          : Optional.of(new BigDecimal("36.8").add(new BigDecimal(r.nextInt(9)).movePointLeft(1))));
      e.healthCode(r.nextInt(6) == 0 ? Optional.empty()
          : Optional.of(HealthCodeColour.values()[r.nextInt(8) % HealthCodeColour.values().length]));
      e.itinerary(r.nextInt(6) == 0 ? Optional.of(ItineraryCode.notPresented())
          : Optional.of(ItineraryCode.of(r.nextInt(10) == 0, CITIES.get(r.nextInt(CITIES.size())),
              CITIES.get(r.nextInt(CITIES.size())))));
      e.decision(Decision.values()[r.nextInt(Decision.values().length)]);
      fx.record(e);
    }
  }

  private static TreeSet<FindingId> ids(List<Finding> findings) {
    TreeSet<FindingId> ids = new TreeSet<>();
    findings.forEach(f -> ids.add(f.id()));
    return ids;
  }

  @Test
  void runningTheChecksTwiceGivesIdenticalFindingsAndChangesNothing() {
    qt().withExamples(25).forAll(longs().all()).checkAssert(seed -> {
      try (RulesFixture fx = new RulesFixture()) {
        populate(fx, seed);
        CheckRun first = fx.run("2021-10-01", "2021-11-01");
        CheckRun second = fx.run("2021-10-01", "2021-11-01");
        assertThat(second.findings()).isEqualTo(first.findings());
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        // every draft met its stored finding (several entries of one concealed city are one finding)
        assertThat(second.unchanged()).isGreaterThanOrEqualTo(first.findings().size());
      }
    });
  }

  @Test
  void theSameRecordsInAnotherStorageGiveTheSameFindings() {
    qt().withExamples(15).forAll(longs().all()).checkAssert(seed -> {
      try (RulesFixture a = new RulesFixture(); RulesFixture b = new RulesFixture()) {
        populate(a, seed);
        populate(b, seed);
        assertThat(b.run("2021-10-01", "2021-11-01").findings())
            .isEqualTo(a.run("2021-10-01", "2021-11-01").findings());
      }
    });
  }

  @Test
  void findingIdsDoNotDependOnHowTheDaysAreCutIntoRuns() {
    qt().withExamples(15).forAll(longs().all()).checkAssert(seed -> {
      try (RulesFixture daily = new RulesFixture(); RulesFixture once = new RulesFixture()) {
        populate(daily, seed);
        populate(once, seed);
        List<Finding> byDay = new ArrayList<>();
        for (LocalDate d = START; d.isBefore(START.plusDays(31)); d = d.plusDays(1)) {
          byDay.addAll(daily.cordon.checks().run(d, d.plusDays(1)).findings());
        }
        // every rule of the catalogue, the condition rules' ranges included
        TreeSet<FindingId> all = ids(once.cordon.checks().run(START, START.plusDays(31)).findings());
        assertThat(ids(byDay)).isEqualTo(all);
        // and the whole month over the daily results adds nothing
        assertThat(daily.cordon.checks().run(START, START.plusDays(31)).created()).isZero();
      }
    });
  }
}

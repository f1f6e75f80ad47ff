package dev.cordon.core.dining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cordon.core.json.CordonJson;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.validation.CordonValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The canteen sitting planner (錯峰就餐): laws and worked examples. */
class DiningPlannerTest {
  static final SiteId CANTEEN = SiteId.of("S-CANTEEN");
  static final LocalDate DAY = LocalDate.of(2021, 10, 25);
  static final List<String> DENSITIES = List.of("0.3", "0.5", "0.75", "1.0");

  static Gen<DiningRequest> requests() {
    return in -> {
      LocalTime start = LocalTime.of(11, 0).plusMinutes(integers().between(0, 60).generate(in));
      int units = integers().between(0, 10).generate(in);
      List<DiningParty> parties = new ArrayList<>();
      for (int i = 0; i < units; i++) {
        Optional<LocalTime> pref = integers().between(0, 2).generate(in) == 0
            ? Optional.of(start.plusMinutes(integers().between(0, 180).generate(in))) : Optional.empty();
        parties.add(new DiningParty(UnitId.of("U" + i), integers().between(0, 200).generate(in), pref));
      }
      return DiningRequest.builder().id(DiningPlanId.of("D")).canteen(CANTEEN).date(DAY)
          .seats(integers().between(0, 200).generate(in))
          .density(new BigDecimal(DENSITIES.get(integers().between(0, 3).generate(in))))
          .windowStart(start).windowEnd(start.plusMinutes(integers().between(30, 240).generate(in)))
          .sittingLength(Duration.ofMinutes(integers().between(15, 60).generate(in)))
          .cleaningGap(Duration.ofMinutes(integers().between(0, 20).generate(in)))
          .parties(parties).build();
    };
  }

  // --- properties --------------------------------------------------------------------------------

  @Test
  void noSittingIsOverCapacity() {
    qt().withExamples(1000).forAll(requests()).checkAssert(r -> {
      DiningPlan p = DiningPlanner.plan(r);
      assertThat(p.sittings()).allSatisfy(s -> assertThat(s.people()).isLessThanOrEqualTo(r.capacity()));
      assertThat(p.problems()).isEmpty();
    });
  }

  @Test
  void everyPersonIsAssignedExactlyOnce() {
    qt().withExamples(1000).forAll(requests()).checkAssert(r -> {
      DiningPlan p = DiningPlanner.plan(r);
      for (DiningParty party : r.parties()) {
        int seated = p.peopleOf(party.unit()).stream().mapToInt(Integer::intValue).sum();
        int unseated = p.unseated().stream().filter(s -> s.unit().equals(party.unit())).mapToInt(Seating::people).sum();
        assertThat(seated + unseated).as(party.unit().value()).isEqualTo(party.people());
      }
      assertThat(p.seatedPeople() + p.unseatedPeople())
          .isEqualTo(r.parties().stream().mapToInt(DiningParty::people).sum());
    });
  }

  @Test
  void gapsAndTheWindowAreRespected() {
    qt().withExamples(1000).forAll(requests()).checkAssert(r -> {
      DiningPlan p = DiningPlanner.plan(r);
      assertThat(DiningPlanCheck.gapViolations(p, r.cleaningGap())).isEmpty();
      assertThat(p.sittings().size()).isLessThanOrEqualTo(DiningPlanner.maxSittings(r));
      for (int i = 0; i < p.sittings().size(); i++) {
        Sitting s = p.sittings().get(i);
        assertThat(Duration.between(s.start(), s.end())).isEqualTo(r.sittingLength());
        assertThat(s.start()).isAfterOrEqualTo(r.windowStart());
        assertThat(s.end()).isBeforeOrEqualTo(r.windowEnd());
        if (i > 0) {
          assertThat(Duration.between(p.sittings().get(i - 1).end(), s.start())).isGreaterThanOrEqualTo(r.cleaningGap());
        }
      }
    });
  }

  @Test
  void unseatedPeopleAreExactlyThoseBeyondWhatTheWindowHolds() {
    qt().withExamples(1000).forAll(requests()).checkAssert(r -> {
      DiningPlan p = DiningPlanner.plan(r);
      int people = r.parties().stream().mapToInt(DiningParty::people).sum();
      int room = r.capacity() == 0 ? 0 : DiningPlanner.maxSittings(r) * r.capacity();
      assertThat(p.unseatedPeople()).isEqualTo(Math.max(0, people - room));
    });
  }

  @Test
  void aUnitThatFitsASittingIsSplitOnlyWhenTheWindowIsFull() {
    qt().withExamples(1000).forAll(requests()).checkAssert(r -> {
      DiningPlan p = DiningPlanner.plan(r);
      boolean someSplit = r.parties().stream().anyMatch(party -> party.people() <= r.capacity()
          && p.peopleOf(party.unit()).stream().filter(n -> n > 0).count() > 1);
      if (someSplit) {
        // whole groups did not fit in any number of sittings the window allows: all of them are used
        assertThat(p.sittings()).hasSize(DiningPlanner.maxSittings(r));
      }
    });
  }

  @Test
  void plansSurviveJson() {
    qt().withExamples(300).forAll(requests()).checkAssert(r -> {
      DiningPlan p = DiningPlanner.plan(r);
      assertThat(CordonJson.read(CordonJson.write(p), DiningPlan.class)).isEqualTo(p);
      assertThat(CordonJson.read(CordonJson.write(r), DiningRequest.class)).isEqualTo(r);
    });
  }

  // --- examples ----------------------------------------------------------------------------------

  private static DiningRequest.Builder canteen(String from, String to) {
    return DiningRequest.builder().id(DiningPlanId.of("D-1025")).canteen(CANTEEN).date(DAY).seats(120)
        .density(new BigDecimal("0.5")).windowStart(LocalTime.parse(from)).windowEnd(LocalTime.parse(to))
        .sittingLength(Duration.ofMinutes(30)).cleaningGap(Duration.ofMinutes(10));
  }

  private static DiningParty party(String unit, int people) {
    return DiningParty.of(UnitId.of(unit), people);
  }

  @Test
  void oneHundredTwentySeatsAtHalfDensityGiveThreeSittingsOfSixty() {
    DiningRequest r = canteen("11:30", "13:30").addParties(party("A", 40), party("B", 30), party("C", 30),
        party("D", 20), party("E", 20), party("F", 20), party("G", 20)).build();
    assertThat(r.capacity()).isEqualTo(60);
    assertThat(DiningPlanner.maxSittings(r)).isEqualTo(3);
    DiningPlan p = DiningPlanner.plan(r);
    assertThat(p.sittings()).extracting(Sitting::start, Sitting::end, Sitting::people).containsExactly(
        tuple(LocalTime.of(11, 30), LocalTime.of(12, 0), 60),
        tuple(LocalTime.of(12, 10), LocalTime.of(12, 40), 60),
        tuple(LocalTime.of(12, 50), LocalTime.of(13, 20), 60));
    // every unit whole, in one sitting
    for (String u : List.of("A", "B", "C", "D", "E", "F", "G")) {
      assertThat(p.peopleOf(UnitId.of(u)).stream().filter(n -> n > 0)).hasSize(1);
    }
    assertThat(p.unseated()).isEmpty();
    assertThat(p.problems()).isEmpty();
  }

  @Test
  void aUnitLargerThanASittingIsSplitIntoFullSittingsAndARemainder() {
    DiningPlan p = DiningPlanner.plan(canteen("11:30", "13:30").addParties(party("BIG", 150), party("S", 30)).build());
    assertThat(p.peopleOf(UnitId.of("BIG"))).containsExactly(60, 60, 30);
    assertThat(p.peopleOf(UnitId.of("S"))).containsExactly(0, 0, 30);
    assertThat(p.unseatedPeople()).isZero();
  }

  @Test
  void aWindowTooSmallReportsHowManyAreLeftUnseated() {
    // 11:30–12:30 holds one 30-minute sitting and not a second after a 10-minute gap
    DiningRequest r = canteen("11:30", "12:30").addParties(party("A", 45), party("B", 55)).build();
    assertThat(DiningPlanner.maxSittings(r)).isEqualTo(1);
    DiningPlan p = DiningPlanner.plan(r);
    assertThat(p.sittings()).hasSize(1);
    assertThat(p.sittings().get(0).people()).isEqualTo(60);
    assertThat(p.unseatedPeople()).isEqualTo(40);
    assertThat(p.unseated()).extracting(Seating::unit, Seating::people).containsExactly(tuple(UnitId.of("A"), 40));
  }

  @Test
  void asFewSittingsAsNeededWhenUnitsFitWhole() {
    DiningPlan p = DiningPlanner.plan(canteen("11:30", "13:30").addParties(party("A", 50), party("B", 10)).build());
    assertThat(p.sittings()).hasSize(1);
    assertThat(p.sittings().get(0).seatings()).extracting(Seating::unit).containsExactly(UnitId.of("A"), UnitId.of("B"));
  }

  @Test
  void unitsAreKeptWholeRatherThanSplitToSaveASitting() {
    // 70 people would fit 2 sittings either way; 35 + 35 keeps both units whole
    DiningPlan p = DiningPlanner.plan(canteen("11:30", "13:30").addParties(party("A", 35), party("B", 35)).build());
    assertThat(p.sittings()).hasSize(2);
    assertThat(p.peopleOf(UnitId.of("A"))).containsExactly(35, 0);
    assertThat(p.peopleOf(UnitId.of("B"))).containsExactly(0, 35);
  }

  @Test
  void aUnitIsSplitOnlyWhenWholeUnitsCannotFillTheWindow() {
    // 3 × 40 = 120 in two sittings of 60: no whole packing exists, so one unit is split 20 + 20
    DiningPlan p = DiningPlanner.plan(canteen("11:30", "12:50")
        .addParties(party("A", 40), party("B", 40), party("C", 40)).build());
    assertThat(p.sittings()).hasSize(2);
    assertThat(p.unseatedPeople()).isZero();
    assertThat(p.peopleOf(UnitId.of("C"))).containsExactly(20, 20);
  }

  @Test
  void preferredTimesAreHonouredWhenThereIsRoom() {
    DiningPlan p = DiningPlanner.plan(canteen("11:30", "13:30")
        .addParties(party("A", 50), DiningParty.of(UnitId.of("HALL"), 30, LocalTime.of(12, 50)),
            party("B", 40))
        .build());
    assertThat(p.sittings()).hasSize(3);
    assertThat(p.peopleOf(UnitId.of("HALL"))).containsExactly(0, 0, 30);
  }

  @Test
  void aCanteenWithoutSeatsSeatsNoOne() {
    DiningPlan p = DiningPlanner.plan(canteen("11:30", "13:30").seats(0).addParties(party("A", 5)).build());
    assertThat(p.sittings()).isEmpty();
    assertThat(p.unseatedPeople()).isEqualTo(5);
  }

  @Test
  void capacityIsSeatsTimesDensityRoundedDown() {
    assertThat(DiningPlanCheck.capacity(120, new BigDecimal("0.5"))).isEqualTo(60);
    assertThat(DiningPlanCheck.capacity(25, new BigDecimal("0.5"))).isEqualTo(12);
    assertThat(DiningPlanCheck.capacity(7, new BigDecimal("0.3"))).isEqualTo(2);
  }

  @Test
  void malformedRequestsAreRefused() {
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class, () -> canteen("13:30", "11:30")
        .sittingLength(Duration.ZERO).cleaningGap(Duration.ofMinutes(-1))
        .addParties(party("A", 1), party("A", 2)).build());
    assertThat(e.codes()).containsExactly("CORDON-DINING-001", "CORDON-DINING-004", "CORDON-DINING-004",
        "CORDON-DINING-005");
  }
}

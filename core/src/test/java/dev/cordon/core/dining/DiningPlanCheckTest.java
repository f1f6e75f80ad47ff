package dev.cordon.core.dining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.validation.CordonValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The checks behind CANTEEN-OVER-CAPACITY (就餐超限), and the plan as a value. */
class DiningPlanCheckTest {
  static final SiteId CANTEEN = SiteId.of("S-CANTEEN");
  static final LocalDate DAY = LocalDate.of(2021, 10, 25);
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static Sitting sitting(String from, String to, int... people) {
    List<Seating> s = new ArrayList<>();
    for (int i = 0; i < people.length; i++) {
      s.add(new Seating(UnitId.of("U" + i), people[i]));
    }
    return new Sitting(LocalTime.parse(from), LocalTime.parse(to), s);
  }

  /** 120 seats at 0.5 → 60 a sitting, a 10-minute gap required. */
  private static DiningPlan.Builder plan(Sitting... sittings) {
    return DiningPlan.builder().id(DiningPlanId.of("D-1025")).canteen(CANTEEN).date(DAY).seats(120)
        .density(new BigDecimal("0.5")).windowStart(LocalTime.of(11, 30)).windowEnd(LocalTime.of(13, 30))
        .sittingLength(Duration.ofMinutes(30)).cleaningGap(Duration.ofMinutes(10)).addSittings(sittings);
  }

  @Test
  void aSittingPlannedOverSeatsTimesDensityIsOverbooked() {
    DiningPlan p = plan(sitting("11:30", "12:00", 40, 21), sitting("12:10", "12:40", 60)).build();
    assertThat(p.capacity()).isEqualTo(60);
    assertThat(DiningPlanCheck.overbooked(p, 60)).singleElement().satisfies(x -> {
      assertThat(x).isInstanceOf(DiningProblem.Overbooked.class);
      assertThat(x.sitting()).isZero();
      assertThat(((DiningProblem.Overbooked) x).people()).isEqualTo(61);
      assertThat(x.message(Locale.ENGLISH)).contains("61 people", "60 allowed");
      assertThat(x.message(Locale.SIMPLIFIED_CHINESE)).contains("安排 61 人", "上限 60 人");
    });
    assertThat(DiningPlanCheck.overbooked(p, 61)).isEmpty();
    assertThat(p.problems()).hasSize(1);
  }

  @Test
  void sittingsWithoutTheCleaningGapOrOverlappingAreFlaggedInOrderOfStart() {
    // listed out of order: 12:05 starts 5 minutes after 12:00; 12:20 overlaps 12:05–12:35
    DiningPlan p = plan(sitting("12:20", "12:50", 10), sitting("11:30", "12:00", 10),
        sitting("12:05", "12:35", 10), sitting("13:00", "13:30", 10)).build();
    List<DiningProblem> gaps = DiningPlanCheck.gapViolations(p, Duration.ofMinutes(10));
    assertThat(gaps).extracting(DiningProblem::sitting).containsExactly(2, 0);
    DiningProblem.NoCleaningGap first = (DiningProblem.NoCleaningGap) gaps.get(0);
    assertThat(first.gap()).isEqualTo(Duration.ofMinutes(5));
    assertThat(first.previousEnd()).isEqualTo(LocalTime.of(12, 0));
    DiningProblem.NoCleaningGap overlap = (DiningProblem.NoCleaningGap) gaps.get(1);
    assertThat(overlap.gap()).isEqualTo(Duration.ofMinutes(-15));
    assertThat(overlap.message(Locale.SIMPLIFIED_CHINESE)).contains("少于消杀间隔 10 分钟");
    // 13:00 is exactly 10 minutes after 12:50: not flagged
    assertThat(DiningPlanCheck.gapViolations(p, Duration.ofMinutes(11))).extracting(DiningProblem::sitting)
        .containsExactly(2, 0, 3);
  }

  private static Entry entry(String id, String localTime, Decision decision) {
    return entry(id, CANTEEN, DAY, localTime, decision);
  }

  private static Entry entry(String id, SiteId site, LocalDate day, String localTime, Decision decision) {
    return Entry.builder().id(EntryId.of(id)).site(site)
        .at(day.atTime(LocalTime.parse(localTime)).atZone(ZONE).toInstant())
        .entrant(Entrant.employee(PersonId.of("P-" + id))).decision(decision).build();
  }

  @Test
  void theEntryLedgerShowsASittingWhoseAdmissionsExceededSeatsTimesDensity() {
    DiningPlan p = plan(sitting("11:30", "12:00", 2), sitting("12:10", "12:40", 2)).seats(6).build();
    assertThat(p.capacity()).isEqualTo(3);
    List<Entry> entries = List.of(
        entry("E1", "11:30", Decision.ADMITTED),
        entry("E2", "11:40", Decision.ADMITTED),
        entry("E3", "11:50", Decision.ADMITTED),
        entry("E4", "11:59:59", Decision.ADMITTED),
        entry("E5", "11:45", Decision.DENIED),
        entry("E6", "12:00", Decision.ADMITTED), // in the cleaning gap, in no sitting
        entry("E7", "12:10", Decision.ADMITTED),
        entry("E8", "12:15", Decision.ADMITTED),
        entry("E9", "12:20", Decision.ADMITTED),
        entry("E10", SiteId.of("S-HALL"), DAY, "11:35", Decision.ADMITTED),
        entry("E11", CANTEEN, DAY.plusDays(1), "11:35", Decision.ADMITTED));
    List<DiningProblem> crowded = DiningPlanCheck.sittingsOverCapacity(p, entries, ZONE);
    assertThat(crowded).singleElement().satisfies(x -> {
      DiningProblem.Crowded c = (DiningProblem.Crowded) x;
      assertThat(c.sitting()).isZero();
      assertThat(c.admitted()).isEqualTo(4);
      assertThat(c.capacity()).isEqualTo(3);
      assertThat(c.entries()).extracting(EntryId::value).containsExactly("E1", "E2", "E3", "E4");
      assertThat(c.message(Locale.ENGLISH)).contains("admitted 4 people, over the 3 allowed");
    });
    // under a capacity of 4 (e.g. more seats now) nothing is crowded
    assertThat(DiningPlanCheck.sittingsOverCapacity(p, entries, 4, ZONE)).isEmpty();
  }

  @Test
  void aPlanWithProblemsIsStillAValueAndSurvivesJson() {
    DiningPlan p = plan(sitting("11:30", "12:00", 70), sitting("12:05", "12:35", 10))
        .addUnseated(new Seating(UnitId.of("U9"), 12)).build();
    assertThat(p.problems()).hasSize(2);
    String json = CordonJson.write(p);
    assertThat(json).contains("\"canteen\":\"S-CANTEEN\"", "\"start\":\"11:30:00\"", "\"cleaningGap\":\"PT10M\"");
    assertThat(CordonJson.read(json, DiningPlan.class)).isEqualTo(p);
    assertThat(p.unseatedPeople()).isEqualTo(12);
    assertThat(p.seatedPeople()).isEqualTo(80);
  }

  @Test
  void whatCannotBeIsRefused() {
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class, () -> plan(
        sitting("12:00", "11:30", 5), new Sitting(LocalTime.of(12, 10), LocalTime.of(12, 40),
            List.of(new Seating(UnitId.of("A"), 0), new Seating(UnitId.of("B"), 3), new Seating(UnitId.of("B"), 4))))
        .windowEnd(LocalTime.of(11, 0)).addUnseated(new Seating(UnitId.of("C"), -1)).build());
    assertThat(e.codes()).containsExactly("CORDON-DINING-001", "CORDON-DINING-002", "CORDON-DINING-003",
        "CORDON-DINING-005", "CORDON-DINING-003");
    assertThat(e.violations().get(3).field()).isEqualTo("sittings[1].seatings[2].unit");
  }

  @Test
  void malformedJsonIsRefusedWithThePath() {
    String json = CordonJson.write(plan(sitting("11:30", "12:00", 5)).build())
        .replace("\"end\":\"12:00:00\"", "\"end\":\"11:00:00\"");
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
        () -> CordonJson.read(json, DiningPlan.class));
    assertThat(e.codes()).contains("CORDON-DINING-002");
  }
}

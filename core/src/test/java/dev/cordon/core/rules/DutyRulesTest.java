package dev.cordon.core.rules;

import static dev.cordon.core.rules.World.BRANCH;
import static dev.cordon.core.rules.World.GROUP;
import static dev.cordon.core.rules.World.oct;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.duty.Role;
import dev.cordon.core.duty.Scope;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.person.Rank;
import dev.cordon.core.rules.duty.DutyHolderAway;
import dev.cordon.core.rules.duty.DutyIneligible;
import dev.cordon.core.rules.duty.DutyOverlap;
import dev.cordon.core.rules.duty.DutySiteUncovered;
import dev.cordon.core.rules.duty.DutyUnitNoLiaison;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import dev.cordon.spi.rules.FindingDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DUTY-* rules at their boundaries: half-open ranges, the root, stand-ins. */
class DutyRulesTest {
  private static final Scope HALL = Scope.of(SiteId.of("hall"));

  private static World hall() {
    World w = World.withBranch();
    w.site("hall", SiteKind.SERVICE_HALL, BRANCH);
    w.person("li", BRANCH, Rank.STAFF);
    w.person("wang", BRANCH, Rank.STAFF);
    return w;
  }

  @Test
  void aResponsiblePersonWhoseAssignmentEndsTheDayBeforeLeavesTheSiteUncoveredFromThatDay() {
    World w = hall();
    w.assign("a1", "li", Role.SITE_RESPONSIBLE, HALL, oct(1), oct(5)); // held up to 10-04
    assertThat(w.run(new DutySiteUncovered(), oct(1), oct(10))).singleElement().satisfies(d -> {
      assertThat(d.date()).isEqualTo(oct(5));
      assertThat(d.until()).contains(oct(10));
      assertThat(d.subject().toString()).isEqualTo("SITE:hall");
      assertThat(d.unit()).contains(BRANCH);
    });
  }

  @Test
  void aSuccessorFromTheDayThePredecessorEndsLeavesNoGapAndNoOverlap() {
    World w = hall();
    w.assign("a1", "li", Role.SITE_RESPONSIBLE, HALL, oct(1), oct(15));
    w.assign("a2", "wang", Role.SITE_RESPONSIBLE, HALL, oct(15), null);
    assertThat(w.run(new DutySiteUncovered(), oct(1), oct(31))).isEmpty();
    assertThat(w.run(new DutyOverlap(), oct(1), oct(31))).isEmpty();
  }

  @Test
  void gapsBetweenAssignmentsAreReportedAsSeparateRanges() {
    World w = hall();
    w.assign("a1", "li", Role.SITE_RESPONSIBLE, HALL, oct(3), oct(5));
    w.assign("a2", "wang", Role.SITE_RESPONSIBLE, HALL, oct(7), null);
    assertThat(w.run(new DutySiteUncovered(), oct(1), oct(10)))
        .extracting(FindingDraft::date, FindingDraft::until)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(oct(1), java.util.Optional.of(oct(3))),
            org.assertj.core.groups.Tuple.tuple(oct(5), java.util.Optional.of(oct(7))));
  }

  @Test
  void overlappingHoldersGiveOneFindingPerPairDatedByTheFirstOverlappingDay() {
    World w = hall();
    w.assign("a1", "li", Role.SITE_RESPONSIBLE, HALL, oct(1), oct(16));
    w.assign("a2", "wang", Role.SITE_RESPONSIBLE, HALL, oct(14), null);
    List<FindingDraft> found = w.run(new DutyOverlap(), oct(1), oct(31));
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.date()).isEqualTo(oct(14));
      assertThat(d.evidence()).containsExactly("a1", "a2");
      assertThat(d.message().en()).contains("until 2021-10-15");
    });
  }

  @Test
  void twoHoldersOfARoleThatAllowsManyAreNoOverlap() {
    World w = hall();
    w.assign("a1", "li", Role.PREVENTION_OFFICE, Scope.of(BRANCH), oct(1), null);
    w.assign("a2", "wang", Role.PREVENTION_OFFICE, Scope.of(BRANCH), oct(1), null);
    assertThat(w.run(new DutyOverlap(), oct(1), oct(31))).isEmpty();
  }

  @Test
  void theRootUnitNeedsNoLiaisonLeaderButEveryOtherUnitDoes() {
    World w = World.withBranch();
    w.person("boss", GROUP, Rank.GROUP_LEADER);
    assertThat(w.run(new DutyUnitNoLiaison(), oct(1), oct(10))).singleElement()
        .satisfies(d -> assertThat(d.subject().toString()).isEqualTo("UNIT:branch"));
    w.assign("l1", "boss", Role.LIAISON_LEADER, Scope.of(BRANCH), oct(1), null);
    assertThat(w.run(new DutyUnitNoLiaison(), oct(1), oct(10))).isEmpty();
  }

  @Test
  void aLiaisonLeaderWhoIsNotAGroupLeaderIsIneligible() {
    World w = hall();
    w.person("boss", GROUP, Rank.GROUP_LEADER);
    w.assign("l1", "li", Role.LIAISON_LEADER, Scope.of(BRANCH), oct(1), null);
    w.assign("l2", "boss", Role.LIAISON_LEADER, Scope.of(BRANCH), oct(1), null);
    assertThat(w.run(new DutyIneligible(), oct(5), oct(10))).singleElement().satisfies(d -> {
      assertThat(d.evidence()).containsExactly("l1");
      assertThat(d.date()).isEqualTo(oct(5));
      assertThat(d.message().en()).contains("STAFF");
    });
  }

  @Test
  void aSiteResponsibleFromAnotherUnitIsIneligible() {
    World w = hall();
    w.person("outsider", GROUP, Rank.STAFF);
    w.assign("s1", "outsider", Role.SITE_RESPONSIBLE, HALL, oct(3), null);
    w.assign("s2", "li", Role.SITE_RESPONSIBLE, HALL, oct(3), null);
    assertThat(w.run(new DutyIneligible(), oct(1), oct(10))).singleElement().satisfies(d -> {
      assertThat(d.evidence()).containsExactly("s1");
      assertThat(d.date()).isEqualTo(oct(3));
    });
  }

  @Test
  void theOnlySiteResponsibleAwayOnATripWithNoStandInIsHolderAway() {
    World w = hall();
    w.assign("a1", "li", Role.SITE_RESPONSIBLE, HALL, oct(1), null);
    w.trip("t1", "li", oct(3), oct(6)); // away 10-03 .. 10-05
    assertThat(w.run(new DutyHolderAway(), oct(1), oct(10))).singleElement().satisfies(d -> {
      assertThat(d.date()).isEqualTo(oct(3));
      assertThat(d.until()).contains(oct(6));
      assertThat(d.evidence()).containsExactly("a1", "t1");
      assertThat(d.subject().toString()).isEqualTo("SITE:hall");
    });
  }

  @Test
  void aSecondHolderCoveringTheDaysMeansNoHolderAway() {
    World w = hall();
    w.assign("a1", "li", Role.SITE_RESPONSIBLE, HALL, oct(1), null);
    w.assign("a2", "wang", Role.SITE_RESPONSIBLE, HALL, oct(3), oct(6));
    w.trip("t1", "li", oct(3), oct(6));
    assertThat(w.run(new DutyHolderAway(), oct(1), oct(10))).isEmpty();
  }

  @Test
  void aHolderStillAwayIsAwayToTheEndOfTheRun() {
    World w = hall();
    w.assign("a1", "li", Role.SITE_RESPONSIBLE, HALL, oct(1), null);
    w.trip("t1", "li", oct(8), null);
    assertThat(w.run(new DutyHolderAway(), oct(1), oct(10))).singleElement()
        .satisfies(d -> assertThat(d.until()).contains(oct(10)));
  }

  @Test
  void twoRolesOfOneUnitAwayAtOnceAreTwoFindingsWithDifferentIds() {
    World w = World.withBranch();
    w.person("boss", GROUP, Rank.GROUP_LEADER);
    w.person("head", BRANCH, Rank.UNIT_PRINCIPAL);
    w.assign("l1", "boss", Role.LIAISON_LEADER, Scope.of(BRANCH), oct(1), null);
    w.assign("p1", "head", Role.UNIT_PRINCIPAL, Scope.of(BRANCH), oct(1), null);
    w.trip("t1", "boss", oct(2), oct(4));
    w.trip("t2", "head", oct(2), oct(4));
    List<FindingDraft> found = w.run(new DutyHolderAway(), oct(1), oct(10));
    assertThat(found).hasSize(2);
    assertThat(found.stream().map(d -> FindingId.derive(DutyHolderAway.ID, d.key().toArray(String[]::new))))
        .doesNotHaveDuplicates();
  }
}

package dev.cordon.tck;

import static dev.cordon.tck.TckData.at;
import static dev.cordon.tck.TckData.day;
import static dev.cordon.tck.TckData.midnight;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.disinfection.DisinfectionRecord;
import dev.cordon.core.duty.Assignment;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.risk.RiskArea;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.travel.TravelDeclaration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Range queries are half-open {@code [from, to)}. The ports take instants; the services turn local
 * days in the policy's zone into instants, so the kit asks for days of Asia/Shanghai (UTC+8) by
 * their local midnights: a record at exactly 00:00 belongs to the day that starts then, and a record
 * at 07:59 local time — still the previous day in UTC — to the local day. Date ranges (travel,
 * risk areas, assignments, findings) are half-open on their end dates too. Results are ordered as
 * each port says: by instant then id, by id, or by date then id.
 */
public abstract class RangeQueryContract extends StorageContract {
  private static final SiteId HALL = SiteId.of("s-001");
  private static final PersonId P1 = PersonId.of("p-001");

  private static Instant start(String day) {
    return midnight(day);
  }

  private static List<Entry> aroundMidnight() {
    return List.of(
        TckData.employeeEntry("e-before", "s-001", "p-001", at("2021-10-24T23:59:59.999999")),
        TckData.employeeEntry("e-midnight", "s-001", "p-001", at("2021-10-25T00:00")),
        TckData.employeeEntry("e-morning", "s-001", "p-001", at("2021-10-25T07:59")),
        TckData.employeeEntry("e-last", "s-001", "p-001", at("2021-10-25T23:59:59.999999")),
        TckData.employeeEntry("e-next", "s-001", "p-001", at("2021-10-26T00:00")));
  }

  /** An entry at exactly 00:00 local time is in the day that starts then, not in the day before. */
  @Test
  public void anEntryAtLocalMidnightBelongsToTheDayThatStarts() {
    Entry midnight = TckData.visitorEntry("e-1", "s-001", TckData.ZHANG_SAN, at("2021-10-25T00:00"));
    storage.entries().put(midnight);
    assertThat(list(storage.entries().between(start("2021-10-25"), start("2021-10-26"))))
        .containsExactly(midnight);
    assertThat(list(storage.entries().between(start("2021-10-24"), start("2021-10-25"))))
        .isEmpty();
  }

  /** between() on local days of Asia/Shanghai: half-open at both midnights, UTC days do not leak in. */
  @Test
  public void entriesBetweenIsHalfOpenAtLocalMidnight() {
    List<Entry> e = aroundMidnight();
    storage.entries().putAll(e);
    assertThat(list(storage.entries().between(start("2021-10-24"), start("2021-10-25"))))
        .containsExactly(e.get(0));
    assertThat(list(storage.entries().between(start("2021-10-25"), start("2021-10-26"))))
        .containsExactly(e.get(1), e.get(2), e.get(3));
    assertThat(list(storage.entries().between(start("2021-10-26"), start("2021-10-27"))))
        .containsExactly(e.get(4));
    assertThat(list(storage.entries().between(start("2021-10-24"), start("2021-10-27"))))
        .containsExactlyElementsOf(e);
  }

  /** ofSite() and ofEmployee() are half-open at local midnight like between(). */
  @Test
  public void ofSiteAndOfEmployeeAreHalfOpenAtLocalMidnight() {
    List<Entry> e = aroundMidnight();
    storage.entries().putAll(e);
    assertThat(list(storage.entries().ofSite(HALL, start("2021-10-25"), start("2021-10-26"))))
        .containsExactly(e.get(1), e.get(2), e.get(3));
    assertThat(list(storage.entries().ofEmployee(P1, start("2021-10-25"), start("2021-10-26"))))
        .containsExactly(e.get(1), e.get(2), e.get(3));
    assertThat(list(storage.entries().ofSite(HALL, start("2021-10-24"), start("2021-10-25"))))
        .containsExactly(e.get(0));
    assertThat(list(storage.entries().ofEmployee(P1, start("2021-10-26"), start("2021-10-27"))))
        .containsExactly(e.get(4));
  }

  /** An empty range [t, t) holds nothing. */
  @Test
  public void anEmptyRangeHoldsNothing() {
    Instant t = at("2021-10-25T09:00");
    storage.entries().put(TckData.employeeEntry("e-1", "s-001", "p-001", t));
    assertThat(list(storage.entries().between(t, t))).isEmpty();
    assertThat(list(storage.entries().between(t, t.plusNanos(1_000)))).hasSize(1);
  }

  /** Entries come ordered by instant, then by id for the same instant. */
  @Test
  public void entriesAreOrderedByInstantThenId() {
    Instant t = at("2021-10-25T09:00");
    Entry b = TckData.employeeEntry("e-b", "s-001", "p-001", t);
    Entry c = TckData.employeeEntry("e-c", "s-001", "p-001", t.minusSeconds(3600));
    Entry a = TckData.employeeEntry("e-a", "s-001", "p-001", t);
    Entry d = TckData.visitorEntry("e-0", "s-001", TckData.O_NEILL, t.plusNanos(1_000));
    storage.entries().put(b);
    storage.entries().put(d);
    storage.entries().put(c);
    storage.entries().put(a);
    Instant from = start("2021-10-25");
    Instant to = start("2021-10-26");
    assertThat(list(storage.entries().between(from, to))).containsExactly(c, a, b, d);
    assertThat(list(storage.entries().ofSite(HALL, from, to))).containsExactly(c, a, b, d);
    assertThat(list(storage.entries().ofEmployee(P1, from, to))).containsExactly(c, a, b);
  }

  /** ofSite() returns only the entries at that site. */
  @Test
  public void ofSiteFiltersBySite() {
    Instant t = at("2021-10-25T09:00");
    Entry hall = TckData.employeeEntry("e-1", "s-001", "p-001", t);
    Entry canteen = TckData.employeeEntry("e-2", "s-002", "p-001", t.plusSeconds(60));
    Entry hallVisitor = TckData.visitorEntry("e-3", "s-001", TckData.ALATAN_BATER, t.plusSeconds(120));
    storage.entries().putAll(List.of(hall, canteen, hallVisitor));
    Instant from = start("2021-10-25");
    Instant to = start("2021-10-26");
    assertThat(list(storage.entries().ofSite(HALL, from, to))).containsExactly(hall, hallVisitor);
    assertThat(list(storage.entries().ofSite(SiteId.of("s-002"), from, to))).containsExactly(canteen);
    assertThat(list(storage.entries().ofSite(SiteId.of("s-404"), from, to))).isEmpty();
  }

  /** ofEmployee() returns only that employee's entries, never visitors'. */
  @Test
  public void ofEmployeeFiltersByEmployee() {
    Instant t = at("2021-10-25T09:00");
    Entry mine = TckData.employeeEntry("e-1", "s-001", "p-001", t);
    Entry theirs = TckData.employeeEntry("e-2", "s-001", "p-002", t.plusSeconds(60));
    Entry mineElsewhere = TckData.employeeEntry("e-3", "s-002", "p-001", t.plusSeconds(120));
    Entry visitor = TckData.visitorEntry("e-4", "s-001", TckData.ZHANG_SAN, t.plusSeconds(180));
    storage.entries().putAll(List.of(mine, theirs, mineElsewhere, visitor));
    Instant from = start("2021-10-25");
    Instant to = start("2021-10-26");
    assertThat(list(storage.entries().ofEmployee(P1, from, to))).containsExactly(mine, mineElsewhere);
    assertThat(list(storage.entries().ofEmployee(PersonId.of("p-002"), from, to))).containsExactly(theirs);
  }

  /** Stock movements: between() is half-open at local midnight, ordered by instant then id. */
  @Test
  public void stockBetweenIsHalfOpenAtLocalMidnight() {
    StockMovement before = TckData.receipt("m-3", "u-1", "i-mask", at("2021-10-24T23:59:59.999999"), "10");
    StockMovement midnight = TckData.receipt("m-2", "u-1", "i-mask", at("2021-10-25T00:00"), "10");
    StockMovement sameTime = TckData.receipt("m-1", "u-2", "i-gloves", at("2021-10-25T00:00"), "10");
    StockMovement next = TckData.receipt("m-0", "u-1", "i-mask", at("2021-10-26T00:00"), "10");
    storage.stock().putAll(List.of(before, midnight, sameTime, next));
    assertThat(list(storage.stock().between(start("2021-10-25"), start("2021-10-26"))))
        .containsExactly(sameTime, midnight);
    assertThat(list(storage.stock().between(start("2021-10-24"), start("2021-10-25"))))
        .containsExactly(before);
  }

  /** Disinfection records: between() is half-open at local midnight, ordered by instant then id. */
  @Test
  public void disinfectionBetweenIsHalfOpenAtLocalMidnight() {
    DisinfectionRecord before = TckData.disinfection("d-3", "s-001", at("2021-10-24T23:59:59.999999"));
    DisinfectionRecord midnight = TckData.disinfection("d-2", "s-001", at("2021-10-25T00:00"));
    DisinfectionRecord sameTime = TckData.disinfection("d-1", "s-002", at("2021-10-25T00:00"));
    DisinfectionRecord morning = TckData.disinfection("d-0", "s-001", at("2021-10-25T07:30"));
    DisinfectionRecord next = TckData.disinfection("d-4", "s-001", at("2021-10-26T00:00"));
    storage.disinfection().putAll(List.of(before, midnight, sameTime, morning, next));
    assertThat(list(storage.disinfection().between(start("2021-10-25"), start("2021-10-26"))))
        .containsExactly(sameTime, midnight, morning);
    assertThat(list(storage.disinfection().between(start("2021-10-24"), start("2021-10-25"))))
        .containsExactly(before);
  }

  /** Travel: a declaration overlaps {@code [from, to)} when {@code spanStart < to} and {@code spanEnd > from}. */
  @Test
  public void travelOverlappingUsesTheHalfOpenSpan() {
    // planned 10-20 to 10-22: span [10-20, 10-23)
    TravelDeclaration trip = TckData.travel("t-1", "p-001", day("2021-10-20"), day("2021-10-22"));
    storage.travel().put(trip);
    assertThat(overlappingTravel("2021-10-19", "2021-10-20")).isEmpty();
    assertThat(overlappingTravel("2021-10-20", "2021-10-21")).containsExactly(trip);
    assertThat(overlappingTravel("2021-10-22", "2021-10-23")).containsExactly(trip);
    assertThat(overlappingTravel("2021-10-23", "2021-10-24")).isEmpty();
    assertThat(overlappingTravel("2021-10-01", "2021-11-01")).containsExactly(trip);
  }

  /**
   * A traveller who left and has not come back has no span end: the declaration overlaps every
   * later range. The span starts at the actual departure when that came first.
   */
  @Test
  public void travelStillAwayOverlapsEveryLaterRange() {
    TravelDeclaration planned = TckData.travel("t-1", "p-001", day("2021-10-20"), day("2021-10-22"));
    TravelDeclaration away = TckData.departed(planned, day("2021-10-18"));
    storage.travel().put(planned);
    storage.travel().update(away);
    assertThat(overlappingTravel("2021-12-01", "2021-12-02")).containsExactly(away);
    assertThat(overlappingTravel("2021-10-18", "2021-10-19")).containsExactly(away);
    assertThat(overlappingTravel("2021-10-17", "2021-10-18")).isEmpty();
  }

  /** overlapping() judges the latest version of a declaration only, and orders by id. */
  @Test
  public void travelOverlappingSeesLatestVersionsOrderedById() {
    TravelDeclaration moved = TckData.travel("t-2", "p-002", day("2021-10-01"), day("2021-10-03"));
    TravelDeclaration movedLater = TravelDeclaration.builder().from(moved)
        .plannedDeparture(day("2021-10-10")).plannedReturn(day("2021-10-12")).build();
    TravelDeclaration other = TckData.travel("t-1", "p-001", day("2021-10-11"), day("2021-10-11"));
    storage.travel().put(moved);
    storage.travel().put(other);
    storage.travel().update(movedLater);
    assertThat(overlappingTravel("2021-10-01", "2021-10-04")).isEmpty();
    assertThat(overlappingTravel("2021-10-10", "2021-10-13")).containsExactly(other, movedLater);
  }

  /** ofEmployee() lists one employee's declarations (latest versions), ordered by id. */
  @Test
  public void travelOfEmployeeFiltersAndOrdersById() {
    TravelDeclaration second = TckData.travel("t-2", "p-001", day("2021-10-01"), day("2021-10-02"));
    TravelDeclaration first = TckData.travel("t-1", "p-001", day("2021-11-01"), day("2021-11-02"));
    TravelDeclaration someoneElse = TckData.travel("t-3", "p-002", day("2021-10-01"), day("2021-10-02"));
    TravelDeclaration approved = TckData.approved(first, "p-leader", at("2021-10-30T10:00"));
    storage.travel().putAll(List.of(second, first, someoneElse));
    storage.travel().update(approved);
    assertThat(list(storage.travel().ofEmployee(P1))).containsExactly(approved, second);
    assertThat(list(storage.travel().ofEmployee(PersonId.of("p-404")))).isEmpty();
  }

  /** Risk areas: in force on [inForceFrom, inForceTo); still in force without an end. */
  @Test
  public void riskAreasOverlappingIsHalfOpenOnInForceTo() {
    RiskArea closed = TckData.riskArea("r-2", TckData.EJINA, day("2021-10-20"), day("2021-10-25"));
    RiskArea open = TckData.riskArea("r-1", TckData.BAOTOU, day("2021-10-24"), null);
    storage.riskAreas().putAll(List.of(closed, open));
    assertThat(overlappingRisk("2021-10-19", "2021-10-20")).isEmpty();
    assertThat(overlappingRisk("2021-10-20", "2021-10-21")).containsExactly(closed);
    assertThat(overlappingRisk("2021-10-24", "2021-10-25")).containsExactly(open, closed);
    assertThat(overlappingRisk("2021-10-25", "2021-10-26")).containsExactly(open);
    assertThat(overlappingRisk("2022-01-01", "2022-01-02")).containsExactly(open);
  }

  /** Assignments: held on [validFrom, validTo); a successor from the predecessor's validTo does not overlap it. */
  @Test
  public void assignmentsOverlappingIsHalfOpenOnValidTo() {
    Assignment predecessor = TckData.siteResponsible("a-1", "p-001", "s-001", day("2021-10-01"), day("2021-10-15"));
    Assignment successor = TckData.siteResponsible("a-2", "p-002", "s-001", day("2021-10-15"), null);
    storage.assignments().putAll(List.of(successor, predecessor));
    assertThat(overlappingAssignments("2021-09-30", "2021-10-01")).isEmpty();
    assertThat(overlappingAssignments("2021-10-14", "2021-10-15")).containsExactly(predecessor);
    assertThat(overlappingAssignments("2021-10-15", "2021-10-16")).containsExactly(successor);
    assertThat(overlappingAssignments("2021-10-14", "2021-10-16")).containsExactly(predecessor, successor);
    assertThat(overlappingAssignments("2030-01-01", "2030-01-02")).containsExactly(successor);
  }

  /** Findings: dated on [from, to), ordered by date then id. */
  @Test
  public void findingsBetweenIsHalfOpenOrderedByDateThenId() {
    Finding before = TckData.finding("f-9", "s-001", day("2021-10-24"));
    Finding laterSameDay = TckData.finding("f-2", "s-001", day("2021-10-25"));
    Finding firstSameDay = TckData.finding("f-1", "s-002", day("2021-10-25"));
    Finding nextDay = TckData.finding("f-0", "s-001", day("2021-10-26"));
    Finding after = TckData.finding("f-8", "s-001", day("2021-10-27"));
    storage.findings().putAll(List.of(after, laterSameDay, nextDay, before, firstSameDay));
    assertThat(list(storage.findings().between(day("2021-10-25"), day("2021-10-26"))))
        .containsExactly(firstSameDay, laterSameDay);
    assertThat(list(storage.findings().between(day("2021-10-25"), day("2021-10-27"))))
        .containsExactly(firstSameDay, laterSameDay, nextDay);
    assertThat(list(storage.findings().between(day("2021-10-25"), day("2021-10-25")))).isEmpty();
  }

  private List<TravelDeclaration> overlappingTravel(String from, String to) {
    return list(storage.travel().overlapping(LocalDate.parse(from), LocalDate.parse(to)));
  }

  private List<RiskArea> overlappingRisk(String from, String to) {
    return list(storage.riskAreas().overlapping(LocalDate.parse(from), LocalDate.parse(to)));
  }

  private List<Assignment> overlappingAssignments(String from, String to) {
    return list(storage.assignments().overlapping(LocalDate.parse(from), LocalDate.parse(to)));
  }
}

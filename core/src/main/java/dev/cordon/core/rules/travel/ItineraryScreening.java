package dev.cordon.core.rules.travel;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.ItineraryCode;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.report.Text;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.spi.rules.FindingDraft;
import dev.cordon.spi.rules.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The screening of staff itineraries (職工行程排查) behind TRAVEL-CONCEALED and
 * TRAVEL-DESTINATION-OMITTED: each city an employee's itinerary code lists at the door, outside the
 * home city, is compared at city level with the employee's declarations.
 *
 * <ul>
 *   <li><b>Covered</b>: a declaration lists the city (a declared county covers its city, a declared
 *       city its counties) and its travel dates — actual where recorded, else planned, both ends
 *       included, open while left and not back — overlap the look-back window
 *       {@code [entry day − look-back, entry day]}. Nothing to report.
 *   <li><b>Omitted</b> (漏報): not covered, but a declared trip with a recorded departure overlaps
 *       the window — the trip was declared, the city was not.
 *   <li><b>Concealed</b> (瞞報): not covered and no declared trip with a recorded departure
 *       overlaps the window. Never both for one entry and city.
 * </ul>
 *
 * <p><b>One finding per employee and city, not per entry.</b> Entries showing the same uncovered
 * city form a run when each lies within the look-back of the one before; the run is anchored at
 * its first entry's day, found by walking back one look-back window at a time. The finding's key is
 * {@code employee + city + anchor day}, so every later entry of the run — in this check run or a
 * later one, whatever its range — adds evidence to the same finding, and a city seen again after a
 * gap longer than the look-back (a new trip) is a new finding.
 */
final class ItineraryScreening {
  enum Kind { COVERED, OMITTED, CONCEALED }

  record Verdict(Kind kind, List<String> trips) {}

  private final RuleContext ctx;
  private final Map<PersonId, List<TravelDeclaration>> declarations = new HashMap<>();
  private final Map<String, LocalDate> anchors = new HashMap<>();

  ItineraryScreening(RuleContext ctx) {
    this.ctx = ctx;
  }

  /** Reports a finding of {@code wanted} kind for every uncovered city of every entry in the range. */
  void report(Kind wanted) {
    try (Stream<Entry> s = ctx.records().entries(ctx.from(), ctx.to())) {
      s.forEach(e -> {
        Optional<PersonId> employee = e.entrant().personId();
        if (!e.entrant().isEmployee() || employee.isEmpty()) {
          return;
        }
        for (RegionCode city : citiesOutsideHome(e)) {
          Verdict v = judge(employee.get(), city, e.localDate(ctx.zone()));
          if (v.kind() == wanted) {
            ctx.report(draft(wanted, employee.get(), city, anchor(employee.get(), city, e), e, v));
          }
        }
      });
    }
  }

  private List<RegionCode> citiesOutsideHome(Entry e) {
    Optional<ItineraryCode> code = e.itinerary().filter(ItineraryCode::presented);
    if (code.isEmpty()) {
      return List.of();
    }
    RegionCode home = ctx.policyOn(e.localDate(ctx.zone())).homeCity();
    return code.get().citiesVisited().stream().filter(c -> !c.sameCity(home)).map(RegionCode::city)
        .distinct().sorted().toList();
  }

  Verdict judge(PersonId employee, RegionCode city, LocalDate day) {
    PreventionPolicy policy = ctx.policyOn(day);
    LocalDate windowStart = day.minusDays(policy.itineraryLookBackDays());
    List<String> trips = new ArrayList<>();
    for (TravelDeclaration d : declarationsOf(employee)) {
      LocalDate dep = TravelFindings.departure(d);
      Optional<LocalDate> end = d.state().hasDeparted() && d.actualReturn().isEmpty()
          ? Optional.empty() : Optional.of(TravelFindings.returnDay(d));
      boolean overlaps = !dep.isAfter(day) && end.map(r -> !r.isBefore(windowStart)).orElse(true);
      if (!overlaps) {
        continue;
      }
      if (d.destinations().stream().anyMatch(r -> r.sameCity(city))) {
        return new Verdict(Kind.COVERED, List.of());
      }
      if (d.actualDeparture().isPresent()) {
        trips.add(d.id().value());
      }
    }
    return trips.isEmpty() ? new Verdict(Kind.CONCEALED, List.of()) : new Verdict(Kind.OMITTED, trips);
  }

  private List<TravelDeclaration> declarationsOf(PersonId employee) {
    return declarations.computeIfAbsent(employee, id -> {
      try (Stream<TravelDeclaration> s = ctx.records().travelOf(id)) {
        return s.toList();
      }
    });
  }

  /** The first day of the run of entries showing {@code city} uncovered that {@code e} belongs to. */
  private LocalDate anchor(PersonId employee, RegionCode city, Entry e) {
    LocalDate day = e.localDate(ctx.zone());
    String cacheKey = employee.value() + "|" + city.code() + "|" + day;
    LocalDate cached = anchors.get(cacheKey);
    if (cached != null) {
      return cached;
    }
    LocalDate current = day;
    while (true) {
      LocalDate from = current.minusDays(ctx.policyOn(current).itineraryLookBackDays());
      Optional<LocalDate> earlier;
      try (Stream<Entry> s = ctx.records().entriesOf(employee, from, current)) {
        earlier = s.filter(x -> citiesOutsideHome(x).contains(city))
            .map(x -> x.localDate(ctx.zone()))
            .filter(d -> judge(employee, city, d).kind() != Kind.COVERED)
            .findFirst();
      }
      if (earlier.isEmpty()) {
        break;
      }
      current = earlier.get();
    }
    anchors.put(cacheKey, current);
    return current;
  }

  private FindingDraft draft(Kind kind, PersonId employee, RegionCode city, LocalDate anchor, Entry e, Verdict v) {
    List<String> evidence = new ArrayList<>();
    evidence.add(e.id().value());
    evidence.addAll(v.trips());
    Text message = kind == Kind.CONCEALED
        ? Text.of("Itinerary code shows " + city.code() + " outside the home city and no trip was declared"
                + " (first seen " + anchor + ")",
            "行程码显示到过 " + city.code() + "（本市以外），无任何出行报备（瞒报），首次发现于 " + anchor)
        : Text.of("Itinerary code shows " + city.code() + ", not listed by the declared trip (first seen "
                + anchor + ")",
            "行程码显示到过 " + city.code() + "，出行报备未列该地（漏报），首次发现于 " + anchor);
    // one finding per employee and undeclared city, anchored at the day it was first seen: later
    // entries showing the same city in the same window add evidence, not findings
    return FindingDraft.forRecords(Subject.of(SubjectKind.PERSON, employee.value()),
        TravelFindings.unitOf(ctx, employee), anchor,
        Text.of(message.en() + " — employee " + employee, message.zh() + " — 员工 " + employee),
        evidence).about(employee.value()).aspect(city.code(), anchor.toString());
  }
}

package dev.cordon.rules;

import dev.cordon.Cordon;
import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.entry.HealthCodeColour;
import dev.cordon.core.entry.ItineraryCode;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.risk.RiskArea;
import dev.cordon.core.risk.RiskAreaId;
import dev.cordon.core.risk.RiskLevel;
import dev.cordon.core.rules.CheckRun;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import dev.cordon.core.travel.PurposeKind;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelDeclarationId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** A small organisation on memory storage, with shortcuts to record entries and trips and run checks. */
final class RulesFixture implements AutoCloseable {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final UnitId HQ = UnitId.of("hq");
  static final UnitId DEPOT = UnitId.of("depot");
  static final SiteId HALL = SiteId.of("hall");
  static final SiteId YARD = SiteId.of("yard");
  static final PersonId ZHANG = PersonId.of("p-zhang");
  static final PersonId LI = PersonId.of("p-li");
  static final PersonId BOSS = PersonId.of("p-boss");
  static final RegionCode BAOTOU = RegionCode.of("150200");
  static final RegionCode KUNDULUN = RegionCode.of("150203");
  static final RegionCode EJINA = RegionCode.of("152923");
  static final RegionCode ALXA_LEFT = RegionCode.of("152921");
  static final RegionCode HOHHOT = RegionCode.of("150100");
  static final RegionCode XIAN = RegionCode.of("610100");

  final Cordon cordon;
  private int entries;

  RulesFixture() {
    this(PreventionPolicy.defaults().build());
  }

  RulesFixture(PreventionPolicy policy) {
    this(dev.cordon.core.policy.PolicyHistory.of(policy));
  }

  RulesFixture(dev.cordon.core.policy.PolicyHistory policies) {
    cordon = Cordon.builder().storage("memory:").policies(policies).discoverRules(false).build();
    cordon.directory().register(Unit.builder().id(HQ).name("集团").kind(UnitKind.GROUP).headcount(10).build());
    cordon.directory().register(Unit.builder().id(DEPOT).name("供热站").kind(UnitKind.GRASSROOTS_UNIT).parent(HQ)
        .headcount(5).build());
    cordon.directory().register(Site.builder().id(HALL).name("营业厅").kind(SiteKind.SERVICE_HALL).owner(HQ)
        .region(KUNDULUN).build());
    cordon.directory().register(Site.builder().id(YARD).name("库房").kind(SiteKind.WAREHOUSE).owner(DEPOT)
        .region(KUNDULUN).build());
    for (PersonId p : List.of(ZHANG, LI, BOSS)) {
      cordon.directory().register(Person.builder().id(p).name("张三").category(PersonCategory.EMPLOYEE)
          .unit(p.equals(LI) ? DEPOT : HQ).build());
    }
  }

  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
  }

  static LocalDate day(String s) {
    return LocalDate.parse(s);
  }

  /** A fully checked, green, admitted entry of an employee at the hall; adjust with {@code with}. */
  Entry.Builder employeeEntry(PersonId who, String when) {
    Entry.Builder b = Entry.builder();
    b.id(EntryId.of("e-" + (++entries))).site(HALL).at(at(when)).entrant(Entrant.employee(who))
        .temperature(new BigDecimal("36.5")).healthCode(HealthCodeColour.GREEN)
        .itinerary(ItineraryCode.of(false, BAOTOU)).decision(Decision.ADMITTED);
    return b;
  }

  /** A complete, checked, green, admitted visitor row at the hall. */
  Entry.Builder visitor(String when) {
    Entry.Builder b = Entry.builder();
    b.id(EntryId.of("e-" + (++entries))).site(HALL).at(at(when))
        .entrant(Entrant.builder().category(PersonCategory.VISITOR).name("王先生")
            .phone(dev.cordon.core.person.PhoneNumber.parse("13812341234")).purpose("办理业务").host("李四").build())
        .temperature(new BigDecimal("36.5")).healthCode(HealthCodeColour.GREEN)
        .itinerary(ItineraryCode.of(false, BAOTOU)).decision(Decision.ADMITTED);
    return b;
  }

  Entry record(Entry.Builder b) {
    Entry e = b.build();
    cordon.entries().record(e);
    return e;
  }

  /** A declaration to {@code where}, declared the day before departure at 10:00, approved then. */
  TravelDeclaration.Builder trip(String id, PersonId who, String departure, String ret, RegionCode... where) {
    TravelDeclaration.Builder b = TravelDeclaration.builder();
    LocalDate dep = day(departure);
    b.id(TravelDeclarationId.of(id)).employee(who).addDestinations(where).purpose("出差")
        .purposeKind(PurposeKind.BUSINESS).plannedDeparture(dep).plannedReturn(day(ret))
        .declaredAt(at(dep.minusDays(1) + "T10:00"));
    return b;
  }

  TravelDeclaration declare(TravelDeclaration.Builder b) {
    TravelDeclaration d = b.build();
    cordon.travel().declare(d);
    return d;
  }

  void riskArea(String id, RegionCode region, RiskLevel level, String from, String to) {
    cordon.storage().riskAreas().put(RiskArea.builder().id(RiskAreaId.of(id)).region(region).place("某小区")
        .level(level).inForceFrom(day(from)).inForceTo(Optional.ofNullable(to).map(LocalDate::parse)).build());
  }

  /** The rules these tests cover: the entry and travel families (the others have their own tests). */
  List<String> entryAndTravelRules() {
    return cordon.checks().rules().stream().map(r -> r.id())
        .filter(id -> id.startsWith("ENTRY-") || id.startsWith("TRAVEL-")).toList();
  }

  CheckRun run(String from, String to) {
    return cordon.checks().run(day(from), day(to), entryAndTravelRules());
  }

  CheckRun run(String from, String to, String asOf) {
    return cordon.checks().run(day(from), day(to), at(asOf), entryAndTravelRules());
  }

  static List<Finding> of(CheckRun run, String ruleId) {
    return run.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  static List<String> ruleIds(CheckRun run) {
    return run.findings().stream().map(Finding::ruleId).sorted().toList();
  }

  @Override
  public void close() {
    cordon.close();
  }
}

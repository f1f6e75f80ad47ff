package dev.cordon.tck.rules;

import dev.cordon.core.duty.Assignment;
import dev.cordon.core.duty.AssignmentId;
import dev.cordon.core.duty.Role;
import dev.cordon.core.duty.Scope;
import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.entry.HealthCodeColour;
import dev.cordon.core.entry.ItineraryCode;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.inspection.Checklist;
import dev.cordon.core.inspection.Inspection;
import dev.cordon.core.inspection.InspectionId;
import dev.cordon.core.inspection.ItemOutcome;
import dev.cordon.core.inspection.ItemResult;
import dev.cordon.core.notice.Notice;
import dev.cordon.core.notice.NoticeId;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.person.Rank;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.risk.RiskArea;
import dev.cordon.core.risk.RiskAreaId;
import dev.cordon.core.risk.RiskLevel;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import dev.cordon.core.supply.MovementKind;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockMovementId;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.supply.SupplyKind;
import dev.cordon.core.travel.Approval;
import dev.cordon.core.travel.ApprovalStatus;
import dev.cordon.core.travel.PurposeKind;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelDeclarationId;
import dev.cordon.core.travel.TravelState;
import dev.cordon.tck.TckData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A fortnight of a small heating company in Baotou, 2021-10-18 to 2021-11-01, in which every
 * built-in rule finds something: the scenario the built-in rules run the {@link RuleContract}s on.
 */
final class BaotouFortnight {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDate FROM = LocalDate.of(2021, 10, 18);
  static final LocalDate TO = LocalDate.of(2021, 11, 1);
  static final UnitId HQ = UnitId.of("hq");
  static final UnitId DEPOT = UnitId.of("depot");
  static final SiteId HALL = SiteId.of("hall");
  static final SiteId CANTEEN = SiteId.of("canteen");
  static final SiteId GATE = SiteId.of("gate");
  static final RegionCode KUNDULUN = RegionCode.of("150203");
  static final RegionCode EJINA = RegionCode.of("152923");
  static final RegionCode XIAN = RegionCode.of("610100");

  private BaotouFortnight() {}

  static LocalDate oct(int day) {
    return LocalDate.of(2021, 10, day);
  }

  static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
  }

  static Scenario scenario() {
    return Scenario.given(records().toArray()).over(FROM, TO);
  }

  private static Person employee(String id, UnitId unit, Rank rank) {
    return Person.builder().id(PersonId.of(id)).name("张伟").category(PersonCategory.EMPLOYEE).unit(unit)
        .rank(rank).build();
  }

  private static Entry.Builder entry(String id, String employee, LocalDate day, int hour) {
    return Entry.builder().id(EntryId.of(id)).site(HALL).at(at(day, hour, 5))
        .entrant(Entrant.employee(PersonId.of(employee)))
        .temperature(new BigDecimal("36.5")).healthCode(HealthCodeColour.GREEN)
        .itinerary(ItineraryCode.of(false, KUNDULUN)).decision(Decision.ADMITTED);
  }

  /** A visitor's complete row at the gate. */
  private static Entry.Builder gate(String id, LocalDate day, int hour, int minute) {
    return Entry.builder().id(EntryId.of(id)).site(GATE).at(at(day, hour, minute))
        .entrant(Entrant.builder().category(PersonCategory.VISITOR).name("李女士")
            .phone(dev.cordon.core.person.PhoneNumber.parse("13947212345")).purpose("送货").host("张伟").build())
        .temperature(new BigDecimal("36.4")).healthCode(HealthCodeColour.GREEN).decision(Decision.ADMITTED);
  }

  private static TravelDeclaration.Builder trip(String id, String employee, LocalDate dep, LocalDate ret,
      RegionCode destination) {
    return TravelDeclaration.builder().id(TravelDeclarationId.of(id)).employee(PersonId.of(employee))
        .addDestinations(destination).purpose("出差").purposeKind(PurposeKind.BUSINESS)
        .plannedDeparture(dep).plannedReturn(ret).declaredAt(at(dep.minusDays(3), 9, 0));
  }

  private static Approval approvedOn(LocalDate day) {
    return Approval.decided(ApprovalStatus.APPROVED, PersonId.of("p-boss"), at(day, 10, 0));
  }

  private static StockMovement receipt(String id, String item, UnitId holder, String quantity, LocalDate expiry) {
    StockMovement.Builder b = StockMovement.builder().id(StockMovementId.of(id)).item(SupplyItemId.of(item))
        .kind(MovementKind.RECEIPT).holder(holder).quantity(new BigDecimal(quantity)).at(at(oct(1), 8, 0));
    if (expiry != null) {
      b.lot("L-" + id).expiry(expiry);
    }
    return b.build();
  }

  private static Assignment assignment(String id, String person, Role role, Scope scope, LocalDate from) {
    return Assignment.builder().id(AssignmentId.of(id)).person(PersonId.of(person)).role(role).scope(scope)
        .validFrom(from).build();
  }

  static List<Object> records() {
    List<Object> r = new ArrayList<>();
    // the organisation: a group and one depot (no liaison leader: DUTY-UNIT-NO-LIAISON)
    r.add(Unit.builder().id(HQ).name("包头热力集团").kind(UnitKind.GROUP).headcount(50).build());
    r.add(Unit.builder().id(DEPOT).name("东河供热站").kind(UnitKind.GRASSROOTS_UNIT).parent(HQ).headcount(10).build());
    r.add(employee("p-boss", HQ, Rank.GROUP_LEADER));
    r.add(employee("p-zhang", DEPOT, Rank.STAFF));
    r.add(employee("p-li", DEPOT, Rank.STAFF));
    r.add(employee("p-wang", DEPOT, Rank.STAFF));
    r.add(employee("p-zhao", DEPOT, Rank.STAFF));
    r.add(employee("p-sun", DEPOT, Rank.STAFF));
    // a service hall (a key site, never disinfected: DISINFECTION-MISSED; no kit: SUPPLY-KIT-INCOMPLETE)
    // whose responsible person goes away (DUTY-HOLDER-AWAY) and a canteen nobody answers for
    // (DUTY-SITE-UNCOVERED) that two people are made responsible for at once later (DUTY-OVERLAP)
    r.add(Site.builder().id(HALL).name("东河营业厅").kind(SiteKind.SERVICE_HALL).owner(DEPOT).region(KUNDULUN).build());
    r.add(Site.builder().id(CANTEEN).name("集团食堂").kind(SiteKind.CANTEEN).owner(HQ).region(KUNDULUN)
        .capacity(120).build());
    r.add(assignment("a-hall", "p-wang", Role.SITE_RESPONSIBLE, Scope.of(HALL), oct(1)));
    r.add(assignment("a-canteen-1", "p-boss", Role.SITE_RESPONSIBLE, Scope.of(CANTEEN), oct(25)));
    r.add(assignment("a-canteen-2", "p-sun", Role.SITE_RESPONSIBLE, Scope.of(CANTEEN), oct(27)));
    // a liaison leader who is not a group leader (DUTY-INELIGIBLE) for the depot, from 10-30
    r.add(assignment("a-liaison", "p-zhao", Role.LIAISON_LEADER, Scope.of(DEPOT), oct(30)));
    // supplies: masks short of the reserve (SUPPLY-RESERVE-LOW), a lot of masks expiring (SUPPLY-EXPIRED-HELD)
    r.add(SupplyItem.builder().id(SupplyItemId.of("mask")).name("医用外科口罩").kind(SupplyKind.MASK)
        .unitOfMeasure("个").build());
    r.add(receipt("r-mask", "mask", DEPOT, "100", null));
    r.add(receipt("r-mask-lot", "mask", DEPOT, "50", oct(22)));
    // risk areas: Ejina medium risk all month
    r.add(RiskArea.builder().id(RiskAreaId.of("risk-ejina")).region(EJINA).place("额济纳旗达来呼布镇")
        .level(RiskLevel.MEDIUM).inForceFrom(oct(1)).build());
    // the door: skipped temperature, fever admitted, fever refused, yellow code, starred itinerary,
    // a visitor without a phone, an employee whose itinerary shows Xi'an (TRAVEL-CONCEALED) and one
    // whose declared trip did not list it (TRAVEL-DESTINATION-OMITTED)
    r.add(entry("e-skip", "p-zhang", oct(19), 8).temperature(java.util.Optional.empty()).build());
    r.add(entry("e-fever", "p-zhang", oct(20), 8).temperature(new BigDecimal("37.6")).build());
    r.add(entry("e-fever-denied", "p-li", oct(20), 9).temperature(new BigDecimal("37.3"))
        .decision(Decision.DENIED).build());
    r.add(entry("e-yellow", "p-li", oct(21), 8).healthCode(HealthCodeColour.YELLOW).build());
    r.add(entry("e-star", "p-zhang", oct(22), 8).itinerary(ItineraryCode.of(true, KUNDULUN)).build());
    r.add(Entry.builder().id(EntryId.of("e-visitor")).site(HALL).at(at(oct(22), 10, 0))
        .entrant(Entrant.builder().category(PersonCategory.VISITOR).name("王先生").purpose("缴纳采暖费")
            .host("张伟").build())
        .temperature(new BigDecimal("36.4")).healthCode(HealthCodeColour.GREEN)
        .itinerary(ItineraryCode.of(false, KUNDULUN)).decision(Decision.ADMITTED).build());
    r.add(entry("e-xian", "p-sun", oct(26), 8).itinerary(ItineraryCode.of(false, KUNDULUN, XIAN)).build());
    r.add(entry("e-omitted", "p-li", oct(28), 8).itinerary(ItineraryCode.of(false, KUNDULUN, XIAN)).build());
    // a ledger written up rather than kept (LEDGER-*), at a gate open 08:00-18:00: p-zhou at 08:03 and
    // 36.4 °C every day (LEDGER-READING-REPEATED, LEDGER-ROWS-COPIED); ten visitors all at 36.5 on
    // 10-19 (LEDGER-UNIFORM); thirty rows two minutes apart on 10-20 (LEDGER-TIMES-TYPED); two rows
    // at night on 10-21 (LEDGER-AFTER-HOURS); a week of readings on x.0 and x.5 (LEDGER-HEAPED)
    r.add(Site.builder().id(GATE).name("东河站大门").kind(SiteKind.OTHER).owner(DEPOT).region(KUNDULUN)
        .openingHours(dev.cordon.core.site.OpeningHours.parse("08:00-18:00")).build());
    r.add(employee("p-zhou", DEPOT, Rank.STAFF));
    for (LocalDate d = FROM; d.isBefore(TO); d = d.plusDays(1)) {
      r.add(gate("g-zhou-" + d, d, 8, 3).entrant(Entrant.employee(PersonId.of("p-zhou"))).build());
    }
    for (int i = 0; i < 10; i++) {
      r.add(gate("g-same-" + i, oct(19), 9 + (7 * i) / 60, (7 * i) % 60).temperature(new BigDecimal("36.5")).build());
    }
    for (int i = 0; i < 30; i++) {
      r.add(gate("g-typed-" + i, oct(20), 14 + (2 * i) / 60, (2 * i) % 60)
          .temperature(new BigDecimal("36." + (1 + (i * 7) % 8))).build());
    }
    r.add(gate("g-night-1", oct(21), 22, 10).build());
    r.add(gate("g-night-2", oct(21), 23, 40).build());
    String[] round = {"36.0", "36.5", "37.0", "36.5", "36.0"};
    for (int i = 0; i < 35; i++) {
      r.add(gate("g-round-" + i, oct(25 + i % 7), 10 + (i * 13) % 7, (i * 17) % 60)
          .temperature(new BigDecimal(round[i % round.length])).build());
    }
    // travel: declared late (TRAVEL-LATE), left without approval (TRAVEL-UNAPPROVED), a personal trip
    // (TRAVEL-NON-ESSENTIAL) to a risk area (TRAVEL-RISK-DESTINATION), not back (TRAVEL-OVERDUE)
    r.add(trip("t-late", "p-zhang", oct(23), oct(24), RegionCode.of("150100")).declaredAt(at(oct(23), 7, 0))
        .approval(approvedOn(oct(22))).state(TravelState.RETURNED).actualDeparture(oct(23)).actualReturn(oct(24))
        .returnReport(dev.cordon.core.travel.ReturnReport.of(at(oct(24), 18, 0), HealthCodeColour.GREEN))
        .build());
    r.add(trip("t-away", "p-zhao", oct(19), oct(21), EJINA).purposeKind(PurposeKind.PERSONAL).purpose("探亲")
        .declaredAt(at(oct(18), 9, 0))
        .state(TravelState.DEPARTED).actualDeparture(oct(19)).build());
    // the hall's responsible person away, back without a report (TRAVEL-RETURN-UNREPORTED) and
    // without a follow-up after Ejina (TRAVEL-FOLLOW-UP-OPEN)
    r.add(trip("t-wang", "p-wang", oct(20), oct(22), EJINA).approval(approvedOn(oct(18)))
        .state(TravelState.RETURNED).actualDeparture(oct(20)).actualReturn(oct(23)).build());
    // p-li's trip to Hohhot (declared, approved) overlaps the look-back of her entry showing Xi'an
    r.add(trip("t-li", "p-li", oct(24), oct(25), RegionCode.of("150100")).approval(approvedOn(oct(21)))
        .state(TravelState.RETURNED).actualDeparture(oct(24)).actualReturn(oct(25))
        .returnReport(dev.cordon.core.travel.ReturnReport.of(at(oct(25), 18, 0), HealthCodeColour.GREEN))
        .build());
    // the canteen's plan for 10-26: a sitting planned over seats × density (CANTEEN-OVER-CAPACITY)
    r.add(dev.cordon.core.dining.DiningPlan.builder().from(TckData.diningPlan("plan-1026", "canteen", oct(26)))
        .sittings(List.of(new dev.cordon.core.dining.Sitting(LocalTime.of(11, 30), LocalTime.of(12, 0),
            List.of(new dev.cordon.core.dining.Seating(HQ, 80)))))
        .unseated(List.of()).build());
    // an inspection of the hall with the registration item failed (INSPECTION-ITEM-FAILED)
    Checklist checklist = Checklist.defaults();
    List<ItemResult> results = new ArrayList<>();
    checklist.items().forEach(i -> results.add(ItemResult.of(i.id(),
        i.id().equals("registration") ? ItemOutcome.FAILED : ItemOutcome.PASSED)));
    r.add(Inspection.builder().id(InspectionId.of("insp-1")).scope(Scope.of(HALL)).inspector(PersonId.of("p-boss"))
        .date(oct(27)).checklist(checklist).results(results).build());
    // a notice naming a finding never confirmed (NOTICE-UNREVIEWED)
    Finding open = TckData.finding("ENTRY-FEVER-ADMITTED:0000000000000000aaaa", "hall", oct(20));
    r.add(open);
    r.add(Notice.builder().id(NoticeId.of("notice-1")).numberPrefix("包热防通").year(2021).sequence(1)
        .title("关于东河营业厅体温检测不到位的通报").issuer(HQ).units(List.of(DEPOT)).findings(List.of(open.id()))
        .issuedBy(PersonId.of("p-boss")).issuedAt(at(oct(29), 10, 0)).date(oct(29)).build());
    return r;
  }
}

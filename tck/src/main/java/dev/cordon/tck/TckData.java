package dev.cordon.tck;

import dev.cordon.core.dining.DiningPlan;
import dev.cordon.core.dining.DiningPlanId;
import dev.cordon.core.dining.Seating;
import dev.cordon.core.dining.Sitting;
import dev.cordon.core.disinfection.DisinfectionRecord;
import dev.cordon.core.disinfection.DisinfectionRecordId;
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
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.finding.FindingStatus;
import dev.cordon.core.finding.Review;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.person.PhoneNumber;
import dev.cordon.core.person.ResidentId;
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
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Valid domain objects for conformance tests (測試數據), built with the domain builders: Chinese
 * names, a Mongolian name with the middle dot {@code ·}, a Latin name with an apostrophe, region
 * codes of Inner Mongolia (150200 包头市, 152923 额济纳旗) and instants at local times in
 * Asia/Shanghai kept to the microsecond.
 *
 * <p>Integrators may reuse it in their own tests. Every factory builds a new, valid value; ids are
 * taken as given, so tests choose ids whose order they know.
 */
public final class TckData {
  /** The zone in which every local day of the kit is counted. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** 包头市 (Baotou), the default home city. */
  public static final String BAOTOU = "150200";
  /** 额济纳旗 (Ejina Banner), a county of Alxa League. */
  public static final String EJINA = "152923";
  /** A Chinese name. */
  public static final String ZHANG_SAN = "张三";
  /** A Mongolian name written in Chinese characters with the middle dot. */
  public static final String ALATAN_BATER = "阿拉坦·巴特尔";
  /** A Latin name with an apostrophe. */
  public static final String O_NEILL = "O'Neill";
  /** The three names, for tests that cycle through them. */
  public static final java.util.List<String> NAMES = java.util.List.of(ZHANG_SAN, ALATAN_BATER, O_NEILL);

  private TckData() {}

  // --- time -------------------------------------------------------------------------------------

  /**
   * The instant of a local date-time in Asia/Shanghai, e.g. {@code at("2021-10-25T09:30")}.
   *
   * @param localDateTime the local date and time
   * @return the instant of a local date-time in Asia/Shanghai, e.g. {@code at("2021-10-25T09:30")}
   */
  public static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
  }

  /**
   * The instant at which {@code day} starts in Asia/Shanghai (local midnight, 00:00).
   *
   * @param day the day
   * @return the instant at which {@code day} starts in Asia/Shanghai (local midnight, 00:00)
   */
  public static Instant midnight(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant();
  }

  /**
   * The instant at which {@code day} (ISO, e.g. {@code 2021-10-25}) starts in Asia/Shanghai.
   *
   * @param day the day
   * @return the instant at which {@code day} (ISO, e.g. {@code 2021-10-25}) starts in Asia/Shanghai
   */
  public static Instant midnight(String day) {
    return midnight(LocalDate.parse(day));
  }

  /**
   * A date, e.g. {@code day("2021-10-25")}.
   *
   * @param isoDate the date in ISO-8601 form
   * @return a date, e.g. {@code day("2021-10-25")}
   */
  public static LocalDate day(String isoDate) {
    return LocalDate.parse(isoDate);
  }

  // --- organisation and people ------------------------------------------------------------------

  /**
   * A grassroots unit (基層單位) at the root of the tree, headcount 30.
   *
   * @param id the id
   * @param name the name
   * @return a grassroots unit (基層單位) at the root of the tree, headcount 30
   */
  public static Unit unit(String id, String name) {
    return Unit.builder().id(UnitId.of(id)).name(name).kind(UnitKind.GRASSROOTS_UNIT).headcount(30)
        .build();
  }

  /**
   * A grassroots unit (基層單位) under {@code parent}, headcount 30.
   *
   * @param id the id
   * @param name the name
   * @param parent the parent unit
   * @return a grassroots unit (基層單位) under {@code parent}, headcount 30
   */
  public static Unit unit(String id, String name, String parent) {
    return Unit.builder().from(unit(id, name)).parent(UnitId.of(parent)).build();
  }

  /**
   * An employee (職工) of {@code unit}, with a mobile number.
   *
   * @param id the id
   * @param name the name
   * @param unit the unit
   * @return an employee (職工) of {@code unit}, with a mobile number
   */
  public static Person employee(String id, String name, String unit) {
    return Person.builder().id(PersonId.of(id)).name(name).category(PersonCategory.EMPLOYEE)
        .unit(UnitId.of(unit)).phone(PhoneNumber.parse("13812341234")).build();
  }

  /**
   * A visitor (訪客) with a landline number and a resident ID number registered in 包头市.
   *
   * @param id the id
   * @param name the name
   * @return a visitor (訪客) with a landline number and a resident ID number registered in 包头市
   */
  public static Person visitor(String id, String name) {
    return Person.builder().id(PersonId.of(id)).name(name).category(PersonCategory.VISITOR)
        .phone(PhoneNumber.parse("0472-1234567")).residentId(residentId("15020219900101123"))
        .build();
  }

  /**
   * A valid resident ID number: {@code first17Digits} and its check character.
   *
   * @param first17Digits the first 17 digits of the ID number
   * @return a valid resident ID number: {@code first17Digits} and its check character
   */
  public static ResidentId residentId(String first17Digits) {
    return ResidentId.parse(first17Digits + ResidentId.checkCharacter(first17Digits));
  }

  // --- sites and entries ------------------------------------------------------------------------

  /**
   * An office building (辦公樓, a key site) owned by {@code owner} in {@code region}.
   *
   * @param id the id
   * @param name the name
   * @param owner the owning unit
   * @param region the region
   * @return an office building (辦公樓, a key site) owned by {@code owner} in {@code region}
   */
  public static Site site(String id, String name, String owner, String region) {
    return Site.builder().id(SiteId.of(id)).name(name).kind(SiteKind.OFFICE_BUILDING)
        .owner(UnitId.of(owner)).region(RegionCode.of(region)).capacity(200).build();
  }

  /**
   * An employee's entry: 36.5 °C, green code, itinerary showing 包头市, admitted.
   *
   * @param id the id
   * @param site the site
   * @param employee the employee
   * @param at the instant
   * @return an employee's entry: 36.5 °C, green code, itinerary showing 包头市, admitted
   */
  public static Entry employeeEntry(String id, String site, String employee, Instant at) {
    return Entry.builder().id(EntryId.of(id)).site(SiteId.of(site)).at(at)
        .entrant(Entrant.employee(PersonId.of(employee)))
        .temperature(new BigDecimal("36.5")).healthCode(HealthCodeColour.GREEN)
        .itinerary(ItineraryCode.of(false, RegionCode.of(BAOTOU))).decision(Decision.ADMITTED)
        .source("entries-2021-10-25.csv:17").build();
  }

  /**
   * A visitor's entry with every ledger column: name, phone, resident ID number, purpose, host
   * ({@value #ZHANG_SAN}), 36.8 °C, green code, itinerary through 包头市 and 额济纳旗, admitted.
   *
   * @param id the id
   * @param site the site
   * @param name the name
   * @param at the instant
   * @return a visitor's entry with every ledger column: name, phone, resident ID number, purpose, host ({@value #ZHANG_SAN}), 36.8 °C, green code, itinerary through 包头市 and 额济纳旗, admitted
   */
  public static Entry visitorEntry(String id, String site, String name, Instant at) {
    Entrant visitor = Entrant.builder().category(PersonCategory.VISITOR).name(name)
        .phone(PhoneNumber.parse("13912345678")).residentId(residentId("15292319851231001"))
        .purpose("检修供热管网 · heating network repair").host(ZHANG_SAN).build();
    return Entry.builder().id(EntryId.of(id)).site(SiteId.of(site)).at(at).entrant(visitor)
        .temperature(new BigDecimal("36.8")).healthCode(HealthCodeColour.GREEN)
        .itinerary(ItineraryCode.of(false, RegionCode.of(BAOTOU), RegionCode.of(EJINA)))
        .decision(Decision.ADMITTED).recordedBy(PersonId.of("guard-1"))
        .source("entries-2021-10-25.csv:18").build();
  }

  /**
   * A correction (更正) of {@code original}: a new entry {@code id} with another temperature.
   *
   * @param original the record being corrected
   * @param id the id
   * @param temperature the temperature in degrees Celsius
   * @return a correction (更正) of {@code original}: a new entry {@code id} with another temperature
   */
  public static Entry correctionOf(Entry original, String id, String temperature) {
    return Entry.builder().from(original).id(EntryId.of(id)).supersedes(original.id())
        .temperature(new BigDecimal(temperature)).build();
  }

  /**
   * A correction (更正) of {@code original}: a new entry {@code id} at another instant.
   *
   * @param original the record being corrected
   * @param id the id
   * @param at the instant
   * @return a correction (更正) of {@code original}: a new entry {@code id} at another instant
   */
  public static Entry correctionOf(Entry original, String id, Instant at) {
    return Entry.builder().from(original).id(EntryId.of(id)).supersedes(original.id()).at(at)
        .build();
  }

  // --- travel -----------------------------------------------------------------------------------

  /**
   * A business trip to 额济纳旗 declared two days ahead, pending approval (DECLARED): its span is
   * {@code [plannedDeparture, plannedReturn + 1)}.
   *
   * @param id the id
   * @param employee the employee
   * @param plannedDeparture the planned day of departure
   * @param plannedReturn the planned day of return
   * @return a business trip to 额济纳旗 declared two days ahead, pending approval (DECLARED): its span is {@code [plannedDeparture, plannedReturn + 1)}
   */
  public static TravelDeclaration travel(String id, String employee, LocalDate plannedDeparture,
      LocalDate plannedReturn) {
    return TravelDeclaration.builder().id(TravelDeclarationId.of(id))
        .employee(PersonId.of(employee)).addDestination(RegionCode.of(EJINA))
        .purpose("额济纳旗供热站检查").purposeKind(PurposeKind.BUSINESS)
        .plannedDeparture(plannedDeparture).plannedReturn(plannedReturn)
        .declaredAt(midnight(plannedDeparture.minusDays(2)).plusSeconds(9 * 3600))
        .build();
  }

  /**
   * {@code declaration} approved (APPROVED) by {@code approver} at {@code when}.
   *
   * @param declaration the travel declaration
   * @param approver the approver
   * @param when the instant
   * @return {@code declaration} approved (APPROVED) by {@code approver} at {@code when}
   */
  public static TravelDeclaration approved(TravelDeclaration declaration, String approver,
      Instant when) {
    return TravelDeclaration.builder().from(declaration).state(TravelState.APPROVED)
        .approval(Approval.decided(ApprovalStatus.APPROVED, PersonId.of(approver), when)).build();
  }

  /**
   * {@code declaration} after the traveller left on {@code day} (DEPARTED, not back: no span end).
   *
   * @param declaration the travel declaration
   * @param day the day
   * @return {@code declaration} after the traveller left on {@code day} (DEPARTED, not back: no span end)
   */
  public static TravelDeclaration departed(TravelDeclaration declaration, LocalDate day) {
    return TravelDeclaration.builder().from(declaration).state(TravelState.DEPARTED)
        .actualDeparture(day).build();
  }

  /**
   * {@code declaration} (departed) after the traveller came back on {@code day} (RETURNED).
   *
   * @param declaration the travel declaration
   * @param day the day
   * @return {@code declaration} (departed) after the traveller came back on {@code day} (RETURNED)
   */
  public static TravelDeclaration returned(TravelDeclaration declaration, LocalDate day) {
    return TravelDeclaration.builder().from(declaration).state(TravelState.RETURNED)
        .actualReturn(day).build();
  }

  // --- risk areas and duty ----------------------------------------------------------------------

  /**
   * A medium-risk area in {@code region} in force on {@code [from, to)}; {@code to} may be null
   * (still in force).
   *
   * @param id the id
   * @param region the region
   * @param from the start of the span, inclusive
   * @param to the end of the span, exclusive
   * @return a medium-risk area in {@code region} in force on {@code [from, to)}; {@code to} may be null (still in force)
   */
  public static RiskArea riskArea(String id, String region, LocalDate from, LocalDate to) {
    return RiskArea.builder().id(RiskAreaId.of(id)).region(RegionCode.of(region))
        .place("额济纳旗达来呼布镇").level(RiskLevel.MEDIUM).inForceFrom(from)
        .inForceTo(Optional.ofNullable(to)).build();
  }

  /**
   * {@code person} responsible for {@code site} (場所責任人) on {@code [from, to)}; {@code to} may
   * be null (open-ended).
   *
   * @param id the id
   * @param person the person
   * @param site the site
   * @param from the start of the span, inclusive
   * @param to the end of the span, exclusive
   * @return {@code person} responsible for {@code site} (場所責任人) on {@code [from, to)}; {@code to} may be null (open-ended)
   */
  public static Assignment siteResponsible(String id, String person, String site, LocalDate from,
      LocalDate to) {
    return Assignment.builder().id(AssignmentId.of(id)).person(PersonId.of(person))
        .role(Role.SITE_RESPONSIBLE).scope(Scope.of(SiteId.of(site))).validFrom(from)
        .validTo(Optional.ofNullable(to)).build();
  }

  /**
   * A disinfection (消殺) of {@code site} by the property company, halls, lifts and toilets.
   *
   * @param id the id
   * @param site the site
   * @param at the instant
   * @return a disinfection (消殺) of {@code site} by the property company, halls, lifts and toilets
   */
  public static DisinfectionRecord disinfection(String id, String site, Instant at) {
    return DisinfectionRecord.builder().id(DisinfectionRecordId.of(id)).site(SiteId.of(site)).at(at)
        .performedByUnit(UnitId.of("wuye")).performedBy(PersonId.of("p-cleaner"))
        .areas("大厅、电梯、卫生间").agent("84消毒液 1:100").build();
  }

  // --- supplies ---------------------------------------------------------------------------------

  /**
   * A supply item counted in {@code 个} (pieces) of kind MASK.
   *
   * @param id the id
   * @param name the name
   * @return a supply item counted in {@code 个} (pieces) of kind MASK
   */
  public static SupplyItem supplyItem(String id, String name) {
    return SupplyItem.builder().id(SupplyItemId.of(id)).name(name).kind(SupplyKind.MASK)
        .unitOfMeasure("个").build();
  }

  /**
   * A receipt (入庫) of {@code quantity} of {@code item} by {@code holder}.
   *
   * @param id the id
   * @param holder the unit holding the stock
   * @param item the supply item
   * @param at the instant
   * @param quantity the quantity
   * @return a receipt (入庫) of {@code quantity} of {@code item} by {@code holder}
   */
  public static StockMovement receipt(String id, String holder, String item, Instant at,
      String quantity) {
    return movement(id, MovementKind.RECEIPT, holder, item, at, quantity).build();
  }

  /**
   * A consumption (領用) of {@code quantity} of {@code item} by {@code holder}.
   *
   * @param id the id
   * @param holder the unit holding the stock
   * @param item the supply item
   * @param at the instant
   * @param quantity the quantity
   * @return a consumption (領用) of {@code quantity} of {@code item} by {@code holder}
   */
  public static StockMovement consumption(String id, String holder, String item, Instant at,
      String quantity) {
    return movement(id, MovementKind.CONSUMPTION, holder, item, at, quantity).build();
  }

  /**
   * A write-off (報廢) of {@code quantity} of {@code item} at {@code holder}.
   *
   * @param id the id
   * @param holder the unit holding the stock
   * @param item the supply item
   * @param at the instant
   * @param quantity the quantity
   * @return a write-off (報廢) of {@code quantity} of {@code item} at {@code holder}
   */
  public static StockMovement writeOff(String id, String holder, String item, Instant at,
      String quantity) {
    return movement(id, MovementKind.WRITE_OFF, holder, item, at, quantity).build();
  }

  /**
   * A stocktake (盤點) at {@code holder} that counted {@code quantity}.
   *
   * @param id the id
   * @param holder the unit holding the stock
   * @param item the supply item
   * @param at the instant
   * @param quantity the quantity
   * @return a stocktake (盤點) at {@code holder} that counted {@code quantity}
   */
  public static StockMovement stocktake(String id, String holder, String item, Instant at,
      String quantity) {
    return movement(id, MovementKind.STOCKTAKE, holder, item, at, quantity).build();
  }

  /**
   * A transfer (調撥) of {@code quantity} of {@code item} from {@code holder} to {@code destination}.
   *
   * @param id the id
   * @param holder the unit holding the stock
   * @param destination the receiving unit
   * @param item the supply item
   * @param at the instant
   * @param quantity the quantity
   * @return a transfer (調撥) of {@code quantity} of {@code item} from {@code holder} to {@code destination}
   */
  public static StockMovement transfer(String id, String holder, String destination, String item,
      Instant at, String quantity) {
    return movement(id, MovementKind.TRANSFER, holder, item, at, quantity)
        .destination(UnitId.of(destination)).build();
  }

  /**
   * A correction of {@code original}: a new movement {@code id} with another quantity.
   *
   * @param original the record being corrected
   * @param id the id
   * @param quantity the quantity
   * @return a correction of {@code original}: a new movement {@code id} with another quantity
   */
  public static StockMovement correctionOf(StockMovement original, String id, String quantity) {
    return StockMovement.builder().from(original).id(StockMovementId.of(id))
        .supersedes(original.id()).quantity(new BigDecimal(quantity)).build();
  }

  private static StockMovement.Builder movement(String id, MovementKind kind, String holder,
      String item, Instant at, String quantity) {
    StockMovement.Builder b = new StockMovement.Builder();
    b.id(StockMovementId.of(id)).kind(kind).holder(UnitId.of(holder)).item(SupplyItemId.of(item))
        .at(at).quantity(new BigDecimal(quantity)).recordedBy(PersonId.of("keeper-1"))
        .note("阿拉坦·巴特尔 签收");
    return b;
  }

  // --- findings ---------------------------------------------------------------------------------

  /**
   * An open ENTRY-FEVER-ADMITTED finding about site {@code site}, dated {@code date}.
   *
   * @param id the id
   * @param site the site
   * @param date the date
   * @return an open ENTRY-FEVER-ADMITTED finding about site {@code site}, dated {@code date}
   */
  public static Finding finding(String id, String site, LocalDate date) {
    return Finding.builder().id(FindingId.of(id)).ruleId("ENTRY-FEVER-ADMITTED")
        .severity(Severity.HIGH).subject(Subject.of(SubjectKind.SITE, site))
        .unit(UnitId.of("u-baotou")).date(date)
        .messageEn("A visitor (张*) with 37.5 °C was admitted at site " + site)
        .messageZh("场所 " + site + " 放行体温 37.5 °C 的访客（张*）").addEvidence("e-1", "e-2")
        .build();
  }

  /**
   * {@code finding} confirmed (CONFIRMED) by {@code reviewer} at {@code at}.
   *
   * @param finding the finding
   * @param reviewer the reviewer
   * @param at the instant
   * @return {@code finding} confirmed (CONFIRMED) by {@code reviewer} at {@code at}
   */
  public static Finding confirmed(Finding finding, String reviewer, Instant at) {
    return Finding.builder().from(finding).status(FindingStatus.CONFIRMED)
        .review(Review.of(PersonId.of(reviewer), at, "核实属实")).build();
  }

  // --- canteen plans ----------------------------------------------------------------------------

  /**
   * A plan of canteen {@code canteen} for {@code date}: 120 seats at density 0.5, 11:30–13:30,
   * sittings of 30 min with a 10 min cleaning gap — 11:30 (u-baotou 60), 12:10 (u-ejina 45 and
   * u-baotou 15) — and 5 people of u-ejina unseated.
   *
   * @param id the id
   * @param canteen the canteen
   * @param date the date
   * @return a plan of canteen {@code canteen} for {@code date}: 120 seats at density 0.5, 11:30–13:30, sittings of 30 min with a 10 min cleaning gap — 11:30 (u-baotou 60), 12:10 (u-ejina 45 and u-baotou 15) — and 5 people of u-ejina unseated
   */
  public static DiningPlan diningPlan(String id, String canteen, LocalDate date) {
    return DiningPlan.builder().id(DiningPlanId.of(id)).canteen(SiteId.of(canteen)).date(date)
        .seats(120).density(new BigDecimal("0.5"))
        .windowStart(LocalTime.of(11, 30)).windowEnd(LocalTime.of(13, 30))
        .sittingLength(Duration.ofMinutes(30)).cleaningGap(Duration.ofMinutes(10))
        .addSittings(new Sitting(LocalTime.of(11, 30), LocalTime.of(12, 0),
            List.of(new Seating(UnitId.of("u-baotou"), 60))))
        .addSittings(new Sitting(LocalTime.of(12, 10), LocalTime.of(12, 40),
            List.of(new Seating(UnitId.of("u-ejina"), 45), new Seating(UnitId.of("u-baotou"), 15))))
        .addUnseated(new Seating(UnitId.of("u-ejina"), 5))
        .build();
  }
}

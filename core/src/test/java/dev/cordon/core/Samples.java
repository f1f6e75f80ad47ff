package dev.cordon.core;

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
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.person.PhoneNumber;
import dev.cordon.core.person.Rank;
import dev.cordon.core.person.ResidentId;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
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
import dev.cordon.core.travel.ReturnReport;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelDeclarationId;
import dev.cordon.core.travel.TravelState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Valid sample records of every core domain type, set in Baotou (包头市) in October 2021, for the
 * tests of every Cordon module (shipped in the core test-jar).
 *
 * <p>Every method returns a fresh, structurally valid value; tests derive invalid or boundary
 * variants from them with the builders ({@code Unit.builder().from(Samples.group())}) or the
 * generated {@code with*} methods. Names are Chinese and Mongolian (阿拉坦·巴特尔); regions are
 * {@code 150200} 包头市, {@code 150202} 东河区 and {@code 152923} 额济纳旗.
 */
public final class Samples {
  /** The zone in which every "day" of the samples is counted. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** The day of the sample ledger: Monday 2021-10-25. */
  public static final LocalDate DAY = LocalDate.of(2021, 10, 25);
  /** 08:30 in Baotou on {@link #DAY}. */
  public static final Instant MORNING = DAY.atTime(LocalTime.of(8, 30)).atZone(ZONE).toInstant();

  /** An employee's name, Mongolian with the middle dot. */
  public static final String EMPLOYEE_NAME = "阿拉坦·巴特尔";
  /** A visitor's name, Chinese. */
  public static final String VISITOR_NAME = "王芳";
  /** A visitor entrant's name, Mongolian. */
  public static final String ENTRANT_NAME = "其其格";
  /** A mobile number. */
  public static final String MOBILE = "13812341234";
  /** A Baotou landline with its area code. */
  public static final String LANDLINE = "0472-5123456";
  /** A Baotou resident ID number (born 1990-03-07) with its correct check character. */
  public static final String RESIDENT_ID = withCheckCharacter("15020219900307123");

  private Samples() {}

  /** {@code first17Digits} followed by its GB 11643 check character. */
  public static String withCheckCharacter(String first17Digits) {
    return first17Digits + ResidentId.checkCharacter(first17Digits);
  }

  // --- regions ----------------------------------------------------------------------------------

  /** {@code 150200} 包头市 (Baotou), the home city. */
  public static RegionCode baotou() {
    return RegionCode.of("150200");
  }

  /** {@code 150202} 东河区, a district of Baotou. */
  public static RegionCode donghe() {
    return RegionCode.of("150202");
  }

  /** {@code 152923} 额济纳旗 (Ejina Banner), Alxa League. */
  public static RegionCode ejina() {
    return RegionCode.of("152923");
  }

  // --- organisation -----------------------------------------------------------------------------

  /** The id of {@link #group()}. */
  public static UnitId groupId() {
    return UnitId.of("U-GROUP");
  }

  /** The id of {@link #branch()}. */
  public static UnitId branchId() {
    return UnitId.of("U-DONGHE");
  }

  /** The root unit: 包头热力集团. */
  public static Unit group() {
    return Unit.builder().id(groupId()).name("包头热力集团").kind(UnitKind.GROUP).headcount(45).build();
  }

  /** A grassroots unit under {@link #group()}: 东河供热分公司. */
  public static Unit branch() {
    return Unit.builder().id(branchId()).name("东河供热分公司").kind(UnitKind.GRASSROOTS_UNIT)
        .parent(groupId()).headcount(120).build();
  }

  // --- people -----------------------------------------------------------------------------------

  /** The id of {@link #employee()}. */
  public static PersonId employeeId() {
    return PersonId.of("P-0001");
  }

  /** The id of {@link #visitor()}. */
  public static PersonId visitorId() {
    return PersonId.of("V-0001");
  }

  /** {@link #MOBILE} parsed. */
  public static PhoneNumber mobile() {
    return PhoneNumber.parse(MOBILE);
  }

  /** {@link #LANDLINE} parsed. */
  public static PhoneNumber landline() {
    return PhoneNumber.parse(LANDLINE);
  }

  /** {@link #RESIDENT_ID} parsed. */
  public static ResidentId residentId() {
    return ResidentId.parse(RESIDENT_ID);
  }

  /** An employee of {@link #branch()}: 阿拉坦·巴特尔, unit principal, with phone and ID number. */
  public static Person employee() {
    return Person.builder().id(employeeId()).name(EMPLOYEE_NAME).category(PersonCategory.EMPLOYEE)
        .unit(branchId()).rank(Rank.UNIT_PRINCIPAL).phone(mobile()).residentId(residentId()).build();
  }

  /** A visitor: 王芳, with a landline and no ID number. */
  public static Person visitor() {
    return Person.builder().id(visitorId()).name(VISITOR_NAME).category(PersonCategory.VISITOR)
        .phone(landline()).build();
  }

  // --- sites ------------------------------------------------------------------------------------

  /** The id of {@link #serviceHall()}. */
  public static SiteId serviceHallId() {
    return SiteId.of("S-HALL-DONGHE");
  }

  /** A key site: 东河区营业厅, in 东河区, all four checks by default. */
  public static Site serviceHall() {
    return Site.builder().id(serviceHallId()).name("东河区营业厅").kind(SiteKind.SERVICE_HALL)
        .owner(branchId()).region(donghe()).capacity(80).build();
  }

  /** A site that is not key by default: 额济纳旗换热站 (heating station). */
  public static Site heatingStation() {
    return Site.builder().id(SiteId.of("S-HEAT-EJINA")).name("额济纳旗换热站")
        .kind(SiteKind.HEATING_STATION).owner(branchId()).region(ejina()).build();
  }

  // --- entries ----------------------------------------------------------------------------------

  /** An employee at the door, by id. */
  public static Entrant employeeEntrant() {
    return Entrant.employee(employeeId());
  }

  /** A visitor at the door: 其其格, mobile, ID number, purpose and host (李娜). */
  public static Entrant visitorEntrant() {
    return Entrant.builder().category(PersonCategory.VISITOR).name(ENTRANT_NAME).phone(mobile())
        .residentId(residentId()).purpose("办理供热缴费").host("李娜").build();
  }

  /** A presented, unstarred itinerary code listing Baotou. */
  public static ItineraryCode itinerary() {
    return ItineraryCode.of(false, baotou());
  }

  /** An employee admitted to {@link #serviceHall()} at 36.5 °C with green code. */
  public static Entry employeeEntry() {
    return Entry.builder().id(EntryId.of("E-0001")).site(serviceHallId()).at(MORNING)
        .entrant(employeeEntrant()).temperature(new BigDecimal("36.5"))
        .healthCode(HealthCodeColour.GREEN).itinerary(itinerary()).decision(Decision.ADMITTED)
        .recordedBy(employeeId()).source("entries-2021-10-25.csv:17").build();
  }

  /** A visitor admitted to {@link #serviceHall()} at 36.8 °C, all checks done. */
  public static Entry visitorEntry() {
    return Entry.builder().id(EntryId.of("E-0002")).site(serviceHallId())
        .at(MORNING.plusSeconds(600)).entrant(visitorEntrant()).temperature(new BigDecimal("36.8"))
        .healthCode(HealthCodeColour.GREEN).itinerary(itinerary()).decision(Decision.ADMITTED)
        .recordedBy(employeeId()).source("entries-2021-10-25.csv:18").build();
  }

  // --- travel -----------------------------------------------------------------------------------

  /** A declaration of {@link #employee()} to 额济纳旗 on business, in {@code state}. */
  public static TravelDeclaration travel(TravelState state) {
    TravelDeclaration.Builder b = TravelDeclaration.builder()
        .id(TravelDeclarationId.of("T-" + state.name()))
        .employee(employeeId())
        .addDestinations(ejina())
        .purpose("额济纳旗换热站检修")
        .purposeKind(PurposeKind.BUSINESS)
        .plannedDeparture(LocalDate.of(2021, 10, 12))
        .plannedReturn(LocalDate.of(2021, 10, 15))
        .declaredAt(LocalDate.of(2021, 10, 10).atTime(9, 0).atZone(ZONE).toInstant())
        .state(state);
    Instant decided = LocalDate.of(2021, 10, 11).atTime(10, 0).atZone(ZONE).toInstant();
    switch (state) {
      case DECLARED -> b.approval(Approval.pending());
      case REJECTED -> b.approval(Approval.decided(ApprovalStatus.REJECTED, PersonId.of("P-0002"), decided));
      default -> b.approval(Approval.decided(ApprovalStatus.APPROVED, PersonId.of("P-0002"), decided));
    }
    if (state.hasDeparted()) {
      b.actualDeparture(LocalDate.of(2021, 10, 12));
    }
    if (state.hasReturned()) {
      b.actualReturn(LocalDate.of(2021, 10, 15))
          .returnReport(ReturnReport.of(LocalDate.of(2021, 10, 15).atTime(18, 0).atZone(ZONE).toInstant(),
              HealthCodeColour.GREEN))
          .followUpUntil(LocalDate.of(2021, 10, 29));
    }
    if (state == TravelState.CLOSED) {
      b.followUpClosedAt(LocalDate.of(2021, 10, 29).atTime(9, 0).atZone(ZONE).toInstant());
    }
    return b.build();
  }

  /** {@link #travel(TravelState)} in DECLARED. */
  public static TravelDeclaration declaredTravel() {
    return travel(TravelState.DECLARED);
  }

  /** {@link #travel(TravelState)} in RETURNED. */
  public static TravelDeclaration returnedTravel() {
    return travel(TravelState.RETURNED);
  }

  // --- risk areas -------------------------------------------------------------------------------

  /** 额济纳旗达来呼布镇, high risk from 2021-10-19, still in force. */
  public static RiskArea riskArea() {
    return RiskArea.builder().id(RiskAreaId.of("R-2021-10-19-1")).region(ejina())
        .place("额济纳旗达来呼布镇").level(RiskLevel.HIGH).inForceFrom(LocalDate.of(2021, 10, 19)).build();
  }

  /** A medium-risk area of 东河区 in force for one week. */
  public static RiskArea endedRiskArea() {
    return RiskArea.builder().id(RiskAreaId.of("R-2021-10-20-2")).region(donghe())
        .place("东河区某小区").level(RiskLevel.MEDIUM).inForceFrom(LocalDate.of(2021, 10, 20))
        .inForceTo(LocalDate.of(2021, 10, 27)).build();
  }

  // --- supplies ---------------------------------------------------------------------------------

  /** The id of {@link #masks()}. */
  public static SupplyItemId masksId() {
    return SupplyItemId.of("I-MASK");
  }

  /** 医用外科口罩, counted in 个. */
  public static SupplyItem masks() {
    return SupplyItem.builder().id(masksId()).name("医用外科口罩").kind(SupplyKind.MASK)
        .unitOfMeasure("个").build();
  }

  /** A movement of masks of the given kind (a transfer goes from the group to the branch). */
  public static StockMovement movement(MovementKind kind) {
    StockMovement.Builder b = StockMovement.builder().id(StockMovementId.of("M-" + kind.name()))
        .item(masksId()).kind(kind).at(MORNING).holder(groupId())
        .quantity(new BigDecimal(kind == MovementKind.STOCKTAKE ? "950" : "100"))
        .recordedBy(employeeId());
    if (kind == MovementKind.TRANSFER) {
      b.destination(branchId());
    }
    if (kind == MovementKind.RECEIPT) {
      b.lot("20211001").expiry(LocalDate.of(2023, 10, 1)).note("集团统一采购");
    }
    return b.build();
  }

  /** {@link #movement(MovementKind)} RECEIPT. */
  public static StockMovement receipt() {
    return movement(MovementKind.RECEIPT);
  }

  /** {@link #movement(MovementKind)} TRANSFER. */
  public static StockMovement transfer() {
    return movement(MovementKind.TRANSFER);
  }

  // --- duty -------------------------------------------------------------------------------------

  /** {@link #employee()} as unit principal of {@link #branch()} from 2021-01-01, open-ended. */
  public static Assignment unitAssignment() {
    return Assignment.builder().id(AssignmentId.of("A-0001")).person(employeeId())
        .role(Role.UNIT_PRINCIPAL).scope(Scope.of(branchId())).validFrom(LocalDate.of(2021, 1, 1)).build();
  }

  /** {@link #employee()} responsible for {@link #serviceHall()} in October 2021. */
  public static Assignment siteAssignment() {
    return Assignment.builder().id(AssignmentId.of("A-0002")).person(employeeId())
        .role(Role.SITE_RESPONSIBLE).scope(Scope.of(serviceHallId()))
        .validFrom(LocalDate.of(2021, 10, 1)).validTo(LocalDate.of(2021, 11, 1)).build();
  }

  // --- disinfection -----------------------------------------------------------------------------

  /** The morning disinfection of {@link #serviceHall()} by the property company. */
  public static DisinfectionRecord disinfection() {
    return DisinfectionRecord.builder().id(DisinfectionRecordId.of("D-0001")).site(serviceHallId())
        .at(MORNING.minusSeconds(3600)).performedByUnit(UnitId.of("U-PROPERTY"))
        .performedBy(PersonId.of("P-0100")).areas("大厅、电梯、卫生间").agent("84消毒液 1:100").build();
  }

  // --- policy -----------------------------------------------------------------------------------

  /** {@code PreventionPolicy.defaults().build()}. */
  public static PreventionPolicy policy() {
    return PreventionPolicy.defaults().build();
  }

  /** The defaults from 2021-01-01, then a fever threshold of 37.2 °C from 2021-11-01. */
  public static PolicyHistory policyHistory() {
    return PolicyHistory.of(policy(), PreventionPolicy.defaults()
        .effectiveFrom(LocalDate.of(2021, 11, 1)).feverThreshold(new BigDecimal("37.2")).build());
  }
}

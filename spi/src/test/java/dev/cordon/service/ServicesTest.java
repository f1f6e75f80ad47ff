package dev.cordon.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordon.Cordon;
import dev.cordon.core.duty.Assignment;
import dev.cordon.core.duty.AssignmentId;
import dev.cordon.core.duty.Role;
import dev.cordon.core.duty.Scope;
import dev.cordon.core.entry.HealthCodeColour;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import dev.cordon.core.storage.WriteOutcome;
import dev.cordon.core.supply.MovementKind;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockMovementId;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.supply.SupplyKind;
import dev.cordon.core.travel.PurposeKind;
import dev.cordon.core.travel.ReturnReport;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelDeclarationId;
import dev.cordon.core.travel.TravelState;
import dev.cordon.core.validation.CordonValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The core services over the memory storage: references checked, workflow enforced, stock guarded. */
class ServicesTest {
  private Cordon cordon;
  private final UnitId hq = UnitId.of("hq");
  private final UnitId branch = UnitId.of("branch");
  private final PersonId staff = PersonId.of("p1");
  private final PersonId boss = PersonId.of("boss");
  private final SupplyItemId masks = SupplyItemId.of("masks");

  @BeforeEach
  void open() {
    cordon = Cordon.open("memory:");
    cordon.directory().register(Unit.builder().id(hq).name("集团").kind(UnitKind.GROUP).headcount(10).build());
    cordon.directory().register(Unit.builder().id(branch).name("昆区分公司").kind(UnitKind.GRASSROOTS_UNIT)
        .parent(hq).headcount(40).build());
    cordon.directory().register(Person.builder().id(staff).name("张三").category(PersonCategory.EMPLOYEE)
        .unit(branch).build());
    cordon.directory().register(Person.builder().id(boss).name("李四").category(PersonCategory.EMPLOYEE)
        .unit(hq).build());
    cordon.directory().register(SupplyItem.builder().id(masks).name("医用口罩").kind(SupplyKind.MASK)
        .unitOfMeasure("个").build());
  }

  @AfterEach
  void close() {
    cordon.close();
  }

  private TravelDeclaration trip(String id) {
    return TravelDeclaration.builder().id(TravelDeclarationId.of(id)).employee(staff)
        .addDestinations(RegionCode.of("152923")).purpose("探亲").purposeKind(PurposeKind.PERSONAL)
        .plannedDeparture(LocalDate.of(2021, 10, 10)).plannedReturn(LocalDate.of(2021, 10, 15))
        .declaredAt(Instant.parse("2021-10-08T02:00:00Z")).build();
  }

  @Test
  void aUnitWhoseParentIsUnknownIsRefused() {
    assertThatThrownBy(() -> cordon.directory().register(Unit.builder().id(UnitId.of("x")).name("x")
        .kind(UnitKind.OTHER).parent(UnitId.of("nowhere")).headcount(1).build()))
        .isInstanceOfSatisfying(CordonValidationException.class,
            e -> assertThat(e.codes()).containsExactly("CORDON-STORE-002"));
  }

  @Test
  void aParentThatWouldMakeACycleIsRefused() {
    Unit hqUnderBranch = Unit.builder().id(hq).name("集团").kind(UnitKind.GROUP).parent(branch).headcount(10).build();
    assertThatThrownBy(() -> cordon.directory().update(hqUnderBranch))
        .isInstanceOfSatisfying(CordonValidationException.class,
            e -> assertThat(e.codes()).containsExactly("CORDON-UNIT-002"));
    assertThat(cordon.directory().unit(hq).orElseThrow().parent()).isEmpty();
  }

  @Test
  void theTravelWorkflowRecordsEveryStepAsAVersion() {
    var travel = cordon.travel();
    travel.declare(trip("t1"));
    travel.approve(TravelDeclarationId.of("t1"), boss, Instant.parse("2021-10-09T01:00:00Z"));
    travel.depart(TravelDeclarationId.of("t1"), LocalDate.of(2021, 10, 10));
    travel.returned(TravelDeclarationId.of("t1"), LocalDate.of(2021, 10, 14));
    travel.reportReturn(TravelDeclarationId.of("t1"), ReturnReport.of(Instant.parse("2021-10-14T09:00:00Z"),
        HealthCodeColour.GREEN));
    TravelDeclaration closed = travel.close(TravelDeclarationId.of("t1"));
    assertThat(closed.state()).isEqualTo(TravelState.CLOSED);
    assertThat(cordon.storage().travel().history(TravelDeclarationId.of("t1")))
        .extracting(TravelDeclaration::state)
        .containsExactly(TravelState.DECLARED, TravelState.APPROVED, TravelState.DEPARTED,
            TravelState.RETURNED, TravelState.RETURNED, TravelState.CLOSED);
  }

  @Test
  void leavingWithoutApprovalIsRecordedAndApprovalCanComeLater() {
    cordon.travel().declare(trip("t2"));
    TravelDeclaration left = cordon.travel().depart(TravelDeclarationId.of("t2"), LocalDate.of(2021, 10, 10));
    assertThat(left.state()).isEqualTo(TravelState.DEPARTED);
    TravelDeclaration late = cordon.travel().approve(TravelDeclarationId.of("t2"), boss,
        Instant.parse("2021-10-11T01:00:00Z"));
    assertThat(late.state()).isEqualTo(TravelState.DEPARTED);
    assertThat(late.approval().isDecided()).isTrue();
  }

  @Test
  void illegalTransitionsAreRefusedAndChangeNothing() {
    cordon.travel().declare(trip("t3"));
    assertThatThrownBy(() -> cordon.travel().close(TravelDeclarationId.of("t3")))
        .isInstanceOfSatisfying(CordonValidationException.class,
            e -> assertThat(e.codes()).contains("CORDON-TRAVEL-005"));
    assertThatThrownBy(() -> cordon.travel().returned(TravelDeclarationId.of("t3"), LocalDate.of(2021, 10, 12)))
        .isInstanceOf(CordonValidationException.class);
    cordon.travel().reject(TravelDeclarationId.of("t3"), boss, Instant.parse("2021-10-09T01:00:00Z"));
    assertThatThrownBy(() -> cordon.travel().approve(TravelDeclarationId.of("t3"), boss,
        Instant.parse("2021-10-09T02:00:00Z")))
        .isInstanceOfSatisfying(CordonValidationException.class,
            e -> assertThat(e.codes()).containsExactly("CORDON-TRAVEL-010"));
    assertThat(cordon.travel().get(TravelDeclarationId.of("t3")).orElseThrow().state()).isEqualTo(TravelState.REJECTED);
  }

  @Test
  void aReturnBeforeTheDepartureIsRefused() {
    cordon.travel().declare(trip("t4"));
    cordon.travel().depart(TravelDeclarationId.of("t4"), LocalDate.of(2021, 10, 10));
    assertThatThrownBy(() -> cordon.travel().returned(TravelDeclarationId.of("t4"), LocalDate.of(2021, 10, 9)))
        .isInstanceOfSatisfying(CordonValidationException.class,
            e -> assertThat(e.codes()).contains("CORDON-TRAVEL-002"));
  }

  @Test
  void onlyEmployeesDeclareTravel() {
    cordon.directory().register(Person.builder().id(PersonId.of("v")).name("访客").category(PersonCategory.VISITOR).build());
    TravelDeclaration visitorTrip = TravelDeclaration.builder().from(trip("t5")).employee(PersonId.of("v")).build();
    assertThatThrownBy(() -> cordon.travel().declare(visitorTrip))
        .isInstanceOfSatisfying(CordonValidationException.class,
            e -> assertThat(e.codes()).containsExactly("CORDON-TRAVEL-009"));
  }

  @Test
  void stockIsNeverOverdrawnEvenByRacingThreads() throws Exception {
    Instant t0 = Instant.parse("2021-10-01T00:00:00Z");
    cordon.stock().receive(StockMovementId.of("r"), masks, hq, new BigDecimal("100"), t0);
    AtomicInteger accepted = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int n = i;
      futures.add(pool.submit(() -> {
        try {
          cordon.stock().consume(StockMovementId.of("c" + n), masks, hq, new BigDecimal("7"), t0.plusSeconds(n + 1));
          accepted.incrementAndGet();
        } catch (CordonValidationException e) {
          assertThat(e.codes()).containsExactly("CORDON-SUPPLY-004");
        }
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    BigDecimal balance = cordon.stock().position(hq, masks, null).balance();
    assertThat(accepted.get()).isEqualTo(14);
    assertThat(balance).isEqualByComparingTo(new BigDecimal(100 - 7 * 14));
  }

  /** Issue 12, item 8: a consumption dated before any receipt made the stock report show −1,000. */
  @Test
  void aConsumptionDatedBeforeTheReceiptIsRefusedAndNoReportShowsANegativeBalance() {
    Instant receipt = Instant.parse("2021-10-25T00:00:00Z");
    cordon.stock().receive(StockMovementId.of("r"), masks, hq, new BigDecimal("1000"), receipt);
    assertThatThrownBy(() -> cordon.stock().consume(StockMovementId.of("c"), masks, hq, new BigDecimal("1000"),
        Instant.parse("2021-10-20T00:00:00Z")))
        .isInstanceOfSatisfying(CordonValidationException.class, e -> {
          assertThat(e.codes()).containsExactly("CORDON-SUPPLY-004");
          assertThat(e.violations().get(0).message())
              .contains("2021-10-20T00:00:00Z", "after movement c", "to -1000", "1000 short");
        });
    assertThat(cordon.reports().stock(LocalDate.of(2021, 10, 21), 30).lines())
        .allSatisfy(l -> assertThat(l.balance()).isNotNegative());
    assertThat(cordon.stock().position(hq, masks, null).balance()).isEqualByComparingTo("1000");
  }

  /** recordAll judges the batch in order of instant, whatever the order of the list; a refused one stores nothing. */
  @Test
  void recordAllJudgesTheBatchInOrderOfInstant() {
    Instant t0 = Instant.parse("2021-10-01T00:00:00Z");
    StockMovement consumption = StockMovement.builder().id(StockMovementId.of("c")).item(masks)
        .kind(MovementKind.CONSUMPTION).holder(hq).quantity(new BigDecimal("10")).at(t0.plusSeconds(60)).build();
    StockMovement receipt = StockMovement.builder().id(StockMovementId.of("r")).item(masks)
        .kind(MovementKind.RECEIPT).holder(hq).quantity(new BigDecimal("10")).at(t0).build();
    assertThat(cordon.stock().recordAll(List.of(consumption, receipt)).stored()).isEqualTo(2);
    StockMovement early = StockMovement.builder().from(consumption).id(StockMovementId.of("c2"))
        .at(t0.minusSeconds(60)).build();
    StockMovement more = StockMovement.builder().from(receipt).id(StockMovementId.of("r2"))
        .at(t0.plusSeconds(120)).build();
    assertThatThrownBy(() -> cordon.stock().recordAll(List.of(more, early)))
        .isInstanceOfSatisfying(CordonValidationException.class,
            e -> assertThat(e.codes()).containsExactly("CORDON-SUPPLY-004"));
    assertThat(cordon.stock().position(hq, masks, null).balance()).isEqualByComparingTo("0");
    assertThat(cordon.storage().stock().count()).isEqualTo(2);
  }

  @Test
  void stockNeedsKnownItemsAndHolders() {
    assertThatThrownBy(() -> cordon.stock().receive(StockMovementId.of("r"), SupplyItemId.of("?"), UnitId.of("?"),
        BigDecimal.ONE, Instant.parse("2021-10-01T00:00:00Z")))
        .isInstanceOfSatisfying(CordonValidationException.class,
            e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("item", "holder"));
  }

  @Test
  void transfersMoveStockBetweenHoldersAndStocktakesResetIt() {
    Instant t0 = Instant.parse("2021-10-01T00:00:00Z");
    cordon.stock().receive(StockMovementId.of("r"), masks, hq, new BigDecimal("100"), t0);
    cordon.stock().transfer(StockMovementId.of("t"), masks, hq, branch, new BigDecimal("30"), t0.plusSeconds(1));
    cordon.stock().stocktake(StockMovementId.of("s"), masks, branch, new BigDecimal("25"), t0.plusSeconds(2));
    assertThat(cordon.stock().position(hq, masks, null).balance()).isEqualByComparingTo("70");
    assertThat(cordon.stock().position(branch, masks, null).balance()).isEqualByComparingTo("25");
    assertThat(cordon.stock().position(branch, masks, t0.plusSeconds(2)).balance()).isEqualByComparingTo("30");
    assertThat(cordon.stock().positions(null)).hasSize(2);
  }

  @Test
  void assignmentsAnswerWhoHoldsARoleOnADay() {
    cordon.directory().register(Site.builder().id(SiteId.of("hall")).name("营业厅").kind(SiteKind.SERVICE_HALL)
        .owner(branch).region(RegionCode.of("150203")).build());
    Scope hall = Scope.of(SiteId.of("hall"));
    assertThat(cordon.duty().assign(Assignment.builder().id(AssignmentId.of("a1")).person(staff)
        .role(Role.SITE_RESPONSIBLE).scope(hall).validFrom(LocalDate.of(2021, 10, 1)).build()))
        .isEqualTo(WriteOutcome.STORED);
    cordon.duty().end(AssignmentId.of("a1"), LocalDate.of(2021, 10, 15));
    assertThat(cordon.duty().holders(hall, Role.SITE_RESPONSIBLE, LocalDate.of(2021, 10, 14))).hasSize(1);
    assertThat(cordon.duty().holders(hall, Role.SITE_RESPONSIBLE, LocalDate.of(2021, 10, 15))).isEmpty();
    assertThatThrownBy(() -> cordon.duty().assign(Assignment.builder().id(AssignmentId.of("a2")).person(PersonId.of("ghost"))
        .role(Role.SITE_RESPONSIBLE).scope(hall).validFrom(LocalDate.of(2021, 10, 1)).build()))
        .isInstanceOf(CordonValidationException.class);
  }
}

package dev.cordon.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.Cordon;
import dev.cordon.core.duty.Assignment;
import dev.cordon.core.duty.AssignmentId;
import dev.cordon.core.duty.Role;
import dev.cordon.core.duty.Scope;
import dev.cordon.core.entry.Decision;
import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.EntryId;
import dev.cordon.core.entry.HealthCodeColour;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.report.DailyReport;
import dev.cordon.core.report.StockReport;
import dev.cordon.core.report.UnitFigures;
import dev.cordon.core.site.Site;
import dev.cordon.core.site.SiteId;
import dev.cordon.core.site.SiteKind;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockMovementId;
import dev.cordon.core.supply.MovementKind;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.supply.SupplyKind;
import dev.cordon.core.travel.PurposeKind;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelDeclarationId;
import dev.cordon.core.travel.TravelState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The daily report rolls figures up the unit tree; a unit with nothing to report shows zeros. */
class ReportServiceTest {
  private static final LocalDate DAY = LocalDate.of(2021, 10, 25);

  private static Entry entry(String id, String site, String time, String temp, HealthCodeColour code, Decision d) {
    return Entry.builder().id(EntryId.of(id)).site(SiteId.of(site))
        .at(OffsetDateTime.parse("2021-10-25T" + time + "+08:00").toInstant())
        .entrant(Entrant.builder().category(PersonCategory.VISITOR).build())
        .temperature(new BigDecimal(temp)).healthCode(code).decision(d).build();
  }

  @Test
  void theDailyReportRollsUpTheTreeAndShowsZeroUnits() {
    try (Cordon cordon = Cordon.open("memory:")) {
      var dir = cordon.directory();
      dir.register(Unit.builder().id(UnitId.of("g")).name("集团").kind(UnitKind.GROUP).headcount(5).build());
      dir.register(Unit.builder().id(UnitId.of("b1")).name("一分公司").kind(UnitKind.GRASSROOTS_UNIT)
          .parent(UnitId.of("g")).headcount(20).build());
      dir.register(Unit.builder().id(UnitId.of("b2")).name("二分公司").kind(UnitKind.GRASSROOTS_UNIT)
          .parent(UnitId.of("g")).headcount(30).build());
      dir.register(Site.builder().id(SiteId.of("hall")).name("营业厅").kind(SiteKind.SERVICE_HALL)
          .owner(UnitId.of("b1")).region(RegionCode.of("150203")).build());
      dir.register(Site.builder().id(SiteId.of("canteen")).name("食堂").kind(SiteKind.CANTEEN)
          .owner(UnitId.of("g")).region(RegionCode.of("150203")).build());
      dir.register(Person.builder().id(PersonId.of("p")).name("张三").category(PersonCategory.EMPLOYEE)
          .unit(UnitId.of("b1")).build());
      cordon.duty().assign(Assignment.builder().id(AssignmentId.of("a")).person(PersonId.of("p"))
          .role(Role.SITE_RESPONSIBLE).scope(Scope.of(SiteId.of("hall"))).validFrom(DAY.minusDays(5)).build());
      cordon.entries().record(entry("e1", "hall", "08:00", "36.5", HealthCodeColour.GREEN, Decision.ADMITTED));
      cordon.entries().record(entry("e2", "hall", "09:00", "37.5", HealthCodeColour.GREEN, Decision.ADMITTED));
      cordon.entries().record(entry("e3", "hall", "10:00", "36.5", HealthCodeColour.YELLOW, Decision.DENIED));
      cordon.travel().declare(TravelDeclaration.builder().id(TravelDeclarationId.of("t")).employee(PersonId.of("p"))
          .addDestinations(RegionCode.of("152923")).purpose("出差").purposeKind(PurposeKind.BUSINESS)
          .plannedDeparture(DAY.minusDays(2)).plannedReturn(DAY.plusDays(2))
          .declaredAt(Instant.parse("2021-10-20T00:00:00Z")).state(TravelState.DEPARTED)
          .actualDeparture(DAY.minusDays(2)).build());
      cordon.directory().register(SupplyItem.builder().id(SupplyItemId.of("m")).name("口罩").kind(SupplyKind.MASK)
          .unitOfMeasure("个").build());
      cordon.stock().record(StockMovement.builder().id(StockMovementId.of("r")).item(SupplyItemId.of("m"))
          .kind(MovementKind.RECEIPT).holder(UnitId.of("b1")).quantity(new BigDecimal("400"))
          .expiry(DAY.plusDays(10)).at(Instant.parse("2021-10-01T00:00:00Z")).build());

      DailyReport report = cordon.reports().daily(DAY, Optional.empty());

      assertThat(report.units()).extracting(UnitFigures::unit).extracting(UnitId::value)
          .containsExactly("g", "b1", "b2");
      UnitFigures b1 = report.units().get(1);
      assertThat(b1.own().admitted()).isEqualTo(2);
      assertThat(b1.own().denied()).isEqualTo(1);
      assertThat(b1.own().fevers()).isEqualTo(1);
      assertThat(b1.own().nonGreenCodes()).isEqualTo(1);
      assertThat(b1.own().staffAway()).isEqualTo(1);
      // ENTRY-FEVER (e2) and ENTRY-LEDGER-INCOMPLETE (e1, e2, e3: visitor rows without name, phone,
      // purpose or host), all rolled up to the hall's owner
      assertThat(b1.own().findingsBySeverity().get(Severity.MEDIUM)).isEqualTo(4);
      // 400 masks ÷ (2 per head per day × 20 heads) = 10 days of cover
      assertThat(b1.own().lowestCoverDays()).contains(new BigDecimal("10.0"));
      UnitFigures b2 = report.units().get(2);
      assertThat(b2.own().headcount()).isEqualTo(30);
      assertThat(b2.own().admitted() + b2.own().staffAway() + b2.own().findings()).isZero();
      UnitFigures g = report.total();
      assertThat(g.subtree().headcount()).isEqualTo(55);
      assertThat(g.subtree().admitted()).isEqualTo(2);
      assertThat(g.own().uncoveredKeySites()).isEqualTo(1); // the canteen has no responsible person
      assertThat(g.own().silentKeySites()).isEqualTo(1); // and recorded no entries
      assertThat(g.subtree().uncoveredKeySites()).isEqualTo(1);
      assertThat(report.tables()).hasSize(2);
      assertThat(report.tables().get(0).rows()).hasSize(3);

      StockReport stock = cordon.reports().stock(DAY, 30);
      assertThat(stock.lines()).singleElement().satisfies(l -> {
        assertThat(l.expiringSoon()).isEqualByComparingTo("400");
        assertThat(l.coverDays()).contains(new BigDecimal("10.0"));
      });
      assertThat(cordon.reports().findings(DAY, DAY.plusDays(1), Optional.of(UnitId.of("b2")), Set.of(), Set.of(),
          Set.of()).findings()).isEmpty();
      assertThat(cordon.reports().findings(DAY, DAY.plusDays(1), Optional.of(UnitId.of("g")), Set.of(), Set.of(),
          Set.of()).findings()).isNotEmpty();
    }
  }
}

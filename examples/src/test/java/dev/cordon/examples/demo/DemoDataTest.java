package dev.cordon.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.entry.Entry;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.ResidentId;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.site.SiteKind;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDataTest {
  static DemoWorld world;

  @BeforeAll
  static void generate() {
    world = DemoData.generate();
  }

  @Test
  void theSameSeedGivesTheSameWorldRecordForRecord() {
    DemoWorld again = DemoData.generate(DemoData.DEFAULT_SEED);
    assertThat(again.units()).isEqualTo(world.units());
    assertThat(again.people()).isEqualTo(world.people());
    assertThat(again.assignments()).isEqualTo(world.assignments());
    assertThat(again.travel()).isEqualTo(world.travel());
    assertThat(again.stock()).isEqualTo(world.stock());
    assertThat(again.disinfection()).isEqualTo(world.disinfection());
    LocalDate day = LocalDate.of(2021, 10, 25);
    assertThat(again.entriesOn(day)).isEqualTo(world.entriesOn(day));
    // and a day's ledger does not depend on which days were generated before it
    assertThat(world.entriesOn(day)).isEqualTo(again.entriesOn(day));
  }

  @Test
  void anotherSeedGivesAnotherWorld() {
    DemoWorld other = DemoData.generate(7);
    assertThat(other.people()).isNotEqualTo(world.people());
    assertThat(other.entriesOn(LocalDate.of(2021, 10, 25))).isNotEqualTo(world.entriesOn(LocalDate.of(2021, 10, 25)));
  }

  @Test
  void hasTheShapeOfTheSourceDocumentsOrganisation() {
    assertThat(world.people()).hasSizeBetween(1900, 2100);
    assertThat(world.units()).extracting(u -> u.kind().name()).contains("GROUP", "HEAD_OFFICE_DEPARTMENT",
        "GRASSROOTS_UNIT", "PROPERTY_SERVICE");
    assertThat(world.sites()).filteredOn(s -> s.kind() == SiteKind.SERVICE_HALL).hasSize(10);
    assertThat(world.sites()).filteredOn(s -> s.kind() == SiteKind.CANTEEN).hasSizeBetween(2, 3);
    assertThat(world.sites()).filteredOn(s -> s.kind() == SiteKind.OFFICE_BUILDING).hasSizeGreaterThan(1);
    assertThat(world.days()).hasSize(31).startsWith(LocalDate.of(2021, 10, 1)).endsWith(LocalDate.of(2021, 10, 31));
  }

  @Test
  void personalDataIsGeneratedAndWellFormed() {
    Set<String> ids = new HashSet<>();
    for (Person p : world.people()) {
      assertThat(p.residentId()).isPresent();
      assertThat(ResidentId.isValid(p.residentId().get().value())).isTrue();
      assertThat(ids.add(p.residentId().get().value())).as("unique ID number").isTrue();
      assertThat(p.phone()).isPresent();
    }
    assertThat(world.people()).anyMatch(p -> p.name().contains("·"));
  }

  @Test
  void workingDaysHaveThousandsOfEntriesAndTheHolidayFewer() {
    int workday = world.entriesOn(LocalDate.of(2021, 10, 25)).size();
    int holiday = world.entriesOn(LocalDate.of(2021, 10, 3)).size();
    assertThat(workday).isGreaterThan(1500);
    assertThat(holiday).isLessThan(workday / 2);
    // sized so that the demo finishes well within a minute on two cores (about 45,000 rows)
    assertThat(world.days().stream().mapToInt(d -> world.entriesOn(d).size()).sum()).isBetween(40_000, 50_000);
    assertThat(world.entriesOn(LocalDate.of(2021, 10, 25))).extracting(e -> e.id().value()).doesNotHaveDuplicates();
  }

  @Test
  void theConcealedTravellersItineraryShowsEjinaAndNoDeclarationCoversIt() {
    var who = world.planted().concealedTraveller();
    List<Entry> after = world.entriesOn(LocalDate.of(2021, 10, 21)).stream()
        .filter(e -> e.entrant().personId().filter(who::equals).isPresent()).toList();
    assertThat(after).isNotEmpty().allSatisfy(e -> assertThat(e.itinerary().get().citiesVisited())
        .contains(RegionCode.of("152923")));
    assertThat(world.entriesOn(LocalDate.of(2021, 10, 15)))
        .noneMatch(e -> e.entrant().personId().filter(who::equals).isPresent());
    assertThat(world.travel()).noneMatch(t -> t.employee().equals(who));
  }

  @Test
  void theFeverAdmittedIsOnTheReportDay() {
    Entry fever = world.entriesOn(LocalDate.of(2021, 10, 25)).stream()
        .filter(e -> e.id().equals(world.planted().feverAdmitted())).findFirst().orElseThrow();
    assertThat(fever.temperature()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("37.5"));
    assertThat(fever.localDate(ZoneId.of("Asia/Shanghai"))).isEqualTo(LocalDate.of(2021, 10, 25));
  }

  @Test
  void someVisitorRowsLackAPhone() {
    long missing = world.days().stream().flatMap(d -> world.entriesOn(d).stream())
        .filter(e -> !e.entrant().isEmployee() && e.entrant().phone().isEmpty()).count();
    assertThat(missing).isBetween(3L, 12L);
  }
}

package dev.cordon.core.entry;

import static dev.cordon.core.Rejections.rejected;
import static dev.cordon.core.Rejections.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cordon.core.Samples;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.site.EntryCheck;
import dev.cordon.core.validation.CordonValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EntryTest {
  private static Entry.Builder entry() {
    return Entry.builder().from(Samples.employeeEntry());
  }

  private static Entry withTemperature(String t) {
    return entry().temperature(new BigDecimal(t)).build();
  }

  // --- temperature --------------------------------------------------------------------------------

  @Test
  void aWholeTemperatureIsNormalisedToOneDecimalPlace() {
    assertThat(withTemperature("36").temperature()).contains(new BigDecimal("36.0"));
    assertThat(withTemperature("3.6E+1").temperature()).contains(new BigDecimal("36.0"));
  }

  @Test
  void aTrailingZeroIsDroppedToOneDecimalPlace() {
    assertThat(withTemperature("36.50").temperature()).contains(new BigDecimal("36.5"));
    assertThat(withTemperature("36.500").temperature().get().scale()).isEqualTo(1);
  }

  @Test
  void aTemperatureWithTwoDecimalPlacesIsEntry004() {
    var v = rejectedWith(() -> withTemperature("36.55"), "CORDON-ENTRY-004", "temperature");
    assertThat(v.value()).contains("36.55");
  }

  @Test
  void temperaturesOutsideZeroTo99Point9AreRejectedAndTheBoundsAccepted() {
    assertThat(withTemperature("0.0").temperature()).contains(new BigDecimal("0.0"));
    assertThat(withTemperature("99.9").temperature()).contains(new BigDecimal("99.9"));
    rejectedWith(() -> withTemperature("-0.1"), "CORDON-VALUE-006", "temperature");
    rejectedWith(() -> withTemperature("100.0"), "CORDON-VALUE-007", "temperature");
    rejectedWith(() -> withTemperature("250"), "CORDON-VALUE-007", "temperature");
  }

  @Test
  void anAbsurdExponentIsAValidationErrorNotAnArithmeticException() {
    Throwable t = catchThrowable(() -> withTemperature("1E+999999999"));
    assertThat(t).isInstanceOf(CordonValidationException.class);
  }

  @Test
  void noTemperatureMeansTheCheckWasNotDone() {
    Entry e = entry().temperature(java.util.Optional.empty()).build();
    assertThat(e.checksPerformed()).doesNotContain(EntryCheck.TEMPERATURE).contains(EntryCheck.REGISTRATION);
    assertThat(Samples.employeeEntry().checksPerformed()).containsExactlyInAnyOrder(EntryCheck.values());
  }

  // --- other attributes ---------------------------------------------------------------------------

  @Test
  void instantsAreKeptToTheMicrosecond() {
    Entry e = entry().at(Instant.parse("2021-10-25T00:30:00.123456789Z")).build();
    assertThat(e.at()).isEqualTo(Instant.parse("2021-10-25T00:30:00.123456Z"));
  }

  @Test
  void anEntryCannotSupersedeItself() {
    rejectedWith(() -> entry().supersedes(EntryId.of("E-0001")).build(), "CORDON-ENTRY-006", "supersedes");
    assertThat(entry().supersedes(EntryId.of("E-0000")).build().supersedes()).isPresent();
  }

  @Test
  void anEmptySourceIsRejected() {
    rejectedWith(() -> entry().source("").build(), "CORDON-VALUE-003", "source");
  }

  @Test
  void missingMandatoryAttributesAreAllNamed() {
    var e = rejected(() -> Entry.builder().id(EntryId.of("E-9")).build());
    assertThat(e.codes()).containsOnly("CORDON-VALUE-001");
    assertThat(e.violations()).extracting(v -> v.field())
        .containsExactlyInAnyOrder("site", "at", "entrant", "decision");
  }

  @Test
  void anIdWithOuterSpacesOrControlCharactersOrOver100CharactersIsRejected() {
    rejectedWith(() -> EntryId.of(" E-1"), "CORDON-ID-002", "entryId");
    rejectedWith(() -> EntryId.of("E\n1"), "CORDON-ID-003", "entryId");
    rejectedWith(() -> EntryId.of("x".repeat(101)), "CORDON-ID-002", "entryId");
    rejectedWith(() -> EntryId.of(" "), "CORDON-ID-001", "entryId");
    assertThat(EntryId.of("x".repeat(100)).value()).hasSize(100);
  }

  // --- entrants -----------------------------------------------------------------------------------

  @Test
  void anEmployeeEntrantWithANameIsEntry002() {
    rejectedWith(() -> Entrant.builder().category(PersonCategory.EMPLOYEE).personId(Samples.employeeId())
        .name("阿拉坦·巴特尔").build(), "CORDON-ENTRY-002", "personId");
  }

  @Test
  void anEmployeeEntrantWithAPhoneOrIdNumberOrWithoutIdIsEntry002() {
    rejectedWith(() -> Entrant.builder().category(PersonCategory.EMPLOYEE).personId(Samples.employeeId())
        .phone(Samples.mobile()).build(), "CORDON-ENTRY-002", "personId");
    rejectedWith(() -> Entrant.builder().category(PersonCategory.EMPLOYEE).personId(Samples.employeeId())
        .residentId(Samples.residentId()).build(), "CORDON-ENTRY-002", "personId");
    rejectedWith(() -> Entrant.builder().category(PersonCategory.EMPLOYEE).build(), "CORDON-ENTRY-002", "personId");
  }

  @Test
  void aVisitorEntrantWithAnEmployeeIdIsEntry003() {
    rejectedWith(() -> Entrant.builder().from(Samples.visitorEntrant()).personId(PersonId.of("P-1")).build(),
        "CORDON-ENTRY-003", "personId");
  }

  @Test
  void aVisitorWithNoNameNoPhoneNoPurposeIsNotAStructuralError() {
    Entrant bare = Entrant.builder().category(PersonCategory.VISITOR).build();
    assertThat(bare.name()).isEmpty();
    assertThat(bare.phone()).isEmpty();
    Entry e = entry().entrant(bare).build();
    assertThat(e.entrant().isEmployee()).isFalse();
  }

  @Test
  void aLedgerRowOfAVisitorWithoutPhoneIsReadFromJson() {
    String json = "{\"id\":\"E-7\",\"site\":\"S-1\",\"at\":\"2021-10-25T00:30:00Z\","
        + "\"entrant\":{\"category\":\"CONTRACTOR\",\"name\":\"其其格\"},\"decision\":\"ADMITTED\"}";
    Entry e = CordonJson.read(json, Entry.class);
    assertThat(e.entrant().phone()).isEmpty();
    assertThat(e.entrant().name()).contains("其其格");
    assertThat(e.checksPerformed()).containsExactly(EntryCheck.REGISTRATION);
  }

  @Test
  void aVisitorNameThatIsNotANameIsPerson011AndMasked() {
    var v = rejectedWith(() -> Entrant.builder().category(PersonCategory.VISITOR).name("其其格2").build(),
        "CORDON-PERSON-011", "name");
    assertThat(v.value()).contains("其***");
  }

  @Test
  void anEmptyPurposeAndAnOverlongHostAreRejected() {
    rejectedWith(() -> Entrant.builder().category(PersonCategory.VISITOR).purpose("").build(),
        "CORDON-VALUE-003", "purpose");
    var v = rejectedWith(() -> Entrant.builder().category(PersonCategory.VISITOR).host("李".repeat(65)).build(),
        "CORDON-VALUE-003", "host");
    assertThat(v.value().orElseThrow()).startsWith("李*").doesNotContain("李李");
    assertThat(Entrant.builder().category(PersonCategory.VISITOR).host("李".repeat(64)).build().host()).isPresent();
  }

  // --- itinerary codes ----------------------------------------------------------------------------

  @Test
  void anItineraryCodeNotPresentedButStarredIsEntry005() {
    rejectedWith(() -> ItineraryCode.builder().presented(false).starred(true).build(),
        "CORDON-ENTRY-005", "citiesVisited");
  }

  @Test
  void anItineraryCodeNotPresentedWithCitiesIsEntry005() {
    rejectedWith(() -> ItineraryCode.builder().presented(false).addCitiesVisited(Samples.ejina()).build(),
        "CORDON-ENTRY-005", "citiesVisited");
  }

  @Test
  void aCodeNotPresentedOrPresentedAndStarredIsAccepted() {
    assertThat(ItineraryCode.notPresented().presented()).isFalse();
    ItineraryCode starred = ItineraryCode.of(true, Samples.ejina(), Samples.baotou());
    assertThat(starred.starred()).isTrue();
    assertThat(starred.citiesVisited()).containsExactly(Samples.ejina(), Samples.baotou());
  }
}

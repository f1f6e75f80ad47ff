package dev.cordon.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cordon.core.disinfection.DisinfectionRecord;
import dev.cordon.core.duty.Assignment;
import dev.cordon.core.duty.Scope;
import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.ItineraryCode;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.org.Unit;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PhoneNumber;
import dev.cordon.core.person.ResidentId;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.policy.RuleSetting;
import dev.cordon.core.region.RegionCode;
import dev.cordon.core.risk.RiskArea;
import dev.cordon.core.site.Site;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.travel.Approval;
import dev.cordon.core.travel.ReturnReport;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelState;
import dev.cordon.core.validation.CordonValidationException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Every domain type survives a trip through {@link CordonJson}; malformed JSON is refused clearly. */
class JsonRoundTripTest {

  private static <T> void roundTrips(Gen<T> gen, Class<? super T> type) {
    qt().withExamples(200).forAll(gen).checkAssert(x -> {
      Object back = CordonJson.read(CordonJson.write(x), type);
      assertThat(back).isEqualTo(x);
    });
  }

  // --- properties: read(write(x)) == x ----------------------------------------------------------

  @Test
  void unitsRoundTrip() {
    roundTrips(Generators.units(), Unit.class);
  }

  @Test
  void personsRoundTrip() {
    roundTrips(Generators.persons(), Person.class);
  }

  @Test
  void phoneNumbersResidentIdsAndRegionCodesRoundTrip() {
    roundTrips(Generators.phoneNumbers(), PhoneNumber.class);
    roundTrips(Generators.residentIds(), ResidentId.class);
    roundTrips(Generators.regionCodes(), RegionCode.class);
  }

  @Test
  void sitesRoundTrip() {
    roundTrips(Generators.sites(), Site.class);
  }

  @Test
  void itineraryCodesRoundTrip() {
    roundTrips(Generators.itineraryCodes(), ItineraryCode.class);
  }

  @Test
  void entrantsRoundTrip() {
    roundTrips(Generators.entrants(), Entrant.class);
  }

  @Test
  void entriesRoundTrip() {
    roundTrips(Generators.entries(), Entry.class);
  }

  @Test
  void approvalsRoundTrip() {
    roundTrips(Generators.approvals(), Approval.class);
  }

  @Test
  void travelDeclarationsRoundTrip() {
    roundTrips(Generators.travelDeclarations(), TravelDeclaration.class);
  }

  @Test
  void returnReportsRoundTrip() {
    roundTrips(Generators.returnReports(), ReturnReport.class);
  }

  @Test
  void riskAreasRoundTrip() {
    roundTrips(Generators.riskAreas(), RiskArea.class);
  }

  @Test
  void supplyItemsRoundTrip() {
    roundTrips(Generators.supplyItems(), SupplyItem.class);
  }

  @Test
  void stockMovementsRoundTrip() {
    roundTrips(Generators.stockMovements(), StockMovement.class);
  }

  @Test
  void scopesAndAssignmentsRoundTrip() {
    roundTrips(Generators.scopes(), Scope.class);
    roundTrips(Generators.assignments(), Assignment.class);
  }

  @Test
  void disinfectionRecordsRoundTrip() {
    roundTrips(Generators.disinfectionRecords(), DisinfectionRecord.class);
  }

  @Test
  void ruleSettingsPoliciesAndHistoriesRoundTrip() {
    roundTrips(Generators.ruleSettings(), RuleSetting.class);
    roundTrips(Generators.policies(), PreventionPolicy.class);
    roundTrips(Generators.policyHistories(), PolicyHistory.class);
  }

  @Test
  void everySampleRoundTripsExceptThoseHoldingAnEntrantOrApproval() {
    for (Object x : new Object[] {Samples.group(), Samples.branch(), Samples.employee(),
        Samples.visitor(), Samples.serviceHall(), Samples.heatingStation(), Samples.itinerary(),
        Samples.riskArea(), Samples.endedRiskArea(), Samples.masks(), Samples.receipt(),
        Samples.transfer(), Samples.unitAssignment(), Samples.siteAssignment(),
        Samples.disinfection(), Samples.policy(), Samples.policyHistory()}) {
      Class<?> type = x instanceof PolicyHistory ? PolicyHistory.class : x.getClass().getSuperclass();
      assertThat(CordonJson.read(CordonJson.write(x), type)).as(type.getSimpleName()).isEqualTo(x);
    }
  }

  // --- examples ---------------------------------------------------------------------------------

  @Test
  void datesAndInstantsAreIsoStringsAndPersonalDataIsWrittenInFull() throws Exception {
    JsonNode policy = CordonJson.mapper().readTree(CordonJson.write(Samples.policy()));
    assertThat(policy.get("effectiveFrom").isTextual()).isTrue();
    assertThat(policy.get("effectiveFrom").asText()).isEqualTo("2021-01-01");
    assertThat(policy.get("zone").asText()).isEqualTo("Asia/Shanghai");
    assertThat(policy.get("homeCity").asText()).isEqualTo("150200");

    JsonNode disinfection = CordonJson.mapper().readTree(CordonJson.write(Samples.disinfection()));
    assertThat(disinfection.get("at").asText()).isEqualTo("2021-10-24T23:30:00Z");

    JsonNode person = CordonJson.mapper().readTree(CordonJson.write(Samples.employee()));
    assertThat(person.get("name").asText()).isEqualTo(Samples.EMPLOYEE_NAME);
    assertThat(person.get("phone").asText()).isEqualTo(Samples.MOBILE);
    assertThat(person.get("residentId").asText()).isEqualTo(Samples.RESIDENT_ID);
  }

  @Test
  void aDecimalIsWrittenPlainWithItsScale() throws Exception {
    JsonNode policy = CordonJson.mapper().readTree(CordonJson.write(Samples.policy()));
    assertThat(policy.get("feverThreshold").decimalValue()).isEqualByComparingTo("37.3");
    assertThat(CordonJson.write(Samples.policy())).contains("\"plausibleTemperatureMin\":34.0");
  }

  @Test
  void anUnknownPropertyIsRefusedWithItsPath() throws Exception {
    ObjectNode site = (ObjectNode) CordonJson.mapper().readTree(CordonJson.write(Samples.serviceHall()));
    site.put("colour", "red");
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
        () -> CordonJson.read(site.toString(), Site.class));
    assertThat(e.codes()).containsExactly("CORDON-JSON-003");
    assertThat(e.violations().get(0).field()).isEqualTo("$.colour");
  }

  @Test
  void anUnknownNestedPropertyIsRefusedWithItsFullPath() {
    String json = "{\"id\":\"A-1\",\"person\":\"P-1\",\"role\":\"UNIT_PRINCIPAL\","
        + "\"scope\":{\"unit\":\"U-1\",\"building\":\"B\"},\"validFrom\":\"2021-01-01\"}";
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
        () -> CordonJson.read(json, Assignment.class));
    assertThat(e.codes()).containsExactly("CORDON-JSON-003");
    assertThat(e.violations().get(0).field()).isEqualTo("$.scope.building");
  }

  @Test
  void malformedJsonIsJson001AtTheRoot() {
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
        () -> CordonJson.read("{\"id\":\"U-1\",", Unit.class));
    assertThat(e.codes()).containsExactly("CORDON-JSON-001");
    assertThat(e.violations().get(0).field()).isEqualTo("$");
    assertThat(e.getMessage()).contains("line 1");
  }

  @Test
  void trailingTokensAreRefused() {
    String json = CordonJson.write(Samples.group()) + " {}";
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
        () -> CordonJson.read(json, Unit.class));
    assertThat(e.codes()).hasSize(1).first().asString().startsWith("CORDON-JSON-00");
  }

  @Test
  void aWrongTypeIsJson002WithItsPath() {
    String json = "{\"id\":\"U-1\",\"name\":\"包头热力集团\",\"kind\":\"GROUP\",\"headcount\":\"many\"}";
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
        () -> CordonJson.read(json, Unit.class));
    assertThat(e.codes()).containsExactly("CORDON-JSON-002");
    assertThat(e.violations().get(0).field()).isEqualTo("$.headcount");
  }

  @Test
  void anUnknownEnumValueIsJson002WithItsPath() {
    String json = "{\"id\":\"U-1\",\"name\":\"包头热力集团\",\"kind\":\"CLUB\",\"headcount\":1}";
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
        () -> CordonJson.read(json, Unit.class));
    assertThat(e.codes()).containsExactly("CORDON-JSON-002");
    assertThat(e.violations().get(0).field()).isEqualTo("$.kind");
  }

  @Test
  void aMissingRequiredAttributeIsAValidationErrorNamingIt() {
    String json = "{\"id\":\"U-1\",\"kind\":\"GROUP\",\"headcount\":1}";
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
        () -> CordonJson.read(json, Unit.class));
    assertThat(e.codes()).containsExactly("CORDON-VALUE-001");
    assertThat(e.violations().get(0).field()).isEqualTo("$.name");
    assertThat(e.getMessage()).contains("$.name");
  }

  @Test
  void aNullRequiredAttributeIsReportedLikeAMissingOne() {
    String json = "{\"id\":\"U-1\",\"name\":null,\"kind\":\"GROUP\",\"headcount\":1}";
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
        () -> CordonJson.read(json, Unit.class));
    assertThat(e.codes()).containsExactly("CORDON-VALUE-001");
    assertThat(e.violations().get(0).field()).isEqualTo("$.name");
  }

  @Test
  void anUnknownRegionCodeInJsonNamesItsPath() {
    String json = CordonJson.write(Samples.serviceHall()).replace("\"150202\"", "\"159999\"");
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
        () -> CordonJson.read(json, Site.class));
    assertThat(e.codes()).containsExactly("CORDON-REGION-002");
    assertThat(e.violations().get(0).field()).startsWith("$.region");
  }

  @Test
  void anInvalidPhoneNumberInJsonIsRejectedMasked() {
    String json = CordonJson.write(Samples.visitor()).replace("\"0472-5123456\"", "\"0472-51234AB\"");
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
        () -> CordonJson.read(json, Person.class));
    assertThat(e.codes()).containsExactly("CORDON-PERSON-010");
    assertThat(e.violations().get(0).field()).startsWith("$.phone");
    assertThat(e.getMessage()).doesNotContain("0472-51234AB");
  }

  @Test
  void aVisitorWithoutPhoneIsReadFromJson() {
    String json = "{\"id\":\"V-9\",\"name\":\"王芳\",\"category\":\"VISITOR\"}";
    Person p = CordonJson.read(json, Person.class);
    assertThat(p.phone()).isEmpty();
    assertThat(p.residentId()).isEmpty();
  }

  @Test
  void aStateWithoutItsDatesIsRefusedFromJson() {
    // TravelDeclaration cannot round trip yet (see the disabled properties), so build the JSON by hand
    String json = "{\"id\":\"T-1\",\"employee\":\"P-0001\",\"destinations\":[\"152923\"],"
        + "\"purpose\":\"检修\",\"purposeKind\":\"BUSINESS\",\"plannedDeparture\":\"2021-10-12\","
        + "\"plannedReturn\":\"2021-10-15\",\"declaredAt\":\"2021-10-10T01:00:00Z\",\"state\":\""
        + TravelState.DEPARTED + "\"}";
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
        () -> CordonJson.read(json, TravelDeclaration.class));
    assertThat(e.codes()).containsExactly("CORDON-TRAVEL-004");
    assertThat(e.violations().get(0).field()).isEqualTo("$.actualDeparture");
  }
}

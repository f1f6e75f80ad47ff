package dev.cordon.core.duty;

import static dev.cordon.core.Rejections.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.Samples;
import dev.cordon.core.json.CordonJson;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AssignmentTest {
  private static final LocalDate FROM = LocalDate.of(2021, 10, 1);

  private static Assignment.Builder assignment() {
    return Assignment.builder().from(Samples.siteAssignment());
  }

  @Test
  void validToEqualToValidFromIsDuty001() {
    var v = rejectedWith(() -> assignment().validTo(FROM).build(), "CORDON-DUTY-001", "validTo");
    assertThat(v.value()).contains("2021-10-01");
  }

  @Test
  void validToBeforeValidFromIsDuty001() {
    rejectedWith(() -> assignment().validTo(FROM.minusDays(1)).build(), "CORDON-DUTY-001", "validTo");
  }

  @Test
  void anAssignmentOfOneDayIsAccepted() {
    Assignment oneDay = assignment().validTo(FROM.plusDays(1)).build();
    assertThat(oneDay.isHeldOn(FROM)).isTrue();
    assertThat(oneDay.isHeldOn(FROM.plusDays(1))).isFalse();
    assertThat(oneDay.isHeldOn(FROM.minusDays(1))).isFalse();
  }

  @Test
  void anOpenEndedAssignmentIsHeldForever() {
    assertThat(Samples.unitAssignment().isHeldOn(LocalDate.of(2099, 1, 1))).isTrue();
  }

  @Test
  void aScopeIsAUnitOrASite() {
    assertThat(Samples.unitAssignment().scope().key()).isEqualTo("unit:U-DONGHE");
    assertThat(Samples.siteAssignment().scope().key()).isEqualTo("site:S-HALL-DONGHE");
  }

  @Test
  void aScopeWithBothUnitAndSiteIsDuty002() {
    rejectedWith(() -> CordonJson.read("{\"unit\":\"U-1\",\"site\":\"S-1\"}", Scope.class),
        "CORDON-DUTY-002", "$.scope");
  }

  @Test
  void aScopeWithNeitherUnitNorSiteIsDuty002() {
    rejectedWith(() -> CordonJson.read("{}", Scope.class), "CORDON-DUTY-002", "$.scope");
  }

  @Test
  void aBadScopeInsideAnAssignmentNamesItsPath() {
    String json = CordonJson.write(Samples.unitAssignment()).replace("\"site\":null", "\"site\":\"S-1\"");
    rejectedWith(() -> CordonJson.read(json, Assignment.class), "CORDON-DUTY-002", "$.scope.scope");
  }
}

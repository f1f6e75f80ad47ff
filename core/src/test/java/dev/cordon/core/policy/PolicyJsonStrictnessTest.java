package dev.cordon.core.policy;

import static dev.cordon.core.Rejections.rejected;
import static dev.cordon.core.Rejections.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cordon.core.Samples;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.validation.CordonValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Policy JSON is read with exact types, and every error names the JSON path where it is: a
 * fractional number of days, a number written as text, a boolean written as a number, a duplicate
 * key, a truncated file.
 */
class PolicyJsonStrictnessTest {
  private static ObjectNode policyJson() throws Exception {
    return (ObjectNode) CordonJson.mapper().readTree(CordonJson.write(Samples.policy()));
  }

  private static String history(ObjectNode... policies) {
    ArrayNode a = CordonJson.mapper().createArrayNode();
    for (ObjectNode p : policies) {
      a.add(p);
    }
    return a.toString();
  }

  @Test
  void fourteenAndAHalfDaysIsRefusedNotRoundedDown() throws Exception {
    ObjectNode p = policyJson();
    p.put("itineraryLookBackDays", new BigDecimal("14.5"));
    rejectedWith(() -> CordonJson.read(history(p), PolicyHistory.class), "CORDON-JSON-002",
        "$[0].itineraryLookBackDays");
  }

  @Test
  void aWholeNumberWrittenWithAFractionIsRefusedToo() throws Exception {
    ObjectNode p = policyJson();
    p.put("supplyReserveDays", new BigDecimal("30.0"));
    rejectedWith(() -> CordonJson.read(p.toString(), PreventionPolicy.class), "CORDON-JSON-002",
        "$.supplyReserveDays");
  }

  @Test
  void aFractionalNumberInAMapOfIntegersNamesItsKey() throws Exception {
    ObjectNode p = policyJson();
    ((ObjectNode) p.get("followUpDays")).put("HIGH", new BigDecimal("20.5"));
    p.put("effectiveFrom", "2021-06-01");
    rejectedWith(() -> CordonJson.read(history(policyJson(), p), PolicyHistory.class), "CORDON-JSON-002",
        "$[1].followUpDays.HIGH");
  }

  @Test
  void aNumberWrittenAsTextIsRefused() throws Exception {
    ObjectNode p = policyJson();
    p.put("itineraryLookBackDays", "14");
    rejectedWith(() -> CordonJson.read(p.toString(), PreventionPolicy.class), "CORDON-JSON-002",
        "$.itineraryLookBackDays");
    ObjectNode q = policyJson();
    q.put("feverThreshold", "37.3");
    rejectedWith(() -> CordonJson.read(q.toString(), PreventionPolicy.class), "CORDON-JSON-002",
        "$.feverThreshold");
  }

  @Test
  void aBooleanWrittenAsANumberOrTextIsRefused() throws Exception {
    ObjectNode p = policyJson();
    p.putObject("rules").putObject("ENTRY-FEVER").put("enabled", 0);
    rejectedWith(() -> CordonJson.read(p.toString(), PreventionPolicy.class), "CORDON-JSON-002",
        "$.rules.ENTRY-FEVER.enabled");
    ObjectNode q = policyJson();
    q.putObject("rules").putObject("ENTRY-FEVER").put("enabled", "false");
    rejectedWith(() -> CordonJson.read(q.toString(), PreventionPolicy.class), "CORDON-JSON-002",
        "$.rules.ENTRY-FEVER.enabled");
  }

  @Test
  void aNumberTooLargeForItsTypeNamesItsPath() throws Exception {
    String json = policyJson().toString().replaceFirst("\"itineraryLookBackDays\":14",
        "\"itineraryLookBackDays\":99999999999999999999");
    rejectedWith(() -> CordonJson.read("[" + json + "]", PolicyHistory.class), "CORDON-JSON-002",
        "$[0].itineraryLookBackDays");
  }

  @Test
  void aDuplicateKeyNamesItsPath() throws Exception {
    String json = policyJson().toString().replaceFirst("\"feverThreshold\":37.3",
        "\"feverThreshold\":37.3,\"feverThreshold\":38.0");
    CordonValidationException e = rejected(() -> CordonJson.read("[" + json + "]", PolicyHistory.class));
    assertThat(e.violations()).extracting(v -> v.code() + " @ " + v.field())
        .containsExactly("CORDON-JSON-005 @ $[0].feverThreshold");
    assertThat(e.getMessage()).contains("line 1");
  }

  @Test
  void aDuplicateKeyInANestedMapNamesItsPath() throws Exception {
    String json = policyJson().toString().replaceFirst("\"HIGH\":21", "\"HIGH\":21,\"HIGH\":28");
    rejectedWith(() -> CordonJson.read("[" + json + "," + json.replace("2021-01-01", "2021-06-01") + "]",
        PolicyHistory.class), "CORDON-JSON-005", "$[0].followUpDays.HIGH");
  }

  @Test
  void aFileCutInsideAPolicyNamesWhereItStopped() throws Exception {
    String whole = history(policyJson(), (ObjectNode) policyJson().put("effectiveFrom", "2021-06-01"));
    String cut = whole.substring(0, whole.indexOf("\"canteenDensity\"", whole.indexOf("2021-06-01")));
    CordonValidationException e = rejected(() -> CordonJson.read(cut, PolicyHistory.class));
    assertThat(e.violations()).extracting(v -> v.code() + " @ " + v.field())
        .containsExactly("CORDON-JSON-001 @ $[1]");
  }

  @Test
  void aFileCutInsideANestedMapNamesIt() throws Exception {
    String whole = history(policyJson());
    String cut = whole.substring(0, whole.indexOf("\"HIGH\""));
    rejectedWith(() -> CordonJson.read(cut, PolicyHistory.class), "CORDON-JSON-001", "$[0].followUpDays");
  }

  @Test
  void aFileCutInsideAValueNamesTheValue() throws Exception {
    String whole = history(policyJson());
    String cut = whole.substring(0, whole.indexOf("Asia/Sh") + 4);
    rejectedWith(() -> CordonJson.read(cut, PolicyHistory.class), "CORDON-JSON-001", "$[0].zone");
  }

  @Test
  void anEmptyFileIsNamedAsTheRoot() {
    rejectedWith(() -> CordonJson.read("", PolicyHistory.class), "CORDON-JSON-001", "$");
  }

  @Test
  void aSyntaxErrorNamesWhereItIs() throws Exception {
    String json = history(policyJson()).replaceFirst("\"supplyReserveDays\":30", "\"supplyReserveDays\":30x");
    CordonValidationException e = rejected(() -> CordonJson.read(json, PolicyHistory.class));
    assertThat(e.violations()).extracting(v -> v.code() + " @ " + v.field())
        .containsExactly("CORDON-JSON-001 @ $[0].supplyReserveDays");
  }

  @Test
  void theExactTypesStillReadEveryWellFormedPolicy() throws Exception {
    String json = history(policyJson(), (ObjectNode) policyJson().put("effectiveFrom", "2021-06-01"));
    assertThat(CordonJson.read(json, PolicyHistory.class).policies()).hasSize(2);
  }
}

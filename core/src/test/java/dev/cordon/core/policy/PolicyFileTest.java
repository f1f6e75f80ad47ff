package dev.cordon.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A policy file: a JSON array of dated policies, every attribute given, every fault named by its JSON path. */
class PolicyFileTest {
  private static PolicyHistory read(String json) throws IOException {
    return PolicyHistory.readFile(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static ArrayNode twoVersions() {
    PolicyHistory h = PolicyHistory.of(PreventionPolicy.defaults().build(),
        PreventionPolicy.defaults().effectiveFrom(LocalDate.of(2021, 11, 15)).feverThreshold(new BigDecimal("37.2")).build());
    return (ArrayNode) CordonJson.mapper().valueToTree(h);
  }

  @Test
  void aCompleteFileReadsBackAsItsHistory() throws IOException {
    PolicyHistory h = read(twoVersions().toString());
    assertThat(h.policies()).hasSize(2);
    assertThat(h.latest().feverThreshold()).isEqualByComparingTo("37.2");
  }

  @Test
  void everyMissingAttributeIsNamedByItsPath() {
    ArrayNode file = twoVersions();
    ((ObjectNode) file.get(1)).remove("feverThreshold");
    ((ObjectNode) file.get(1)).remove("riskAreaLookBehindDays"); // has a default: still required in a file
    assertThatThrownBy(() -> read(file.toString())).isInstanceOfSatisfying(CordonValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::field)
            .containsExactlyInAnyOrder("$[1].feverThreshold", "$[1].riskAreaLookBehindDays"));
  }

  @Test
  void theRetentionIsRequiredWithEveryOneOfItsAttributes() throws IOException {
    ArrayNode file = twoVersions();
    ((ObjectNode) file.get(0)).remove("retention");
    ((ObjectNode) file.get(1).get("retention")).remove("holdDays");
    assertThatThrownBy(() -> read(file.toString())).isInstanceOfSatisfying(CordonValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::field)
            .containsExactlyInAnyOrder("$[0].retention", "$[1].retention.holdDays"));
    ArrayNode changed = twoVersions();
    ((ObjectNode) changed.get(1).get("retention")).put("visitorDays", 14);
    assertThat(read(changed.toString()).latest().retention().visitorDays()).isEqualTo(14);
    ((ObjectNode) changed.get(1).get("retention")).put("visitorDays", 0);
    assertThatThrownBy(() -> read(changed.toString())).isInstanceOfSatisfying(CordonValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::field).anyMatch(f -> f.contains("visitorDays")));
  }

  @Test
  void theLedgerForensicsAreRequiredWithEveryOneOfTheirAttributes() throws IOException {
    ArrayNode file = twoVersions();
    ((ObjectNode) file.get(0)).remove("ledgerForensics");
    ((ObjectNode) file.get(1).get("ledgerForensics")).remove("falseAlarmRate");
    assertThatThrownBy(() -> read(file.toString())).isInstanceOfSatisfying(CordonValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::field)
            .containsExactlyInAnyOrder("$[0].ledgerForensics", "$[1].ledgerForensics.falseAlarmRate"));
    ArrayNode changed = twoVersions();
    ((ObjectNode) changed.get(1).get("ledgerForensics")).put("afterHoursGraceMinutes", 15);
    assertThat(read(changed.toString()).latest().ledgerForensics().afterHoursGraceMinutes()).isEqualTo(15);
    ((ObjectNode) changed.get(1).get("ledgerForensics")).put("falseAlarmRate", new BigDecimal("0.5"));
    assertThatThrownBy(() -> read(changed.toString())).isInstanceOfSatisfying(CordonValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::field).anyMatch(f -> f.contains("falseAlarmRate")));
  }

  @Test
  void aValueOfTheWrongTypeIsNamedByItsPath() {
    ArrayNode file = twoVersions();
    ((ObjectNode) file.get(0)).put("itineraryLookBackDays", "fourteen");
    assertThatThrownBy(() -> read(file.toString())).isInstanceOfSatisfying(CordonValidationException.class,
        e -> assertThat(e.violations().get(0).field()).startsWith("$[0].itineraryLookBackDays"));
  }

  @Test
  void aSingleObjectInsteadOfAnArrayIsRefused() {
    String one = twoVersions().get(0).toString();
    assertThatThrownBy(() -> read(one)).isInstanceOf(CordonValidationException.class);
  }

  @Test
  void twoPoliciesOnOneDayAreRefused() {
    ArrayNode file = twoVersions();
    file.add(file.get(0).deepCopy());
    assertThatThrownBy(() -> read(file.toString())).isInstanceOfSatisfying(CordonValidationException.class,
        e -> assertThat(e.codes()).contains("CORDON-POLICY-003"));
  }
}

package dev.cordon.core.validation;

import static dev.cordon.core.Rejections.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.cordon.core.Samples;
import dev.cordon.core.disinfection.DisinfectionRecord;
import dev.cordon.core.duty.Assignment;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.risk.RiskArea;
import dev.cordon.core.supply.MovementKind;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.travel.TravelDeclaration;
import dev.cordon.core.travel.TravelState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * Whatever the policy, an instant or a date outside the years 1900 to 2200 is structurally refused
 * (CORDON-DATE-001): no real ledger holds it and java.time arithmetic on it may overflow.
 */
class LedgerDateTest {
  private static final Instant EXTREME = OffsetDateTime.parse("+999999999-12-31T23:59:59+18:00").toInstant();

  private static Entry entryAt(Instant at) {
    return Entry.builder().from(Samples.employeeEntry()).at(at).build();
  }

  @Test
  void theInstantOfTheIssueIsRefusedWhenBuiltAndWhenRead() {
    rejectedWith(() -> entryAt(EXTREME), "CORDON-DATE-001", "at");
    String json = CordonJson.write(Samples.employeeEntry())
        .replace(Samples.MORNING.toString(), "+999999999-12-31T23:59:59Z");
    rejectedWith(() -> CordonJson.read(json, Entry.class), "CORDON-DATE-001", "$.at");
    rejectedWith(() -> entryAt(Instant.MIN), "CORDON-DATE-001", "at");
    rejectedWith(() -> entryAt(Instant.MAX), "CORDON-DATE-001", "at");
  }

  @Test
  void theEdgesOfTheLedgerYearsAreExact() {
    assertThatCode(() -> entryAt(Instant.parse("1900-01-01T00:00:00Z"))).doesNotThrowAnyException();
    assertThatCode(() -> entryAt(Instant.parse("2200-12-31T23:59:59.999999Z"))).doesNotThrowAnyException();
    rejectedWith(() -> entryAt(Instant.parse("1899-12-31T23:59:59.999999Z")), "CORDON-DATE-001", "at");
    rejectedWith(() -> entryAt(Instant.parse("2201-01-01T00:00:00Z")), "CORDON-DATE-001", "at");
  }

  @Test
  void everyDateOfEveryRecordIsChecked() {
    LocalDate far = LocalDate.of(2201, 1, 1);
    LocalDate early = LocalDate.of(1899, 12, 31);
    TravelDeclaration t = Samples.travel(TravelState.CLOSED);
    rejectedWith(() -> TravelDeclaration.builder().from(t).plannedReturn(LocalDate.MAX).build(),
        "CORDON-DATE-001", "plannedReturn");
    rejectedWith(() -> TravelDeclaration.builder().from(t).followUpUntil(far).build(),
        "CORDON-DATE-001", "followUpUntil");
    rejectedWith(() -> Assignment.builder().from(Samples.unitAssignment()).validFrom(early).build(),
        "CORDON-DATE-001", "validFrom");
    rejectedWith(() -> Assignment.builder().from(Samples.unitAssignment()).validTo(LocalDate.of(9999, 12, 31)).build(),
        "CORDON-DATE-001", "validTo");
    rejectedWith(() -> RiskArea.builder().from(Samples.riskArea()).inForceTo(far).build(),
        "CORDON-DATE-001", "inForceTo");
    rejectedWith(() -> StockMovement.builder().from(Samples.movement(MovementKind.RECEIPT)).expiry(far).build(),
        "CORDON-DATE-001", "expiry");
    rejectedWith(() -> DisinfectionRecord.builder().from(Samples.disinfection()).at(EXTREME).build(),
        "CORDON-DATE-001", "at");
    rejectedWith(() -> PreventionPolicy.defaults().effectiveFrom(LocalDate.MIN).build(),
        "CORDON-DATE-001", "effectiveFrom");
  }

  @Test
  void anyInstantIsEitherInsideTheLedgerYearsOrRefused() {
    qt().forAll(longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()))
        .checkAssert(s -> {
          Instant at = Instant.ofEpochSecond(s);
          boolean inside = !at.isBefore(LedgerDate.FIRST_INSTANT) && at.isBefore(LedgerDate.END_INSTANT);
          if (inside) {
            assertThat(entryAt(at).at()).isEqualTo(at);
          } else {
            rejectedWith(() -> entryAt(at), "CORDON-DATE-001", "at");
          }
        });
  }

  @Test
  void theMessageSaysWhichYearsALedgerHoldsInBothLanguages() {
    Violation v = rejectedWith(() -> entryAt(EXTREME), "CORDON-DATE-001", "at");
    assertThat(v.message()).contains("1900").contains("2200");
    assertThat(v.message(java.util.Locale.SIMPLIFIED_CHINESE)).contains("1900 年至 2200 年");
  }
}

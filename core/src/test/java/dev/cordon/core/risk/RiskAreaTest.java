package dev.cordon.core.risk;

import static dev.cordon.core.Rejections.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.Samples;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RiskAreaTest {
  private static final LocalDate FROM = LocalDate.of(2021, 10, 19);

  private static RiskArea.Builder area() {
    return RiskArea.builder().from(Samples.riskArea());
  }

  @Test
  void anAreaInForceForNoDayIsRisk001() {
    rejectedWith(() -> area().inForceTo(FROM).build(), "CORDON-RISK-001", "inForceTo");
    rejectedWith(() -> area().inForceTo(FROM.minusDays(3)).build(), "CORDON-RISK-001", "inForceTo");
  }

  @Test
  void anAreaInForceForOneDayIsAccepted() {
    RiskArea oneDay = area().inForceTo(FROM.plusDays(1)).build();
    assertThat(oneDay.isInForceOn(FROM)).isTrue();
    assertThat(oneDay.isInForceOn(FROM.plusDays(1))).isFalse();
    assertThat(oneDay.isInForceOn(FROM.minusDays(1))).isFalse();
  }

  @Test
  void aPlaceIsRequiredAndAtMost500Characters() {
    rejectedWith(() -> area().place("").build(), "CORDON-VALUE-002", "place");
    rejectedWith(() -> area().place("镇".repeat(501)).build(), "CORDON-VALUE-003", "place");
    assertThat(area().place("镇".repeat(500)).build().place()).hasSize(500);
  }

  @Test
  void levelsAreOrderedAndMediumAndHighCount() {
    assertThat(RiskLevel.LOW.max(RiskLevel.HIGH)).isEqualTo(RiskLevel.HIGH);
    assertThat(RiskLevel.MEDIUM.max(RiskLevel.LOW)).isEqualTo(RiskLevel.MEDIUM);
    assertThat(RiskLevel.LOW.isMediumOrHigh()).isFalse();
    assertThat(RiskLevel.MEDIUM.isMediumOrHigh()).isTrue();
  }
}

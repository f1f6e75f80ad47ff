package dev.cordon.core.disinfection;

import static dev.cordon.core.Rejections.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.Samples;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DisinfectionRecordTest {
  private static DisinfectionRecord.Builder record() {
    return DisinfectionRecord.builder().from(Samples.disinfection());
  }

  @Test
  void aRecordWithOnlySiteAndTimeIsAccepted() {
    DisinfectionRecord r = DisinfectionRecord.builder().id(DisinfectionRecordId.of("D-9"))
        .site(Samples.serviceHallId()).at(Samples.MORNING).build();
    assertThat(r.performedBy()).isEmpty();
    assertThat(r.agent()).isEmpty();
  }

  @Test
  void emptyAreasOrAgentAreRejected() {
    rejectedWith(() -> record().areas("").build(), "CORDON-VALUE-003", "areas");
    rejectedWith(() -> record().agent("").build(), "CORDON-VALUE-003", "agent");
  }

  @Test
  void areasAndAgentHaveTheirMaximumLengths() {
    assertThat(record().areas("厅".repeat(500)).agent("液".repeat(200)).build()).isNotNull();
    rejectedWith(() -> record().areas("厅".repeat(501)).build(), "CORDON-VALUE-003", "areas");
    rejectedWith(() -> record().agent("液".repeat(201)).build(), "CORDON-VALUE-003", "agent");
  }

  @Test
  void theTimeIsKeptToTheMicrosecond() {
    assertThat(record().at(Instant.parse("2021-10-25T00:00:00.000000999Z")).build().at())
        .isEqualTo(Instant.parse("2021-10-25T00:00:00Z"));
  }
}

package dev.cordon.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.Cordon;
import dev.cordon.core.person.ResidentId;
import dev.cordon.core.policy.PreventionPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The importer judges dates in the data (a birth date in the future) by Cordon's clock, not the wall clock. */
class ImportClockTest {
  // born 2010-05-05
  private static final String BORN_2010 = "15020220100505123"
      + ResidentId.checkCharacter("15020220100505123");
  private static final String PEOPLE = "id,name,category,resident_id\nP-1,程芳,VISITOR," + BORN_2010 + "\n";

  private static long rejected(Clock clock) throws IOException {
    try (Cordon cordon = Cordon.builder().storage("memory:").clock(clock)
        .policy(PreventionPolicy.defaults().effectiveFrom(LocalDate.of(2000, 1, 1)).build()).build()) {
      ImportSummary s = CsvImporter.of(cordon).importFrom(ImportKind.PEOPLE,
          new ByteArrayInputStream(PEOPLE.getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults());
      if (s.rejected() > 0) {
        assertThat(s.firstErrors().get(0).codes()).containsExactly("CORDON-PERSON-004");
      }
      return s.rejected();
    }
  }

  @Test
  void aBirthDateAfterTheClocksTodayIsRefused() throws IOException {
    assertThat(rejected(Clock.fixed(Instant.parse("2009-12-31T12:00:00Z"), ZoneOffset.UTC))).isEqualTo(1);
    assertThat(rejected(Clock.systemUTC())).isZero();
  }
}

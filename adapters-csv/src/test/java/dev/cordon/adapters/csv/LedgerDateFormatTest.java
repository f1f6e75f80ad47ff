package dev.cordon.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The date forms offered to other tools are exactly the importer's. */
class LedgerDateFormatTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void everyFormItListsIsRead() {
    for (String form : LedgerDateFormat.DATE_FORMS) {
      assertThat(LedgerDateFormat.date(form)).as(form).contains(LocalDate.of(2021, 10, 25));
    }
    for (String form : LedgerDateFormat.DATE_TIME_FORMS) {
      assertThat(LedgerDateFormat.instant(form, SHANGHAI)).as(form)
          .contains(Instant.parse("2021-10-25T00:05:00Z"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"25/10/2021", "2021-10-32", "2021-02-30", "yesterday", ""})
  void anythingElseIsNoDate(String text) {
    assertThat(LedgerDateFormat.date(text)).isEmpty();
  }

  @Test
  void fullWidthDigitsAndSurroundingSpaceAreReadAsTheImporterReadsThem() {
    assertThat(LedgerDateFormat.date(" ２０２１年１０月２５日 ")).contains(LocalDate.of(2021, 10, 25));
  }
}

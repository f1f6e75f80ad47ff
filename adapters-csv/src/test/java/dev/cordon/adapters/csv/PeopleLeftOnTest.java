package dev.cordon.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.Cordon;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The day a person left the organisation (離職日期) is read from a {@code left_on} column under the
 * headers real rosters use, in every ledger date form, and written back by the exporter.
 */
class PeopleLeftOnTest {
  private static Cordon withUnit() {
    Cordon cordon = Cordon.open("memory:");
    cordon.directory().register(Unit.builder().id(UnitId.of("U-1")).name("东河供热分公司")
        .kind(UnitKind.GRASSROOTS_UNIT).headcount(10).build());
    return cordon;
  }

  private static ImportSummary importPeople(Cordon cordon, String csv) throws IOException {
    return CsvImporter.of(cordon).importFrom(ImportKind.PEOPLE,
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults());
  }

  @ParameterizedTest
  @ValueSource(strings = {"left_on", "离职日期", "離職日期", "离职时间", "離職時間", "离职日", "Left On"})
  void theLeavingDayIsReadUnderEveryHeaderAlias(String header) throws IOException {
    try (Cordon cordon = withUnit()) {
      ImportSummary s = importPeople(cordon, "工号,姓名,所属单位," + header + "\n"
          + "P-1,程芳,U-1,2021年10月31日\nP-2,李强,U-1,\n");
      assertThat(s.rejected()).as(s.firstErrors().toString()).isZero();
      assertThat(cordon.storage().people().get(PersonId.of("P-1")).orElseThrow().leftOn())
          .contains(LocalDate.of(2021, 10, 31));
      assertThat(cordon.storage().people().get(PersonId.of("P-2")).orElseThrow().leftOn()).isEmpty();
    }
  }

  @Test
  void aLeavingDayThatIsNotADateRejectsTheRowNamingTheColumn() throws IOException {
    try (Cordon cordon = withUnit()) {
      ImportSummary s = importPeople(cordon, "工号,姓名,所属单位,离职日期\nP-1,程芳,U-1,下个月\n");
      assertThat(s.rejected()).isEqualTo(1);
      assertThat(s.firstErrors().get(0).columns()).contains("left_on");
    }
  }

  @Test
  void theExporterWritesTheLeavingDayAndItImportsAgain() throws IOException {
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    try (Cordon cordon = withUnit()) {
      importPeople(cordon, "工号,姓名,所属单位,离职日期\nP-1,程芳,U-1,2021/10/31\n");
      CsvExporter.create().revealingPersonalData().writeAll(ImportKind.PEOPLE, cordon, csv);
    }
    String text = csv.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("left_on").contains("2021-10-31");
    try (Cordon again = withUnit()) {
      assertThat(importPeople(again, text).rejected()).isZero();
      Person p = again.storage().people().get(PersonId.of("P-1")).orElseThrow();
      assertThat(p.leftOn()).contains(LocalDate.of(2021, 10, 31));
    }
  }
}

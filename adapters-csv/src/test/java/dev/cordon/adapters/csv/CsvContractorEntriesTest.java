package dev.cordon.adapters.csv;

import static dev.cordon.adapters.csv.Fixtures.GB18030;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.Cordon;
import dev.cordon.core.Samples;
import dev.cordon.core.entry.Entrant;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Contractor staff (外包/承包商) in the registration ledger keep their staff number and their ledger fields. */
class CsvContractorEntriesTest {
  private static final String HALL = Samples.serviceHallId().value();
  private static final String EMPLOYEE = Samples.employeeId().value();

  private final Cordon cordon = Fixtures.cordon();

  CsvContractorEntriesTest() {
    cordon.directory().register(Person.builder().id(PersonId.of("WB-017")).name("刘建国")
        .category(PersonCategory.CONTRACTOR).build());
  }

  @AfterEach
  void close() {
    cordon.close();
  }

  private ImportSummary run(String file) throws IOException {
    return CsvImporter.of(cordon).importFrom(ImportKind.ENTRIES, new ByteArrayInputStream(file.getBytes(GB18030)),
        ImportOptions.defaults().withSourceName("ledger.csv"));
  }

  private List<Entrant> entrants() {
    try (Stream<Entry> all = cordon.storage().entries().all()) {
      return all.sorted(Comparator.comparing(Entry::at)).map(Entry::entrant).toList();
    }
  }

  @Test
  void aStaffNumberWithCategoryContractorKeepsTheIdAndEveryLedgerField() throws IOException {
    ImportSummary s = run("场所编号,登记时间,工号,人员类别,姓名,联系电话,来访事由,被访人\n"
        + HALL + ",2021-10-25 08:05,WB-017,外包,刘建国,13912345678,管道检修,李娜\n"
        + HALL + ",2021-10-25 08:10,WB-017,承包商,刘建国,13912345678,管道检修,李娜\n"
        + HALL + ",2021-10-25 08:15,WB-017,CONTRACTOR,刘建国,13912345678,管道检修,李娜\n");
    assertThat(s.firstErrors()).isEmpty();
    assertThat(s.imported()).isEqualTo(3);
    assertThat(entrants()).allSatisfy(e -> {
      assertThat(e.category()).isEqualTo(PersonCategory.CONTRACTOR);
      assertThat(e.personId()).contains(PersonId.of("WB-017"));
      assertThat(e.name()).contains("刘建国");
      assertThat(e.phone().orElseThrow().value()).isEqualTo("13912345678");
      assertThat(e.purpose()).contains("管道检修");
      assertThat(e.host()).contains("李娜");
    });
  }

  @Test
  void aContractorWithoutAStaffNumberIsAsBefore() throws IOException {
    assertThat(run("场所编号,登记时间,人员类别,姓名,联系电话,来访事由,被访人\n"
        + HALL + ",2021-10-25 08:05,外包人员,王磊,13912345678,管道检修,李娜\n").imported()).isEqualTo(1);
    assertThat(entrants()).singleElement().satisfies(e -> {
      assertThat(e.category()).isEqualTo(PersonCategory.CONTRACTOR);
      assertThat(e.personId()).isEmpty();
      assertThat(e.name()).contains("王磊");
    });
  }

  @Test
  void aStaffNumberWithoutCategoryIsStillAnEmployeesRow() throws IOException {
    assertThat(run("场所编号,登记时间,工号,姓名,来访事由\n" + HALL + ",2021-10-25 08:05," + EMPLOYEE + ",张三,上班\n")
        .imported()).isEqualTo(1);
    assertThat(entrants()).singleElement().satisfies(e -> {
      assertThat(e.isEmployee()).isTrue();
      assertThat(e.personId()).contains(Samples.employeeId());
      assertThat(e.name()).isEmpty();
    });
  }

  @Test
  void aVisitorWithAStaffNumberIsStillRefused() throws IOException {
    ImportSummary s = run("场所编号,登记时间,工号,人员类别,姓名\n" + HALL + ",2021-10-25 08:05,WB-017,访客,刘建国\n");
    assertThat(s.imported()).isZero();
    assertThat(s.firstErrors()).singleElement().satisfies(e -> assertThat(e.codes()).containsExactly("CORDON-CSV-016"));
  }

  @Test
  void aContractorsStaffNumberMustBeInTheDirectory() throws IOException {
    ImportSummary s = run("场所编号,登记时间,工号,人员类别,姓名\n" + HALL + ",2021-10-25 08:05,WB-999,外包,刘建国\n");
    assertThat(s.imported()).isZero();
    assertThat(s.firstErrors()).singleElement().satisfies(e -> assertThat(e.codes()).containsExactly("CORDON-STORE-002"));
  }

  @Test
  void aContractorsRowIsExportedAndImportedBackUnchanged() throws IOException {
    run("场所编号,登记时间,工号,人员类别,姓名,联系电话,来访事由,被访人\n"
        + HALL + ",2021-10-25 08:05,WB-017,外包,刘建国,13912345678,管道检修,李娜\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvExporter.create().revealingPersonalData().writeAll(ImportKind.ENTRIES, cordon, out);
    try (Cordon again = Fixtures.cordon()) {
      again.directory().register(cordon.storage().people().get(PersonId.of("WB-017")).orElseThrow());
      ImportSummary s = CsvImporter.of(again).importFrom(ImportKind.ENTRIES,
          new ByteArrayInputStream(out.toByteArray()), ImportOptions.defaults());
      assertThat(s.imported()).isEqualTo(1);
      try (Stream<Entry> a = again.storage().entries().all(); Stream<Entry> b = cordon.storage().entries().all()) {
        assertThat(a.toList()).isEqualTo(b.toList());
      }
    }
  }
}

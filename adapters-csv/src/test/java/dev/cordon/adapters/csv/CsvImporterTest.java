package dev.cordon.adapters.csv;

import static dev.cordon.adapters.csv.Fixtures.GB18030;
import static dev.cordon.adapters.csv.Fixtures.utf8;
import static dev.cordon.adapters.csv.Fixtures.utf8Bom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordon.Cordon;
import dev.cordon.core.entry.Entry;
import dev.cordon.core.entry.HealthCodeColour;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.validation.CordonValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImporterTest {
  /** A visitor ledger as kept at the service hall, with Chinese headers and values as typed. */
  static final String LEDGER = """
      场所编号,登记时间,姓名,联系电话,身份证号,体温(℃),健康码,行程卡,来访事由,被访人,备注
      S-HALL-DONGHE,2021-10-25 08:05,王芳,13812341234,,36.5℃,绿码,无星,办理供热缴费,李娜,
      S-HALL-DONGHE,2021/10/25 8:10,其其格,0472-5123456,,36.8°C,绿,带星,检修,李娜,外地
      S-HALL-DONGHE,2021年10月25日 8:15,张伟,,,３６．６,green,*,,,
      S-HALL-DONGHE,2021-10-25 08:20,李强,1381234abcd,,36.5,G,无星,送货,李娜,
      S-HALL-DONGHE,2021-10-25 08:25,赵敏,13812341234,,36.5,蓝码,无星,送货,李娜,
      S-HALL-DONGHE,2021-10-25 08:30,陈静,13812341234,,37.8,绿码,无星,参加会议,李娜,发热
      S-HALL-DONGHE,2021-10-25 08:35,杨洋,13812341234,,99.0,绿码,无星,参加会议,李娜,
      """;

  @TempDir
  Path dir;

  private final Cordon cordon = Fixtures.cordon();
  private final CsvImporter importer = CsvImporter.of(cordon);

  @AfterEach
  void close() {
    cordon.close();
  }

  private ImportSummary run(ImportKind kind, byte[] file, ImportOptions options) throws IOException {
    return importer.importFrom(kind, new ByteArrayInputStream(file), options);
  }

  @Test
  void aChineseLedgerInGb18030IsDetectedAndImportedRowByRow() throws IOException {
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    ImportSummary s = run(ImportKind.ENTRIES, LEDGER.getBytes(GB18030),
        ImportOptions.defaults().withErrorsTo(errors).withSourceName("ledger.csv"));

    assertThat(s.encoding()).isEqualTo(GB18030);
    assertThat(s.encodingDetected()).isTrue();
    assertThat(s.rowsRead()).isEqualTo(7);
    // the fever row (37.8) is real and stored; letters in a phone, 蓝码 and 99.0 °C are malformed
    assertThat(s.imported()).isEqualTo(4);
    assertThat(s.rejected()).isEqualTo(3);
    assertThat(s.ignoredColumns()).containsExactly("备注");
    assertThat(s.firstErrors()).extracting(RowError::line).containsExactly(5L, 6L, 8L);
    assertThat(s.firstErrors().get(0).codes()).containsExactly("CORDON-PERSON-010");
    assertThat(s.firstErrors().get(0).columns()).containsExactly("phone");
    assertThat(s.firstErrors().get(0).reason()).doesNotContain("1381234abcd");
    assertThat(s.firstErrors().get(1).codes()).containsExactly("CORDON-CSV-005");
    assertThat(s.firstErrors().get(1).reason()).contains("蓝码");
    assertThat(s.firstErrors().get(2).codes()).containsExactly("CORDON-ENTRY-001");

    List<Entry> stored;
    try (var all = cordon.storage().entries().all()) {
      stored = all.toList();
    }
    assertThat(stored).hasSize(4).allSatisfy(e -> {
      assertThat(e.entrant().category()).isEqualTo(PersonCategory.VISITOR);
      assertThat(e.source().orElseThrow()).startsWith("ledger.csv:");
    });
    assertThat(stored).extracting(e -> e.temperature().orElseThrow())
        .containsExactlyInAnyOrder(new BigDecimal("36.5"), new BigDecimal("36.8"),
            new BigDecimal("36.6"), new BigDecimal("37.8"));
    assertThat(stored).allSatisfy(e -> assertThat(e.healthCode()).contains(HealthCodeColour.GREEN));

    String errorFile = errors.toString(StandardCharsets.UTF_8);
    assertThat(errorFile).startsWith("\uFEFF场所编号,登记时间,姓名,联系电话,身份证号,体温(℃),健康码,行程卡,来访事由,被访人,备注,id,reason");
    assertThat(errorFile.lines().count()).isEqualTo(4);
    assertThat(errorFile).contains("1381234abcd").contains("蓝码").contains("line 5:");
  }

  @Test
  void theSameFileAgainStoresNothingNew() throws IOException {
    ImportSummary first = run(ImportKind.ENTRIES, utf8(LEDGER), ImportOptions.defaults());
    ImportSummary again = run(ImportKind.ENTRIES, utf8Bom(LEDGER), ImportOptions.defaults());
    assertThat(first.imported()).isEqualTo(4);
    assertThat(again.imported()).isZero();
    assertThat(again.alreadyPresent()).isEqualTo(4);
    assertThat(again.byteOrderMark()).isTrue();
    assertThat(cordon.storage().entries().count()).isEqualTo(4);
  }

  @Test
  void anInterruptedImportRunAgainStoresEveryGoodRowExactlyOnce() throws IOException {
    StringBuilder big = new StringBuilder("场所编号,登记时间,姓名,体温\n");
    for (int i = 0; i < 1000; i++) {
      big.append("S-HALL-DONGHE,2021-10-25 ").append(String.format("%02d:%02d", 6 + i / 60, i % 60))
          .append(",王芳,36.5\n");
    }
    big.append("S-HALL-DONGHE,2021-10-25 08:00,王芳,36.5\n"); // a true duplicate row: two records
    byte[] file = utf8(big.toString());
    // the first run dies after three batches, as a crash would
    List<ImportProgress> seen = new ArrayList<>();
    assertThatThrownBy(() -> run(ImportKind.ENTRIES, file, ImportOptions.defaults().withBatchSize(100)
        .withProgress(p -> {
          seen.add(p);
          if (seen.size() == 3) {
            throw new IllegalStateException("power cut");
          }
        }))).hasMessage("power cut");
    assertThat(cordon.storage().entries().count()).isEqualTo(300);

    ImportSummary resumed = run(ImportKind.ENTRIES, file, ImportOptions.defaults().withBatchSize(100));
    assertThat(resumed.alreadyPresent()).isEqualTo(300);
    assertThat(resumed.imported()).isEqualTo(701);
    assertThat(cordon.storage().entries().count()).isEqualTo(1001);
  }

  @Test
  void theErrorFileFixedAndReimportedCompletesTheImport() throws IOException {
    Path errors = dir.resolve("errors.csv");
    run(ImportKind.ENTRIES, utf8(LEDGER), ImportOptions.defaults().withErrorsFile(errors));
    String fixed = Files.readString(errors).replace("1381234abcd", "13812341234")
        .replace("蓝码", "绿码").replace("99.0", "36.9");
    ImportSummary s = run(ImportKind.ENTRIES, utf8(fixed), ImportOptions.defaults());
    assertThat(s.rejected()).isZero();
    assertThat(s.imported()).isEqualTo(3);
    assertThat(cordon.storage().entries().count()).isEqualTo(7);
  }

  @Test
  void employeesByIdAndTraditionalHeadersAndTabs() throws IOException {
    String file = "場所編號\t日期\t時間\t工號\t體溫\t健康碼\t行程卡\t來訪事由\n"
        + "S-HALL-DONGHE\t2021-10-25\t8:05\tP-0001\t36.4\t綠碼\t無星\t上班\n"
        + "S-HALL-DONGHE\t2021-10-25\t8:06\tP-9999\t36.4\t綠碼\t無星\t上班\n";
    ImportSummary s = run(ImportKind.ENTRIES, utf8(file), ImportOptions.defaults());
    assertThat(s.delimiter()).isEqualTo('\t');
    assertThat(s.imported()).isEqualTo(1);
    assertThat(s.firstErrors().get(0).codes()).containsExactly("CORDON-STORE-002");
    try (var all = cordon.storage().entries().all()) {
      assertThat(all.toList().get(0).entrant().isEmployee()).isTrue();
    }
  }

  // --- hostile files ---------------------------------------------------------------------------

  @Test
  void anEmptyFileImportsNothing() throws IOException {
    ImportSummary s = run(ImportKind.ENTRIES, new byte[0], ImportOptions.defaults());
    assertThat(s.rowsRead()).isZero();
    assertThat(s.complete()).isTrue();
  }

  @Test
  void anUnbalancedQuoteRejectsTheRowItSwallows() throws IOException {
    String file = "site,at,name\nS-HALL-DONGHE,2021-10-25 08:05,王芳\n"
        + "S-HALL-DONGHE,\"2021-10-25 08:06,王芳\nS-HALL-DONGHE,2021-10-25 08:07,王芳\n";
    ImportSummary s = run(ImportKind.ENTRIES, utf8(file), ImportOptions.defaults());
    assertThat(s.imported()).isEqualTo(1);
    assertThat(s.rejected()).isEqualTo(1);
    assertThat(s.firstErrors().get(0).codes()).contains("CORDON-CSV-010");
    assertThat(s.firstErrors().get(0).lines()).isEqualTo("lines 3–4");
  }

  @Test
  void aNulByteRejectsItsRowOnly() throws IOException {
    String file = "site,at,name\nS-HALL-DONGHE,2021-10-25 08:05,王\u0000芳\nS-HALL-DONGHE,2021-10-25 08:06,王芳\n";
    ImportSummary s = run(ImportKind.ENTRIES, utf8(file), ImportOptions.defaults());
    assertThat(s.imported()).isEqualTo(1);
    assertThat(s.firstErrors().get(0).codes()).containsExactly("CORDON-CSV-011");
  }

  @Test
  void aTenMegabyteLineRejectsItsRowOnly() throws IOException {
    String file = "site,at,purpose\nS-HALL-DONGHE,2021-10-25 08:05," + "x".repeat(10 * 1024 * 1024)
        + "\nS-HALL-DONGHE,2021-10-25 08:06,检修\n";
    ImportSummary s = run(ImportKind.ENTRIES, utf8(file), ImportOptions.defaults());
    assertThat(s.imported()).isEqualTo(1);
    assertThat(s.firstErrors().get(0).codes()).as(s.firstErrors().toString()).containsExactly("CORDON-CSV-012");
  }

  @Test
  void aWrongDelimiterIsAHeaderErrorAndStoresNothing() {
    String file = "site|at|name\nS-HALL-DONGHE|2021-10-25 08:05|王芳\n";
    assertThatThrownBy(() -> run(ImportKind.ENTRIES, utf8(file), ImportOptions.defaults()))
        .isInstanceOf(CordonValidationException.class).hasMessageContaining("CORDON-CSV-001");
    assertThatThrownBy(() -> run(ImportKind.ENTRIES, utf8("site\tat\nS-HALL-DONGHE\t2021-10-25 08:05\n"),
        ImportOptions.defaults().withDelimiter(','))).hasMessageContaining("CORDON-CSV-001");
    assertThat(cordon.storage().entries().count()).isZero();
  }

  @Test
  void mixedEncodingsRejectTheRowsInTheOtherEncoding() throws IOException {
    // the file is mostly UTF-8, so detection says UTF-8; a GB18030 row comes later
    byte[] head = utf8("site,at,name,purpose\n"
        + "S-HALL-DONGHE,2021-10-25 08:05,王芳,办理供热缴费\n".repeat(2000));
    byte[] gbk = "S-HALL-DONGHE,2021-10-25 08:06,王芳,检修\n".getBytes(GB18030);
    byte[] file = new byte[head.length + gbk.length];
    System.arraycopy(head, 0, file, 0, head.length);
    System.arraycopy(gbk, 0, file, head.length, gbk.length);
    ImportSummary s = run(ImportKind.ENTRIES, file, ImportOptions.defaults());
    assertThat(s.encoding()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(s.imported()).isEqualTo(2000);
    assertThat(s.firstErrors().get(0).codes()).containsOnly("CORDON-CSV-013", "CORDON-CSV-026");
  }

  @Test
  void unknownColumnsAreIgnoredAndListed() throws IOException {
    String file = "site,at,车牌号,核酸检测报告\nS-HALL-DONGHE,2021-10-25 08:05,蒙B12345,阴性\n";
    ImportSummary s = run(ImportKind.ENTRIES, utf8(file), ImportOptions.defaults());
    assertThat(s.imported()).isEqualTo(1);
    assertThat(s.ignoredColumns()).containsExactly("车牌号", "核酸检测报告");
  }

  @Test
  void twoHeadersForOneColumnAreRefused() {
    assertThatThrownBy(() -> run(ImportKind.ENTRIES, utf8("site,at,电话,手机号\n"), ImportOptions.defaults()))
        .hasMessageContaining("CORDON-CSV-002");
  }

  @Test
  void aBatchWithAConflictFallsBackRowByRow() throws IOException {
    String a = "id,site,at,name\nE-1,S-HALL-DONGHE,2021-10-25 08:05,王芳\n";
    run(ImportKind.ENTRIES, utf8(a), ImportOptions.defaults());
    String b = "id,site,at,name\nE-2,S-HALL-DONGHE,2021-10-25 08:05,王芳\n"
        + "E-1,S-HALL-DONGHE,2021-10-25 09:05,王芳\nE-3,S-HALL-DONGHE,2021-10-25 08:05,王芳\n";
    ImportSummary s = run(ImportKind.ENTRIES, utf8(b), ImportOptions.defaults());
    assertThat(s.imported()).isEqualTo(2);
    assertThat(s.rejected()).isEqualTo(1);
    assertThat(s.firstErrors().get(0).codes()).containsExactly("CORDON-STORE-001");
  }

  @Test
  void aGb18030RowInAUtf8FileGoesToTheErrorFileAsReadableTextAndCanBeReimported() throws IOException {
    byte[] head = utf8("site,at,name,purpose\n"
        + "S-HALL-DONGHE,2021-10-25 08:05,王芳,办理供热缴费\n".repeat(50));
    byte[] gbk = "S-HALL-DONGHE,2021-10-25 08:06,张伟,检修\n".getBytes(GB18030);
    byte[] file = new byte[head.length + gbk.length];
    System.arraycopy(head, 0, file, 0, head.length);
    System.arraycopy(gbk, 0, file, head.length, gbk.length);
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    ImportSummary s = run(ImportKind.ENTRIES, file, ImportOptions.defaults().withErrorsTo(errors));
    assertThat(s.encoding()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(s.rejected()).isEqualTo(1);
    assertThat(s.firstErrors().get(0).codes()).containsOnly("CORDON-CSV-013", "CORDON-CSV-026");
    assertThat(s.firstErrors().get(0).reason()).contains("line 52, byte offset");
    String errorFile = errors.toString(StandardCharsets.UTF_8);
    assertThat(errorFile.lines().toList().get(1))
        .startsWith("S-HALL-DONGHE,2021-10-25 08:06,张伟,检修,csv-");
    ImportSummary again = run(ImportKind.ENTRIES, errors.toByteArray(), ImportOptions.defaults());
    assertThat(again.imported()).isEqualTo(1);
    assertThat(again.rejected()).isZero();
  }

  @Test
  void aDamagedByteInAUtf8RowKeepsTheRestOfTheRowReadable() throws IOException {
    byte[] a = utf8("site,at,name,purpose\nS-HALL-DONGHE,2021-10-25 08:05,王芳,办理供热缴费\n"
        + "S-HALL-DONGHE,2021-10-25 08:06,张");
    byte[] b = utf8("伟,检修暖气\n");
    byte[] file = new byte[a.length + 1 + b.length];
    System.arraycopy(a, 0, file, 0, a.length);
    file[a.length] = (byte) 0xE5;
    System.arraycopy(b, 0, file, a.length + 1, b.length);
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    ImportSummary s = run(ImportKind.ENTRIES, file, ImportOptions.defaults().withErrorsTo(errors));
    assertThat(s.encoding()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(s.imported()).isEqualTo(1);
    assertThat(s.firstErrors().get(0).codes()).containsExactly("CORDON-CSV-013");
    assertThat(s.firstErrors().get(0).reason()).contains("(line 3, byte offset " + a.length + ": 0xE5)");
    assertThat(errors.toString(StandardCharsets.UTF_8)).contains("张\uFFFD伟").contains("检修暖气");
  }

  @Test
  void aZeroWidthSpaceInAHeaderDoesNotHideTheColumn() throws IOException {
    String file = "\uFEFFsite\u200B,at,\u202Aname\nS-HALL-DONGHE,2021-10-25 08:05,王芳\n";
    ImportSummary s = run(ImportKind.ENTRIES, utf8(file), ImportOptions.defaults());
    assertThat(s.imported()).isEqualTo(1);
    assertThat(s.byteOrderMark()).isTrue();
    assertThat(s.ignoredColumns()).isEmpty();
  }

  @Test
  void aMisspeltHeaderIsShownAsWrittenButAHeaderlessFileIsMasked() {
    assertThatThrownBy(() -> run(ImportKind.ENTRIES, utf8("场所编码,登记时间\n"), ImportOptions.defaults()))
        .hasMessageContaining("CORDON-CSV-001").hasMessageContaining("场所编码");
    assertThatThrownBy(() -> run(ImportKind.ENTRIES,
        utf8("S-HALL-DONGHE,2021-10-25 08:05,程芳,18794042111\n"), ImportOptions.defaults()))
        .hasMessageContaining("CORDON-CSV-019").hasMessageContaining("程*").hasMessageContaining("187****2111")
        .hasMessageNotContaining("程芳").hasMessageNotContaining("18794042111");
  }
}

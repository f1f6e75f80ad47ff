package dev.cordon.compliance;

import static dev.cordon.compliance.Fixture.BRANCH;
import static dev.cordon.compliance.Fixture.GROUP;
import static dev.cordon.compliance.Fixture.HALL;
import static dev.cordon.compliance.Fixture.OFFICE;
import static dev.cordon.compliance.Fixture.OTHER;
import static dev.cordon.compliance.Fixture.at;
import static dev.cordon.compliance.Fixture.oct;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.Cordon;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.finding.Subject;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.notice.NoticeDraft;
import dev.cordon.core.notice.NoticeId;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.person.Person;
import dev.cordon.core.person.PersonCategory;
import dev.cordon.core.person.PersonId;
import dev.cordon.core.report.FindingsReport;
import dev.cordon.core.report.NoticeReport;
import dev.cordon.core.report.Report;
import dev.cordon.core.report.ReportTable;
import dev.cordon.core.report.Terms;
import dev.cordon.core.report.Text;
import dev.cordon.core.supply.MovementKind;
import dev.cordon.core.supply.StockMovement;
import dev.cordon.core.supply.StockMovementId;
import dev.cordon.core.supply.SupplyItem;
import dev.cordon.core.supply.SupplyItemId;
import dev.cordon.core.supply.SupplyKind;
import dev.cordon.spi.report.ReportOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports an officer reads: Chinese by default under a policy in China's zone, codes translated,
 * units and sites by name, people by masked name with the id beside it, date ranges written with both
 * ends included, findings grouped by unit with totals, and the named notice as an office's document.
 */
class ReportsForOfficersTest {
  private static final PersonId WANG = PersonId.of("wang");
  private static final ReportOptions ZH = ReportOptions.defaults().withLocale(Locale.SIMPLIFIED_CHINESE);
  private Cordon cordon;

  @BeforeEach
  void open() {
    cordon = Fixture.open();
    cordon.directory().register(Person.builder().id(WANG).name("王小明").category(PersonCategory.EMPLOYEE)
        .unit(BRANCH).build());
    store(Finding.builder().id(FindingId.of("F-1")).ruleId("DUTY-SITE-UNCOVERED").severity(Severity.HIGH)
        .subject(Subject.of(SubjectKind.SITE, HALL.value())).unit(BRANCH).date(oct(12)).until(oct(18))
        .messageEn("Key site hall has no responsible person from 2021-10-12 to 2021-10-17")
        .messageZh("重点部位 hall 在 2021-10-12 至 2021-10-17 无场所责任人").build());
    store(Finding.builder().id(FindingId.of("F-2")).ruleId("TRAVEL-LATE").severity(Severity.MEDIUM)
        .subject(Subject.of(SubjectKind.PERSON, WANG.value())).unit(BRANCH).date(oct(11))
        .messageEn("Declared on 2021-10-11, departure 2021-10-10 — employee wang")
        .messageZh("报备日期 2021-10-11，出行日期 2021-10-10，迟报 — 员工 wang").build());
    store(Finding.builder().id(FindingId.of("F-3")).ruleId("ENTRY-FEVER").severity(Severity.MEDIUM)
        .subject(Subject.of(SubjectKind.RECORD, "e-9")).unit(OTHER).date(oct(20))
        .messageEn("Fever at the gate").messageZh("入口测得发热").build());
    cordon.findings().confirm(FindingId.of("F-1"), OFFICE, at(oct(26), 9));
    cordon.findings().confirm(FindingId.of("F-2"), OFFICE, at(oct(26), 9));
    cordon.notices().issue(NoticeDraft.builder().id(NoticeId.of("n1")).numberPrefix("包热防通")
        .title("关于部分单位疫情防控措施落实不到位的通报").body("经分析甄别，现予以通报批评。")
        .issuer(GROUP).issuedBy(OFFICE).issuedAt(at(oct(27), 9))
        .addFindings(FindingId.of("F-1"), FindingId.of("F-2")).build());
    cordon.directory().register(SupplyItem.builder().id(SupplyItemId.of("mask")).name("医用外科口罩")
        .kind(SupplyKind.MASK).unitOfMeasure("只").build());
    // 100 masks ÷ (2 a head a day × 10 heads) = 5 days of cover, below the 30-day norm
    cordon.stock().record(StockMovement.builder().id(StockMovementId.of("r")).item(SupplyItemId.of("mask"))
        .kind(MovementKind.RECEIPT).holder(BRANCH).quantity(new BigDecimal("100"))
        .at(Instant.parse("2021-10-01T00:00:00Z")).build());
  }

  @AfterEach
  void close() {
    cordon.close();
  }

  private void store(Finding f) {
    cordon.storage().findings().put(f);
  }

  private FindingsReport october() {
    return cordon.reports().findings(oct(1), LocalDate.of(2021, 11, 1), Optional.empty(), Set.of(), Set.of(), Set.of());
  }

  private String write(String format, Report r, ReportOptions o) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    cordon.reportWriter(format).write(r, out, o);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int col(ReportTable t, String id) {
    for (int i = 0; i < t.columns().size(); i++) {
      if (t.columns().get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no column " + id);
  }

  @Test
  void aPolicyInChinasZoneMakesChineseTheDefault() {
    assertThat(cordon.reports().language(oct(25))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void dateRangesAreWrittenWithBothEndsIncluded() {
    assertThat(Terms.days(oct(1), oct(31)).zh()).isEqualTo("2021年10月1日至10月31日（含首尾两日）");
    assertThat(Terms.days(oct(1), oct(31)).en()).isEqualTo("1 October 2021 to 31 October 2021 (both included)");
    assertThat(Terms.days(oct(5), oct(5)).zh()).isEqualTo("2021年10月5日");
    assertThat(Terms.days(LocalDate.of(2021, 12, 30), LocalDate.of(2022, 1, 2)).zh())
        .isEqualTo("2021年12月30日至2022年1月2日（含首尾两日）");
    FindingsReport r = october();
    assertThat(r.title().zh()).contains("2021年10月1日至10月31日");
    assertThat(r.title().en()).contains("to 31 October 2021 (both included)");
    ReportTable t = r.tables().get(1);
    List<Object> uncovered = t.rows().stream().filter(row -> row.get(col(t, "id")).equals("F-1")).findFirst().orElseThrow();
    // the finding runs until the 18th excluded: the period shown ends on the 17th
    assertThat(((Text) uncovered.get(col(t, "period"))).zh()).isEqualTo("2021-10-12至2021-10-17");
  }

  @Test
  void findingsAreGroupedByUnitInTheTreesOrderWithTotals() {
    FindingsReport r = october();
    assertThat(r.byUnit().keySet()).containsExactly("branch", "other");
    ReportTable sums = r.tables().get(0);
    assertThat(sums.name()).isEqualTo("by_unit");
    assertThat(sums.rows()).hasSize(3);
    List<Object> branch = sums.rows().get(0);
    assertThat(branch.get(col(sums, "unit_id"))).isEqualTo("branch");
    assertThat(((Text) branch.get(col(sums, "unit"))).zh()).isEqualTo("东河分公司");
    assertThat(branch.get(col(sums, "high"))).isEqualTo(1L);
    assertThat(branch.get(col(sums, "confirmed"))).isEqualTo(2L);
    assertThat(branch.get(col(sums, "total"))).isEqualTo(2L);
    List<Object> total = sums.rows().get(2);
    assertThat(total.get(col(sums, "unit"))).isEqualTo(Text.of("Total", "合计"));
    assertThat(total.get(col(sums, "total"))).isEqualTo(3L);
    assertThat(total.get(col(sums, "medium"))).isEqualTo(2L);
    ReportTable all = r.tables().get(1);
    assertThat(all.rows()).extracting(row -> row.get(col(all, "id"))).containsExactly("F-2", "F-1", "F-3");
  }

  @Test
  void peopleAppearByMaskedNameWithTheirIdInAColumnOfItsOwnAndSitesByName() throws IOException {
    ReportTable all = october().tables().get(1);
    List<Object> late = all.rows().get(0);
    assertThat(late.get(col(all, "subject_id"))).isEqualTo("wang");
    assertThat(late.get(col(all, "subject_name"))).isEqualTo(Text.same("王*明"));
    assertThat(((Text) late.get(col(all, "message"))).zh()).endsWith("员工 王*明（wang）");
    assertThat(late.get(col(all, "severity"))).isEqualTo("MEDIUM");
    assertThat(late.get(col(all, "severity_name"))).isEqualTo(Text.of("Medium", "一般"));
    assertThat(late.get(col(all, "status_name"))).isEqualTo(Text.of("Confirmed", "已确认"));
    List<Object> uncovered = all.rows().get(1);
    assertThat(((Text) uncovered.get(col(all, "message"))).zh())
        .isEqualTo("重点部位 东河营业厅 在 2021-10-12 至 2021-10-17 无场所责任人");
    assertThat(uncovered.get(col(all, "subject_name"))).isEqualTo(Text.same("东河营业厅"));
    for (String format : List.of("json", "html")) {
      for (Report r : List.of(october(), notices(), cordon.reports().daily(oct(25), Optional.empty()))) {
        String text = write(format, r, ZH) + write(format, r, ReportOptions.defaults());
        assertThat(text).as(format + " " + r.kind()).doesNotContain("王小明").doesNotContain("张伟");
      }
    }
    String json = write("json", october(), ReportOptions.defaults());
    assertThat(json).contains("\"wang\"").contains("王*明").contains("\"branch\"").contains("东河分公司")
        .contains("\"MEDIUM\"").contains("一般");
  }

  @Test
  void theHtmlPageShowsNamesAndTranslationsGroupedByUnit() throws IOException {
    String html = write("html", october(), ZH);
    assertThat(html).contains("<html lang=\"zh-Hans\">").contains("各单位问题汇总").contains("合计")
        .contains("<h3>东河分公司（2 项）</h3>").contains("<h3>物业公司（1 项）</h3>")
        .contains("已确认").contains("严重程度").contains("东河营业厅")
        .doesNotContain(">MEDIUM<").doesNotContain(">HIGH<").doesNotContain(">DUTY-SITE-UNCOVERED<");
    String en = write("html", october(), ReportOptions.defaults());
    assertThat(en).contains("<html lang=\"en\">").contains("Confirmed").contains("Findings by unit");
  }

  @Test
  void aWriterOfOneFileWritesStemDotExtension(@TempDir Path dir) throws IOException {
    assertThat(cordon.reportWriter("html").writeFiles(october(), dir, "findings", ZH))
        .containsExactly(dir.resolve("findings.html"));
    assertThat(Files.readString(dir.resolve("findings.html"))).contains("东河分公司");
  }

  private NoticeReport notices() {
    return cordon.reports().notices(oct(27), oct(28), Optional.empty());
  }

  @Test
  void theNoticeIsTheDocumentAnOfficeIssues() throws IOException {
    String html = write("html", notices(), ZH);
    assertThat(html).contains("<div class=\"issuer\">包头热力集团</div>")
        .contains("<div class=\"number\">包热防通〔2021〕1号</div>")
        .contains("<h1>关于部分单位疫情防控措施落实不到位的通报</h1>")
        .contains("<p>经分析甄别，现予以通报批评。</p>")
        .contains("<h2>一、东河分公司</h2>")
        .contains("重点部位 东河营业厅 在 2021-10-12 至 2021-10-17 无场所责任人")
        .contains("员工 王*明（wang）")
        .contains("<div>2021年10月27日</div>")
        .contains("@page{size:A4").contains("@media print");
    // the open finding of the other unit is not a verified fact of this notice
    assertThat(html).doesNotContain("物业公司").doesNotContain("入口测得发热");
    assertThat(html.indexOf("class=\"issuer\"")).isLessThan(html.indexOf("class=\"number\""));
    assertThat(html.indexOf("<h1>")).isLessThan(html.indexOf("<h2>一、")).isGreaterThan(html.indexOf("class=\"rule\""));
  }

  @Test
  void lowSupplyCoverIsRedWithTheReserveNormDrawnOnTheChart() throws IOException {
    String daily = write("html", cordon.reports().daily(oct(25), Optional.empty()), ZH);
    assertThat(daily).contains("储备定额 30 天").contains("<line class=\"norm\"").contains("<rect class=\"low\"")
        .contains("<td class=\"n low\">5.0</td>").contains("医用外科口罩");
    String stock = write("html", cordon.reports().stock(oct(25), 30), ZH);
    assertThat(stock).contains("储备定额 30 天").contains("<td class=\"n low\">5.0</td>").contains("不足");
    String en = write("html", cordon.reports().stock(oct(25), 30), ReportOptions.defaults());
    assertThat(en).contains("reserve norm 30 days").contains("below");
  }
}

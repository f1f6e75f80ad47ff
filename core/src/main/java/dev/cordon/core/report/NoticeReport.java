package dev.cordon.core.report;

import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.notice.Notice;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The notices (通報) issued on the days {@code [from, to)} as a report: one table of the notices with
 * their document numbers, one of the findings each names (already reviewed, 分析甄別). Messages are
 * the findings' own, which never hold personal data unmasked.
 *
 * @param from the first day
 * @param to the first day after the days covered
 * @param notices the notices, in order of issue
 * @param findings every finding named, in the notices' order
 * @param unitNames unit id → name, for the units the notices name
 */
public record NoticeReport(LocalDate from, LocalDate to, List<Notice> notices, List<Finding> findings,
    java.util.Map<UnitId, String> unitNames) implements Report {

  @Override
  public String kind() {
    return "notices";
  }

  @Override
  public Text title() {
    return Text.of("Notices " + from + " – " + to.minusDays(1), "通报 " + from + " 至 " + to.minusDays(1));
  }

  @Override
  public List<ReportTable> tables() {
    List<List<Object>> rows = new ArrayList<>();
    for (Notice n : notices) {
      rows.add(List.of(n.number(), n.date(), n.title(), name(n.issuer()),
          n.units().stream().map(this::name).collect(Collectors.joining("、")), n.findings().size()));
    }
    ReportTable list = new ReportTable("notices", Text.of("Notices", "通报"), List.of(
        Column.text("number", "Number", "文号"), Column.text("date", "Date", "日期"),
        Column.text("title", "Title", "标题"), Column.text("issuer", "Issued by", "发文单位"),
        Column.text("units", "Units criticised", "被通报单位"), Column.number("findings", "Findings", "问题数")),
        rows);
    List<List<Object>> named = new ArrayList<>();
    for (Notice n : notices) {
      for (FindingId id : n.findings()) {
        findings.stream().filter(f -> f.id().equals(id)).findFirst().ifPresent(f -> named.add(List.of(n.number(),
            f.id().value(), f.ruleId(), f.severity().name(), f.unit().map(this::name).orElse(""), f.date(),
            f.status().name(), f.messageEn(), f.messageZh())));
      }
    }
    ReportTable detail = new ReportTable("findings", Text.of("Findings named", "通报问题"), List.of(
        Column.text("notice", "Notice", "文号"), Column.text("finding", "Finding", "问题编号"),
        Column.text("rule", "Rule", "规则"), Column.text("severity", "Severity", "严重程度"),
        Column.text("unit", "Unit", "单位"), Column.text("date", "Date", "日期"),
        Column.text("status", "Status", "状态"), Column.text("messageEn", "Message", "说明（英文）"),
        Column.text("messageZh", "Message (Chinese)", "说明")), named);
    return List.of(list, detail);
  }

  private String name(UnitId id) {
    return unitNames.getOrDefault(id, id.value());
  }
}

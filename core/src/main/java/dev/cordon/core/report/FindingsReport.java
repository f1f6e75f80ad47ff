package dev.cordon.core.report;

import dev.cordon.core.finding.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings report (問題清單): the findings dated in {@code [from, to)} that passed the filter,
 * ordered by date, then severity (highest first), then id.
 *
 * @param from the first day
 * @param to the first day after the range
 * @param filter the filter, in words (e.g. {@code unit=hq subtree, status=OPEN})
 * @param findings the findings
 */
public record FindingsReport(LocalDate from, LocalDate to, String filter, List<Finding> findings) implements Report {
  public FindingsReport {
    findings = List.copyOf(findings);
  }

  @Override
  public String kind() {
    return "findings";
  }

  @Override
  public Text title() {
    return Text.of("Findings " + from + " – " + to.minusDays(1), "检查发现问题清单 " + from + " 至 " + to.minusDays(1));
  }

  @Override
  public List<ReportTable> tables() {
    List<Column> cols = List.of(
        Column.text("id", "Finding", "编号"),
        Column.text("date", "Date", "日期"),
        Column.text("until", "Until", "截至"),
        Column.text("rule", "Rule", "规则"),
        Column.text("severity", "Severity", "严重程度"),
        Column.text("status", "Status", "状态"),
        Column.text("unit", "Unit", "单位"),
        Column.text("subject", "Subject", "对象"),
        Column.text("message_en", "Message", "说明（英文）"),
        Column.text("message_zh", "Message (Chinese)", "说明"),
        Column.text("evidence", "Evidence", "证据"));
    List<List<Object>> rows = new ArrayList<>();
    for (Finding f : findings) {
      List<Object> r = new ArrayList<>();
      r.add(f.id().value());
      r.add(f.date());
      r.add(f.until().orElse(null));
      r.add(f.ruleId());
      r.add(f.severity().name());
      r.add(f.status().name());
      r.add(f.unit().map(u -> u.value()).orElse(null));
      r.add(f.subject().toString());
      r.add(f.messageEn());
      r.add(f.messageZh());
      r.add(String.join(" ", f.evidence()));
      rows.add(r);
    }
    return List.of(new ReportTable("findings", title(), cols, rows));
  }
}

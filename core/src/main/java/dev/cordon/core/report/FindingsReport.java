package dev.cordon.core.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingStatus;
import dev.cordon.core.finding.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The findings report (問題清單): the findings dated from {@code from} up to the day before
 * {@code to} that passed the filter. {@link #findings()} is ordered by date, then severity (highest
 * first), then id; the tables group them by unit, in the unit tree's order, with each unit's totals
 * by severity and status and a grand total.
 *
 * @param from the first day
 * @param to the first day after the range (the last day is {@link #lastDay()})
 * @param filter the filter, in words (e.g. {@code unit=hq subtree, status=OPEN})
 * @param findings the findings
 * @param names the names of units, sites, items, people (masked) and rules (not part of the json
 *     {@code data}: the tables carry them beside the ids)
 */
public record FindingsReport(LocalDate from, LocalDate to, String filter, List<Finding> findings,
    @JsonIgnore Names names) implements Report {
  /** The group of findings with no unit. */
  public static final String NO_UNIT = "";

  public FindingsReport {
    findings = List.copyOf(findings);
    Objects.requireNonNull(names, "names");
  }

  /** A report whose ids are shown as themselves. */
  public FindingsReport(LocalDate from, LocalDate to, String filter, List<Finding> findings) {
    this(from, to, filter, findings, Names.none());
  }

  /** The last day of the range, included. */
  public LocalDate lastDay() {
    return to.minusDays(1);
  }

  @Override
  public String kind() {
    return "findings";
  }

  @Override
  public Text title() {
    Text days = Terms.days(from, lastDay());
    return Text.of("Findings, " + days.en(), "检查发现问题清单（" + days.zh().replace("（含首尾两日）", "，含首尾两日") + "）");
  }

  /** The findings by unit id ({@link #NO_UNIT} for none), units in the tree's order, then the rest by id. */
  public Map<String, List<Finding>> byUnit() {
    Map<String, List<Finding>> groups = new LinkedHashMap<>();
    names.units().keySet().forEach(u -> groups.put(u, new ArrayList<>()));
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparing((Finding f) -> f.unit().map(u -> u.value()).orElse("\uffff")));
    for (Finding f : sorted) {
      groups.computeIfAbsent(f.unit().map(u -> u.value()).orElse(NO_UNIT), k -> new ArrayList<>()).add(f);
    }
    groups.values().removeIf(List::isEmpty);
    groups.values().forEach(l -> l.sort(Comparator.comparing(Finding::date)
        .thenComparing(Finding::severity, Comparator.reverseOrder()).thenComparing(Finding::id)));
    return groups;
  }

  /** The unit's name for a group key of {@link #byUnit()}. */
  public Text unitName(String unitId) {
    return unitId.equals(NO_UNIT) ? Text.of("(no unit)", "（无单位）") : Text.same(names.unit(unitId));
  }

  @Override
  public List<ReportTable> tables() {
    Map<String, List<Finding>> groups = byUnit();
    List<Column> sumCols = new ArrayList<>(List.of(Column.code("unit_id", "Unit id", "单位编号"),
        Column.text("unit", "Unit", "单位")));
    for (Severity s : severities()) {
      Text t = Terms.severity(s);
      sumCols.add(Column.number(s.name().toLowerCase(java.util.Locale.ROOT), t.en(), t.zh()));
    }
    for (FindingStatus s : FindingStatus.values()) {
      Text t = Terms.status(s);
      sumCols.add(Column.number(s.name().toLowerCase(java.util.Locale.ROOT), t.en(), t.zh()));
    }
    sumCols.add(Column.number("total", "Total", "合计"));
    List<List<Object>> sums = new ArrayList<>();
    long[] grand = new long[sumCols.size() - 2];
    for (var g : groups.entrySet()) {
      long[] c = counts(g.getValue());
      for (int i = 0; i < c.length; i++) {
        grand[i] += c[i];
      }
      sums.add(sumRow(g.getKey(), unitName(g.getKey()), c));
    }
    sums.add(sumRow(null, Text.of("Total", "合计"), grand));
    ReportTable summary = new ReportTable("by_unit", Text.of("Findings by unit", "各单位问题汇总"), sumCols, sums);

    List<Column> cols = List.of(
        Column.code("unit_id", "Unit id", "单位编号"),
        Column.text("unit", "Unit", "单位"),
        Column.code("id", "Finding", "问题编号"),
        Column.code("date", "Date", "日期"),
        Column.code("until", "Until (excluded)", "截至（不含）"),
        Column.text("period", "Date(s), both included", "日期（含首尾）"),
        Column.code("rule", "Rule", "规则"),
        Column.text("rule_name", "What was found", "问题类型"),
        Column.code("severity", "Severity code", "严重程度代码"),
        Column.text("severity_name", "Severity", "严重程度"),
        Column.code("status", "Status code", "状态代码"),
        Column.text("status_name", "Status", "状态"),
        Column.code("subject", "Subject", "对象"),
        Column.text("subject_kind", "Subject kind", "对象类别"),
        Column.text("subject_id", "Subject id", "对象编号"),
        Column.text("subject_name", "Subject name", "对象名称"),
        Column.text("message", "Message", "说明"),
        Column.code("message_en", "Message (English, with ids)", "说明（英文原文）"),
        Column.code("message_zh", "Message (Chinese, with ids)", "说明（中文原文）"),
        Column.code("evidence", "Evidence", "证据"));
    List<List<Object>> rows = new ArrayList<>();
    for (var g : groups.entrySet()) {
      for (Finding f : g.getValue()) {
        List<Object> r = new ArrayList<>();
        r.add(f.unit().map(u -> u.value()).orElse(null));
        r.add(unitName(g.getKey()));
        r.add(f.id().value());
        r.add(f.date());
        r.add(f.until().orElse(null));
        r.add(Terms.period(f.date(), f.until().map(u -> u.minusDays(1)).orElse(f.date())));
        r.add(f.ruleId());
        r.add(names.rule(f.ruleId()));
        r.add(f.severity().name());
        r.add(Terms.severity(f.severity()));
        r.add(f.status().name());
        r.add(Terms.status(f.status()));
        r.add(f.subject().toString());
        r.add(Terms.subjectKind(f.subject().kind()));
        r.add(f.subject().id());
        r.add(names.subject(f.subject()));
        r.add(names.message(f.messageEn(), f.messageZh()));
        r.add(f.messageEn());
        r.add(f.messageZh());
        r.add(String.join(" ", f.evidence()));
        rows.add(r);
      }
    }
    return List.of(summary, new ReportTable("findings", Text.of("Findings by unit", "问题清单（按单位）"), cols, rows));
  }

  private static List<Severity> severities() {
    List<Severity> s = new ArrayList<>(List.of(Severity.values()));
    java.util.Collections.reverse(s);
    return s;
  }

  /** Counts by severity (highest first), by status, and the total. */
  private static long[] counts(List<Finding> fs) {
    List<Severity> sev = severities();
    FindingStatus[] st = FindingStatus.values();
    long[] c = new long[sev.size() + st.length + 1];
    for (Finding f : fs) {
      c[sev.indexOf(f.severity())]++;
      c[sev.size() + f.status().ordinal()]++;
      c[c.length - 1]++;
    }
    return c;
  }

  private static List<Object> sumRow(String unitId, Text name, long[] c) {
    List<Object> r = new ArrayList<>();
    r.add(unitId);
    r.add(name);
    for (long v : c) {
      r.add(v);
    }
    return r;
  }
}

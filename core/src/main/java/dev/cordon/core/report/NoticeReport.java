package dev.cordon.core.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.cordon.core.finding.Finding;
import dev.cordon.core.finding.FindingId;
import dev.cordon.core.notice.Notice;
import dev.cordon.core.org.UnitId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The notices (通報) issued from {@code from} up to the day before {@code to} as a report: one table of
 * the notices with their document numbers, one of the findings each names (already reviewed,
 * 分析甄別), unit by unit. {@link #facts(Notice)} gives a notice's content as the document an office
 * issues: each unit criticised with its verified facts. Messages are the findings' own with names put
 * in for ids; people appear only by masked name.
 *
 * @param from the first day
 * @param to the first day after the days covered
 * @param notices the notices, in order of issue
 * @param findings every finding named, in the notices' order
 * @param unitNames unit id → name, for the units the notices name and the issuers
 * @param names the names of units, sites, items, people (masked) and rules (not part of the json
 *     {@code data}: the tables carry them beside the ids)
 */
public record NoticeReport(LocalDate from, LocalDate to, List<Notice> notices, List<Finding> findings,
    Map<UnitId, String> unitNames, @JsonIgnore Names names) implements Report {

  public NoticeReport {
    notices = List.copyOf(notices);
    findings = List.copyOf(findings);
    unitNames = Map.copyOf(unitNames);
    Objects.requireNonNull(names, "names");
  }

  /** A report with the units' names only. */
  public NoticeReport(LocalDate from, LocalDate to, List<Notice> notices, List<Finding> findings,
      Map<UnitId, String> unitNames) {
    this(from, to, notices, findings, unitNames, Names.none());
  }

  @Override
  public String kind() {
    return "notices";
  }

  @Override
  public Text title() {
    if (notices.size() == 1) {
      return Text.same(notices.get(0).title());
    }
    Text days = Terms.days(from, to.minusDays(1));
    return Text.of("Notices, " + days.en(), "通报（" + days.zh().replace("（含首尾两日）", "，含首尾两日") + "）");
  }

  /** The unit's name. */
  public String unitName(UnitId id) {
    return unitNames.getOrDefault(id, names.unit(id));
  }

  /**
   * The verified facts of a notice, unit by unit in the notice's order: each unit criticised with
   * the findings that name it, by date. Findings of no unit (or of a unit the notice does not list)
   * come under the unit they name, after the listed ones.
   */
  public Map<Optional<UnitId>, List<Finding>> facts(Notice n) {
    Map<Optional<UnitId>, List<Finding>> out = new LinkedHashMap<>();
    n.units().forEach(u -> out.put(Optional.of(u), new ArrayList<>()));
    for (FindingId id : n.findings()) {
      findings.stream().filter(f -> f.id().equals(id)).findFirst()
          .ifPresent(f -> out.computeIfAbsent(f.unit(), k -> new ArrayList<>()).add(f));
    }
    out.values().forEach(l -> l.sort(Comparator.comparing(Finding::date).thenComparing(Finding::id)));
    return out;
  }

  @Override
  public List<ReportTable> tables() {
    List<List<Object>> rows = new ArrayList<>();
    for (Notice n : notices) {
      rows.add(List.of(n.number(), n.date(), n.title(), n.issuer().value(), unitName(n.issuer()),
          n.units().stream().map(UnitId::value).collect(Collectors.joining(" ")),
          n.units().stream().map(this::unitName).collect(Collectors.joining("、")), n.findings().size()));
    }
    ReportTable list = new ReportTable("notices", Text.of("Notices", "通报"), List.of(
        Column.text("number", "Number", "文号"), Column.text("date", "Date", "日期"),
        Column.text("title", "Title", "标题"), Column.code("issuer_id", "Issued by (id)", "发文单位编号"),
        Column.text("issuer", "Issued by", "发文单位"),
        Column.code("unit_ids", "Units criticised (ids)", "被通报单位编号"),
        Column.text("units", "Units criticised", "被通报单位"), Column.number("findings", "Findings", "问题数")),
        rows);
    List<List<Object>> named = new ArrayList<>();
    for (Notice n : notices) {
      for (var e : facts(n).entrySet()) {
        for (Finding f : e.getValue()) {
          List<Object> r = new ArrayList<>();
          r.add(n.number());
          r.add(f.unit().map(UnitId::value).orElse(null));
          r.add(f.unit().map(this::unitName).orElse(""));
          r.add(f.id().value());
          r.add(f.ruleId());
          r.add(names.rule(f.ruleId()));
          r.add(f.severity().name());
          r.add(Terms.severity(f.severity()));
          r.add(f.date());
          r.add(Terms.period(f.date(), f.until().map(u -> u.minusDays(1)).orElse(f.date())));
          r.add(f.status().name());
          r.add(Terms.status(f.status()));
          r.add(names.message(f.messageEn(), f.messageZh()));
          r.add(f.messageEn());
          r.add(f.messageZh());
          named.add(r);
        }
      }
    }
    ReportTable detail = new ReportTable("findings", Text.of("Findings named, by unit", "通报问题（按单位）"), List.of(
        Column.text("notice", "Notice", "文号"), Column.code("unit_id", "Unit id", "单位编号"),
        Column.text("unit", "Unit", "单位"), Column.code("finding", "Finding", "问题编号"),
        Column.code("rule", "Rule", "规则"), Column.text("rule_name", "What was found", "问题类型"),
        Column.code("severity", "Severity code", "严重程度代码"), Column.text("severity_name", "Severity", "严重程度"),
        Column.code("date", "Date", "日期"), Column.text("period", "Date(s), both included", "日期（含首尾）"),
        Column.code("status", "Status code", "状态代码"), Column.text("status_name", "Status", "状态"),
        Column.text("message", "Facts", "问题事实"),
        Column.code("messageEn", "Message (English, with ids)", "说明（英文原文）"),
        Column.code("messageZh", "Message (Chinese, with ids)", "说明（中文原文）")), named);
    return List.of(list, detail);
  }
}

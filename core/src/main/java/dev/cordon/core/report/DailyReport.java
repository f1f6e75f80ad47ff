package dev.cordon.core.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.org.UnitId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily report (防控日報) for a date and a unit, rolled up the unit tree [T1, R5]: every unit
 * below the root appears, depth-first, with its own figures and its subtree's totals; a unit with
 * nothing to report appears with zeros.
 *
 * @param date the local day reported
 * @param root the unit the report is for
 * @param units the rows, root first, then depth-first by unit id
 * @param reserveDays the days of cover the reserve must hold (物資儲備天數) under the policy of the day;
 *     a cover below it is low
 * @param names the names of the units and items (not part of the json {@code data}: the tables carry
 *     them beside the ids)
 */
public record DailyReport(LocalDate date, UnitId root, List<UnitFigures> units, int reserveDays,
    @JsonIgnore Names names) implements Report {
  public DailyReport {
    units = List.copyOf(units);
    java.util.Objects.requireNonNull(names, "names");
  }

  /** A report with no reserve norm known (0) and no names but the units' own. */
  public DailyReport(LocalDate date, UnitId root, List<UnitFigures> units) {
    this(date, root, units, 0, Names.none());
  }

  @Override
  public String kind() {
    return "daily";
  }

  @Override
  public Text title() {
    Text day = Terms.day(date);
    return Text.of("Daily prevention report, " + day.en(), "疫情防控日报（" + day.zh() + "）");
  }

  /** The root's row: the totals of the whole report. */
  public UnitFigures total() {
    return units.get(0);
  }

  @Override
  public List<ReportTable> tables() {
    List<Column> cols = List.of(
        Column.code("unit_id", "Unit id", "单位编号"),
        Column.text("unit", "Unit", "单位"),
        new Column("depth", Text.of("Level", "层级"), true, true),
        Column.number("headcount", "Headcount", "人数"),
        Column.number("staff_away", "Staff away", "外出人数"),
        Column.number("away_in_risk_areas", "Away in risk areas", "在中高风险地区"),
        Column.number("under_follow_up", "Under follow-up", "跟踪中"),
        Column.number("admitted", "Admitted", "放行"),
        Column.number("denied", "Denied", "劝返"),
        Column.number("referred", "Referred", "转介"),
        Column.number("fevers", "Fevers", "发热"),
        Column.number("non_green_codes", "Non-green codes", "非绿码"),
        Column.number("findings_critical", "Findings critical", "重大问题"),
        Column.number("findings_high", "Findings high", "严重问题"),
        Column.number("findings_medium", "Findings medium", "一般问题"),
        Column.number("findings_low", "Findings low", "轻微问题"),
        Column.number("findings_info", "Findings info", "提示"),
        Column.number("lowest_cover_days", "Lowest days of supply cover", "物资最低保障天数"),
        Column.code("lowest_cover_item", "Item with lowest cover (id)", "保障天数最低的物资编号"),
        Column.text("lowest_cover_item_name", "Item with lowest cover", "保障天数最低的物资"),
        Column.number("uncovered_key_sites", "Key sites without responsible person", "无责任人的重点部位"),
        Column.number("silent_key_sites", "Key sites without entries", "未登记的重点部位"));
    List<List<Object>> own = new ArrayList<>();
    List<List<Object>> subtree = new ArrayList<>();
    for (UnitFigures u : units) {
      own.add(row(u, u.own(), names));
      subtree.add(row(u, u.subtree(), names));
    }
    return List.of(
        new ReportTable("subtree_totals", Text.of("Units with everything below them", "各单位（含下属单位）"), cols, subtree),
        new ReportTable("own_figures", Text.of("Units on their own", "各单位（本级）"), cols, own));
  }

  private static List<Object> row(UnitFigures u, Figures f, Names names) {
    List<Object> r = new ArrayList<>();
    r.add(u.unit().value());
    r.add(u.name());
    r.add(u.depth());
    r.add(f.headcount());
    r.add(f.staffAway());
    r.add(f.awayInRiskAreas());
    r.add(f.underFollowUp());
    r.add(f.admitted());
    r.add(f.denied());
    r.add(f.referred());
    r.add(f.fevers());
    r.add(f.nonGreenCodes());
    r.add(f.findingsBySeverity().get(Severity.CRITICAL));
    r.add(f.findingsBySeverity().get(Severity.HIGH));
    r.add(f.findingsBySeverity().get(Severity.MEDIUM));
    r.add(f.findingsBySeverity().get(Severity.LOW));
    r.add(f.findingsBySeverity().get(Severity.INFO));
    r.add(f.lowestCoverDays().orElse(null));
    r.add(f.lowestCoverItem().map(i -> i.value()).orElse(null));
    r.add(f.lowestCoverItem().map(i -> names.item(i.value())).orElse(null));
    r.add(f.uncoveredKeySites());
    r.add(f.silentKeySites());
    return r;
  }
}

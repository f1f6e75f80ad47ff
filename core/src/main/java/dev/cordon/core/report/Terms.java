package dev.cordon.core.report;

import dev.cordon.core.finding.FindingStatus;
import dev.cordon.core.finding.Severity;
import dev.cordon.core.finding.SubjectKind;
import dev.cordon.core.site.SiteKind;
import dev.cordon.core.supply.SupplyKind;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The words reports use for Cordon's codes, in English and Simplified Chinese: severities
 * (嚴重程度), review statuses, subject kinds, site and supply kinds, and date ranges written with both
 * ends included (含首尾兩日). A code this version does not know is shown as itself.
 */
public final class Terms {
  private Terms() {}

  /** A severity: {@code HIGH} → High / 严重. */
  public static Text severity(Severity s) {
    return switch (s.name()) {
      case "CRITICAL" -> Text.of("Critical", "重大");
      case "HIGH" -> Text.of("High", "严重");
      case "MEDIUM" -> Text.of("Medium", "一般");
      case "LOW" -> Text.of("Low", "轻微");
      case "INFO" -> Text.of("Info", "提示");
      default -> Text.same(s.name());
    };
  }

  /** A review status: {@code OPEN} → Open (not reviewed) / 待甄别. */
  public static Text status(FindingStatus s) {
    return switch (s.name()) {
      case "OPEN" -> Text.of("Open", "待甄别");
      case "CONFIRMED" -> Text.of("Confirmed", "已确认");
      case "DISMISSED" -> Text.of("Dismissed", "已排除");
      case "RECTIFIED" -> Text.of("Rectified", "已整改");
      default -> Text.same(s.name());
    };
  }

  /** What a finding is about: {@code SITE} → Site / 场所. */
  public static Text subjectKind(SubjectKind k) {
    return switch (k.name()) {
      case "SITE" -> Text.of("Site", "场所");
      case "UNIT" -> Text.of("Unit", "单位");
      case "PERSON" -> Text.of("Person", "人员");
      case "RECORD" -> Text.of("Record", "记录");
      case "HOLDING" -> Text.of("Stock", "库存");
      default -> Text.same(k.name());
    };
  }

  /** A site kind: {@code SERVICE_HALL} → Service hall / 营业厅. */
  public static Text siteKind(SiteKind k) {
    return switch (k.name()) {
      case "SERVICE_HALL" -> Text.of("Service hall", "营业厅");
      case "CANTEEN" -> Text.of("Canteen", "食堂");
      case "OFFICE_BUILDING" -> Text.of("Office building", "办公楼");
      case "HEATING_STATION" -> Text.of("Heating station", "换热站");
      case "DORMITORY" -> Text.of("Dormitory", "宿舍");
      case "WAREHOUSE" -> Text.of("Warehouse", "仓库");
      case "OTHER" -> Text.of("Other", "其他");
      default -> Text.same(k.name());
    };
  }

  /** A supply kind: {@code MASK} → Masks / 口罩. */
  public static Text supplyKind(SupplyKind k) {
    return switch (k.name()) {
      case "MASK" -> Text.of("Masks", "口罩");
      case "DISINFECTANT" -> Text.of("Disinfectant", "消毒液");
      case "THERMOMETER" -> Text.of("Thermometers", "体温计");
      case "HAND_SANITISER" -> Text.of("Hand sanitiser", "免洗洗手液");
      case "GLOVES" -> Text.of("Gloves", "手套");
      case "PROTECTIVE_SUIT" -> Text.of("Protective suits", "防护服");
      case "OTHER" -> Text.of("Other", "其他");
      default -> Text.same(k.name());
    };
  }

  /** A day: 25 October 2021 / 2021年10月25日. */
  public static Text day(LocalDate d) {
    return Text.of(d.getDayOfMonth() + " " + d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
        + " " + d.getYear(), d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日");
  }

  /**
   * The days {@code first} to {@code last}, both included, written so that a reader cannot take the
   * last day as excluded: 1 to 31 October 2021 (both included) / 2021年10月1日至10月31日（含首尾两日）;
   * one day is written as that day.
   */
  public static Text days(LocalDate first, LocalDate last) {
    if (!last.isAfter(first)) {
      return day(first);
    }
    String zhLast = last.getYear() != first.getYear() ? day(last).zh()
        : last.getMonthValue() + "月" + last.getDayOfMonth() + "日";
    return Text.of(day(first).en() + " to " + day(last).en() + " (both included)",
        day(first).zh() + "至" + zhLast + "（含首尾两日）");
  }

  /** A period in a table cell: one ISO day, or {@code 2021-10-12 – 2021-10-17} / {@code 2021-10-12至2021-10-17}, both included. */
  public static Text period(LocalDate first, LocalDate last) {
    if (!last.isAfter(first)) {
      return Text.same(first.toString());
    }
    return Text.of(first + " – " + last, first + "至" + last);
  }
}

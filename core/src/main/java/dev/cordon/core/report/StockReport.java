package dev.cordon.core.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stock report (物資庫存表): per holder and item, the balance at the end of a day, what of it
 * is usable, expired and expiring soon, and the days of cover.
 *
 * @param date the local day (balances at its end)
 * @param soonDays how many days ahead "expiring soon" looks
 * @param lines the lines, ordered by holder then item
 * @param reserveDays the days of cover the reserve must hold (物資儲備天數) under the policy of the day;
 *     a line with fewer days of cover is low (0: no norm known)
 */
public record StockReport(LocalDate date, int soonDays, List<StockReport.Line> lines, int reserveDays)
    implements Report {
  public StockReport {
    lines = List.copyOf(lines);
  }

  /** A report with no reserve norm known. */
  public StockReport(LocalDate date, int soonDays, List<StockReport.Line> lines) {
    this(date, soonDays, lines, 0);
  }

  /** Whether the line's days of cover are below the reserve norm. */
  public boolean isLow(Line l) {
    return reserveDays > 0 && l.coverDays().filter(d -> d.compareTo(BigDecimal.valueOf(reserveDays)) < 0).isPresent();
  }

  /**
   * One holder's stock of one item.
   *
   * @param holder the holder unit's id
   * @param holderName the holder unit's name
   * @param item the item's id
   * @param itemName the item's name
   * @param unitOfMeasure its unit of measure
   * @param balance everything held
   * @param usable what has not expired
   * @param expired what has expired but is still held
   * @param expiringSoon usable stock expiring within {@code soonDays}
   * @param coverDays usable ÷ (norm × headcount), when a norm applies
   */
  public record Line(String holder, String holderName, String item, String itemName, String unitOfMeasure,
      BigDecimal balance, BigDecimal usable, BigDecimal expired, BigDecimal expiringSoon,
      Optional<BigDecimal> coverDays) {}

  @Override
  public String kind() {
    return "stock";
  }

  @Override
  public Text title() {
    Text day = Terms.day(date);
    return Text.of("Prevention supplies at the end of " + day.en(), "防疫物资库存（截至" + day.zh() + "）");
  }

  @Override
  public List<ReportTable> tables() {
    List<Column> cols = List.of(
        Column.code("holder", "Holder id", "持有单位编号"),
        Column.text("holder_name", "Holder", "持有单位"),
        Column.code("item", "Item id", "物资编号"),
        Column.text("item_name", "Item", "物资"),
        Column.text("unit_of_measure", "Unit of measure", "计量单位"),
        Column.number("balance", "Balance", "结存"),
        Column.number("usable", "Usable", "可用"),
        Column.number("expired", "Expired", "已过期"),
        Column.number("expiring_soon", "Expiring within " + soonDays + " days", soonDays + " 天内过期"),
        Column.number("cover_days", "Days of cover", "保障天数"),
        Column.text("cover", "Against the reserve norm of " + reserveDays + " days",
            "对照 " + reserveDays + " 天储备定额"));
    List<List<Object>> rows = new ArrayList<>();
    for (Line l : lines) {
      List<Object> r = new ArrayList<>();
      r.add(l.holder());
      r.add(l.holderName());
      r.add(l.item());
      r.add(l.itemName());
      r.add(l.unitOfMeasure());
      r.add(l.balance());
      r.add(l.usable());
      r.add(l.expired());
      r.add(l.expiringSoon());
      r.add(l.coverDays().orElse(null));
      r.add(l.coverDays().isEmpty() || reserveDays <= 0 ? null
          : isLow(l) ? Text.of("below", "不足") : Text.of("met", "达标"));
      rows.add(r);
    }
    return List.of(new ReportTable("stock", title(), cols, rows));
  }
}

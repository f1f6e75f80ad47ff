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
 */
public record StockReport(LocalDate date, int soonDays, List<StockReport.Line> lines) implements Report {
  public StockReport {
    lines = List.copyOf(lines);
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
    return Text.of("Prevention supplies at the end of " + date, "防疫物资库存 " + date);
  }

  @Override
  public List<ReportTable> tables() {
    List<Column> cols = List.of(
        Column.text("holder", "Holder", "持有单位编号"),
        Column.text("holder_name", "Holder name", "持有单位"),
        Column.text("item", "Item", "物资编号"),
        Column.text("item_name", "Item name", "物资"),
        Column.text("unit_of_measure", "Unit of measure", "计量单位"),
        Column.number("balance", "Balance", "结存"),
        Column.number("usable", "Usable", "可用"),
        Column.number("expired", "Expired", "已过期"),
        Column.number("expiring_soon", "Expiring within " + soonDays + " days", soonDays + " 天内过期"),
        Column.number("cover_days", "Days of cover", "保障天数"));
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
      rows.add(r);
    }
    return List.of(new ReportTable("stock", title(), cols, rows));
  }
}

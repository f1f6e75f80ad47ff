package dev.cordon.spi.report;

import dev.cordon.core.report.Column;
import dev.cordon.core.report.DailyReport;
import dev.cordon.core.report.Report;
import dev.cordon.core.report.ReportTable;
import dev.cordon.core.report.UnitFigures;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The built-in {@code html} report writer: one self-contained page per report — the tables, and for
 * the daily report two inline SVG bar charts (findings by unit, lowest days of supply cover by unit).
 * No JavaScript, no fonts or images fetched, readable when printed (a print style sheet, tables that
 * repeat their headers across pages). All text is HTML-escaped.
 */
public final class HtmlReportWriter implements ReportWriterProvider {
  private static final int CHART_ROWS = 30;

  @Override
  public String format() {
    return "html";
  }

  @Override
  public void write(Report report, OutputStream out, ReportOptions options) throws IOException {
    Locale l = options.locale();
    StringBuilder h = new StringBuilder(8192);
    h.append("<!DOCTYPE html>\n<html lang=\"").append("zh".equals(l.getLanguage()) ? "zh-Hans" : "en")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(report.title().in(l)))
        .append("</title>\n<style>\n")
        .append("body{font-family:system-ui,-apple-system,\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;")
        .append("margin:2em;color:#222}\nh1{font-size:1.4em}h2{font-size:1.1em;margin-top:2em}\n")
        .append("table{border-collapse:collapse;font-size:.85em;margin:.5em 0}\n")
        .append("th,td{border:1px solid #bbb;padding:.25em .5em;vertical-align:top}\n")
        .append("th{background:#eee;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}\n")
        .append("td:not(.n){min-width:7em}\n")
        .append("thead{display:table-header-group}tr{page-break-inside:avoid}\n")
        .append("svg{max-width:100%;height:auto}.bar{fill:#4a7ab5}.low{fill:#c0392b}\n")
        .append("@media print{body{margin:0}h2{page-break-after:avoid}}\n</style>\n</head>\n<body>\n<h1>")
        .append(esc(report.title().in(l))).append("</h1>\n");
    if (report instanceof DailyReport daily) {
      charts(daily, l, h);
    }
    for (ReportTable t : report.tables()) {
      table(t, l, h);
    }
    h.append("</body>\n</html>\n");
    out.write(h.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void table(ReportTable t, Locale l, StringBuilder h) {
    h.append("<h2>").append(esc(t.title().in(l))).append("</h2>\n<table>\n<thead><tr>");
    for (Column c : t.columns()) {
      h.append("<th>").append(esc(c.header().in(l))).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    if (t.rows().isEmpty()) {
      h.append("<tr><td colspan=\"").append(t.columns().size()).append("\">")
          .append("zh".equals(l.getLanguage()) ? "（无）" : "(none)").append("</td></tr>\n");
    }
    for (List<Object> row : t.rows()) {
      h.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        Object v = row.get(i);
        h.append(t.columns().get(i).numeric() ? "<td class=\"n\">" : "<td>").append(esc(cell(v))).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof TemporalAccessor) {
      return v.toString();
    }
    return String.valueOf(v);
  }

  /** Two horizontal bar charts of the units directly below the root (and the root itself). */
  private static void charts(DailyReport r, Locale l, StringBuilder h) {
    boolean zh = "zh".equals(l.getLanguage());
    List<UnitFigures> shown = new ArrayList<>();
    for (UnitFigures u : r.units()) {
      if (u.depth() <= 1 && shown.size() < CHART_ROWS) {
        shown.add(u);
      }
    }
    List<String> names = shown.stream().map(UnitFigures::name).toList();
    List<BigDecimal> findings = shown.stream().map(u -> BigDecimal.valueOf(u.subtree().findings())).toList();
    bars(h, zh ? "各单位检查发现问题数（含下属单位）" : "Findings by unit (with the units below it)", names, findings);
    List<BigDecimal> cover = shown.stream().map(u -> u.subtree().lowestCoverDays().orElse(null)).toList();
    bars(h, zh ? "各单位物资最低保障天数" : "Lowest days of supply cover by unit", names, cover);
  }

  private static void bars(StringBuilder h, String title, List<String> names, List<BigDecimal> values) {
    int rowH = 22;
    int labelW = 220;
    int barW = 420;
    int height = rowH * Math.max(1, names.size()) + 10;
    BigDecimal max = values.stream().filter(v -> v != null).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
    if (max.signum() <= 0) {
      max = BigDecimal.ONE;
    }
    h.append("<h2>").append(esc(title)).append("</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(labelW + barW + 80).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
        .append(labelW + barW + 80).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
        .append(esc(title)).append("\">\n");
    for (int i = 0; i < names.size(); i++) {
      int y = 5 + i * rowH;
      BigDecimal v = values.get(i);
      int w = v == null ? 0 : v.multiply(BigDecimal.valueOf(barW)).divide(max, 0, RoundingMode.HALF_UP).intValue();
      h.append("<text x=\"").append(labelW - 6).append("\" y=\"").append(y + 15)
          .append("\" text-anchor=\"end\" font-size=\"12\">").append(esc(names.get(i))).append("</text>");
      h.append("<rect class=\"bar\" x=\"").append(labelW).append("\" y=\"").append(y + 3).append("\" width=\"")
          .append(Math.max(w, v == null ? 0 : 1)).append("\" height=\"").append(rowH - 6).append("\"/>");
      h.append("<text x=\"").append(labelW + w + 4).append("\" y=\"").append(y + 15).append("\" font-size=\"12\">")
          .append(v == null ? "–" : esc(v.stripTrailingZeros().toPlainString())).append("</text>\n");
    }
    h.append("</svg>\n");
  }

  /** HTML-escapes text for element content and attribute values. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}

package dev.cordon.spi.report;

import dev.cordon.core.finding.Finding;
import dev.cordon.core.notice.Notice;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.report.Column;
import dev.cordon.core.report.DailyReport;
import dev.cordon.core.report.FindingsReport;
import dev.cordon.core.report.NoticeReport;
import dev.cordon.core.report.Report;
import dev.cordon.core.report.ReportTable;
import dev.cordon.core.report.StockReport;
import dev.cordon.core.report.Terms;
import dev.cordon.core.report.Text;
import dev.cordon.core.report.UnitFigures;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The built-in {@code html} report writer: one self-contained page per report, for people. No
 * JavaScript, no fonts or images fetched; all text HTML-escaped; tables that wrap rather than run off
 * a 1,280-pixel screen and repeat their headers across printed A4 pages.
 *
 * <ul>
 *   <li>Columns of ids and codes that a named or translated column already shows
 *       ({@link Column#machine()}) are left out; every other column is shown in the report's
 *       language.
 *   <li>Daily report: two inline SVG bar charts (findings by unit; lowest days of supply cover by
 *       unit, covers below the reserve norm in red and the norm drawn as a line), then the units,
 *       indented by level; a cover below the norm is red in the tables too.
 *   <li>Findings report: the totals by unit, then the findings unit by unit, each with its count.
 *   <li>Stock report: lowest days of cover by holder (chart, norm line, low in red), then the lines.
 *   <li>Notices (通報): each notice as the document an office issues — issuer in red above a red
 *       rule, document number, title, body, each unit criticised with its verified facts, issuer and
 *       date — on an A4 sheet; printed, one notice per page with the office's margins.
 * </ul>
 */
public final class HtmlReportWriter implements ReportWriterProvider {
  private static final int CHART_ROWS = 30;
  private static final String LOW = "#c0392b";

  @Override
  public String format() {
    return "html";
  }

  @Override
  public void write(Report report, OutputStream out, ReportOptions options) throws IOException {
    Locale l = options.locale();
    boolean notice = report instanceof NoticeReport n && !n.notices().isEmpty();
    StringBuilder h = new StringBuilder(16384);
    h.append("<!DOCTYPE html>\n<html lang=\"").append(Text.isChinese(l) ? "zh-Hans" : "en")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(esc(report.title().in(l))).append("</title>\n<style>\n").append(CSS)
        .append(notice ? NOTICE_CSS : "").append("</style>\n</head>\n<body")
        .append(notice ? " class=\"document\"" : "").append(">\n");
    if (report instanceof NoticeReport n && notice) {
      for (Notice each : n.notices()) {
        notice(n, each, l, h);
      }
    } else {
      h.append("<h1>").append(esc(report.title().in(l))).append("</h1>\n");
      if (report instanceof DailyReport daily) {
        daily(daily, l, h);
      } else if (report instanceof FindingsReport findings) {
        findings(findings, l, h);
      } else if (report instanceof StockReport stock) {
        stock(stock, l, h);
      } else {
        for (ReportTable t : report.tables()) {
          table(t, l, h, t.title().in(l), (row, col) -> false, null);
        }
      }
    }
    h.append("</body>\n</html>\n");
    out.write(h.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static final String CSS = ""
      + "body{font-family:system-ui,-apple-system,\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;"
      + "margin:1.5em 2em;color:#222;max-width:100%}\n"
      + "h1{font-size:1.45em;margin:.2em 0 .6em}h2{font-size:1.12em;margin:1.6em 0 .4em}"
      + "h3{font-size:1em;margin:1.2em 0 .3em}\n"
      + "p.meta{color:#555;margin:.2em 0}\n"
      + "table{border-collapse:collapse;font-size:.82em;margin:.4em 0;width:100%}\n"
      + "th,td{border:1px solid #bbb;padding:.2em .4em;vertical-align:top;overflow-wrap:anywhere}\n"
      + "th{background:#eee;text-align:left;font-weight:600}\n"
      + "td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
      + "td.low{color:" + LOW + ";font-weight:700}tr.total td{font-weight:700;background:#f6f6f6}\n"
      + "td.d1{padding-left:1.4em}td.d2{padding-left:2.6em}td.d3{padding-left:3.8em}td.d4{padding-left:5em}\n"
      + "thead{display:table-header-group}tr{page-break-inside:avoid}\n"
      + "svg{max-width:100%;height:auto;display:block}.bar{fill:#4a7ab5}.low{fill:" + LOW + "}\n"
      + ".norm{stroke:#222;stroke-width:1.5;stroke-dasharray:5 3}\n"
      + "@page{size:A4;margin:15mm 12mm}\n"
      + "@media print{body{margin:0;font-size:10pt}h2,h3{page-break-after:avoid}}\n";

  private static final String NOTICE_CSS = ""
      + "body.document{background:#e8e8e8;margin:0;padding:1.5em 0}\n"
      + ".sheet{box-sizing:border-box;width:210mm;min-height:297mm;margin:0 auto 1.5em;background:#fff;"
      + "padding:37mm 26mm 35mm 28mm;box-shadow:0 1px 6px rgba(0,0,0,.25);"
      + "font-family:\"FangSong\",\"STFangsong\",\"Noto Serif CJK SC\",\"Source Han Serif SC\",serif;"
      + "font-size:16pt;line-height:28pt;color:#000}\n"
      + ".sheet .issuer{color:#d40000;text-align:center;font-size:30pt;line-height:1.3;font-weight:700;"
      + "letter-spacing:.08em;font-family:\"Noto Serif CJK SC\",\"SimSun\",serif}\n"
      + ".sheet .number{text-align:center;margin-top:14pt}\n"
      + ".sheet .rule{border:0;border-top:2.5px solid #d40000;margin:4pt 0 28pt}\n"
      + ".sheet h1{font-size:22pt;line-height:1.5;text-align:center;font-weight:700;margin:0 0 20pt;"
      + "font-family:\"Noto Serif CJK SC\",\"SimSun\",serif}\n"
      + ".sheet p{margin:0;text-indent:2em;text-align:justify}\n"
      + ".sheet h2{font-size:16pt;margin:0;font-family:\"Noto Sans CJK SC\",\"SimHei\",sans-serif;"
      + "font-weight:700;text-indent:2em}\n"
      + ".sheet ol{margin:0;padding-left:4em}.sheet li{text-align:justify}\n"
      + ".sheet .sev{font-size:12pt;color:#444}\n"
      + ".sheet .sign{text-align:right;margin-top:36pt;padding-right:2em}\n"
      + ".sheet .sign div{text-indent:0}\n"
      + "@page{size:A4;margin:0}\n"
      + "@media print{body.document{background:#fff;padding:0}.sheet{box-shadow:none;margin:0;"
      + "page-break-after:always;min-height:auto}}\n";

  /** Whether a cell (row, column) is low and shown in red. */
  private interface Low {
    boolean test(List<Object> row, Column column);
  }

  // ---- daily

  private static void daily(DailyReport r, Locale l, StringBuilder h) {
    boolean zh = Text.isChinese(l);
    h.append("<p class=\"meta\">").append(esc(zh ? "各单位数据含下属单位合计；" : "Each unit's figures include the units below it; "))
        .append(esc(r.reserveDays() > 0
            ? (zh ? "物资储备定额 " + r.reserveDays() + " 天，低于定额的以红色标出。"
                : "supply reserve norm " + r.reserveDays() + " days of cover, covers below it in red.")
            : "")).append("</p>\n");
    List<UnitFigures> shown = new ArrayList<>();
    for (UnitFigures u : r.units()) {
      if (u.depth() <= 1 && shown.size() < CHART_ROWS) {
        shown.add(u);
      }
    }
    List<String> names = shown.stream().map(UnitFigures::name).toList();
    List<BigDecimal> findings = shown.stream().map(u -> BigDecimal.valueOf(u.subtree().findings())).toList();
    h.append("<h2>").append(esc(zh ? "各单位检查发现问题数（含下属单位）" : "Findings by unit (with the units below it)"))
        .append("</h2>\n");
    bars(h, zh ? "各单位检查发现问题数" : "Findings by unit", names, findings, 0, l);
    List<BigDecimal> cover = shown.stream().map(u -> u.subtree().lowestCoverDays().orElse(null)).toList();
    List<String> coverNames = shown.stream().map(u -> u.name() + u.subtree().lowestCoverItem()
        .map(i -> "（" + r.names().item(i.value()) + "）").orElse("")).toList();
    h.append("<h2>").append(esc(zh ? "各单位物资最低保障天数（含下属单位）" : "Lowest days of supply cover by unit"))
        .append("</h2>\n");
    bars(h, zh ? "各单位物资最低保障天数" : "Lowest days of supply cover by unit", coverNames, cover, r.reserveDays(), l);
    for (ReportTable t : r.tables()) {
      int lowest = indexOf(t, "lowest_cover_days");
      table(t, l, h, t.title().in(l), (row, c) -> c.id().equals("lowest_cover_days") && below(row.get(lowest),
          r.reserveDays()), "depth");
    }
  }

  private static boolean below(Object v, int norm) {
    return norm > 0 && v instanceof BigDecimal d && d.compareTo(BigDecimal.valueOf(norm)) < 0;
  }

  // ---- findings

  private static void findings(FindingsReport r, Locale l, StringBuilder h) {
    boolean zh = Text.isChinese(l);
    h.append("<p class=\"meta\">").append(esc(zh ? "统计期间：" : "Period: "))
        .append(esc(Terms.days(r.from(), r.lastDay()).in(l))).append(esc(zh ? "；共 " : "; "))
        .append(r.findings().size()).append(esc(zh ? " 项问题。" : " findings.")).append("</p>\n");
    List<ReportTable> tables = r.tables();
    ReportTable sums = tables.get(0);
    table(sums, l, h, sums.title().in(l), (row, c) -> false, null);
    ReportTable all = tables.get(1);
    int unitCol = indexOf(all, "unit_id");
    Map<Object, List<List<Object>>> groups = new LinkedHashMap<>();
    for (List<Object> row : all.rows()) {
      groups.computeIfAbsent(Optional.ofNullable(row.get(unitCol)), k -> new ArrayList<>()).add(row);
    }
    h.append("<h2>").append(esc(all.title().in(l))).append("</h2>\n");
    if (groups.isEmpty()) {
      h.append("<p>").append(zh ? "（无）" : "(none)").append("</p>\n");
    }
    Predicate<Column> hidden = c -> c.machine() || c.id().equals("unit");
    for (var g : groups.entrySet()) {
      List<List<Object>> rows = g.getValue();
      String name = cell(rows.get(0).get(indexOf(all, "unit")), l);
      ReportTable part = new ReportTable(all.name(), all.title(), all.columns(), rows);
      table(part, l, h, name + (zh ? "（" + rows.size() + " 项）" : " (" + rows.size() + ")"), (row, c) -> false,
          null, hidden, "h3");
    }
  }

  // ---- stock

  private static void stock(StockReport r, Locale l, StringBuilder h) {
    boolean zh = Text.isChinese(l);
    if (r.reserveDays() > 0) {
      h.append("<p class=\"meta\">").append(esc(zh ? "物资储备定额 " + r.reserveDays() + " 天，保障天数低于定额的以红色标出。"
          : "Supply reserve norm " + r.reserveDays() + " days of cover; covers below it in red.")).append("</p>\n");
    }
    Map<String, StockReport.Line> lowest = new LinkedHashMap<>();
    for (StockReport.Line line : r.lines()) {
      if (line.coverDays().isPresent()) {
        lowest.merge(line.holder(), line,
            (a, b) -> a.coverDays().get().compareTo(b.coverDays().get()) <= 0 ? a : b);
      }
    }
    if (!lowest.isEmpty()) {
      List<StockReport.Line> shown = lowest.values().stream().limit(CHART_ROWS).toList();
      h.append("<h2>").append(esc(zh ? "各持有单位物资最低保障天数" : "Lowest days of cover by holder")).append("</h2>\n");
      bars(h, zh ? "各持有单位物资最低保障天数" : "Lowest days of cover by holder",
          shown.stream().map(x -> x.holderName() + "（" + x.itemName() + "）").toList(),
          shown.stream().map(x -> x.coverDays().get()).toList(), r.reserveDays(), l);
    }
    for (ReportTable t : r.tables()) {
      int cover = indexOf(t, "cover_days");
      table(t, l, h, t.title().in(l), (row, c) -> cover >= 0
          && (c.id().equals("cover_days") || c.id().equals("cover")) && below(row.get(cover), r.reserveDays()), null);
    }
  }

  // ---- notices

  private static final String[] CN = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

  /** 1 → 一, 12 → 十二, 25 → 二十五 (up to 99). */
  static String chineseNumber(int n) {
    if (n <= 10) {
      return CN[n - 1];
    }
    if (n < 20) {
      return "十" + CN[n - 11];
    }
    return CN[n / 10 - 1] + "十" + (n % 10 == 0 ? "" : CN[n % 10 - 1]);
  }

  private static void notice(NoticeReport r, Notice n, Locale l, StringBuilder h) {
    boolean zh = Text.isChinese(l);
    String issuer = r.unitName(n.issuer());
    h.append("<article class=\"sheet\">\n<div class=\"issuer\">").append(esc(issuer)).append("</div>\n")
        .append("<div class=\"number\">").append(esc(n.number())).append("</div>\n<hr class=\"rule\">\n")
        .append("<h1>").append(esc(n.title())).append("</h1>\n");
    for (String para : n.body().orElse("").split("\\R+")) {
      if (!para.isBlank()) {
        h.append("<p>").append(esc(para.strip())).append("</p>\n");
      }
    }
    int u = 0;
    for (var e : r.facts(n).entrySet()) {
      List<Finding> facts = e.getValue();
      if (facts.isEmpty()) {
        continue;
      }
      u++;
      String unit = e.getKey().map(r::unitName).orElse(zh ? "其他" : "Other");
      h.append("<h2>").append(zh ? chineseNumber(Math.min(u, 99)) + "、" : u + ". ").append(esc(unit)).append("</h2>\n");
      // one paragraph per kind of problem, the individual facts numbered below it
      Map<String, List<Finding>> byRule = new LinkedHashMap<>();
      facts.forEach(f -> byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
      int k = 0;
      for (var rule : byRule.entrySet()) {
        k++;
        List<Finding> fs = rule.getValue();
        h.append("<p>").append(zh ? "（" + chineseNumber(Math.min(k, 99)) + "）" : "(" + k + ") ")
            .append(esc(r.names().rule(rule.getKey()).in(l)))
            .append(esc(zh ? "，" + fs.size() + " 起。" : ": " + fs.size() + (fs.size() == 1 ? " case." : " cases.")))
            .append("</p>\n<ol>\n");
        for (Finding f : fs) {
          h.append("<li>").append(esc(r.names().message(f.messageEn(), f.messageZh()).in(l)))
              .append(zh ? "。" : ".").append(" <span class=\"sev\">")
              .append(esc("〔" + Terms.severity(f.severity()).in(l) + "〕")).append("</span></li>\n");
        }
        h.append("</ol>\n");
      }
    }
    h.append("<div class=\"sign\"><div>").append(esc(issuer)).append("</div><div>")
        .append(esc(Terms.day(n.date()).in(l))).append("</div></div>\n</article>\n");
  }

  // ---- tables and charts

  private static int indexOf(ReportTable t, String column) {
    for (int i = 0; i < t.columns().size(); i++) {
      if (t.columns().get(i).id().equals(column)) {
        return i;
      }
    }
    return -1;
  }

  private static void table(ReportTable t, Locale l, StringBuilder h, String heading, Low low, String depthColumn) {
    table(t, l, h, heading, low, depthColumn, Column::machine, "h2");
  }

  private static void table(ReportTable t, Locale l, StringBuilder h, String heading, Low low, String depthColumn,
      Predicate<Column> hidden, String headingTag) {
    List<Integer> shown = new ArrayList<>();
    for (int i = 0; i < t.columns().size(); i++) {
      if (!hidden.test(t.columns().get(i))) {
        shown.add(i);
      }
    }
    int depth = depthColumn == null ? -1 : indexOf(t, depthColumn);
    h.append('<').append(headingTag).append('>').append(esc(heading)).append("</").append(headingTag)
        .append(">\n<table>\n<thead><tr>");
    for (int i : shown) {
      h.append("<th>").append(esc(t.columns().get(i).header().in(l))).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    if (t.rows().isEmpty()) {
      h.append("<tr><td colspan=\"").append(Math.max(1, shown.size())).append("\">")
          .append(Text.isChinese(l) ? "（无）" : "(none)").append("</td></tr>\n");
    }
    for (List<Object> row : t.rows()) {
      boolean total = t.name().equals("by_unit") && row.get(0) == null && row == t.rows().get(t.rows().size() - 1);
      h.append(total ? "<tr class=\"total\">" : "<tr>");
      boolean firstText = true;
      for (int i : shown) {
        Column c = t.columns().get(i);
        List<String> classes = new ArrayList<>();
        if (c.numeric()) {
          classes.add("n");
        }
        if (low.test(row, c)) {
          classes.add("low");
        }
        if (!c.numeric() && firstText && depth >= 0 && row.get(depth) instanceof Number d && d.intValue() > 0) {
          classes.add("d" + Math.min(4, d.intValue()));
        }
        if (!c.numeric()) {
          firstText = false;
        }
        h.append(classes.isEmpty() ? "<td>" : "<td class=\"" + String.join(" ", classes) + "\">")
            .append(esc(cell(row.get(i), l))).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static String cell(Object v, Locale l) {
    if (v == null) {
      return "";
    }
    if (v instanceof Text t) {
      return t.in(l);
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof TemporalAccessor) {
      return v.toString();
    }
    return String.valueOf(v);
  }

  /**
   * A horizontal bar chart; with a {@code norm} above 0, bars below it are red and the norm is drawn
   * as a dashed vertical line with its value.
   */
  private static void bars(StringBuilder h, String title, List<String> names, List<BigDecimal> values, int norm,
      Locale l) {
    boolean zh = Text.isChinese(l);
    int rowH = 22;
    int labelW = 300;
    int barW = 560;
    int top = norm > 0 ? 22 : 4;
    int height = top + rowH * Math.max(1, names.size()) + 8;
    BigDecimal max = values.stream().filter(v -> v != null).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
    if (norm > 0) {
      // the scale runs to twice the norm at most, so that one large reserve does not flatten the
      // bars that matter; longer bars are cut at the edge and carry their value
      max = max.max(BigDecimal.valueOf(norm).multiply(BigDecimal.valueOf(5, 1).add(BigDecimal.ONE)))
          .min(BigDecimal.valueOf(2L * norm));
    }
    if (max.signum() <= 0) {
      max = BigDecimal.ONE;
    }
    int width = labelW + barW + 70;
    h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\">\n");
    for (int i = 0; i < names.size(); i++) {
      int y = top + i * rowH;
      BigDecimal v = values.get(i);
      int w = v == null ? 0
          : Math.min(barW, v.multiply(BigDecimal.valueOf(barW)).divide(max, 0, RoundingMode.HALF_UP).intValue());
      boolean low = below(v, norm);
      h.append("<text x=\"").append(labelW - 6).append("\" y=\"").append(y + 15)
          .append("\" text-anchor=\"end\" font-size=\"12\">").append(esc(names.get(i))).append("</text>");
      h.append("<rect class=\"").append(low ? "low" : "bar").append("\" x=\"").append(labelW).append("\" y=\"")
          .append(y + 3).append("\" width=\"").append(Math.max(w, v == null ? 0 : 1)).append("\" height=\"")
          .append(rowH - 6).append("\"/>");
      h.append("<text x=\"").append(labelW + w + 4).append("\" y=\"").append(y + 15).append("\" font-size=\"12\"")
          .append(low ? " fill=\"" + LOW + "\" font-weight=\"700\"" : "").append('>')
          .append(v == null ? "–" : esc(v.stripTrailingZeros().toPlainString())).append("</text>\n");
    }
    if (norm > 0) {
      int x = labelW + BigDecimal.valueOf(norm).multiply(BigDecimal.valueOf(barW))
          .divide(max, 0, RoundingMode.HALF_UP).intValue();
      h.append("<line class=\"norm\" x1=\"").append(x).append("\" y1=\"").append(top - 4).append("\" x2=\"")
          .append(x).append("\" y2=\"").append(height - 4).append("\"/>")
          .append("<text x=\"").append(x).append("\" y=\"").append(top - 8)
          .append("\" text-anchor=\"middle\" font-size=\"12\">")
          .append(esc(zh ? "储备定额 " + norm + " 天" : "reserve norm " + norm + " days")).append("</text>\n");
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

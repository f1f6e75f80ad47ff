package dev.cordon.spi.report;

import dev.cordon.core.json.CordonJson;
import dev.cordon.core.report.Report;
import dev.cordon.core.report.ReportTable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in {@code json} report writer, UTF-8, through Cordon's JSON setup. The document is
 * {@code {"kind", "title": {"en", "zh"}, "data", "tables": [{"name", "title", "columns", "rows"}]}}:
 * {@code data} is the report value itself (present for Cordon's own reports, which are records) and
 * {@code tables} its tabular view, the same as the csv and html writers show.
 */
public final class JsonReportWriter implements ReportWriterProvider {
  @Override
  public String format() {
    return "json";
  }

  @Override
  public void write(Report report, OutputStream out, ReportOptions options) throws IOException {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("kind", report.kind());
    doc.put("title", report.title());
    if (report.getClass().isRecord()) {
      doc.put("data", report);
    }
    List<Map<String, Object>> tables = report.tables().stream().map(JsonReportWriter::table).toList();
    doc.put("tables", tables);
    out.write(CordonJson.write(doc).getBytes(StandardCharsets.UTF_8));
    out.write('\n');
  }

  private static Map<String, Object> table(ReportTable t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", t.name());
    m.put("title", t.title());
    m.put("columns", t.columns());
    m.put("rows", t.rows());
    return m;
  }
}

package dev.cordon.spi.report;

import dev.cordon.core.json.CordonJson;
import dev.cordon.core.report.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The built-in {@code json} report writer: the report value through Cordon's JSON setup, UTF-8. */
public final class JsonReportWriter implements ReportWriterProvider {
  @Override
  public String format() {
    return "json";
  }

  @Override
  public void write(Report report, OutputStream out, ReportOptions options) throws IOException {
    out.write(CordonJson.write(report).getBytes(StandardCharsets.UTF_8));
    out.write('\n');
  }
}

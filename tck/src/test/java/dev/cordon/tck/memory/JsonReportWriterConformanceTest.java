package dev.cordon.tck.memory;

import dev.cordon.spi.report.JsonReportWriter;
import dev.cordon.spi.report.ReportWriterProvider;
import dev.cordon.tck.ReportWriterContract;

/** The built-in {@code json} report writer against the report-writer contract. */
class JsonReportWriterConformanceTest extends ReportWriterContract {
  @Override
  protected ReportWriterProvider newWriter() {
    return new JsonReportWriter();
  }
}

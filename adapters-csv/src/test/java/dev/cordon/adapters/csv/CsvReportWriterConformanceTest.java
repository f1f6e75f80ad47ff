package dev.cordon.adapters.csv;

import dev.cordon.spi.report.ReportWriterProvider;
import dev.cordon.tck.ReportWriterContract;

/** The {@code csv} report writer against the conformance kit's report-writer contract. */
class CsvReportWriterConformanceTest extends ReportWriterContract {
  @Override
  protected ReportWriterProvider newWriter() {
    return new CsvReportWriter();
  }
}

package dev.cordon.examples.plugin;

import dev.cordon.spi.report.ReportWriterProvider;
import dev.cordon.tck.ReportWriterContract;

/** The plug-in passes the conformance kit every report writer runs. */
class MarkdownReportWriterConformanceTest extends ReportWriterContract {
  @Override
  protected ReportWriterProvider newWriter() {
    return new MarkdownReportWriter();
  }
}

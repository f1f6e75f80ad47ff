package dev.cordon.tck.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.spi.report.HtmlReportWriter;
import dev.cordon.spi.report.ReportOptions;
import dev.cordon.spi.report.ReportWriterProvider;
import dev.cordon.tck.ReportWriterContract;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The built-in {@code html} report writer against the report-writer contract, and its escaping. */
class HtmlReportWriterConformanceTest extends ReportWriterContract {
  @Override
  protected ReportWriterProvider newWriter() {
    return new HtmlReportWriter();
  }

  @Test
  void escapesMarkupAndFetchesNothing() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new HtmlReportWriter().write(sampleReport(), out, ReportOptions.defaults());
    String html = out.toString(StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
        .contains("=HYPERLINK(&quot;http://x&quot;)")
        .doesNotContain("<script").doesNotContain("src=").doesNotContain("<link").doesNotContain("@import");
  }
}

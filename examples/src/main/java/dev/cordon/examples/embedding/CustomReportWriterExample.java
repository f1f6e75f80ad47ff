package dev.cordon.examples.embedding;

import dev.cordon.Cordon;
import dev.cordon.core.org.Unit;
import dev.cordon.core.org.UnitId;
import dev.cordon.core.org.UnitKind;
import dev.cordon.core.report.DailyReport;
import dev.cordon.examples.plugin.MarkdownReportWriter;
import dev.cordon.spi.report.ReportOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Using a custom plug-in: {@link MarkdownReportWriter} is registered in {@code META-INF/services}, so
 * Cordon discovers it by its format name — no code names the class. (To choose it explicitly instead,
 * pass an instance to {@code Cordon.builder().reportWriter(...)}.)
 */
public final class CustomReportWriterExample {
  private CustomReportWriterExample() {}

  /** Prints the formats found and a daily report in Markdown, in Chinese. */
  public static void main(String[] args) throws IOException {
    System.out.print(run(args.length > 0 ? args[0] : "memory:"));
  }

  /** The formats discovered, then the Markdown daily report of a one-unit organisation. */
  public static String run(String url) throws IOException {
    try (Cordon cordon = Cordon.open(url)) {
      cordon.directory().register(Unit.builder().id(UnitId.of("U-GROUP")).name("包头市热力集团")
          .kind(UnitKind.GROUP).headcount(12).build());
      DailyReport daily = cordon.reports().daily(LocalDate.of(2021, 10, 25), Optional.empty());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      cordon.reportWriter(MarkdownReportWriter.FORMAT).write(daily, out,
          ReportOptions.defaults().withLocale(Locale.SIMPLIFIED_CHINESE));
      return "Report formats: " + String.join(", ", cordon.reportFormats()) + System.lineSeparator()
          + out.toString(StandardCharsets.UTF_8);
    }
  }
}

package dev.cordon.examples.plugin;

import dev.cordon.core.report.Report;
import dev.cordon.core.report.ReportTable;
import dev.cordon.spi.report.ReportOptions;
import dev.cordon.spi.report.ReportWriterProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * A report-writer plug-in as an integrator would write one: every report as Markdown (format
 * {@code markdown}, files {@code .md}), one heading and one pipe table per report table — ready to
 * paste into a wiki page or a chat message to the prevention office.
 *
 * <p>It is registered in {@code META-INF/services/dev.cordon.spi.report.ReportWriterProvider}, so
 * {@code Cordon.reportWriter("markdown")} finds it on the class path (and {@code cordon report
 * --format markdown} works). It needs nothing but the SPI: {@link #format()} and {@link #write}. The
 * report's cells are already masked where they hold personal data; the writer only escapes the
 * characters that would break a table ({@code |} and line breaks).
 */
public final class MarkdownReportWriter implements ReportWriterProvider {
  /** The format name. */
  public static final String FORMAT = "markdown";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public String fileExtension() {
    return "md";
  }

  @Override
  public void write(Report report, OutputStream out, ReportOptions options) throws IOException {
    // not closed: the caller owns the stream
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    if (options.byteOrderMark()) {
      w.write('\uFEFF');
    }
    w.write("# " + report.title().in(options.locale()) + "\n");
    for (ReportTable t : report.tables()) {
      w.write("\n## " + t.title().in(options.locale()) + "\n\n");
      w.write("| " + t.columns().stream().map(c -> cell(c.header().in(options.locale())))
          .collect(Collectors.joining(" | ")) + " |\n");
      w.write("|" + t.columns().stream().map(c -> c.numeric() ? " ---: " : " --- ")
          .collect(Collectors.joining("|")) + "|\n");
      for (var row : t.rows()) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < row.size(); i++) {
          b.append(' ').append(cell(render(row.get(i), options.locale()))).append(" |");
        }
        w.write(b.append('\n').toString());
      }
      if (t.rows().isEmpty()) {
        w.write("\n_(none)_\n");
      }
    }
    w.flush();
  }

  private static String render(Object value, java.util.Locale locale) {
    if (value == null) {
      return "";
    }
    if (value instanceof dev.cordon.core.report.Text t) {
      return t.in(locale);
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return value.toString();
  }

  private static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\R", " ");
  }
}

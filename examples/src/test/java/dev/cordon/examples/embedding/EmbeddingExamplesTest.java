package dev.cordon.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.finding.Finding;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingExamplesTest {
  @TempDir
  Path tmp;

  @Test
  void embedOnH2RecordsAnEntryChecksItAndWritesTheReport() throws Exception {
    Path report = tmp.resolve("daily.html");
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    List<Finding> findings = EmbedOnH2.run(EmbeddingUrls.url(), report, new PrintStream(console, true,
        StandardCharsets.UTF_8));
    assertThat(findings).extracting(Finding::ruleId).contains("ENTRY-FEVER");
    assertThat(console.toString(StandardCharsets.UTF_8)).contains("ENTRY-FEVER").doesNotContain("王芳")
        .doesNotContain("13800471234");
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("<html").contains("25 October 2021");
  }

  @Test
  void theCustomWriterIsDiscoveredByItsFormatName() throws Exception {
    String out = CustomReportWriterExample.run("memory:");
    assertThat(out).contains("Report formats:").contains("markdown");
    assertThat(out).contains("\n| ").contains("包头市热力集团");
  }
}

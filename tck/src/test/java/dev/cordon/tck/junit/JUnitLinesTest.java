package dev.cordon.tck.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kit runs under JUnit 5.14, which most teams run, and under JUnit 6: a small conformance suite
 * of the memory provider (the storage contracts, the JSON report writer, the rule kit's own
 * self-test) runs in a child JVM whose class path has this build's classes and the JUnit of one
 * line only — {@code target/junit-5.14} (copied by the dependency plugin) or the JUnit 6 of this
 * build.
 */
class JUnitLinesTest {
  private static final List<String> SUITE = List.of("dev.cordon.tck.memory.MemoryStorageConformanceTest",
      "dev.cordon.tck.memory.JsonReportWriterConformanceTest");

  private static boolean isJUnit(String entry) {
    String n = entry.replace('\\', '/');
    return n.contains("/org/junit/") || n.contains("/org/opentest4j/") || n.contains("/org/apiguardian/");
  }

  @ParameterizedTest(name = "JUnit {0}")
  @ValueSource(strings = {"5.14", "6"})
  void theMemoryProvidersSuitePassesUnder(String line) throws Exception {
    List<String> cp = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!isJUnit(e) || line.equals("6")) {
        cp.add(e);
      }
    }
    if (line.equals("5.14")) {
      Path dir = Path.of("target", "junit-5.14");
      assertThat(dir).as("JUnit 5.14 jars copied by the dependency plugin").isDirectory();
      try (Stream<Path> jars = Files.list(dir)) {
        jars.map(p -> p.toAbsolutePath().toString()).forEach(cp::add);
      }
    }
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-Dfile.encoding=UTF-8", "-Duser.language=en", "-cp", String.join(File.pathSeparator, cp),
        KitRunner.class.getName()));
    cmd.addAll(SUITE);
    Path out = Files.createTempFile("tck-junit-" + line, ".txt");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("the suite ends").isTrue();
    String text = Files.readString(out, StandardCharsets.UTF_8);
    Files.deleteIfExists(out);
    assertThat(p.exitValue()).as(text).isZero();
    String expected = line.equals("6") ? "jupiter 6." : "jupiter 5.14.";
    assertThat(text).as(text).contains(expected).contains(" failed 0");
  }
}

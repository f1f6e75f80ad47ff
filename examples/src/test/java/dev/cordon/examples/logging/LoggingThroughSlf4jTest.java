package dev.cordon.examples.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * All logging of an import and a check goes through SLF4J, at every level, and carries no personal
 * value of the imported rows: Hibernate Validator (jboss-logging, routed by cordon-core's
 * {@code JbossLoggingToSlf4j}), Flyway ({@code loggers("slf4j")}), HikariCP, the drivers and Cordon.
 * java.util.logging and standard error stay empty. Runs in a child JVM, since logging is set up
 * once per JVM; SLF4J's provider there is {@link CapturingSlf4jProvider}, which keeps TRACE too.
 */
class LoggingThroughSlf4jTest {
  private static final List<String> PERSONAL = List.of("张伟", "李强", "王芳", "李四", "赵敏", "13900471111",
      "13700470000", "13800471234", "1380047ABCD");

  @TempDir
  Path tmp;

  private void csv(String name, String text) throws Exception {
    Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void anImportAndACheckLogOnlyThroughSlf4jAndNoPersonalValue() throws Exception {
    csv("units.csv", "id,name,kind,parent,headcount\nU-G,包头市热力集团,GROUP,,12\n");
    csv("people.csv", "工号,姓名,所属单位,联系电话,离职日期\nP-ZW,张伟,U-G,13900471111,2021年10月31日\n"
        + "P-LQ,李强,U-G,13700470000,\nP-BAD,王芳,U-NOWHERE,1380047ABCD,\n");
    csv("sites.csv", "id,name,kind,owner,region,capacity\nS-HALL,东河区营业厅,SERVICE_HALL,U-G,150202,60\n");
    csv("entries.csv", "id,site,at,category,person_id,name,phone,purpose,host,temperature,"
        + "health_code,itinerary,cities_visited,decision\n"
        + "E-1,S-HALL,2021-10-25 9:41,VISITOR,,王芳,13800471234,缴纳采暖费,赵敏,38.5,GREEN,PRESENTED,150200,ADMITTED\n"
        + "E-2,S-HALL,2021-10-26 9:50,VISITOR,,李四,1380047ABCD,缴纳采暖费,赵敏,36.6,GREEN,PRESENTED,150200,ADMITTED\n"
        + "E-3,S-HALL,2021-10-26 9:55,VISITOR,,李四,13800471234,缴纳采暖费,赵敏,56.6,GREEN,PRESENTED,150200,ADMITTED\n");
    Path captured = tmp.resolve("captured.tsv");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Duser.language=en",
        "-Dslf4j.provider=" + CapturingSlf4jProvider.class.getName(), "-Dslf4j.internal.verbosity=WARN",
        "-cp", System.getProperty("java.class.path"), LoggingProbe.class.getName(), tmp.toString(),
        captured.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("child.out").toFile()).start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the probe ends").isTrue();
    String child = Files.readString(tmp.resolve("child.out"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(child).isZero();
    List<String> lines = Files.readAllLines(captured, StandardCharsets.UTF_8);

    // the JDK's own platform loggers (java.io.serialization logs its filter factory at FINER) are the
    // JDK's, not a library's, and below every default level; any other logger, at any level, fails
    assertThat(lines).as("nothing on java.util.logging").noneMatch(l -> l.startsWith("JUL")
        && !l.matches("JUL\\t(FINE|FINER|FINEST) (java|jdk|sun)\\..*"));
    assertThat(lines).as("nothing on standard error").noneMatch(l -> l.startsWith("STDERR"));
    assertThat(child).as("nothing printed by the child outside the captures").isEmpty();
    assertThat(lines).as("Hibernate Validator logs through SLF4J")
        .anyMatch(l -> l.startsWith("SLF4J") && l.contains("org.hibernate.validator"));
    assertThat(lines).as("Flyway logs through SLF4J").anyMatch(l -> l.startsWith("SLF4J") && l.contains("org.flywaydb"));
    for (String line : lines) {
      for (String value : PERSONAL) {
        assertThat(line).as("a log line carries the personal value " + value).doesNotContain(value);
      }
    }
  }
}

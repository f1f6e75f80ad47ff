package dev.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without {@code --verbose} a failing command prints its one-line error and no log noise of the
 * pool, the migrations or the drivers (stack traces); with {@code --verbose} the details are there.
 * The command line runs in a child JVM, as users run it: logging is configured once per JVM.
 */
class LogNoiseTest {
  @TempDir
  Path tmp;

  /** The exit code, standard output and standard error of {@code cordon args…} in a new JVM. */
  private record Run(int exit, String out, String err) {}

  private Run cordon(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        CordonCli.class.getName()));
    cmd.addAll(List.of(args));
    Path out = tmp.resolve("out-" + System.nanoTime());
    Path err = tmp.resolve("err-" + System.nanoTime());
    Process p = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("cordon " + String.join(" ", args) + " did not end in 180 s");
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Path units() throws IOException {
    return Files.writeString(tmp.resolve("units.csv"), "id,name,kind,parent,headcount\nU-G,包头市热力集团,GROUP,,12\n",
        StandardCharsets.UTF_8);
  }

  @Test
  void aLockedDatabaseIsOneLineWithoutStackTraces() throws Exception {
    Path db = tmp.resolve("cordon.db");
    Path units = units();
    assertThat(Cli.run("import", "--db", "jdbc:sqlite:" + db, "--kind", "units", units.toString()).exit()).isZero();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      c.setAutoCommit(true);
      st.execute("BEGIN EXCLUSIVE"); // held until the connection closes
      Run quiet = cordon("import", "--db", "jdbc:sqlite:" + db, "--kind", "units", units.toString());
      assertThat(quiet.exit()).as(quiet.err()).isEqualTo(CordonCli.UNAVAILABLE);
      assertThat(quiet.err()).as(quiet.err()).contains("locked").doesNotContain("\tat ");
      assertThat(quiet.err().lines().count()).as(quiet.err()).isLessThanOrEqualTo(3);

      Run verbose = cordon("import", "--verbose", "--db", "jdbc:sqlite:" + db, "--kind", "units", units.toString());
      assertThat(verbose.exit()).isEqualTo(CordonCli.UNAVAILABLE);
      assertThat(verbose.err()).contains("locked").contains("\tat ");
    }
  }

  @Test
  void aFileOfGarbageIsOneLineWithoutStackTracesOrPoolErrors() throws Exception {
    byte[] garbage = new byte[64 * 1024];
    new Random(12).nextBytes(garbage);
    Path db = Files.write(tmp.resolve("garbage.db"), garbage);
    for (String[] args : new String[][] {{"describe", "--db", "jdbc:sqlite:" + db},
        {"import", "--db", "jdbc:sqlite:" + db, "--kind", "units", units().toString()}}) {
      Run r = cordon(args);
      assertThat(r.exit()).as(r.err()).isEqualTo(CordonCli.UNAVAILABLE);
      assertThat(r.err()).as(r.err()).startsWith("cordon: ").doesNotContain("\tat ").doesNotContain("PoolBase")
          .doesNotContain("ERROR");
      assertThat(r.err().lines().count()).as(r.err()).isLessThanOrEqualTo(3);
    }
    assertThat(Files.readAllBytes(db)).isEqualTo(garbage);
  }
}

package dev.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  @TempDir
  Path tmp;

  private Path units(String name, String... rows) throws Exception {
    StringBuilder b = new StringBuilder("id,name,kind,parent,headcount\n");
    for (String r : rows) {
      b.append(r).append('\n');
    }
    return Files.writeString(tmp.resolve(name), b.toString(), StandardCharsets.UTF_8);
  }

  @Test
  void importsAFileAndSaysHowManyRows() throws Exception {
    Path f = units("units.csv", "U-G,包头市热力集团,GROUP,,12", "U-D01,办公室,HEAD_OFFICE_DEPARTMENT,U-G,28");
    Cli r = Cli.run("import", "--db", "memory:", "--kind", "units", f.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("units.csv: 2 rows read, 2 imported, 0 already present, 0 rejected");
  }

  @Test
  void rejectedRowsStillExitZeroAndGoToTheErrorFile() throws Exception {
    Path f = units("units.csv", "U-G,包头市热力集团,GROUP,,12", "U-D01,办公室,HEAD_OFFICE_DEPARTMENT,U-G,many");
    Path errors = tmp.resolve("errors.csv");
    Cli r = Cli.run("import", "--db", "memory:", "--kind", "UNITS", "--errors", errors.toString(), f.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("2 rows read, 1 imported, 0 already present, 1 rejected")
        .contains("line 3: ").contains("headcount").contains("rejected rows written to " + errors);
    assertThat(Files.readString(errors, StandardCharsets.UTF_8)).contains("U-D01").contains("many");
  }

  @Test
  void severalFilesGetAnErrorFileEachAndATotal() throws Exception {
    Path a = units("a.csv", "U-G,包头市热力集团,GROUP,,x");
    Path b = units("b.csv", "U-H,包头市热力集团二,GROUP,,y");
    Path errors = tmp.resolve("errors.csv");
    Cli r = Cli.run("import", "--db", "memory:", "--kind", "units", "--errors", errors.toString(), a.toString(),
        b.toString());
    assertThat(r.exit()).isZero();
    assertThat(tmp.resolve("errors-a.csv")).isRegularFile();
    assertThat(tmp.resolve("errors-b.csv")).isRegularFile();
    assertThat(r.out()).contains("Total: 2 rows read, 0 imported, 0 already present, 2 rejected.");
  }

  @Test
  void printsJsonOnRequest() throws Exception {
    Path f = units("units.csv", "U-G,包头市热力集团,GROUP,,12");
    Cli r = Cli.run("import", "--db", "memory:", "--kind", "units", "--json", f.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out().strip()).startsWith("[").contains("\"kind\":\"units\"", "\"imported\":1");
  }

  @Test
  void aFileThatIsNotThereIsUnavailable() {
    Cli r = Cli.run("import", "--db", "memory:", "--kind", "units", tmp.resolve("nope.csv").toString());
    assertThat(r.exit()).isEqualTo(CordonCli.UNAVAILABLE);
    assertThat(r.err()).isEqualTo("cordon: cannot read " + tmp.resolve("nope.csv") + ": no such file"
        + System.lineSeparator());
  }

  @Test
  void aHeaderWithoutARequiredColumnIsUnreadableInput() throws Exception {
    Path f = Files.writeString(tmp.resolve("bad.csv"), "id,name\nU-G,x\n", StandardCharsets.UTF_8);
    Cli r = Cli.run("import", "--db", "memory:", "--kind", "units", f.toString());
    assertThat(r.exit()).isEqualTo(CordonCli.UNAVAILABLE);
    assertThat(r.err()).startsWith("cordon: input refused:").contains("CORDON-CSV-001");
    assertThat(r.err().lines().toList()).hasSize(1);
  }

  @Test
  void anUnknownKindIsBadUsageListingTheKinds() throws Exception {
    Path f = units("units.csv", "U-G,包头市热力集团,GROUP,,12");
    Cli r = Cli.run("import", "--db", "memory:", "--kind", "visitors", f.toString());
    assertThat(r.exit()).isEqualTo(CordonCli.USAGE);
    assertThat(r.err()).contains("unknown kind 'visitors'").contains("travel-declarations");
  }

  @Test
  void anUnknownEncodingIsBadUsage() throws Exception {
    Path f = units("units.csv", "U-G,包头市热力集团,GROUP,,12");
    Cli r = Cli.run("import", "--db", "memory:", "--kind", "units", "--encoding", "KLINGON-8", f.toString());
    assertThat(r.exit()).isEqualTo(CordonCli.USAGE);
  }

  @Test
  void aGb18030FileImportsWithTheEncodingGiven() throws Exception {
    Path f = tmp.resolve("gbk.csv");
    Files.writeString(f, "id,name,kind,parent,headcount\nU-G,包头市热力集团,GROUP,,12\n",
        java.nio.charset.Charset.forName("GB18030"));
    Cli r = Cli.run("import", "--db", "memory:", "--kind", "units", "--encoding", "GB18030", f.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("1 imported").contains("GB18030");
  }

  @Test
  void anErrorFileThatIsAnInputIsBadUsageAndTheInputIsUntouched() throws Exception {
    Path f = units("units.csv", "U-G,包头市热力集团,GROUP,,12", "U-D01,办公室,HEAD_OFFICE_DEPARTMENT,U-G,many");
    byte[] before = Files.readAllBytes(f);
    Files.createDirectory(tmp.resolve("sub"));
    Path link = Files.createSymbolicLink(tmp.resolve("link.csv"), f);
    for (String errors : new String[] {f.toString(), tmp.resolve("sub/../units.csv").toString(), link.toString()}) {
      Cli r = Cli.run("import", "--db", "memory:", "--kind", "units", "--errors", errors, f.toString());
      assertThat(r.exit()).as(r.err()).isEqualTo(CordonCli.USAGE);
      assertThat(r.err()).contains("is the input file").contains("nothing was imported");
      assertThat(r.out()).isEmpty();
    }
    assertThat(Files.readAllBytes(f)).isEqualTo(before);
  }

  @Test
  void anErrorFileInAMissingDirectoryIsBadUsageNamingTheErrorFile() throws Exception {
    Path f = units("units.csv", "U-G,包头市热力集团,GROUP,,12");
    Path errors = tmp.resolve("missing/errors.csv");
    Cli r = Cli.run("import", "--db", "memory:", "--kind", "units", "--errors", errors.toString(), f.toString());
    assertThat(r.exit()).isEqualTo(CordonCli.USAGE);
    assertThat(r.err()).contains("--errors " + errors).contains("does not exist").doesNotContain("cannot read");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aNamedPipeIsImportedWithoutHanging() throws Exception {
    Path fifo = tmp.resolve("units.fifo");
    boolean made;
    try {
      Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
      made = p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (java.io.IOException e) {
      made = false;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(made, "mkfifo is not available here");
    Thread writer = new Thread(() -> {
      try (java.io.OutputStream out = Files.newOutputStream(fifo)) {
        out.write("id,name,kind,parent,headcount\nU-G,包头市热力集团,GROUP,,12\n".getBytes(StandardCharsets.UTF_8));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.setDaemon(true);
    writer.start();
    Cli r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
        () -> Cli.run("import", "--db", "memory:", "--kind", "units", fifo.toString()));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("1 imported");
  }

  @Test
  void anImportThatStoppedEarlyExitsThreeAndSaysWhere() {
    dev.cordon.adapters.csv.ImportSummary done = summary(java.util.Optional.empty());
    dev.cordon.adapters.csv.ImportSummary stopped = summary(java.util.Optional.of(
        new dev.cordon.adapters.csv.ImportSummary.Stop(1204, "the storage failed on every record from here on")));
    assertThat(ImportCommand.exitCode(java.util.List.of(done))).isZero();
    assertThat(ImportCommand.exitCode(java.util.List.of(done, stopped))).isEqualTo(ImportCommand.INCOMPLETE)
        .isEqualTo(3);
    assertThat(stopped.stopDescription().orElseThrow()).contains("entries.csv line 1,204")
        .contains("storage failed");
    assertThat(ImportCommand.asJson(stopped)).containsEntry("complete", false).containsKey("stoppedEarly");
  }

  private static dev.cordon.adapters.csv.ImportSummary summary(
      java.util.Optional<dev.cordon.adapters.csv.ImportSummary.Stop> stop) {
    return new dev.cordon.adapters.csv.ImportSummary(dev.cordon.adapters.csv.ImportKind.ENTRIES, "entries.csv",
        1203, 1203, 1203, 0, 0, 0, StandardCharsets.UTF_8, true, false, ',', java.util.List.of(),
        java.util.List.of(), stop, java.time.Duration.ZERO);
  }
}

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

  @Test
  void anErrorFileThatIsTheDatabaseOrOneOfItsSideFilesIsBadUsageAndTheDatabaseIsUntouched() throws Exception {
    Path f = units("units.csv", "U-G,包头市热力集团,GROUP,,12", "U-D01,办公室,HEAD_OFFICE_DEPARTMENT,U-G,many");
    Path db = tmp.resolve("data/cordon.db");
    Files.createDirectories(db.getParent());
    assertThat(Cli.run("import", "--db", "jdbc:sqlite:" + db, "--kind", "units", f.toString()).exit()).isZero();
    byte[] before = Files.readAllBytes(db);
    Files.createDirectory(tmp.resolve("sub"));
    String[][] cases = {
        {"jdbc:sqlite:" + db, db.toString()},
        {"jdbc:sqlite:" + db, tmp.resolve("sub/../data/cordon.db").toString()},
        {db.toString(), db.toString()},
        {"jdbc:sqlite:" + db + "?journal_mode=WAL", db + "-wal"},
        {"jdbc:sqlite:" + db, db + "-shm"},
        {"jdbc:sqlite:" + db, db + "-journal"},
        {"jdbc:h2:file:" + tmp.resolve("h2/cordon"), tmp.resolve("h2/cordon.mv.db").toString()},
        {tmp.resolve("h2/cordon.mv.db").toString(), tmp.resolve("h2/cordon.trace.db").toString()},
        {"jdbc:h2:file:" + tmp.resolve("h2/cordon") + ";AUTO_SERVER=TRUE", tmp.resolve("h2/cordon.lock.db").toString()}};
    Files.createDirectory(tmp.resolve("h2"));
    for (String[] c : cases) {
      Cli r = Cli.run("import", "--db", c[0], "--kind", "units", "--errors", c[1], f.toString());
      assertThat(r.exit()).as(String.join(" ", c) + ": " + r.err()).isEqualTo(CordonCli.USAGE);
      assertThat(r.err().lines().findFirst().orElseThrow()).contains("is the database file")
          .contains("nothing was imported");
      assertThat(r.out()).isEmpty();
    }
    assertThat(Files.readAllBytes(db)).isEqualTo(before);
    assertThat(tmp.resolve("h2")).isEmptyDirectory();
  }

  @Test
  void anErrorFileThatIsAnotherDatabaseIsBadUsageAndThatDatabaseIsUntouched() throws Exception {
    Path f = units("units.csv", "U-G,包头市热力集团,GROUP,,12", "U-D01,办公室,HEAD_OFFICE_DEPARTMENT,U-G,many");
    Path other = tmp.resolve("other.db");
    assertThat(Cli.run("import", "--db", "jdbc:sqlite:" + other, "--kind", "units", f.toString()).exit()).isZero();
    byte[] before = Files.readAllBytes(other);
    Cli r = Cli.run("import", "--db", "memory:", "--kind", "units", "--errors", other.toString(), f.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(CordonCli.USAGE);
    assertThat(r.err()).contains("is an SQLite database").contains("not overwritten");
    assertThat(Files.readAllBytes(other)).isEqualTo(before);
  }

  @Test
  void anErrorFileThatIsADirectoryIsBadUsage() throws Exception {
    Path f = units("units.csv", "U-G,包头市热力集团,GROUP,,12");
    Path dir = Files.createDirectory(tmp.resolve("errs"));
    Cli r = Cli.run("import", "--db", "memory:", "--kind", "units", "--errors", dir.toString(), f.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(CordonCli.USAGE);
    assertThat(r.err()).startsWith("cordon: --errors " + dir + " is a directory").doesNotContain("unexpected");
  }

  @Test
  void anInputThatIsADirectorySaysSo() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("ef"));
    Cli r = Cli.run("import", "--db", "memory:", "--kind", "units", dir.toString());
    assertThat(r.exit()).isEqualTo(CordonCli.UNAVAILABLE);
    assertThat(r.err()).isEqualTo("cordon: cannot read " + dir + ": it is a directory, not a file"
        + System.lineSeparator());
  }

  @Test
  void storageThatGoesAwayMidImportExitsThreeWithTheSummaryEvenIfFindingsCannotBeCounted() throws Exception {
    String[] rows = new String[600];
    rows[0] = "U-G,包头市热力集团,GROUP,,12";
    for (int i = 1; i < rows.length; i++) {
      rows[i] = String.format("U-D%03d,部门%d,HEAD_OFFICE_DEPARTMENT,U-G,5", i, i);
    }
    Path f = units("units.csv", rows);
    Cli r = Cli.run("import", "--db", ProbeStorageProvider.UNPLUG + "U-D550", "--kind", "units", f.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ImportCommand.INCOMPLETE);
    assertThat(r.out()).contains("500 imported").contains("findings raised unknown")
        .contains("INCOMPLETE: stopped at units.csv line 502").contains("the server went away");
    assertThat(r.err()).doesNotContain("could not count");
    Cli json = Cli.run("import", "--db", ProbeStorageProvider.UNPLUG + "U-D550", "--kind", "units", "--json",
        f.toString());
    assertThat(json.exit()).as(json.err()).isEqualTo(ImportCommand.INCOMPLETE);
    assertThat(json.out()).contains("\"complete\":false").contains("\"line\":502");
  }

  private static dev.cordon.adapters.csv.ImportSummary summary(
      java.util.Optional<dev.cordon.adapters.csv.ImportSummary.Stop> stop) {
    return new dev.cordon.adapters.csv.ImportSummary(dev.cordon.adapters.csv.ImportKind.ENTRIES, "entries.csv",
        1203, 1203, 1203, 0, 0, 0, StandardCharsets.UTF_8, true, false, ',', java.util.List.of(),
        java.util.List.of(), stop, java.time.Duration.ZERO);
  }
}

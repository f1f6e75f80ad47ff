package dev.cordon.examples.logging;

import dev.cordon.Cordon;
import dev.cordon.adapters.csv.CsvImporter;
import dev.cordon.adapters.csv.ImportKind;
import dev.cordon.adapters.csv.ImportOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;

/**
 * Run in a child JVM by {@link LoggingThroughSlf4jTest}: catches java.util.logging (every level)
 * and standard error, then imports ledgers into SQLite (Flyway migrations, Hibernate Validator's
 * first start, rejected rows) and runs a check; writes what each channel caught to a file.
 */
public final class LoggingProbe {
  private LoggingProbe() {}

  /**
   * Entry point.
   *
   * @param args the directory of the CSV files, then the file to write the captures to
   * @throws Exception when the probe itself fails
   */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    List<String> jul = new ArrayList<>();
    java.util.logging.Logger root = LogManager.getLogManager().getLogger("");
    for (Handler h : root.getHandlers()) {
      root.removeHandler(h);
    }
    root.setLevel(Level.ALL);
    root.addHandler(new Handler() {
      @Override
      public void publish(LogRecord r) {
        jul.add(r.getLevel() + " " + r.getLoggerName() + " " + r.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    });
    PrintStream realErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try (Cordon cordon = Cordon.open("jdbc:sqlite:" + dir.resolve("cordon.db"))) {
      CsvImporter importer = CsvImporter.of(cordon);
      for (String kind : List.of("units", "people", "sites", "entries")) {
        importer.importFrom(ImportKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)), dir.resolve(kind + ".csv"),
            ImportOptions.defaults().withErrorsFile(dir.resolve(kind + ".errors.csv")));
      }
      cordon.checks().run(LocalDate.of(2021, 10, 25), LocalDate.of(2021, 10, 27));
    } finally {
      System.setErr(realErr);
    }
    StringBuilder out = new StringBuilder();
    for (CapturingSlf4jProvider.Event e : CapturingSlf4jProvider.EVENTS) {
      out.append("SLF4J\t").append(e.level()).append('\t').append(e.logger()).append('\t')
          .append(e.message().replace('\n', ' ')).append(' ').append(e.thrown().replace('\n', ' ')).append('\n');
    }
    for (String j : jul) {
      out.append("JUL\t").append(j.replace('\n', ' ')).append('\n');
    }
    for (String line : err.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isEmpty()) {
        out.append("STDERR\t").append(line).append('\n');
      }
    }
    Files.writeString(Path.of(args[1]), out, StandardCharsets.UTF_8);
  }
}

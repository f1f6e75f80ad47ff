package dev.cordon.examples;

import dev.cordon.Cordon;
import dev.cordon.adapters.csv.CsvImporter;
import dev.cordon.adapters.csv.ImportKind;
import dev.cordon.adapters.csv.ImportOptions;
import dev.cordon.adapters.csv.ImportSummary;
import dev.cordon.core.rules.CheckRun;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The process {@link CrashSafetyTest} kills: imports a ledger of entries and checks its days, as
 * {@code cordon import} and {@code cordon check} do. After every batch the importer reports (the
 * batch's transaction has committed by then) it prints {@code committed R}: the first R rows of the
 * file are stored. Arguments: storage URL, ledger file, first day, last day (inclusive).
 */
public final class CrashChild {
  private CrashChild() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (Cordon cordon = Cordon.builder().storage(args[0]).option("poolSize", "4").build()) {
      out.println("started");
      ImportSummary summary = CsvImporter.of(cordon).importFrom(ImportKind.ENTRIES, Path.of(args[1]),
          ImportOptions.defaults().withProgress(p -> {
            if (p.rowsRejected() == 0) {
              out.println("committed " + p.rowsRead());
            }
          }));
      out.println("imported " + summary.rowsRead() + " " + summary.rejected());
      CheckRun run = cordon.checks().run(LocalDate.parse(args[2]), LocalDate.parse(args[3]).plusDays(1));
      out.println("checked " + run.findings().size());
    }
    out.println("done");
  }
}

package dev.cordon.examples;

import dev.cordon.Cordon;
import dev.cordon.examples.demo.DemoData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cordon demo}: a month of a district-heating group, checked and reported, in well under a minute. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    header = "Generate, import, check and report a month of a district-heating group.",
    description = {"Generates a deterministic October 2021 for a district-heating group (包头市热力集团: "
        + "head-office departments, ten heating branches with their service halls, canteens, office buildings, "
        + "a property-management company; about 2,000 staff, about 2,000 entries on a working day) and writes it as CSV "
        + "ledgers to --out/ledgers, four rows broken on purpose. Imports them (rejected rows to "
        + "--out/ledgers/errors), loads the national risk-area lists of 2021 Q4, runs every check, confirms the "
        + "planted findings and issues a notice (通报), then writes the daily report of 2021-10-25, the findings, "
        + "notice and stock reports (json, csv, html) and the supply and dining plans to --out/reports, and "
        + "prints a summary with the planted cases found.",
        "All personal data is generated; the summary prints ids only."})
final class DemoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  DbOption db;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "cordon-out",
      description = "Where the ledgers and reports go (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "" + DemoData.DEFAULT_SEED,
      description = "Seed of the generator; the same seed writes the same files (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException {
    try (Cordon cordon = db.open()) {
      new DemoRun(cordon, out, seed, spec.commandLine().getOut(), spec.commandLine().getErr()).run();
    }
    return CordonCli.OK;
  }
}

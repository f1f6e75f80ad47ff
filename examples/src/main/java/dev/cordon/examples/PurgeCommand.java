package dev.cordon.examples;

import dev.cordon.Cordon;
import dev.cordon.core.privacy.PurgeOutcome;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cordon purge}: erases personal values past their retention (到期刪除, PIPL Art. 47). */
@Command(name = "purge", mixinStandardHelpOptions = true,
    header = "Erase personal values past their retention.",
    description = "Erases the names, phone and ID numbers, purposes and hosts whose retention (the policy's "
        + "retention section) ended before --as-of, in every version, keeping every other fact: reports and "
        + "findings stay the same. What a finding holds is kept and counted. Each batch is one transaction, "
        + "logged in the purge log; running it again erases nothing more, and finishes a purge that was stopped.")
final class PurgeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  DbOption db;

  @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "The day retention is judged on.")
  LocalDate asOf;

  @Option(names = "--by", paramLabel = "NAME", description = "Who purges, as logged (default: your user name).")
  String by;

  @Option(names = "--batch", paramLabel = "N",
      description = "Records per transaction (default: ${DEFAULT-VALUE}).")
  int batch = dev.cordon.core.service.PersonalDataService.DEFAULT_BATCH;

  @Override
  public Integer call() {
    if (batch < 1) {
      throw new ParameterException(spec.commandLine(), "--batch " + batch + " must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Cordon cordon = db.openExisting()) {
      CordonCli.requireSomethingImported(cordon, db.url);
      PurgeOutcome o = cordon.personalData().purge(asOf, PersonalDataCommand.actor(by), batch);
      out.printf("Purge %s as of %s: %d records erased in %d batches%s.%n", o.run(), o.asOf(), o.recordsRewritten(),
          o.batches(), o.records().isEmpty() ? "" : " (" + PersonalDataCommand.counts(new java.util.TreeMap<>(o.records())) + ")");
      if (!o.values().isEmpty()) {
        out.println("Values erased: " + PersonalDataCommand.counts(PersonalDataCommand.fields(o.values())) + ".");
      }
      out.println(o.held() == 0 ? "Nothing held."
          : "Kept under legal hold: " + o.held() + " records past retention that a finding holds.");
    }
    return CordonCli.OK;
  }
}

package dev.cordon.examples;

import dev.cordon.Cordon;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.storage.Storage;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cordon describe}: the providers in use, the schema version and how many records are stored. */
@Command(name = "describe", mixinStandardHelpOptions = true,
    header = "Show the storage, its schema version, the providers and the record counts.",
    description = "Shows the storage provider (URL with any password masked), its schema version, the report "
        + "formats, every provider discovered, and the number of records of each kind. Opens the database "
        + "read-only: it never migrates or writes it, so a read-only database file works.")
final class DescribeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  DbOption db;

  @Option(names = "--json", description = "Print as JSON.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Cordon cordon = db.openForReading()) {
      Map<String, String> about = cordon.describe();
      Map<String, Long> counts = counts(cordon.storage());
      if (json) {
        Map<String, Object> m = new LinkedHashMap<>(about);
        m.put("records", counts);
        out.println(CordonJson.write(m));
      } else {
        about.forEach((k, v) -> out.printf("%-24s %s%n", k, v));
        out.println("records:");
        counts.forEach((k, v) -> out.printf("  %-22s %,10d%n", k, v));
        if (counts.get("units") == 0) {
          out.println(CordonCli.nothingImported(db.url));
        }
      }
    }
    return CordonCli.OK;
  }

  /** The number of records of each kind. */
  static Map<String, Long> counts(Storage s) {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("policies", s.policies().count());
    m.put("units", s.units().count());
    m.put("people", s.people().count());
    m.put("sites", s.sites().count());
    m.put("supplyItems", s.supplyItems().count());
    m.put("entries", s.entries().count());
    m.put("travelDeclarations", s.travel().count());
    m.put("riskAreas", s.riskAreas().count());
    m.put("stockMovements", s.stock().count());
    m.put("assignments", s.assignments().count());
    m.put("disinfectionRecords", s.disinfection().count());
    m.put("findings", s.findings().count());
    return m;
  }
}

package dev.cordon.examples;

import dev.cordon.Cordon;
import dev.cordon.core.json.CordonJson;
import dev.cordon.core.policy.PolicyHistory;
import dev.cordon.core.policy.PreventionPolicy;
import dev.cordon.core.storage.BatchOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code cordon import --kind policies FILE.json}: stores a dated policy history with the data
 * ({@link Cordon#storePolicies}), so that every later command — and every application opening the
 * same database without a policy of its own — judges by it. The file is a JSON array of policies,
 * each with every attribute ({@link PolicyHistory#readFile}); a malformed file stores nothing and
 * names each fault by its JSON path.
 */
final class PolicyImport {
  private PolicyImport() {}

  static int run(DbOption db, List<Path> files, boolean json, PrintWriter out) throws IOException {
    List<PolicyHistory> histories = new ArrayList<>();
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f)) {
        histories.add(PolicyHistory.readFile(in)); // every file is read and checked before any is stored
      }
    }
    List<Map<String, Object>> summaries = new ArrayList<>();
    try (Cordon cordon = db.open()) {
      for (int i = 0; i < files.size(); i++) {
        PolicyHistory h = histories.get(i);
        BatchOutcome o = cordon.storePolicies(h);
        List<String> days = h.policies().stream().map(p -> p.effectiveFrom().toString()).toList();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("file", files.get(i).toString());
        s.put("versions", days);
        s.put("stored", o.stored());
        s.put("alreadyPresent", o.alreadyPresent());
        summaries.add(s);
        if (!json) {
          out.printf("%s: %d polic%s taking effect on %s: %d stored, %d already stored.%n", files.get(i),
              days.size(), days.size() == 1 ? "y" : "ies", String.join(", ", days), o.stored(), o.alreadyPresent());
        }
      }
      if (!json) {
        PreventionPolicy latest = cordon.storage().policies().inForce().orElseThrow().latest();
        out.printf("Policies in force: %s (latest from %s: fever at %s °C, itinerary look-back %d days).%n",
            cordon.storage().policies().inForce().orElseThrow().policies().stream()
                .map(p -> p.effectiveFrom().toString()).toList(),
            latest.effectiveFrom(), latest.feverThreshold().toPlainString(), latest.itineraryLookBackDays());
      }
    }
    if (json) {
      out.println(CordonJson.write(summaries));
    }
    return CordonCli.OK;
  }
}

package dev.cordon.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the table of a run from JMH's JSON results ({@code -rf json}): per job, Cordon's and the
 * baseline's throughput, their ratio, the target and whether it is met; then the daily report's
 * growth ratios and the memory check's line. Usage: {@code Summary a.json b.json … [memory.txt]}.
 */
public final class Summary {
  private Summary() {}

  /** Prints the table. */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    // benchmark (simple name) + params → ms per operation
    Map<String, Double> ms = new HashMap<>();
    Map<String, Integer> rowsOf = new HashMap<>();
    List<JsonNode> results = new ArrayList<>();
    for (String a : args) {
      Path p = Path.of(a);
      if (a.endsWith(".json") && Files.exists(p) && Files.size(p) > 0) {
        new ObjectMapper().readTree(p.toFile()).forEach(results::add);
      }
    }
    for (JsonNode r : results) {
      String name = r.get("benchmark").asText().replace("dev.cordon.benchmarks.", "");
      JsonNode params = r.get("params");
      String key = name;
      if (params != null && params.has("days")) {
        key += "@" + params.get("days").asText();
      }
      if (params != null && params.has("rows")) {
        rowsOf.put(name.substring(0, name.indexOf('.')), params.get("rows").asInt());
      }
      ms.put(key, r.get("primaryMetric").get("score").asDouble());
    }
    out.println();
    out.println("| job | rows | Cordon rows/s | baseline rows/s | ratio | target | met? |");
    out.println("|---|---:|---:|---:|---:|---|---|");
    row(out, ms, rowsOf, "validate + check entries", "ValidateBenchmark", "vs bare validate()", 1 / 3.0,
        "≤ 3× the cost (≥ 0.33)");
    row(out, ms, rowsOf, "parse a ledger (CSV → objects)", "ParseBenchmark", "vs FastCSV", 0.5, "≥ 0.5×");
    row(out, ms, rowsOf, "import into H2", "H2ImportBenchmark", "vs CSVREAD", 0.5, "≥ 0.5×");
    row(out, ms, rowsOf, "store into PostgreSQL", "PostgresWriteBenchmark", "vs COPY", 0.3, "≥ 0.3×");
    out.println();
    Double one = ms.get("DailyReportBenchmark.report@1");
    if (one != null) {
      out.println("| daily report | ms per report | reports/s | growth vs 1 day | target | met? |");
      out.println("|---|---:|---:|---:|---|---|");
      for (String d : new String[] {"1", "30", "100"}) {
        Double t = ms.get("DailyReportBenchmark.report@" + d);
        if (t == null) {
          continue;
        }
        double growth = t / one;
        boolean judged = d.equals("100");
        out.printf(Locale.ROOT, "| %s day(s) of history | %.2f | %.1f | %.2f | %s | %s |%n", d, t, 1000 / t,
            growth, judged ? "≤ 1.5×" : "", judged ? (growth <= 1.5 ? "yes" : "NO") : "");
      }
      out.println();
    }
    for (String a : args) {
      if (a.endsWith(".txt") && Files.exists(Path.of(a))) {
        for (String line : Files.readAllLines(Path.of(a), StandardCharsets.UTF_8)) {
          if (line.startsWith("MEMORY")) {
            out.println("memory (1 import under -Xmx128m): " + line.substring("MEMORY ".length()));
          }
        }
      }
    }
  }

  private static void row(PrintStream out, Map<String, Double> ms, Map<String, Integer> rowsOf, String job,
      String bench, String against, double target, String targetText) {
    Double c = ms.get(bench + ".cordon");
    Double b = ms.get(bench + ".baseline");
    Integer rows = rowsOf.get(bench);
    if (c == null || b == null || rows == null) {
      return;
    }
    double cordon = rows / (c / 1000);
    double base = rows / (b / 1000);
    double ratio = cordon / base;
    out.printf(Locale.ROOT, "| %s | %d | %,.0f | %,.0f (%s) | %.3f | %s | %s |%n", job, rows, cordon, base, against,
        ratio, targetText, ratio >= target ? "yes" : "NO");
  }
}

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
 * growth ratios with their errors, the city-scale year ({@link CityYear}'s JSON: each job at 1 and 12
 * months of history, the ratio, the target ≤ 1.2 and the errors) and the memory check's line. Usage:
 * {@code Summary a.json b.json … [memory.txt]}.
 */
public final class Summary {
  private Summary() {}

  /** Prints the table. */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    // benchmark (simple name) + params → ms per operation
    Map<String, Double> ms = new HashMap<>();
    Map<String, Double> errorOf = new HashMap<>();
    JsonNode city = null;
    Map<String, Integer> rowsOf = new HashMap<>();
    List<JsonNode> results = new ArrayList<>();
    for (String a : args) {
      Path p = Path.of(a);
      if (a.endsWith(".json") && Files.exists(p) && Files.size(p) > 0) {
        JsonNode root = new ObjectMapper().readTree(p.toFile());
        if (root.has("city")) {
          city = root;
        } else {
          root.forEach(results::add);
        }
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
      double err = r.get("primaryMetric").path("scoreError").asDouble(Double.NaN);
      errorOf.put(key, err);
    }
    out.println();
    if (rowsOf.keySet().stream().anyMatch(k -> !k.startsWith("DailyReport"))) {
      out.println("| job | rows | Cordon rows/s | baseline rows/s | ratio | target | met? |");
      out.println("|---|---:|---:|---:|---:|---|---|");
    }
    // the targets of issue 18
    row(out, ms, rowsOf, "validate + check entries", "ValidateBenchmark", "vs bare validate()", 0.67,
        "≥ 0.67 (≤ 1.5× the cost)");
    row(out, ms, rowsOf, "parse a ledger (CSV → objects)", "ParseBenchmark", "vs FastCSV", 0.3, "≥ 0.30");
    row(out, ms, rowsOf, "import into H2", "H2ImportBenchmark", "vs CSVREAD", 0.6, "≥ 0.60");
    row(out, ms, rowsOf, "store into PostgreSQL", "PostgresWriteBenchmark", "vs COPY", 0.6, "≥ 0.60");
    out.println();
    Double one = ms.get("DailyReportBenchmark.report@1");
    if (one != null) {
      out.println("| daily report | ms per report | ± error (99.9 %) | error % | reports/s | growth vs 1 day | target | met? |");
      out.println("|---|---:|---:|---:|---:|---:|---|---|");
      for (String d : new String[] {"1", "30", "100"}) {
        Double t = ms.get("DailyReportBenchmark.report@" + d);
        if (t == null) {
          continue;
        }
        double growth = t / one;
        boolean judged = d.equals("100");
        double e = errorOf.getOrDefault("DailyReportBenchmark.report@" + d, Double.NaN);
        out.printf(Locale.ROOT, "| %s day(s) of history | %.3f | %.3f | %.1f %%%s | %.1f | %.2f | %s | %s |%n", d, t, e,
            100 * e / t, e / t < 0.10 ? "" : " (≥ 10 %)", 1000 / t, growth, judged ? "≤ 1.5×" : "",
            judged ? (growth <= 1.5 ? "yes" : "NO") : "");
      }
      out.println();
    }
    if (city != null) {
      city(out, city);
    }
    for (String a : args) {
      if (a.endsWith(".txt") && Files.exists(Path.of(a))) {
        for (String line : Files.readAllLines(Path.of(a), StandardCharsets.UTF_8)) {
          if (line.startsWith("MEMORY")) {
            out.println("memory (1 import under -Xmx128m; target: ok, in ≤ 30 s): "
                + line.substring("MEMORY ".length()));
          }
        }
      }
    }
  }

  /** The city-scale year: each job at 1 and 12 months of history, the ratio and the errors. */
  private static void city(PrintStream out, JsonNode city) {
    JsonNode c = city.get("city");
    out.printf(Locale.ROOT, "City-scale year (%d organisations × %d staff = %,d persons, %d sites; day of work %s):"
        + " %,d rows in the month, %,d in the year; loaded in %.0f s + %.0f s%n", c.path("organisations").asInt(),
        c.path("staff").asInt(), c.path("persons").asInt(), c.path("sites").asInt(), c.path("day").asText(),
        c.path("rowsMonth").asLong(), c.path("rowsYear").asLong(), c.path("loadMonthSeconds").asDouble(),
        c.path("loadElevenMonthsSeconds").asDouble());
    out.println();
    out.println("| job | 1 month | 12 months | ratio 12 ÷ 1 | paired ratio ± error | target | met? | error % (1 / 12) |");
    out.println("|---|---:|---:|---:|---:|---|---|---:|");
    String[][] jobs = {{"import", "import of the day (rows/s)"}, {"check", "the day's check (ms)"},
        {"daily", "daily roll-up, whole city (ms)"}, {"findings", "the month's findings report (ms)"}};
    for (String[] j : jobs) {
      JsonNode one = null;
      JsonNode twelve = null;
      JsonNode paired = null;
      for (JsonNode r : city.path("results")) {
        if (r.path("job").asText().equals(j[0])) {
          if (r.has("pairedRatio")) {
            paired = r;
          } else if (r.path("months").asInt() == 1) {
            one = r;
          } else if (r.path("months").asInt() == 12) {
            twelve = r;
          }
        }
      }
      if (one == null || twelve == null) {
        continue;
      }
      double a = one.path("msPerOp").asDouble();
      double b = twelve.path("msPerOp").asDouble();
      double ea = 100 * one.path("errorMs").asDouble() / a;
      double eb = 100 * twelve.path("errorMs").asDouble() / b;
      double ratio = b / a; // cost ratio: time per day's work, 12 months over 1
      boolean rows = j[0].equals("import");
      String va = rows ? String.format(Locale.ROOT, "%,.0f rows/s (%.0f ms)", one.path("rows").asLong() / (a / 1000), a)
          : String.format(Locale.ROOT, "%.1f ± %.1f", a, one.path("errorMs").asDouble());
      String vb = rows ? String.format(Locale.ROOT, "%,.0f rows/s (%.0f ms)", twelve.path("rows").asLong() / (b / 1000), b)
          : String.format(Locale.ROOT, "%.1f ± %.1f", b, twelve.path("errorMs").asDouble());
      String pr = paired == null ? "" : String.format(Locale.ROOT, "%.2f ± %.2f",
          paired.path("pairedRatio").asDouble(), paired.path("pairedRatioError").asDouble());
      // judged on the paired ratio's interval when there is one: met when all of it is ≤ 1.2, missed when
      // all of it is above, else the noise decides nothing
      String met;
      if (paired != null) {
        double pm = paired.path("pairedRatio").asDouble();
        double pe = paired.path("pairedRatioError").asDouble();
        met = pm + pe <= 1.2 ? "yes" : pm - pe > 1.2 ? "NO" : ratio <= 1.2 ? "yes within noise" : "NO within noise";
      } else {
        met = ratio <= 1.2 ? "yes" : "NO";
      }
      out.printf(Locale.ROOT, "| %s | %s | %s | %.2f | %s | ≤ 1.2 | %s | %.1f / %.1f%s |%n", j[1], va, vb, ratio, pr,
          met, ea, eb, ea < 10 && eb < 10 ? "" : " (≥ 10 %)");
    }
    out.println("(ratio = time of the day's work at 12 months ÷ at 1 month, the ratio of the means; for the import, the"
        + " inverse of the rows/s ratio. Paired: the mean of the per-round ratios of alternating iterations, ± its"
        + " 99.9 % half-width. Errors: 99.9 % half-width of each mean, as a share of it)");
    out.println();
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

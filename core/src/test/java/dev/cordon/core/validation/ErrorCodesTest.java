package dev.cordon.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each stable error code is declared in exactly one place ({@code CordonErrors} in core,
 * {@code CsvErrors} in the CSV adapter, the storage codes in {@code dev.cordon.core.storage}), every
 * code raised has a message in English and Simplified Chinese, every message is raised, and the
 * table in {@code docs/error-codes.md} is the one generated from the message bundles.
 *
 * <p>After adding or changing a message, regenerate the table with
 * {@code mvn -B -ntp -o verify -pl core -am -Dtest=ErrorCodesTest -Dsurefire.failIfNoSpecifiedTests=false -Dcordon.regenerate=true}
 * and commit {@code docs/error-codes.md} (CONTRIBUTING.md says so too).
 */
class ErrorCodesTest {
  /** The library modules whose main sources raise codes; tck, examples and benchmarks raise none. */
  private static final List<String> MODULES = List.of("core", "spi", "adapters-jdbc", "adapters-csv");


  /** Codes no longer raised: they keep their message (a code is never reused) and their row in the table. */
  private static final Set<String> RETIRED = Set.of(
      "CORDON-CSV-014"); // the importer skips an unreadable record instead (CORDON-CSV-023)

  /** A code as a whole string literal, or as a Bean Validation message key {@code "{CORDON-…}"}. */
  private static final Pattern LITERAL = Pattern.compile("\"\\{?(CORDON-[A-Z]+-\\d{3})\\}?\"");
  private static final Pattern CODE = Pattern.compile("CORDON-[A-Z]+-\\d{3}");

  private static final Path ROOT = root();
  private static final Bundles CORE = new Bundles("Cordon (cordon-core, cordon-spi, cordon-adapters-jdbc)",
      ROOT.resolve("core/src/main/resources/dev/cordon/core/validation"), "Messages");
  private static final Bundles CSV = new Bundles("CSV adapter (cordon-adapters-csv)",
      ROOT.resolve("adapters-csv/src/main/resources/dev/cordon/adapters/csv/internal"), "CsvMessages");
  private static final Path TABLE = ROOT.resolve("docs/error-codes.md");

  @Test
  void eachCodeLiteralAppearsOnceInTheMainSources() throws IOException {
    Map<String, List<String>> places = literals();
    List<String> repeated = new ArrayList<>();
    places.forEach((code, where) -> {
      if (where.size() > 1) {
        repeated.add(code + " at " + where);
      }
    });
    assertThat(repeated)
        .as("a code is declared once, with its factory (CordonErrors, CsvErrors, StorageErrors); call the factory")
        .isEmpty();
  }

  @Test
  void everyCodeRaisedHasAnEnglishAndAChineseMessage() throws IOException {
    List<String> missing = new ArrayList<>();
    for (String code : literals().keySet()) {
      Bundles b = bundlesOf(code);
      if (!b.english.containsKey(code)) {
        missing.add(code + " in " + b.base + ".properties");
      }
      if (!b.chinese.containsKey(code)) {
        missing.add(code + " in " + b.base + "_zh_CN.properties");
      }
    }
    assertThat(missing).as("codes raised without a message").isEmpty();
  }

  @Test
  void everyMessageIsRaisedAndTranslated() throws IOException {
    Set<String> used = literals().keySet();
    List<String> faults = new ArrayList<>();
    for (Bundles b : List.of(CORE, CSV)) {
      for (String code : b.english.stringPropertyNames()) {
        if (!used.contains(code) && !RETIRED.contains(code)) {
          faults.add(code + " has a message but is never raised (retired? add it to RETIRED)");
        }
        if (used.contains(code) && RETIRED.contains(code)) {
          faults.add(code + " is raised but listed as RETIRED");
        }
      }
      for (String code : b.chinese.stringPropertyNames()) {
        if (!b.english.containsKey(code)) {
          faults.add(code + " has a Chinese message only");
        }
      }
      for (String code : b.englishOverride.stringPropertyNames()) {
        if (!b.english.containsKey(code)) {
          faults.add(code + " is in " + b.base + "_en.properties only");
        } else if (!b.englishOverride.getProperty(code).equals(b.english.getProperty(code))) {
          // the table shows the base bundle's text: English is the base, Messages_en only stops a
          // fallback to the JVM's locale
          faults.add(code + " has another English message in " + b.base + "_en.properties");
        }
      }
      for (String key : b.english.stringPropertyNames()) {
        if (!CODE.matcher(key).matches() || !key.equals(key.strip())) {
          faults.add(b.base + ".properties holds a key that is not a code: '" + key + "'");
        }
      }
    }
    assertThat(faults).isEmpty();
  }

  @Test
  void theCodeTableIsGeneratedFromTheBundles() throws IOException {
    String expected = table();
    String actual = Files.exists(TABLE) ? Files.readString(TABLE, StandardCharsets.UTF_8) : "";
    if (expected.equals(actual)) {
      return;
    }
    if (Boolean.getBoolean("cordon.regenerate")) {
      Files.writeString(TABLE, expected, StandardCharsets.UTF_8);
      return;
    }
    fail(ROOT.relativize(TABLE) + " is not the table generated from the message bundles. Rerun with "
        + "-Dcordon.regenerate=true to rewrite it, e.g. mvn -B -ntp -o verify -pl core -am "
        + "-Dtest=ErrorCodesTest -Dsurefire.failIfNoSpecifiedTests=false -Dcordon.regenerate=true, "
        + "and commit the file.");
  }

  /** The generated Markdown: one table per bundle family, one section per area, codes in order. */
  static String table() {
    StringBuilder md = new StringBuilder();
    md.append("<!-- Generated by core/src/test/java/dev/cordon/core/validation/ErrorCodesTest.java from the\n")
        .append("     message bundles; do not edit. Regenerate: mvn -B -ntp -o verify -pl core -am\n")
        .append("     -Dtest=ErrorCodesTest -Dsurefire.failIfNoSpecifiedTests=false -Dcordon.regenerate=true -->\n")
        .append("# Error codes\n\n")
        .append("Every `Violation` carries one of these stable codes, with its message in English and\n")
        .append("Simplified Chinese. In a message `{0}` is the field (or CSV column), `{1}` the value as\n")
        .append("given (masked when it is personal data, cut when long), `{2}`… further details. Codes are\n")
        .append("never renumbered or reused; a code no longer raised keeps its row, marked *retired*.\n")
        .append("Each code is declared once in the sources, with a typed factory: `CordonErrors` (core),\n")
        .append("`CsvErrors` (CSV adapter), the storage codes in `dev.cordon.core.storage`; a Bean\n")
        .append("Validation constraint names its code in its message (`{CORDON-PERSON-011}`).\n");
    for (Bundles b : List.of(CORE, CSV)) {
      md.append("\n## ").append(b.title).append("\n");
      Map<String, Map<String, String>> byArea = new LinkedHashMap<>();
      for (String code : b.order) {
        byArea.computeIfAbsent(code.split("-")[1], a -> new TreeMap<>()).put(code, b.english.getProperty(code));
      }
      for (Map.Entry<String, Map<String, String>> area : byArea.entrySet()) {
        md.append("\n### ").append(area.getKey()).append("\n\n")
            .append("| Code | Message | 消息 |\n|---|---|---|\n");
        area.getValue().forEach((code, english) -> md.append("| `").append(code).append("`")
            .append(RETIRED.contains(code) ? " (retired)" : "").append(" | ")
            .append(cell(english)).append(" | ").append(cell(b.chinese.getProperty(code, ""))).append(" |\n"));
      }
    }
    return md.toString();
  }

  /** A message as table text: MessageFormat's doubled apostrophe read as one, pipes escaped. */
  private static String cell(String message) {
    return message.replace("''", "'").replace("|", "\\|").strip();
  }

  /** Every code literal in the main sources, with where it appears. */
  private static Map<String, List<String>> literals() throws IOException {
    Map<String, List<String>> places = new TreeMap<>();
    for (String module : MODULES) {
      Path sources = ROOT.resolve(module).resolve("src/main/java");
      List<Path> files;
      try (Stream<Path> s = Files.walk(sources)) {
        files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      }
      for (Path file : files) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = LITERAL.matcher(lines.get(i));
          while (m.find()) {
            places.computeIfAbsent(m.group(1), c -> new ArrayList<>())
                .add(ROOT.relativize(file) + ":" + (i + 1));
          }
        }
      }
    }
    return places;
  }

  private static Bundles bundlesOf(String code) {
    return code.startsWith("CORDON-CSV-") ? CSV : CORE;
  }

  /** The repository root: the parent of this module's base directory. */
  private static Path root() {
    Path base = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    Path root = base.getParent();
    if (root == null || !Files.isDirectory(root.resolve("core/src/main/java"))) {
      throw new IllegalStateException("cannot find the repository root from " + base);
    }
    return root;
  }

  /** One family of message bundles: the base (English), {@code _en} and {@code _zh_CN}. */
  private static final class Bundles {
    final String title;
    final String base;
    final Properties english;
    final Properties englishOverride;
    final Properties chinese;
    /** The codes in the order of the base bundle. */
    final Set<String> order = new java.util.LinkedHashSet<>();

    Bundles(String title, Path dir, String base) {
      this.title = title;
      this.base = base;
      this.english = load(dir.resolve(base + ".properties"));
      this.englishOverride = load(dir.resolve(base + "_en.properties"));
      this.chinese = load(dir.resolve(base + "_zh_CN.properties"));
      try {
        for (String line : Files.readAllLines(dir.resolve(base + ".properties"), StandardCharsets.UTF_8)) {
          Matcher m = CODE.matcher(line);
          if (!line.startsWith("#") && m.lookingAt()) {
            order.add(m.group());
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      order.addAll(new TreeSet<>(english.stringPropertyNames()));
    }

    private static Properties load(Path file) {
      Properties p = new Properties();
      if (Files.exists(file)) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          p.load(r);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
      return p;
    }
  }
}

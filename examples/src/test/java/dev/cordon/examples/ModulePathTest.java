package dev.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cordon on the module path: every library jar is a named module (not an automatic one) that exports
 * no internal package, and a small program in a module of its own — compiled here with
 * {@code javax.tools} against the built jars — opens an in-memory Cordon, records, reads back and
 * runs the checks in a child JVM started with {@code java --module-path … -m sample/sample.Main},
 * while a reference to an internal package does not compile.
 *
 * <p>The jars are those of this build: the reactor puts each library module's {@code target} jar
 * (or its {@code target/classes}) on this test's class path; the module path given to the program
 * is the closure of what the library modules require and the services they use, taken from that
 * class path.
 */
class ModulePathTest {
  /** The library modules, with the Maven artifact each comes from. */
  static final Map<String, String> LIBRARY = new LinkedHashMap<>();

  static {
    LIBRARY.put("dev.cordon.core", "cordon-core");
    LIBRARY.put("dev.cordon.spi", "cordon-spi");
    LIBRARY.put("dev.cordon.tck", "cordon-tck");
    LIBRARY.put("dev.cordon.adapters.jdbc", "cordon-adapters-jdbc");
    LIBRARY.put("dev.cordon.adapters.csv", "cordon-adapters-csv");
    LIBRARY.put("dev.cordon.adapters.xlsx", "cordon-adapters-xlsx");
  }

  /** Module name → where it is, for every module on the test class path but the tests' own. */
  private static Map<String, ModuleReference> onClassPath;

  @TempDir
  Path dir;

  @BeforeAll
  static void findModules() throws IOException {
    Path examplesClasses = location(CordonCli.class);
    onClassPath = new LinkedHashMap<>();
    for (String entry : testClassPath()) {
      Path p = Path.of(entry);
      String name = p.getFileName().toString();
      // test fixtures and this module's own classes are not library code
      if (!Files.exists(p) || name.endsWith("-tests.jar") || name.equals("test-classes") || p.equals(examplesClasses)) {
        continue;
      }
      Set<ModuleReference> found;
      try {
        found = ModuleFinder.of(p).findAll();
      } catch (RuntimeException e) {
        continue; // not a module, nor usable as an automatic one (e.g. a jar with no packages)
      }
      for (ModuleReference ref : found) {
        ModuleReference seen = onClassPath.get(ref.descriptor().name());
        // an explicit module wins over an automatic one of the same name
        if (seen == null || (seen.descriptor().isAutomatic() && !ref.descriptor().isAutomatic())) {
          onClassPath.put(ref.descriptor().name(), ref);
        }
      }
    }
  }

  @Test
  void everyLibraryJarIsANamedModuleThatExportsNoInternalPackage() {
    for (Map.Entry<String, String> lib : LIBRARY.entrySet()) {
      ModuleReference ref = onClassPath.get(lib.getKey());
      assertThat(ref).as("module %s (%s) on the test class path; build the library modules in this reactor, "
          + "e.g. mvn verify -pl examples -am", lib.getKey(), lib.getValue()).isNotNull();
      ModuleDescriptor d = ref.descriptor();
      Path where = Path.of(ref.location().orElseThrow());
      System.out.println("== " + d.name() + " (" + where.getFileName() + ")" + (d.isAutomatic() ? " AUTOMATIC" : ""));
      if (where.toString().endsWith(".jar")) {
        String described = describeModule(where);
        System.out.print(described.lines().filter(l -> !l.startsWith("contains ")).map(l -> "   " + l + "\n")
            .collect(Collectors.joining()));
        assertThat(described).as("jar --describe-module of %s", where).doesNotContain("automatic")
            .doesNotContain("No module descriptor found");
      } else {
        System.out.println("   (a classes directory: this build did not package the jars)");
        d.exports().forEach(e -> System.out.println("   exports " + e));
      }
      assertThat(d.isAutomatic()).as("%s is automatic", d.name()).isFalse();
      List<String> exported = d.exports().stream().filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source).toList();
      assertThat(exported).as("packages %s exports to everyone", d.name()).isNotEmpty()
          .noneMatch(ModulePathTest::isInternal);
      // to everyone, a module opens only packages of resources (the JDBC adapter's SQL migrations)
      assertThat(d.opens()).as("%s opens nothing with code to everyone", d.name())
          .allMatch(o -> o.isQualified() || o.source().startsWith("db.cordon."));
      // every internal package is in the jar, and only qualified exports, if any, reach it
      assertThat(d.packages().stream().filter(ModulePathTest::isInternal))
          .allMatch(p -> d.exports().stream().noneMatch(e -> e.source().equals(p) && !e.isQualified()));
    }
    ModuleDescriptor spi = onClassPath.get("dev.cordon.spi").descriptor();
    assertThat(spi.uses()).contains("dev.cordon.spi.storage.StorageProvider",
        "dev.cordon.spi.report.ReportWriterProvider", "dev.cordon.spi.rules.RuleProvider");
    assertThat(onClassPath.get("dev.cordon.adapters.jdbc").descriptor().provides())
        .extracting(ModuleDescriptor.Provides::service).containsExactly("dev.cordon.spi.storage.StorageProvider");
    assertThat(onClassPath.get("dev.cordon.adapters.csv").descriptor().provides())
        .extracting(ModuleDescriptor.Provides::service).containsExactly("dev.cordon.spi.report.ReportWriterProvider");
    assertThat(onClassPath.get("dev.cordon.adapters.xlsx").descriptor().provides())
        .extracting(ModuleDescriptor.Provides::service).containsExactly("dev.cordon.spi.report.ReportWriterProvider");
  }

  @Test
  void aProgramOnTheModulePathOpensCordonRecordsAndReadsBack() throws Exception {
    List<Path> modulePath = modulePathFor("dev.cordon.spi", "dev.cordon.adapters.jdbc", "dev.cordon.adapters.csv");
    System.out.println("module path of the sample: " + modulePath.stream().map(p -> p.getFileName().toString())
        .sorted().toList());
    Path src = dir.resolve("src");
    write(src.resolve("module-info.java"), """
        module sample {
          requires dev.cordon.spi;
        }
        """);
    write(src.resolve("sample/Main.java"), """
        package sample;

        import dev.cordon.Cordon;
        import dev.cordon.core.entry.Decision;
        import dev.cordon.core.entry.Entrant;
        import dev.cordon.core.entry.Entry;
        import dev.cordon.core.entry.EntryId;
        import dev.cordon.core.json.CordonJson;
        import dev.cordon.core.org.Unit;
        import dev.cordon.core.org.UnitId;
        import dev.cordon.core.org.UnitKind;
        import dev.cordon.core.person.PersonCategory;
        import dev.cordon.core.region.RegionCode;
        import dev.cordon.core.site.Site;
        import dev.cordon.core.site.SiteId;
        import dev.cordon.core.site.SiteKind;
        import dev.cordon.core.validation.CordonValidationException;
        import java.math.BigDecimal;
        import java.time.LocalDate;
        import java.time.OffsetDateTime;
        import java.util.List;

        public final class Main {
          public static void main(String[] args) {
            System.out.println("module " + Cordon.class.getModule().getName() + " named " + Cordon.class.getModule().isNamed());
            try (Cordon cordon = Cordon.builder().storage("memory:").build()) {
              cordon.directory().register(Unit.builder().id(UnitId.of("hq")).name("包头热力集团")
                  .kind(UnitKind.GROUP).headcount(120).build());
              cordon.directory().register(Site.builder().id(SiteId.of("hall-1")).name("昆区营业厅")
                  .kind(SiteKind.SERVICE_HALL).owner(UnitId.of("hq")).region(RegionCode.of("150203")).build());
              Entry entry = Entry.builder().id(EntryId.of("e-1")).site(SiteId.of("hall-1"))
                  .at(OffsetDateTime.parse("2021-10-25T08:05+08:00").toInstant())
                  .entrant(Entrant.builder().category(PersonCategory.VISITOR).build())
                  .temperature(new BigDecimal("37.5")).decision(Decision.ADMITTED).build();
              System.out.println("recorded " + cordon.entries().record(entry));
              List<Entry> back;
              try (var s = cordon.entries().between(LocalDate.of(2021, 10, 25), LocalDate.of(2021, 10, 26))) {
                back = s.toList();
              }
              System.out.println("read back " + back.size() + " " + back.get(0).id().value() + " "
                  + back.get(0).temperature().orElseThrow() + " equal " + back.get(0).equals(entry));
              System.out.println("json round trip " + CordonJson.read(CordonJson.write(entry), Entry.class).equals(entry));
              var run = cordon.checks().run(LocalDate.of(2021, 10, 25), LocalDate.of(2021, 10, 26));
              System.out.println("findings " + run.findings().stream().map(f -> f.ruleId()).distinct().sorted().toList());
              System.out.println("report formats " + cordon.reportFormats());
              System.out.println("storage providers " + cordon.describe().get("providersSeen").replaceAll(" from [^;)]*", ""));
              try {
                cordon.entries().record(Entry.builder().from(entry).id(EntryId.of("e-2"))
                    .temperature(new BigDecimal("73.5")).build());
                System.out.println("not refused");
              } catch (CordonValidationException e) {
                System.out.println("refused " + e.violations().get(0).code() + ": " + e.violations().get(0).message());
              }
              try {
                Unit.builder().id(UnitId.of("u-2")).name("热力公司").kind(UnitKind.GROUP).headcount(-1).build();
                System.out.println("not refused");
              } catch (CordonValidationException e) {
                System.out.println("constraint " + e.violations().get(0).code() + ": " + e.violations().get(0).message());
              }
            }
          }
        }
        """);
    Path classes = dir.resolve("sample");
    String compiled = compile(src, classes, modulePath);
    assertThat(compiled).as("javac of the sample module").isEmpty();

    String out = runSample(classes, modulePath, "memory");
    assertThat(out).contains("module dev.cordon.spi named true")
        .contains("recorded ")
        .contains("read back 1 e-1 37.5 equal true")
        .contains("json round trip true")
        .containsPattern("findings \\[.*ENTRY-FEVER, ENTRY-FEVER-ADMITTED.*]")
        .contains("report formats [csv, html, json, xlsx]")
        .contains("memory (dev.cordon.spi.memory.MemoryStorageProvider")
        .contains("jdbc (dev.cordon.adapters.jdbc.JdbcStorageProvider")
        .containsPattern("refused CORDON-ENTRY-001: .*73\\.5")
        // Hibernate Validator reads the constraints of the generated classes and interpolates the message
        .containsPattern("constraint CORDON-VALUE-\\d+: headcount: [^{]+\n");
  }

  @Test
  void aProgramOnTheModulePathStoresInSqliteAndImportsACsvLedger() throws Exception {
    List<Path> modulePath = modulePathFor("dev.cordon.spi", "dev.cordon.adapters.jdbc", "dev.cordon.adapters.csv");
    Path src = dir.resolve("src-sqlite");
    write(src.resolve("module-info.java"), """
        module sample {
          requires dev.cordon.spi;
          requires dev.cordon.adapters.csv;
        }
        """);
    write(src.resolve("sample/Main.java"), """
        package sample;

        import dev.cordon.Cordon;
        import dev.cordon.adapters.csv.CsvImporter;
        import dev.cordon.adapters.csv.ImportKind;
        import dev.cordon.adapters.csv.ImportOptions;
        import dev.cordon.adapters.csv.ImportSummary;
        import dev.cordon.core.org.Unit;
        import dev.cordon.core.org.UnitId;
        import dev.cordon.core.org.UnitKind;
        import dev.cordon.core.region.RegionCode;
        import dev.cordon.core.site.Site;
        import dev.cordon.core.site.SiteId;
        import dev.cordon.core.site.SiteKind;
        import java.nio.file.Path;
        import java.util.Locale;

        public final class Main {
          public static void main(String[] args) throws Exception {
            try (Cordon cordon = Cordon.builder().storage("jdbc:sqlite:" + args[0]).build()) {
              cordon.directory().register(Unit.builder().id(UnitId.of("hq")).name("包头热力集团")
                  .kind(UnitKind.GROUP).headcount(120).build());
              cordon.directory().register(Site.builder().id(SiteId.of("hall-1")).name("昆区营业厅")
                  .kind(SiteKind.SERVICE_HALL).owner(UnitId.of("hq")).region(RegionCode.of("150203")).build());
              ImportSummary s = CsvImporter.of(cordon).importFrom(ImportKind.ENTRIES, Path.of(args[1]),
                  ImportOptions.defaults());
              System.out.println("imported " + s.imported() + " rejected " + s.rejected());
              var v = s.firstErrors().get(0).violations().get(0);
              System.out.println("error " + v.code() + ": " + v.message(Locale.ENGLISH) + " / " + v.message(Locale.CHINA));
              System.out.println("provider " + cordon.describe().get("storage"));
            }
            try (Cordon again = Cordon.builder().storage("jdbc:sqlite:" + args[0]).build()) {
              System.out.println("entries after reopening " + again.storage().entries().count());
            }
          }
        }
        """);
    Path classes = dir.resolve("sample-sqlite");
    String compiled = compile(src, classes, modulePath);
    assertThat(compiled).as("javac of the sample module").isEmpty();
    Path csv = dir.resolve("ledger.csv");
    Files.writeString(csv, "场所编号,登记时间,姓名,联系电话,体温(℃),健康码,行程卡,来访事由,被访人\n"
        + "hall-1,2021-10-25 08:05,王芳,13800000001,36.5℃,绿码,无星,办理供热缴费,李娜\n"
        + "hall-1,2021-10-25 08:07,王芳,13800000001,36.6℃,紫码,无星,办理供热缴费,李娜\n", StandardCharsets.UTF_8);
    String out = runSample(classes, modulePath, "SQLite, CSV", dir.resolve("cordon.db").toString(), csv.toString());
    assertThat(out).contains("imported 1 rejected 1")
        .containsPattern("error CORDON-CSV-\\d+: [^{}]*紫码[^{}]* / [^{}]+\n")
        .contains("entries after reopening 1");
  }

  @Test
  void aProgramOnTheModulePathCannotUseCordonsInternals() throws IOException {
    List<Path> modulePath = modulePathFor("dev.cordon.spi");
    Path src = dir.resolve("src");
    write(src.resolve("module-info.java"), """
        module sample {
          requires dev.cordon.spi;
        }
        """);
    // dev.cordon.core.internal is exported to no one, dev.cordon.core.service.internal to dev.cordon.spi only
    write(src.resolve("sample/Main.java"), """
        package sample;

        public final class Main {
          public static void main(String[] args) {
            System.out.println(dev.cordon.core.internal.Decimals.class);
            System.out.println(dev.cordon.core.service.internal.Services.class);
          }
        }
        """);
    String errors = compile(src, dir.resolve("sample"), modulePath);
    System.out.println("--- javac of a reference to internal packages ---\n" + errors + "---");
    assertThat(errors)
        .contains("package dev.cordon.core.internal is declared in module dev.cordon.core, which does not export it")
        .contains("package dev.cordon.core.service.internal is declared in module dev.cordon.core, "
            + "which does not export it to module sample");
  }

  /** Runs {@code sample/sample.Main} on the module path in a child JVM; its output, after it exited with 0. */
  private static String runSample(Path classes, List<Path> modulePath, String what, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(javaLauncher(), "-Dfile.encoding=UTF-8",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "--module-path",
        Stream.concat(Stream.of(classes), modulePath.stream()).map(Path::toString)
            .collect(Collectors.joining(java.io.File.pathSeparator)),
        "-m", "sample/sample.Main"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    System.out.println("--- java --module-path … -m sample/sample.Main (" + what + ") ---\n" + out + "---");
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  private static boolean isInternal(String pkg) {
    return pkg.endsWith(".internal") || pkg.contains(".internal.");
  }

  /**
   * The modules {@code roots} need at run time: what they require (transitively, not the optional
   * {@code static} requires) and the providers of the services they use, from the test class path.
   */
  private static List<Path> modulePathFor(String... roots) {
    Map<String, ModuleReference> chosen = new LinkedHashMap<>();
    Deque<String> todo = new ArrayDeque<>(List.of(roots));
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (!chosen.containsKey(name) && ModuleFinder.ofSystem().find(name).isEmpty()) {
        ModuleReference ref = onClassPath.get(name);
        assertThat(ref).as("module %s, required at run time, on the test class path", name).isNotNull();
        chosen.put(name, ref);
        ref.descriptor().requires().stream()
            .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
            .forEach(r -> todo.add(r.name()));
      }
      if (todo.isEmpty()) {
        // service binding: the providers of every service a chosen module (or the JDK's java.sql) uses
        Set<String> used = new java.util.HashSet<>(Set.of("java.sql.Driver"));
        chosen.values().forEach(m -> used.addAll(m.descriptor().uses()));
        onClassPath.values().stream()
            .filter(m -> !chosen.containsKey(m.descriptor().name()))
            .filter(m -> m.descriptor().provides().stream().anyMatch(pr -> used.contains(pr.service())))
            .forEach(m -> todo.add(m.descriptor().name()));
      }
    }
    return chosen.values().stream().map(r -> Path.of(r.location().orElseThrow())).toList();
  }

  /** javac's diagnostics; empty when it compiled. */
  private static String compile(Path src, Path out, List<Path> modulePath) throws IOException {
    JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
    List<String> files;
    try (Stream<Path> s = Files.walk(src)) {
      files = s.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
    }
    // an empty class path: javac run in this JVM would otherwise take the test class path
    Path noClassPath = Files.createDirectories(out.resolveSibling("no-class-path"));
    List<String> args = new ArrayList<>(List.of("-encoding", "UTF-8", "--release", "17", "-d", out.toString(),
        "--class-path", noClassPath.toString(),
        "--module-path", modulePath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator))));
    args.addAll(files);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = javac.run(null, err, err, args.toArray(String[]::new));
    String diagnostics = err.toString(StandardCharsets.UTF_8);
    return rc == 0 ? "" : diagnostics.isEmpty() ? "javac failed" : diagnostics;
  }

  /** What {@code jar --describe-module --file JAR} prints. */
  private static String describeModule(Path jar) {
    ToolProvider tool = ToolProvider.findFirst("jar").orElseThrow();
    StringWriter out = new StringWriter();
    java.io.PrintWriter w = new java.io.PrintWriter(out);
    int rc = tool.run(w, w, "--describe-module", "--file", jar.toString());
    w.flush();
    assertThat(rc).as("jar --describe-module --file %s: %s", jar, out).isZero();
    return out.toString();
  }

  private static List<String> testClassPath() throws IOException {
    String cp = System.getProperty("java.class.path");
    List<String> entries = List.of(cp.split(java.io.File.pathSeparator));
    if (entries.size() == 1 && entries.get(0).endsWith(".jar")) {
      // a manifest-only jar (surefire's booter): the class path is its Class-Path
      try (JarFile jar = new JarFile(entries.get(0))) {
        String manifestCp = Optional.ofNullable(jar.getManifest().getMainAttributes().getValue("Class-Path")).orElse("");
        Path base = Path.of(entries.get(0)).getParent();
        return Stream.of(manifestCp.split(" ")).filter(s -> !s.isBlank())
            .map(s -> base.resolve(Path.of(java.net.URI.create(s).getPath())).toString()).toList();
      }
    }
    return entries;
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String javaLauncher() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}

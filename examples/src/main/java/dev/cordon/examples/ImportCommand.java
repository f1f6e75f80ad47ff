package dev.cordon.examples;

import dev.cordon.Cordon;
import dev.cordon.adapters.csv.CsvImporter;
import dev.cordon.adapters.csv.ImportKind;
import dev.cordon.adapters.csv.ImportOptions;
import dev.cordon.adapters.csv.ImportSummary;
import dev.cordon.adapters.csv.RowError;
import dev.cordon.core.json.CordonJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cordon import}: imports CSV ledgers (導入臺賬), rejecting malformed rows one by one. */
@Command(name = "import", mixinStandardHelpOptions = true,
    header = "Import CSV ledgers of one kind.",
    description = {"Imports CSV files of one kind. Each row is validated as if entered by hand: a malformed row "
        + "is rejected (and written to the error file), every other row is stored; a real but non-compliant row "
        + "(a fever admitted, a visitor without a phone) is stored and raises findings. Importing a file again "
        + "stores nothing twice.",
        "Kinds: units, people, sites, entries, travel-declarations, stock-movements, assignments, "
            + "disinfection-records, risk-areas.",
        "Exit codes: 0 done (rows may have been rejected), 1 bad usage (also an --errors file that is an input "
            + "or lies in a directory that does not exist), 2 input unreadable or storage unavailable, "
            + "3 import incomplete (stopped early: the summary says at which line and why; run it again to resume)."})
final class ImportCommand implements Callable<Integer> {
  /** The import stopped before the end of a file (storage failing on every record, input unreadable). */
  static final int INCOMPLETE = 3;

  @Spec
  CommandSpec spec;

  @Mixin
  DbOption db;

  @Option(names = "--kind", required = true, paramLabel = "KIND", description = "What the files hold (see Kinds).")
  String kind;

  @Option(names = "--encoding", paramLabel = "E",
      description = "The files' encoding, e.g. GB18030 (default: detected: UTF-8 with or without BOM, UTF-16 with "
          + "BOM, else GB18030).")
  String encoding;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Where rejected rows go, unchanged plus id and reason columns (created only when a row is "
          + "rejected). With several input files, each gets its own: FILE's name plus the input's, e.g. "
          + "errors-entries-2021-10-25.csv. Its directory must exist (it is not created), and it may not be an "
          + "input file.")
  Path errors;

  @Option(names = "--json", description = "Print the import summaries as JSON.")
  boolean json;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The CSV files.")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    ImportKind k = kind(spec, kind);
    ImportOptions base = ImportOptions.defaults();
    if (encoding != null) {
      base = base.withEncoding(charset(spec, encoding));
    }
    for (Path f : files) {
      if (!Files.isReadable(f) || Files.isDirectory(f)) {
        throw new NoSuchFileException(f.toString());
      }
    }
    checkErrorFiles(spec, errors, files);
    PrintWriter out = spec.commandLine().getOut();
    List<ImportSummary> summaries = new ArrayList<>();
    try (Cordon cordon = db.open()) {
      CsvImporter importer = CsvImporter.of(cordon);
      for (Path f : files) {
        ImportOptions options = base;
        Path errorFile = errorFileFor(errors, f, files.size());
        if (errorFile != null) {
          options = options.withErrorsFile(errorFile);
        }
        long total = Files.isRegularFile(f) ? dataLines(f) : -1;
        ImportSummary s;
        try (Progress p = Progress.start(spec.commandLine().getErr(), "importing " + f.getFileName(), total)) {
          s = importer.importFrom(k, f, options.withProgress(x -> p.update(x.rowsRead(), total)));
        }
        summaries.add(s);
        if (!json) {
          print(out, s, errorFile);
        }
      }
    }
    if (json) {
      out.println(CordonJson.write(summaries.stream().map(ImportCommand::asJson).toList()));
    } else if (summaries.size() > 1) {
      out.printf("Total: %,d rows read, %,d imported, %,d already present, %,d rejected.%n",
          summaries.stream().mapToLong(ImportSummary::rowsRead).sum(),
          summaries.stream().mapToLong(ImportSummary::imported).sum(),
          summaries.stream().mapToLong(ImportSummary::alreadyPresent).sum(),
          summaries.stream().mapToLong(ImportSummary::rejected).sum());
    }
    return exitCode(summaries);
  }

  /** {@value #INCOMPLETE} when an import stopped early, else {@code 0}. */
  static int exitCode(List<ImportSummary> summaries) {
    return summaries.stream().allMatch(ImportSummary::complete) ? CordonCli.OK : INCOMPLETE;
  }

  /**
   * Refuses, before anything is read or stored, an error file that is one of the inputs (it would
   * be overwritten while read; also through another relative path or a symbolic link) or whose
   * directory does not exist.
   */
  static void checkErrorFiles(CommandSpec spec, Path errors, List<Path> files) throws IOException {
    if (errors == null) {
      return;
    }
    for (Path f : files) {
      Path e = errorFileFor(errors, f, files.size());
      Path dir = e.toAbsolutePath().normalize().getParent();
      if (dir == null || !Files.isDirectory(dir)) {
        throw new ParameterException(spec.commandLine(), "--errors " + e
            + ": the directory " + dir + " does not exist (it is not created); nothing was imported");
      }
      for (Path in : files) {
        if (e.toAbsolutePath().normalize().equals(in.toAbsolutePath().normalize())
            || Files.exists(e) && Files.isSameFile(e, in)) {
          throw new ParameterException(spec.commandLine(), "--errors " + e + " is the input file " + in
              + "; it would be overwritten while it is read: choose another error file; nothing was imported");
        }
      }
    }
  }

  /** The kind named on the command line: {@code entries}, {@code travel-declarations}, … (any case). */
  static ImportKind kind(CommandSpec spec, String name) {
    try {
      return ImportKind.valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "unknown kind '" + name + "'; kinds: "
          + Arrays.stream(ImportKind.values()).map(ImportCommand::name).collect(Collectors.joining(", ")));
    }
  }

  /** The command-line name of a kind, e.g. {@code travel-declarations}. */
  static String name(ImportKind k) {
    return k.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static Charset charset(CommandSpec spec, String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new ParameterException(spec.commandLine(), "unknown encoding '" + name + "'");
    }
  }

  /** The error file for {@code input}: {@code errors} itself for one input, else with the input's name added. */
  static Path errorFileFor(Path errors, Path input, int inputs) {
    if (errors == null || inputs == 1) {
      return errors;
    }
    String name = errors.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String ext = dot > 0 ? name.substring(dot) : ".csv";
    String in = input.getFileName().toString();
    int inDot = in.lastIndexOf('.');
    return errors.resolveSibling(stem + "-" + (inDot > 0 ? in.substring(0, inDot) : in) + ext);
  }

  /** Lines after the header: the total for the progress bar (a quoted line break makes it an estimate). */
  static long dataLines(Path f) throws IOException {
    try (Stream<String> lines = Files.lines(f, java.nio.charset.StandardCharsets.ISO_8859_1)) {
      return Math.max(0, lines.count() - 1);
    }
  }

  private static void print(PrintWriter out, ImportSummary s, Path errorFile) {
    out.printf("%s: %,d rows read, %,d imported, %,d already present, %,d rejected; %,d findings raised; %s%n",
        s.source(), s.rowsRead(), s.imported(), s.alreadyPresent(), s.rejected(), s.findingsRaised(),
        s.encodingDescription());
    if (!s.ignoredColumns().isEmpty()) {
      out.println("  columns ignored: " + String.join(", ", s.ignoredColumns()));
    }
    s.stopDescription().ifPresent(d -> out.println("  " + d));
    if (s.dataLines() != s.rowsRead()) {
      out.printf("  %,d data lines (blank lines, and rows whose quoted cells span several lines, explain the "
          + "difference; each error names its lines)%n", s.dataLines());
    }
    if (s.rejected() > 0) {
      s.firstErrors().stream().limit(5).forEach(e -> out.println("  " + e.lines() + ": " + e.reason()));
      if (s.rejected() > 5) {
        out.printf("  … and %,d more%n", s.rejected() - 5);
      }
      out.println(errorFile != null ? "  rejected rows written to " + errorFile
          : "  (give --errors FILE to keep the rejected rows)");
    }
  }

  static Map<String, Object> asJson(ImportSummary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", name(s.kind()));
    m.put("source", s.source());
    m.put("rowsRead", s.rowsRead());
    m.put("imported", s.imported());
    m.put("alreadyPresent", s.alreadyPresent());
    m.put("rejected", s.rejected());
    m.put("findingsRaised", s.findingsRaised());
    m.put("encoding", s.encodingDescription());
    m.put("dataLines", s.dataLines());
    m.put("complete", s.complete());
    s.stoppedEarly().ifPresent(x -> m.put("stoppedEarly", Map.of("line", x.line(), "reason", x.reason())));
    m.put("errors", s.firstErrors().stream().map(RowError::toString).toList());
    return m;
  }
}

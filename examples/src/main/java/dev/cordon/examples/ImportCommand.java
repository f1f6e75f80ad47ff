package dev.cordon.examples;

import dev.cordon.Cordon;
import dev.cordon.adapters.csv.CsvImporter;
import dev.cordon.adapters.csv.ImportKind;
import dev.cordon.adapters.csv.ImportOptions;
import dev.cordon.adapters.csv.ImportSummary;
import dev.cordon.adapters.csv.RowError;
import dev.cordon.adapters.xlsx.XlsxImporter;
import dev.cordon.core.json.CordonJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.AccessDeniedException;
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
        "Kinds: units, people, sites, supply-items, entries, travel-declarations, stock-movements, assignments, "
            + "disinfection-records, risk-areas; and policies: a JSON array of dated prevention policies, every "
            + "attribute given, stored with the data and used by every later command.",
        "An --errors file that is an input, a directory or a database file, or that lies in a directory that "
            + "does not exist, is bad usage (exit code 1); the exit codes are listed below."})
final class ImportCommand implements Callable<Integer> {
  /** The import stopped before the end of a file (storage failing on every record, input unreadable). */
  static final int INCOMPLETE = 3;
  /** The kind of a policy file (JSON, not CSV): see {@link PolicyImport}. */
  static final String POLICIES = "policies";

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
          + "input file, a directory, the database or one of its side files (-wal, -shm, -journal; .mv.db, "
          + ".trace.db, .lock.db), or any other database file.")
  Path errors;

  @Option(names = "--json", description = "Print the import summaries as JSON.")
  boolean json;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The CSV files, or Excel workbooks (.xlsx: the first visible sheet).")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    boolean policies = POLICIES.equalsIgnoreCase(kind.trim());
    if (policies && (encoding != null || errors != null)) {
      throw new ParameterException(spec.commandLine(), (encoding != null ? "--encoding" : "--errors")
          + " is for CSV files; a policy file is JSON (UTF-8), and a malformed one stores nothing");
    }
    ImportKind k = policies ? null : kind(spec, kind);
    ImportOptions base = ImportOptions.defaults();
    if (encoding != null) {
      base = base.withEncoding(charset(spec, encoding));
    }
    for (Path f : files) {
      if (Files.isDirectory(f)) {
        throw new NotAFileException(f);
      }
      if (!Files.exists(f)) {
        throw new NoSuchFileException(f.toString());
      }
      if (!Files.isReadable(f)) {
        throw new AccessDeniedException(f.toString());
      }
    }
    if (policies) {
      return PolicyImport.run(db, files, json, spec.commandLine().getOut());
    }
    checkErrorFiles(spec, errors, files, db.url);
    PrintWriter out = spec.commandLine().getOut();
    List<ImportSummary> summaries = new ArrayList<>();
    Cordon cordon = db.open();
    boolean done = false;
    try {
      CsvImporter importer = CsvImporter.of(cordon);
      XlsxImporter workbooks = XlsxImporter.of(cordon);
      for (int i = 0; i < files.size(); i++) {
        Path f = files.get(i);
        ImportOptions options = base;
        Path errorFile = errorFileFor(errors, f, files.size());
        if (errorFile != null) {
          options = options.withErrorsFile(errorFile);
        }
        boolean workbook = isWorkbook(f);
        long total = Files.isRegularFile(f) && !workbook ? dataLines(f) : -1;
        ImportSummary s;
        try (Progress p = Progress.start(spec.commandLine().getErr(), "importing " + f.getFileName(), total)) {
          ImportOptions o = options.withProgress(x -> p.update(x.rowsRead(), total));
          s = workbook ? workbooks.importFrom(k, f, o) : importer.importFrom(k, f, o);
        } catch (IllegalArgumentException refused) {
          if (errorFile == null) {
            throw refused;
          }
          // the importer refuses an error file it must not write (the input, a database file)
          throw new ParameterException(spec.commandLine(), "--errors " + errorFile + ": "
              + refused.getMessage() + "; nothing was imported from " + f);
        }
        summaries.add(s);
        if (!json) {
          print(out, s, errorFile);
        }
        if (!s.complete() && i + 1 < files.size()) {
          // the storage failed or the input broke off: the next files wait for the same import again
          if (!json) {
            out.println("  not imported (the import stopped early; run it again): "
                + files.subList(i + 1, files.size()).stream().map(Path::toString).collect(Collectors.joining(", ")));
          }
          break;
        }
      }
      done = true;
    } finally {
      closeAfterImport(cordon, done, summaries);
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

  /**
   * Closes the storage. When an import stopped early because the storage went away, closing it may
   * fail too: that must not hide the import's own outcome (where and why it stopped, exit code
   * {@value #INCOMPLETE}), so the failure is then one more line on standard error.
   */
  private void closeAfterImport(Cordon cordon, boolean done, List<ImportSummary> summaries) {
    try {
      cordon.close();
    } catch (RuntimeException e) {
      if (!done) {
        return; // the exception of the import itself is reported
      }
      if (exitCode(summaries) != INCOMPLETE) {
        throw e;
      }
      spec.commandLine().getErr().println("cordon: closing the storage failed too: " + CordonCli.describe(e));
    }
  }

  /** {@value #INCOMPLETE} when an import stopped early, else {@code 0}. */
  static int exitCode(List<ImportSummary> summaries) {
    return summaries.stream().allMatch(ImportSummary::complete) ? CordonCli.OK : INCOMPLETE;
  }

  /**
   * Refuses, before anything is read or stored, an error file that is one of the inputs (it would
   * be overwritten while read; also through another relative path or a symbolic link), that is the
   * database or one of its side files ({@link DbOption#databaseFiles}: writing it would destroy the
   * database or lose its last transactions), that is a directory, or whose directory does not exist.
   */
  static void checkErrorFiles(CommandSpec spec, Path errors, List<Path> files, String db) throws IOException {
    if (errors == null) {
      return;
    }
    List<Path> database = db == null ? List.of() : DbOption.databaseFiles(db);
    for (Path f : files) {
      Path e = errorFileFor(errors, f, files.size());
      for (Path d : database) {
        if (sameFile(e, d)) {
          throw new ParameterException(spec.commandLine(), "--errors " + e + " is the database file " + d
              + " (--db " + db + "); writing it would destroy the database: choose another error file; "
              + "nothing was imported");
        }
      }
      if (Files.isDirectory(e)) {
        throw new ParameterException(spec.commandLine(), "--errors " + e
            + " is a directory; give a file name (e.g. " + e.resolve("errors.csv") + "); nothing was imported");
      }
      Path dir = e.toAbsolutePath().normalize().getParent();
      if (dir == null || !Files.isDirectory(dir)) {
        throw new ParameterException(spec.commandLine(), "--errors " + e
            + ": the directory " + dir + " does not exist (it is not created); nothing was imported");
      }
      for (Path in : files) {
        if (sameFile(e, in)) {
          throw new ParameterException(spec.commandLine(), "--errors " + e + " is the input file " + in
              + "; it would be overwritten while it is read: choose another error file; nothing was imported");
        }
      }
    }
  }

  /**
   * Whether {@code a} and {@code b} are one file: {@link Files#isSameFile} when both exist (symbolic
   * links, hard links, other relative paths), else their normalised absolute paths, with symbolic
   * links of the directories resolved where they exist.
   */
  static boolean sameFile(Path a, Path b) throws IOException {
    if (Files.exists(a) && Files.exists(b)) {
      return Files.isSameFile(a, b);
    }
    return canonical(a).equals(canonical(b));
  }

  // the absolute, normalised path, its existing parent directory resolved to its real path
  private static Path canonical(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    if (parent != null && abs.getFileName() != null && Files.isDirectory(parent)) {
      try {
        return parent.toRealPath().resolve(abs.getFileName());
      } catch (IOException e) {
        return abs;
      }
    }
    return abs;
  }

  /** An input path that is a directory: it cannot be read as a CSV file. */
  static final class NotAFileException extends java.nio.file.FileSystemException {
    private static final long serialVersionUID = 1L;

    NotAFileException(Path p) {
      super(p.toString(), null, "it is a directory, not a file");
    }
  }

  /** The kind named on the command line: {@code entries}, {@code travel-declarations}, … (any case). */
  static ImportKind kind(CommandSpec spec, String name) {
    try {
      return ImportKind.valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "unknown kind '" + name + "'; kinds: "
          + Arrays.stream(ImportKind.values()).map(ImportCommand::name).collect(Collectors.joining(", "))
          + ", " + POLICIES);
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

  /** Whether {@code f} is an Excel workbook: its name ends in {@code .xlsx} (any case). */
  static boolean isWorkbook(Path f) {
    return f.getFileName() != null
        && f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
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
    out.printf("%s: %,d rows read, %,d imported, %,d already present, %,d rejected; %s; %s%n",
        s.source(), s.rowsRead(), s.imported(), s.alreadyPresent(), s.rejected(), s.findingsDescription(),
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
    m.put("findingsRaised", s.findingsRaisedKnown() ? s.findingsRaised() : null); // null: unknown
    m.put("encoding", s.encodingDescription());
    m.put("dataLines", s.dataLines());
    m.put("complete", s.complete());
    s.stoppedEarly().ifPresent(x -> m.put("stoppedEarly", Map.of("line", x.line(), "reason", x.reason())));
    m.put("errors", s.firstErrors().stream().map(RowError::toString).toList());
    return m;
  }
}

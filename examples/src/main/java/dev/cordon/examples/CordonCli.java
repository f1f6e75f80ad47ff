package dev.cordon.examples;

import dev.cordon.core.CordonConfigurationException;
import dev.cordon.core.CordonStorageException;
import dev.cordon.core.CordonStorageException.Fault;
import dev.cordon.core.validation.CordonValidationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The {@code cordon} command line (防疫合規命令行): {@code demo}, {@code import}, {@code check},
 * {@code report}, {@code describe}, {@code plan supplies|dining}, {@code personal-data export|erase} and
 * {@code purge}, each with {@code --help}.
 *
 * <p>Exit codes: {@value #OK} done (rows may have been rejected — the summary says so),
 * {@value #USAGE} bad usage, {@value #UNAVAILABLE} input unreadable or storage unavailable,
 * {@value #INCOMPLETE} an import that stopped before the end of a file (the summary says where and
 * why), {@value #NOTHING_IMPORTED} nothing imported yet (a check, report, plan or purge on a database
 * without units). Errors are one line on standard error, without Java class names;
 * {@code --verbose} adds the stack trace.
 */
@Command(name = "cordon", mixinStandardHelpOptions = true, versionProvider = CordonCli.Version.class,
    description = "Epidemic-prevention compliance: entry ledgers, travel declarations, supplies, duty, "
        + "checks and reports.",
    subcommands = {DemoCommand.class, ImportCommand.class, CheckCommand.class, ReportCommand.class,
        DescribeCommand.class, PlanCommand.class, PersonalDataCommand.class, PurgeCommand.class},
    commandListHeading = "%nCommands:%n")
public final class CordonCli implements Runnable {
  /** Done. */
  public static final int OK = 0;
  /** Bad usage: an unknown option, a malformed date, a missing argument. */
  public static final int USAGE = 1;
  /** Input unreadable or storage unavailable. */
  public static final int UNAVAILABLE = 2;
  /** An import stopped before the end of a file; running it again resumes it. */
  public static final int INCOMPLETE = ImportCommand.INCOMPLETE;
  /** Nothing imported yet: a check, report, plan, personal-data request or purge on a database without units. */
  public static final int NOTHING_IMPORTED = 4;


  /** The default storage: an embedded SQLite database file (WAL mode) under {@code ./cordon-data}. */
  public static final String DEFAULT_DB = "jdbc:sqlite:./cordon-data/cordon.db";

  private static final Pattern SQL_STATE = Pattern.compile("SQLState ([0-9A-Z]{5})");

  @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
      description = "Print stack traces with errors, and the log messages of the storage, its pool and drivers.")
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: choose one of "
        + String.join(", ", spec.subcommands().keySet()));
  }

  /** Third-party loggers silenced unless {@code --verbose}: their messages come with stack traces. */
  static final List<String> QUIET_LOGGERS = List.of("com.zaxxer.hikari", "org.flywaydb", "org.postgresql",
      "org.sqlite", "org.hibernate.validator", "org.jboss.logging", "org.h2");

  // java.util.logging keeps loggers weakly: hold the ones configured here
  private static final List<java.util.logging.Logger> JUL_LOGGERS = new java.util.ArrayList<>();

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    quietLoggingUnlessVerbose(args);
    // Hibernate Validator logs through JBoss Logging: send it to SLF4J (warnings only), not to java.util.logging
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    warmUp(args);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Start-up: while picocli reads the arguments (and the command then discovers its providers),
   * background threads start what every command that opens a database needs and would otherwise
   * start one after the other: Hibernate Validator's shared validator (the built-in defaults are
   * validated as soon as Cordon is assembled) and, when the database is an SQLite file, the SQLite
   * driver's native library. Nothing is skipped: the command waits for whatever is not ready yet
   * where it needs it, and a failure here is left for the command to meet and report itself. Not
   * for help, the version, or no command at all.
   */
  static void warmUp(String[] args) {
    if (args.length == 0 || args[0].startsWith("-") || args[0].equals("help")) {
      return;
    }
    boolean sqlite;
    try {
      sqlite = dbArgument(args).map(DbOption::storageUrl).orElse(DEFAULT_DB).startsWith("jdbc:sqlite:");
    } catch (RuntimeException e) {
      sqlite = false; // the command explains what is wrong with its --db
    }
    // SLF4J starts here, on this thread, before the threads below log: started by two threads at
    // once, it would replay their early messages with a warning on standard error
    org.slf4j.LoggerFactory.getILoggerFactory();
    inBackground("cordon-start-up-validator", () -> {
      try {
        dev.cordon.core.validation.Validation.validator();
      } catch (RuntimeException | LinkageError e) {
        // the command meets the same failure where it validates, and reports it
      }
    });
    if (sqlite) {
      inBackground("cordon-start-up-sqlite", () -> {
        try {
          // public API of sqlite-jdbc, called by reflection: the driver stays a dependency of the storage only
          Class.forName("org.sqlite.SQLiteJDBCLoader").getMethod("initialize").invoke(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
          // the driver loads it again when the command opens the database, and reports any failure
        }
      });
    }
  }

  private static void inBackground(String name, Runnable work) {
    Thread t = new Thread(work, name);
    t.setDaemon(true);
    t.start();
  }

  /** The value of {@code --db} among {@code args}, if given (before {@code --}). */
  private static Optional<String> dbArgument(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      if (args[i].equals("--db") && i + 1 < args.length) {
        return Optional.of(args[i + 1]);
      }
      if (args[i].startsWith("--db=")) {
        return Optional.of(args[i].substring("--db=".length()));
      }
    }
    return Optional.empty();
  }

  /**
   * Without {@code --verbose} (or {@code -v}) anywhere before {@code --}, logging says nothing but
   * the library's errors: slf4j-simple's default level becomes {@code error} and the loggers of
   * {@link #QUIET_LOGGERS} (pool, migrations, drivers, validator), which log failures with stack
   * traces, are off, as is {@code java.util.logging} (the PostgreSQL driver logs there). The command
   * reports every failure itself in one line. Must run before the first {@code LoggerFactory} call,
   * i.e. before picocli has parsed {@code --verbose}: the arguments are scanned here. A system
   * property given on the command line ({@code -Dorg.slf4j.simpleLogger…}) wins. With
   * {@code --verbose} logging stays as {@code simplelogger.properties} sets it (warnings and errors).
   */
  static void quietLoggingUnlessVerbose(String[] args) {
    for (String a : args) {
      if (a.equals("--")) {
        break;
      }
      if (a.equals("--verbose") || a.startsWith("--verbose=") || a.equals("-v")) {
        return;
      }
    }
    setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "error");
    for (String name : QUIET_LOGGERS) {
      setIfAbsent("org.slf4j.simpleLogger.log." + name, "off");
    }
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    root.setLevel(java.util.logging.Level.OFF);
    JUL_LOGGERS.add(root);
    for (String name : QUIET_LOGGERS) {
      java.util.logging.Logger l = java.util.logging.Logger.getLogger(name);
      l.setLevel(java.util.logging.Level.OFF);
      JUL_LOGGERS.add(l);
    }
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  /**
   * The configured command line writing to {@code out} and {@code err}: usage errors exit
   * {@value #USAGE}, unreadable input and unavailable storage {@value #UNAVAILABLE}, each as one line.
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new CordonCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    OptionValues.register(cl);
    // as wide as the terminal when it says (COLUMNS), so that fewer lines wrap; never below 80
    cl.setUsageHelpAutoWidth(true);
    withFooter(cl);
    cl.setParameterExceptionHandler(CordonCli::usageError);
    cl.setExecutionExceptionHandler(CordonCli::failure);
    return cl;
  }

  /** The help's closing sections, on every command: storage URLs, date forms, exit codes. */
  static final List<String> FOOTER = footer();

  private static List<String> footer() {
    List<String> f = new java.util.ArrayList<>();
    f.add("");
    f.add("Storage (--db URL; default " + DEFAULT_DB + "):");
    f.addAll(DbOption.URL_FORMS);
    f.add("");
    // a no-break space keeps a moment's date and time on one line (wrapAtSpaces writes it as a space)
    f.add("Dates: " + OptionValues.dateForms() + ", as in the ledgers; a moment (check --as-of): "
        + String.join(", ", dev.cordon.adapters.csv.LedgerDateFormat.DATE_TIME_FORMS).replace(' ', '\u00A0')
            .replace(",\u00A0", ", ") + ".");
    f.add("");
    f.add("Exit codes:");
    f.add("  " + OK + "  done (rows may have been rejected: the summary says so)");
    f.add("  " + USAGE + "  bad usage: an unknown option, a malformed date, a missing argument");
    f.add("  " + UNAVAILABLE + "  input unreadable or refused, or storage unavailable");
    f.add("  " + INCOMPLETE + "  import incomplete (the summary says where and why; run it again)");
    f.add("  " + NOTHING_IMPORTED + "  nothing imported yet: the database holds no units");
    return List.copyOf(f);
  }

  /**
   * Puts {@link #FOOTER} under every command's help, wrapped here rather than by picocli: picocli
   * breaks a line wherever {@link java.text.BreakIterator} may, which includes after every {@code /},
   * {@code ?} and {@code :} of a URL ({@code jdbc:postgresql://HOST:PORT/DB?} and {@code user=…} on
   * the next line); here a line breaks at spaces only, so a URL is never cut.
   */
  private static void withFooter(CommandLine cl) {
    cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER,
        help -> wrapAtSpaces(FOOTER, help.commandSpec().usageMessage().width()));
    cl.getSubcommands().values().forEach(CordonCli::withFooter);
  }

  /**
   * {@code lines} wrapped to {@code width} columns (a CJK character takes two) at spaces only; a
   * continuation is indented as far as the text after the first run of two spaces in the line
   * ({@code "  memory:   in memory, …"} continues under {@code in}), else as the line itself.
   */
  static String wrapAtSpaces(List<String> lines, int width) {
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      int lead = line.length() - line.stripLeading().length();
      Matcher gap = Pattern.compile("\\S {2,}(?=\\S)").matcher(line);
      int indent = gap.find(lead) && gap.end() < width / 2 ? gap.end() : lead;
      StringBuilder current = new StringBuilder(line.substring(0, lead));
      int columns = lead;
      boolean first = true;
      for (String word : line.substring(lead).split("(?<= )(?! )")) {
        int w = columns(word.stripTrailing());
        if (!first && columns + w > width) {
          out.append(current.toString().stripTrailing()).append(System.lineSeparator());
          current = new StringBuilder(" ".repeat(indent));
          columns = indent;
        }
        current.append(word);
        columns += columns(word);
        first = false;
      }
      out.append(current.toString().stripTrailing()).append(System.lineSeparator());
    }
    return out.toString().replace('\u00A0', ' ');
  }

  // columns a text takes on a terminal: CJK ideographs and full-width forms take two
  private static int columns(String s) {
    return s.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF60) ? 2 : 1).sum();
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("cordon: " + withoutJavaNames(oneLine(e.getMessage())));
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
    if (verbose(cl)) {
      e.printStackTrace(err);
    }
    err.flush();
    return USAGE;
  }

  private static int failure(Exception e, CommandLine cl, ParseResult parsed) {
    PrintWriter err = cl.getErr();
    err.println("cordon: " + describe(e));
    if (verbose(cl)) {
      e.printStackTrace(err);
    } else if (!(e instanceof CordonConfigurationException || e instanceof CordonStorageException
        || e instanceof IOException || e instanceof UncheckedIOException
        || e instanceof CordonValidationException || e instanceof NothingImportedException)) {
      err.println("(run with --verbose for the stack trace)");
    }
    err.flush();
    return e instanceof NothingImportedException ? NOTHING_IMPORTED : UNAVAILABLE;
  }

  /**
   * Refuses, with exit code {@value #NOTHING_IMPORTED}, to check, report or plan on a database that
   * holds no units: nothing was imported into it yet, and an empty report or "0 findings" would read
   * as a clean bill of health.
   *
   * @param db the {@code --db} as given, repeated in the command suggested (a password masked)
   */
  static void requireSomethingImported(dev.cordon.Cordon cordon, String db) {
    if (cordon.storage().units().count() == 0) {
      throw new NothingImportedException(nothingImported(db));
    }
  }

  /** What to say about a database that holds no units yet, and what to run. */
  static String nothingImported(String db) {
    String on = db.equals(DEFAULT_DB) ? "" : " --db " + masked(db);
    return "nothing imported yet: the database" + (on.isEmpty() ? "" : " " + masked(db))
        + " holds no units. Import the units, people and sites first, then the ledgers: cordon import" + on
        + " --kind units FILE.csv (then --kind people, --kind sites, …); or run cordon demo" + on
        + " to try it on a generated month.";
  }

  private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

  /** {@code url} with the value of any {@code password=} masked. */
  static String masked(String url) {
    return PASSWORD.matcher(url).replaceAll("$1****");
  }

  /** Nothing was imported into the database the command was given; exits {@value #NOTHING_IMPORTED}. */
  static final class NothingImportedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NothingImportedException(String message) {
      super(message, null, false, false);
    }
  }

  /** One line saying what went wrong, without a stack trace. */
  static String describe(Throwable e) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (t instanceof NoSuchFileException n) {
      return "cannot read " + n.getFile() + ": no such file";
    }
    if (t instanceof ImportCommand.NotAFileException d) {
      return "cannot read " + d.getFile() + ": " + d.getReason();
    }
    if (t instanceof AccessDeniedException a) {
      return "cannot access " + a.getFile() + ": permission denied";
    }
    if (t instanceof CordonValidationException v) {
      return "input refused: " + oneLine(v.getMessage(Locale.ENGLISH));
    }
    if (t instanceof CordonStorageException s) {
      return withKind(oneLine(s.getMessage()), s.fault() == Fault.OTHER ? faultKind(s) : inWords(s.fault()));
    }
    if (t instanceof CordonConfigurationException) {
      return oneLine(t.getMessage());
    }
    if (t instanceof IOException) {
      return "input/output error: " + oneLine(t.getMessage());
    }
    if (t instanceof NothingImportedException) {
      return t.getMessage();
    }
    // never a class name: the message alone, or the kind of fault found under it
    String kind = faultKind(t);
    String message = t.getMessage() == null || t.getMessage().isBlank() ? "no details" : oneLine(t.getMessage());
    message = withoutJavaNames(message);
    return "unexpected error: " + (kind == null ? message : withKind(message, kind));
  }

  // a qualified Java name (java.time.LocalDate, dev.cordon.x.Y), and "(…Exception: …)" after a message
  private static final Pattern JAVA_CAUSE = Pattern.compile(
      "\\s*\\((?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b[^)]*\\)");
  private static final Pattern JAVA_NAME = Pattern.compile(
      "(?:class |interface )?\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)");

  /**
   * {@code message} without Java names: a parenthesised exception (picocli's
   * {@code (java.time.format.DateTimeParseException: …)}) dropped, a qualified class name shortened
   * to a word ({@code java.time.LocalDate} to {@code LocalDate}), an exception's name to "error".
   * A safety net: the converters of {@link OptionValues} and the messages here say what is wrong in
   * words already.
   */
  static String withoutJavaNames(String message) {
    String m = JAVA_CAUSE.matcher(message).replaceAll("");
    m = JAVA_NAME.matcher(m).replaceAll(r -> java.util.regex.Matcher.quoteReplacement(
        r.group(1).endsWith("Exception") || r.group(1).endsWith("Error") ? "error" : r.group(1)));
    return m.replaceAll("\\b[A-Z][A-Za-z]*Exception\\b", "error");
  }

  /** {@code message} and, unless it says so already, the kind of fault found under it. */
  static String withKind(String message, String kind) {
    if (kind == null) {
      return message;
    }
    String k = kind;
    int state = k.indexOf(" (SQLState ");
    if (state >= 0 && message.contains(k.substring(state + 2, k.length() - 1))) {
      k = k.substring(0, state); // the message names the SQLState already
    }
    if (message.toLowerCase(Locale.ROOT).contains(k.toLowerCase(Locale.ROOT))) {
      return message;
    }
    String m = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    return m + ": " + k + ".";
  }

  /** A classified storage fault in a few words, as the JDBC storage's messages put it. */
  static String inWords(Fault fault) {
    return switch (fault) {
      case UNREACHABLE -> "unreachable";
      case LOCKED -> "locked by another process";
      case READ_ONLY -> "read-only";
      case NOT_A_CORDON_DATABASE -> "not a Cordon database";
      case CORRUPT -> "damaged";
      case FULL -> "full";
      case CLOSED -> "closed";
      case OTHER -> null;
    };
  }

  /**
   * What an unclassified storage fault is, from the causes under it (a refused connection, a file
   * locked by another process, …), in a few words; null when the causes do not say. Only exception
   * types and SQLStates are used, never a driver's message, which may quote data.
   */
  static String faultKind(Throwable e) {
    String sqlState = null;
    int depth = 0;
    for (Throwable t = e; t != null && depth < 32; t = t.getCause() == t ? null : t.getCause(), depth++) {
      if (t instanceof ConnectException) {
        return "connection refused";
      }
      if (t instanceof NoRouteToHostException) {
        return "no route to host";
      }
      if (t instanceof UnknownHostException) {
        return "unknown host";
      }
      if (t instanceof SocketTimeoutException) {
        return "connection timed out";
      }
      if (t instanceof AccessDeniedException) {
        return "permission denied";
      }
      if (sqlState == null && t instanceof SQLException s && s.getSQLState() != null) {
        sqlState = s.getSQLState();
      }
      if (sqlState == null && t instanceof CordonStorageException && t.getMessage() != null) {
        // a storage that keeps driver exceptions out of the cause chain names their SQLState instead
        Matcher m = SQL_STATE.matcher(t.getMessage());
        sqlState = m.find() ? m.group(1) : null;
      }
    }
    if (sqlState == null) {
      return null;
    }
    return switch (sqlState) {
      // H2's own states: database already open elsewhere, read-only, file corrupted
      case "90020" -> "locked by another process";
      case "90097" -> "read-only";
      case "90030" -> "the database file is corrupt";
      default -> sqlState.startsWith("08") ? "server unreachable (SQLState " + sqlState + ")" : null;
    };
  }

  static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", "; ");
  }

  private static boolean verbose(CommandLine cl) {
    CommandLine root = cl;
    while (root.getParent() != null) {
      root = root.getParent();
    }
    Object cmd = root.getCommand();
    return cmd instanceof CordonCli c && c.verbose;
  }

  /**
   * The version: the Maven project version, written into {@code version.properties} when the module
   * is built (so that it is there in the classes directory too), else the jar manifest's.
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"cordon " + version()};
    }

    static String version() {
      try (java.io.InputStream in = CordonCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          java.util.Properties p = new java.util.Properties();
          p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
          String v = p.getProperty("version", "");
          if (!v.isBlank() && !v.startsWith("${")) {
            return v.strip();
          }
        }
      } catch (IOException e) {
        // the manifest's, below
      }
      String v = CordonCli.class.getPackage().getImplementationVersion();
      return v == null ? "(development build)" : v;
    }
  }
}

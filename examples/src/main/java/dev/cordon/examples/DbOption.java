package dev.cordon.examples;

import dev.cordon.Cordon;
import dev.cordon.core.CordonStorageException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option every command shares, and how each kind of command opens the storage it
 * names: {@link #open()} creates an embedded database that is not there yet ({@code import},
 * {@code demo}); {@link #openExisting(boolean)} and {@link #openExisting()} write but refuse a
 * missing one unless asked to create it ({@code check --create}); {@link #openForReading()} neither creates nor writes ({@code describe},
 * {@code report}, the planners without {@code --execute}).
 */
final class DbOption {
  /** The storage setting that lets the storage create a database that does not exist yet. */
  static final String CREATE = "create";
  /** The storage setting that opens without migrating the schema and without writing. */
  static final String READ_ONLY = "readOnly";

  /** The storage setting bounding the wait for a connection, in milliseconds. */
  static final String CONNECTION_TIMEOUT = "connectionTimeoutMillis";

  static final String H2_SUFFIX = ".mv.db";

  private static final String CREATED_BY = "; import or demo creates a database.";

  private static final Pattern CONNECT_TIMEOUT = Pattern.compile("[?&]connectTimeout=(\\d+)(?:&|$)");

  // a URL scheme has two letters at least, so that a Windows path (C:\data\cordon.db) is a path
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

  // the URL forms are listed in the help's footer, where each has a line of its own: in the option's
  // narrow description column a URL longer than the column would be broken in the middle
  @Option(names = "--db", paramLabel = "URL", defaultValue = CordonCli.DEFAULT_DB,
      description = "The storage: a URL or a database file (default: an SQLite file; see Storage below).")
  String url;

  /** The storage URL forms, a line each, for the help's footer. */
  static final java.util.List<String> URL_FORMS = java.util.List.of(
      "  jdbc:sqlite:PATH     an embedded SQLite file (WAL mode), PATH itself",
      "  jdbc:h2:file:PATH    an embedded H2 file, PATH.mv.db",
      "                       (a PATH ending in .mv.db is taken without it)",
      "  jdbc:postgresql://HOST:PORT/DB?user=USER&password=PASSWORD",
      "                       a PostgreSQL server; connectTimeout=SECONDS",
      "                       also bounds how long opening waits",
      "  memory:              in memory, gone when the command ends",
      "  PATH                 a plain file path: PATH.mv.db is an H2 file,",
      "                       any other PATH an SQLite file (jdbc:sqlite:PATH)",
      "A database file that does not exist is refused, except by import and demo,",
      "which create it, and by check --create.");

  /**
   * Opens Cordon on the storage named, creating an embedded database that does not exist yet; for
   * the commands that create by nature ({@code import}, {@code demo}). Passes {@code create=true}.
   */
  Cordon open() {
    return open(Access.CREATE, "");
  }

  /**
   * Opens Cordon on an existing database to read and write, for a command with a {@code --create}
   * option ({@code check}): an embedded database file that does not exist is refused, with a hint
   * at {@code --create}, unless {@code create}. Passes {@code create=true|false}.
   *
   * @throws CordonStorageException if the file does not exist and {@code create} is false
   */
  Cordon openExisting(boolean create) {
    return open(create ? Access.CREATE : Access.WRITE, ", or add --create to start an empty database there.");
  }

  /**
   * Opens Cordon on an existing database to read and write ({@code plan supplies --execute}): an
   * embedded database file that does not exist is refused. Passes {@code create=false}.
   *
   * @throws CordonStorageException if the file does not exist
   */
  Cordon openExisting() {
    return open(Access.WRITE, CREATED_BY);
  }

  /**
   * Opens Cordon on an existing database to read only ({@code describe}, {@code report}, the
   * planners): an embedded database file that does not exist is refused; passes {@code create=false}
   * and {@code readOnly=true}, so that the storage neither migrates nor writes (a read-only file then
   * opens).
   *
   * @throws CordonStorageException if the file does not exist
   */
  Cordon openForReading() {
    return open(Access.READ, CREATED_BY);
  }

  /** What a command may do to the database it opens. */
  private enum Access {
    /** Read, write, and create the database if it does not exist. */
    CREATE,
    /** Read and write an existing database. */
    WRITE,
    /** Read an existing database. */
    READ
  }

  // hint: how to go on when the file does not exist, after "Check --db"
  private Cordon open(Access access, String hint) {
    String u = storageUrl(url);
    if (access != Access.CREATE) {
      requireExisting(u, hint);
    }
    Cordon.Builder b = Cordon.builder().storage(u)
        .option(CREATE, Boolean.toString(access == Access.CREATE))
        .option(READ_ONLY, Boolean.toString(access == Access.READ));
    connectTimeoutSeconds(u).ifPresent(s -> b.option(CONNECTION_TIMEOUT, Long.toString(s * 1000)));
    return b.build();
  }

  /**
   * PostgreSQL's {@code connectTimeout=SECONDS} in the URL, when positive: the storage then waits
   * that long for a first connection too, instead of its own ten seconds of retries (a server that
   * refuses connections fails in about that time).
   */
  static Optional<Long> connectTimeoutSeconds(String url) {
    if (!url.startsWith("jdbc:postgresql:")) {
      return Optional.empty();
    }
    Matcher m = CONNECT_TIMEOUT.matcher(url);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      long s = Long.parseLong(m.group(1));
      return s > 0 && s <= 3600 ? Optional.of(s) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void requireExisting(String url, String hint) {
    Optional<Path> file = embeddedFile(url);
    if (file.isPresent() && !Files.exists(file.get())) {
      throw new CordonStorageException("No Cordon database at " + file.get().toAbsolutePath().normalize()
          + ": the file does not exist. Check --db" + hint);
    }
  }

  /**
   * The storage URL that {@code --db} means: a plain file path becomes an SQLite URL (or an H2 URL
   * when it ends in {@code .mv.db}), and an H2 URL whose path ends in {@code .mv.db} loses the suffix
   * (H2 adds it: {@code cordon.mv.db} would otherwise become {@code cordon.mv.db.mv.db}).
   */
  static String storageUrl(String db) {
    return h2RelativeMarked(plainOrUnsuffixed(db));
  }

  private static String plainOrUnsuffixed(String db) {
    if (!SCHEME.matcher(db).find()) {
      return db.endsWith(H2_SUFFIX)
          ? "jdbc:h2:file:" + db.substring(0, db.length() - H2_SUFFIX.length())
          : "jdbc:sqlite:" + db;
    }
    Optional<String> h2 = h2Path(db);
    if (h2.isPresent() && h2.get().toLowerCase(Locale.ROOT).endsWith(H2_SUFFIX)) {
      int end = db.indexOf(';');
      String settings = end < 0 ? "" : db.substring(end);
      String head = end < 0 ? db : db.substring(0, end);
      return head.substring(0, head.length() - H2_SUFFIX.length()) + settings;
    }
    return db;
  }

  /**
   * An H2 file URL with a relative path ({@code jdbc:h2:file:data/cordon}) made explicitly relative
   * ({@code jdbc:h2:file:./data/cordon}): H2 refuses a path that is only implicitly relative to the
   * working directory (SQLState 90011).
   */
  private static String h2RelativeMarked(String url) {
    Optional<String> p = h2Path(url);
    if (p.isEmpty() || !implicitlyRelative(p.get())) {
      return url;
    }
    int at = url.startsWith("jdbc:h2:file:") ? "jdbc:h2:file:".length() : "jdbc:h2:".length();
    return url.substring(0, at) + "./" + url.substring(at);
  }

  // relative without ./ or ../ (and no prefix such as nio: or a drive letter)
  private static boolean implicitlyRelative(String p) {
    return !(p.startsWith("/") || p.startsWith("\\") || p.startsWith("~") || p.startsWith("./")
        || p.startsWith("../") || p.startsWith(".\\") || p.startsWith("..\\") || p.contains(":"));
  }

  /**
   * The file of an embedded database URL: {@code PATH} of {@code jdbc:sqlite:PATH?…},
   * {@code PATH.mv.db} of {@code jdbc:h2:file:PATH;…} or {@code jdbc:h2:PATH}; empty for in-memory,
   * server and other storage (they are not checked).
   */
  static Optional<Path> embeddedFile(String url) {
    Optional<String> h2 = h2Path(url);
    if (h2.isPresent()) {
      return file(h2.get() + H2_SUFFIX);
    }
    if (url.startsWith("jdbc:sqlite:")) {
      String p = url.substring("jdbc:sqlite:".length());
      int q = p.indexOf('?');
      if (q >= 0) {
        p = p.substring(0, q);
      }
      if (p.startsWith("file:")) {
        p = p.substring("file:".length());
        // file:///abs/path and file:/abs/path are the same absolute path
        p = p.startsWith("///") ? p.substring(2) : p;
      }
      if (p.isEmpty() || p.equals(":memory:") || p.startsWith(":resource:") || url.contains("mode=memory")) {
        return Optional.empty();
      }
      return file(p);
    }
    return Optional.empty();
  }

  /**
   * Refuses, before anything is opened, an output file ({@code option}, e.g. {@code --out}) that is
   * this storage's database or one of its side files, or any existing file that is an SQLite or H2
   * database: writing a report there would destroy it.
   */
  void refuseAsOutput(picocli.CommandLine.Model.CommandSpec spec, String option, Path out) throws java.io.IOException {
    if (out == null) {
      return;
    }
    for (Path d : databaseFiles(url)) {
      if (ImportCommand.sameFile(out, d)) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), option + " " + out
            + " is the database file " + d + " (--db " + url + "); writing it would destroy the database:"
            + " choose another file; nothing was written");
      }
    }
    if (java.nio.file.Files.isRegularFile(out)) {
      byte[] head;
      try (java.io.InputStream in = java.nio.file.Files.newInputStream(out)) {
        head = in.readNBytes(16);
      } catch (java.nio.file.AccessDeniedException e) {
        return; // writing it will say so
      }
      String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
      if (text.startsWith("SQLite format 3") || text.startsWith("H:2,")) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), option + " " + out
            + " is a database file; it is not overwritten: choose another file; nothing was written");
      }
    }
  }

  /**
   * Every file of the embedded database that {@code --db} names: for SQLite {@code PATH},
   * {@code PATH-wal}, {@code PATH-shm} and {@code PATH-journal}; for an H2 file {@code PATH.mv.db},
   * {@code PATH.trace.db} and {@code PATH.lock.db}; none for in-memory and server storage. Writing
   * any of them destroys or loses data, so no other output may be one of them.
   */
  static List<Path> databaseFiles(String db) {
    String u = storageUrl(db);
    Optional<String> h2 = h2Path(u);
    List<Path> out = new ArrayList<>();
    if (h2.isPresent()) {
      for (String suffix : new String[] {H2_SUFFIX, ".trace.db", ".lock.db"}) {
        file(h2.get() + suffix).ifPresent(out::add);
      }
      return out;
    }
    Optional<Path> sqlite = u.startsWith("jdbc:sqlite:") ? embeddedFile(u) : Optional.empty();
    if (sqlite.isPresent() && sqlite.get().getFileName() != null) {
      Path p = sqlite.get();
      out.add(p);
      for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
        out.add(p.resolveSibling(p.getFileName() + suffix));
      }
    }
    return out;
  }

  // the path of an embedded H2 file URL, as written (without ;settings), or empty
  private static Optional<String> h2Path(String url) {
    if (!url.startsWith("jdbc:h2:")) {
      return Optional.empty();
    }
    String p = url.substring("jdbc:h2:".length());
    int end = p.indexOf(';');
    if (end >= 0) {
      p = p.substring(0, end);
    }
    if (p.startsWith("mem:") || p.startsWith("tcp:") || p.startsWith("ssl:")) {
      return Optional.empty();
    }
    if (p.startsWith("file:")) {
      p = p.substring("file:".length());
    }
    return p.isEmpty() ? Optional.empty() : Optional.of(p);
  }

  private static Optional<Path> file(String path) {
    String p = path.startsWith("~/") || path.equals("~")
        ? System.getProperty("user.home") + path.substring(1) : path;
    try {
      return Optional.of(Path.of(p));
    } catch (InvalidPathException e) {
      // not a path on this system: the storage will say what is wrong with the URL
      return Optional.empty();
    }
  }
}

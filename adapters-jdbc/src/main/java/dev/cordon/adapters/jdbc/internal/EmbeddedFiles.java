package dev.cordon.adapters.jdbc.internal;

import dev.cordon.adapters.jdbc.JdbcOptions;
import dev.cordon.core.CordonConfigurationException;
import dev.cordon.core.CordonStorageException;
import dev.cordon.core.CordonStorageException.Fault;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The files behind embedded database URLs, checked before a driver touches them: a missing file is
 * refused unless it may be created (a mistyped path must not open a new, empty database), a file
 * that is not a database of the URL's kind is named as such, and a read-only file is reported as
 * read-only rather than as a failed connection.
 */
public final class EmbeddedFiles {
  private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] H2_MAGIC = "H:2,".getBytes(StandardCharsets.US_ASCII);

  private EmbeddedFiles() {}

  /** The file of a {@code jdbc:sqlite:} URL; in-memory and temporary databases are refused. */
  public static Path sqliteFile(String url) {
    String rest = url.substring("jdbc:sqlite:".length());
    if (rest.startsWith("file:")) {
      rest = rest.substring("file:".length());
    }
    int query = rest.indexOf('?');
    String params = query < 0 ? "" : rest.substring(query + 1).toLowerCase(Locale.ROOT);
    String path = query < 0 ? rest : rest.substring(0, query);
    if (path.isBlank() || path.equals(":memory:") || params.contains("mode=memory")) {
      throw new CordonConfigurationException("An in-memory or temporary SQLite database (" + url + ") is private to"
          + " one connection; name a file, e.g. jdbc:sqlite:./cordon-data/cordon.db, or use jdbc:h2:mem:NAME or"
          + " memory: for a database that lives only as long as the storage.");
    }
    try {
      return Path.of(path);
    } catch (InvalidPathException e) {
      throw new CordonConfigurationException("The SQLite URL " + url + " does not name a valid file path.", e);
    }
  }

  /** The data file ({@code PATH.mv.db}) of an H2 file URL, or empty for in-memory and server URLs. */
  public static Optional<Path> h2File(String url) {
    String rest = url.substring("jdbc:h2:".length());
    if (rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:")) {
      return Optional.empty();
    }
    if (rest.startsWith("file:")) {
      rest = rest.substring("file:".length());
    }
    int settings = rest.indexOf(';');
    String path = settings < 0 ? rest : rest.substring(0, settings);
    if (path.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(path + ".mv.db"));
    } catch (InvalidPathException e) {
      throw new CordonConfigurationException("The H2 URL " + url + " does not name a valid file path.", e);
    }
  }

  /**
   * Checks an SQLite file before it is opened: refuses a missing file unless it may be created (and
   * then creates its directories), a directory, a file that is not an SQLite database, and a
   * read-only file or directory when writing was asked for.
   */
  public static void checkSqlite(Path file, String url, JdbcOptions options) {
    if (Files.isDirectory(file)) {
      throw new CordonConfigurationException("The SQLite URL " + url + " names a directory, not a database file.");
    }
    if (!Files.exists(file)) {
      refuseMissing(file, options);
      createDirectories(file);
      return;
    }
    byte[] head = head(file, SQLITE_MAGIC.length);
    if (head.length > 0 && !Arrays.equals(head, SQLITE_MAGIC)) {
      String what = startsWith(head, H2_MAGIC) ? "an H2 database; open it with jdbc:h2:file:"
          + stripSuffix(file.toString(), ".mv.db") : "not an SQLite database";
      throw new CordonStorageException("The file " + file + " is not a Cordon database: it is " + what + ".",
          Fault.NOT_A_CORDON_DATABASE, null, null);
    }
    checkWritable(file, options);
    if (head.length > 0) {
      checkSqliteSchema(file, options);
    } else if (!options.create() || options.readOnly()) {
      throw new CordonStorageException("The file " + file + " is not a Cordon database: it is empty. Check the"
          + " path, or allow it to be created (the storage setting create=true; the CLI's --create).",
          Fault.NOT_A_CORDON_DATABASE, null, null);
    }
  }

  /**
   * Looks into an existing SQLite file, read-only and without changing its journal mode, before the
   * storage opens it: a file of another application (tables but no Cordon schema history) is
   * refused — Cordon keeps a file of its own and never adds its tables to someone else's — and an
   * empty one is refused when it may not be created, before anything is written to it.
   */
  private static void checkSqliteSchema(Path file, JdbcOptions options) {
    org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, options.connectionTimeout().toMillis()));
    boolean cordon = false;
    int tables = 0;
    try (java.sql.Connection c = config.createConnection(readOnlyUrl(file));
        java.sql.Statement st = c.createStatement();
        java.sql.ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
      while (rs.next()) {
        tables++;
        cordon |= rs.getString(1).equals(Schema.HISTORY_TABLE);
      }
    } catch (java.sql.SQLException e) {
      throw Faults.of("read the schema", file.toString(), e);
    }
    if (cordon) {
      return;
    }
    if (tables > 0) {
      throw new CordonStorageException("The file " + file + " is not a Cordon database: it holds " + tables
          + " table(s) of another application and no Cordon schema. Cordon keeps a database file of its own;"
          + " choose another path.", Fault.NOT_A_CORDON_DATABASE, null, null);
    }
    if (!options.create() || options.readOnly()) {
      throw new CordonStorageException("The file " + file + " is not a Cordon database: it is an empty SQLite"
          + " database. Check the path, or allow it to be created (the storage setting create=true; the CLI's"
          + " --create).", Fault.NOT_A_CORDON_DATABASE, null, null);
    }
  }

  /**
   * The URL that reads the SQLite file {@code file} without writing anything. A reader of a WAL
   * database needs its {@code -shm} file, which it creates when absent; in a directory it may not
   * write to (a read-only share, another user's directory) it cannot, so the file is opened
   * {@code immutable=1} there — no locks and no side files, which is right only because no writer
   * can be at work in a directory where none can create its {@code -wal} file either.
   */
  public static String readOnlyUrl(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    return readOnlyUrl(file, dir == null || Files.isWritable(dir));
  }

  /** {@link #readOnlyUrl(Path)} for a directory known to be writable or not. */
  static String readOnlyUrl(Path file, boolean directoryWritable) {
    Path absolute = file.toAbsolutePath();
    Path shm = absolute.resolveSibling(absolute.getFileName() + "-shm");
    if (!directoryWritable && !Files.exists(shm)) {
      return "jdbc:sqlite:" + absolute.toUri() + "?immutable=1";
    }
    return "jdbc:sqlite:" + file;
  }

  /** Checks an H2 data file before it is opened: refuses a missing file unless it may be created. */
  public static void checkH2(Path dataFile, String url, JdbcOptions options) {
    if (!Files.exists(dataFile)) {
      refuseMissing(dataFile, options);
      return;
    }
    byte[] head = head(dataFile, H2_MAGIC.length);
    if (head.length > 0 && !Arrays.equals(head, H2_MAGIC)) {
      throw new CordonStorageException("The file " + dataFile + " is not a Cordon database: it is not an H2 database.",
          Fault.NOT_A_CORDON_DATABASE, null, null);
    }
    checkWritable(dataFile, options);
  }

  private static void refuseMissing(Path file, JdbcOptions options) {
    if (!options.create() || options.readOnly()) {
      throw new CordonConfigurationException("There is no Cordon database at " + file.toAbsolutePath().normalize()
          + "; check the path, or allow it to be created (the storage setting create=true; the CLI's --create).");
    }
  }

  private static void createDirectories(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    if (dir == null) {
      return;
    }
    try {
      Files.createDirectories(dir);
    } catch (AccessDeniedException e) {
      throw new CordonStorageException("Cordon could not create the directory " + dir + " for a new database:"
          + " it is read-only.", Fault.READ_ONLY, null, null);
    } catch (IOException e) {
      throw new CordonStorageException("Cordon could not create the directory " + dir + " for a new database ("
          + e.getClass().getSimpleName() + ").", Fault.OTHER, null, null);
    }
  }

  private static void checkWritable(Path file, JdbcOptions options) {
    if (options.readOnly()) {
      return;
    }
    Path dir = file.toAbsolutePath().getParent();
    if (!Files.isWritable(file) || (dir != null && !Files.isWritable(dir))) {
      throw new CordonStorageException("The database " + file + " is read-only (the file or its directory does not"
          + " allow writing); make it writable, or open it for reading only (the storage setting readOnly=true).",
          Fault.READ_ONLY, null, null);
    }
  }

  private static byte[] head(Path file, int n) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(n);
    } catch (AccessDeniedException e) {
      throw new CordonStorageException("Cordon may not read the database file " + file + ".", Fault.READ_ONLY, null,
          null);
    } catch (IOException e) {
      throw new CordonStorageException("Cordon could not read the database file " + file + " ("
          + e.getClass().getSimpleName() + ").", Fault.OTHER, null, null);
    }
  }

  private static boolean startsWith(byte[] head, byte[] prefix) {
    return head.length >= prefix.length && Arrays.equals(Arrays.copyOf(head, prefix.length), prefix);
  }

  private static String stripSuffix(String s, String suffix) {
    return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
  }
}

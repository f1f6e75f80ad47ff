package dev.cordon.adapters.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.cordon.adapters.jdbc.internal.Database;
import dev.cordon.adapters.jdbc.internal.Dialect;
import dev.cordon.adapters.jdbc.internal.EmbeddedFiles;
import dev.cordon.adapters.jdbc.internal.Faults;
import dev.cordon.adapters.jdbc.internal.JdbcStores;
import dev.cordon.adapters.jdbc.internal.Schema;
import dev.cordon.adapters.jdbc.internal.Urls;
import dev.cordon.core.CordonConfigurationException;
import dev.cordon.core.CordonStorageException;
import dev.cordon.core.storage.LockKey;
import dev.cordon.core.storage.RecordKind;
import dev.cordon.core.storage.RecordTable;
import dev.cordon.core.storage.Storage;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Cordon's storage in a relational database over JDBC (關係數據庫存儲): embedded H2 (file or
 * in-memory) or PostgreSQL. Open it from a URL ({@link #open(String, JdbcOptions)}, with a HikariCP
 * pool that Cordon owns and closes) or over your application's own {@link DataSource}
 * ({@link #open(DataSource, JdbcOptions)}, used as is and never closed by Cordon). Opening checks
 * and migrates the schema (see {@link JdbcOptions#migrate()}).
 *
 * <p>Transactions: {@link #inTransaction} binds one connection to the calling thread until the work
 * returns; reads and writes inside it use it, and a nested call is a savepoint. A write outside any
 * transaction is a transaction of its own, retried after a deadlock or a busy database; a batch
 * ({@code putAll}) is always all or nothing. Streams are read
 * page by page (keyset paging, {@link JdbcOptions#fetchSize()} rows a page): outside a transaction
 * each page borrows a connection only while it is read, inside one it uses the transaction's
 * connection — close streams all the same. Every fault of the database is a
 * {@link CordonStorageException} whose cause is the {@link SQLException}. Thread-safe.
 */
public final class JdbcStorage implements Storage {
  /**
   * An H2 file database in {@code ./cordon-data/} (created on first use, relative to the working
   * directory), used by one process at a time. Prefer {@link #SQLITE_DEFAULT_URL}: see
   * {@link #open(String, JdbcOptions)} on what each embedded engine guarantees when a process is killed.
   */
  public static final String H2_DEFAULT_URL = "jdbc:h2:file:./cordon-data/cordon;AUTO_SERVER=FALSE";

  /**
   * The embedded default: an SQLite file {@code ./cordon-data/cordon.db} (created on first use,
   * relative to the working directory) in WAL mode, which survives a killed process (see
   * {@link #open(String, JdbcOptions)}).
   */
  public static final String SQLITE_DEFAULT_URL = "jdbc:sqlite:./cordon-data/cordon.db";

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final Database db;
  private final JdbcStores stores;
  private final JdbcReportQueries reports;
  private final Map<String, String> facts;
  private final AutoCloseable ownedPool;
  private final Connection keeper;
  private volatile boolean closed;

  private JdbcStorage(Database db, Map<String, String> facts, AutoCloseable ownedPool, Connection keeper) {
    this.db = db;
    this.stores = new JdbcStores(db);
    this.reports = new JdbcReportQueries(db);
    this.facts = Map.copyOf(facts);
    this.ownedPool = ownedPool;
    this.keeper = keeper;
  }

  /**
   * Whether {@code url} is a JDBC URL this storage opens: {@code jdbc:sqlite:…}, {@code jdbc:h2:…} or {@code jdbc:postgresql:…}.
   *
   * @param url the storage URL
   * @return whether {@code url} is a JDBC URL this storage opens: {@code jdbc:sqlite:…}, {@code jdbc:h2:…} or {@code jdbc:postgresql:…}
   */
  public static boolean supports(String url) {
    return url != null && (url.startsWith("jdbc:sqlite:") || url.startsWith("jdbc:h2:")
        || url.startsWith("jdbc:postgresql:"));
  }

  /**
   * Opens the database at {@code url} with a connection pool of its own (HikariCP), closed by
   * {@link #close()}.
   *
   * <p>{@code jdbc:sqlite:PATH} (the embedded default) opens an SQLite file in WAL mode with
   * {@code synchronous=FULL}: a transaction that returned is on disk, and a process killed at any
   * moment leaves the database as it was after its last commit. A missing file is created with its
   * directories unless {@link JdbcOptions#create()} is false. {@code jdbc:h2:file:PATH} is opened
   * with {@code WRITE_DELAY=0} (unless the URL sets it), so that a commit is written when it returns;
   * H2 stays supported for existing files and in-memory databases, but SQLite is the engine Cordon's
   * crash test runs on every build.
   *
   * @param url the storage URL
   * @param options the options
   * @return the database at {@code url} with a connection pool of its own (HikariCP), closed by {@link #close()}
   * @throws CordonConfigurationException if the URL is not an SQLite, H2 or PostgreSQL URL, the
   *     PostgreSQL driver is missing, the file does not exist and may not be created, the file is not
   *     a Cordon database, or the schema is from a newer Cordon (or outdated, with migrations off)
   * @throws CordonStorageException if the database cannot be reached, is locked by another process,
   *     or is read-only when writing was asked for; {@link CordonStorageException#fault()} says which
   */
  public static JdbcStorage open(String url, JdbcOptions options) {
    if (!supports(url)) {
      throw new CordonConfigurationException("Cordon's JDBC storage opens jdbc:sqlite:…, jdbc:h2:… and"
          + " jdbc:postgresql:… URLs, not " + Urls.masked(url) + ".");
    }
    if (url.startsWith("jdbc:sqlite:")) {
      return openSqlite(url, options);
    }
    String driver = url.startsWith("jdbc:h2:") ? "org.h2.Driver" : "org.postgresql.Driver";
    try {
      Class.forName(driver, false, JdbcStorage.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new CordonConfigurationException("The JDBC driver " + driver + " for " + Urls.masked(url)
          + " is not on the class path; add org.postgresql:postgresql to your application's dependencies.", e);
    }
    Connection keeper = null;
    if (url.startsWith("jdbc:h2:mem:;") || url.equals("jdbc:h2:mem:")) {
      throw new CordonConfigurationException("An unnamed in-memory H2 database is private to one connection;"
          + " name it, e.g. jdbc:h2:mem:cordon.");
    }
    String jdbcUrl = url;
    if (url.startsWith("jdbc:h2:")) {
      EmbeddedFiles.h2File(url).ifPresent(file -> EmbeddedFiles.checkH2(file, url, options));
      if (EmbeddedFiles.h2File(url).isPresent() && !url.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY")) {
        // H2 writes committed transactions to its file up to 500 ms later by default: a process killed in
        // between loses them (the crash test showed it). 0 writes at every commit.
        jdbcUrl = jdbcUrl + ";WRITE_DELAY=0";
      }
      if (options.readOnly() && !url.startsWith("jdbc:h2:mem:")) {
        jdbcUrl = jdbcUrl + ";ACCESS_MODE_DATA=r";
      }
    }
    if (url.startsWith("jdbc:h2:mem:")) {
      // an in-memory H2 database lives while a connection to it is open: keep one for the storage's life
      keeper = keeperFor(url, options);
    }
    HikariConfig config = poolConfig(options);
    config.setDriverClassName(driver);
    config.setJdbcUrl(jdbcUrl);
    options.user().ifPresent(config::setUsername);
    options.password().ifPresent(config::setPassword);
    if (url.startsWith("jdbc:postgresql:")) {
      // tables grow from empty during an import: a generic plan cached while they were small (a
      // sequential scan for each batch's id lookup) would otherwise stay in use as they grow. A
      // startup option, not a SET, so that no rollback undoes it; an options= in the URL wins.
      config.addDataSourceProperty("options", "-c plan_cache_mode=force_custom_plan");
    }
    config.setReadOnly(options.readOnly());
    return openPool(url, options, config, keeper);
  }

  private static JdbcStorage openSqlite(String url, JdbcOptions options) {
    Path file = EmbeddedFiles.sqliteFile(url);
    EmbeddedFiles.checkSqlite(file, url, options);
    SQLiteConfig sqlite = new SQLiteConfig();
    sqlite.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, options.connectionTimeout().toMillis()));
    if (options.readOnly()) {
      sqlite.setReadOnly(true);
    } else {
      // WAL: readers never block the writer, a commit is one append; FULL: fsync at every commit, so
      // that what a commit reported survives a power loss too, not only a killed process
      sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
      sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
      // a write transaction takes the database's single write lock when it begins, so that two
      // writers queue (busy timeout) instead of failing when a reader tries to become a writer
      sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    }
    SQLiteDataSource ds = new SQLiteDataSource(sqlite);
    ds.setUrl(options.readOnly() ? EmbeddedFiles.readOnlyUrl(file) : url);
    HikariConfig config = poolConfig(options);
    config.setDataSource(ds);
    // the driver begins a transaction as soon as autocommit is off; Cordon begins its own (Database)
    config.setAutoCommit(true);
    config.setReadOnly(options.readOnly());
    return openPool(url, options, config, null);
  }

  private static HikariConfig poolConfig(JdbcOptions options) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("cordon-" + POOLS.incrementAndGet());
    config.setMaximumPoolSize(options.poolSize());
    config.setMinimumIdle(Math.min(2, options.poolSize()));
    config.setAutoCommit(false);
    config.setConnectionTimeout(options.connectionTimeout().toMillis());
    config.setValidationTimeout(Math.min(5_000, Math.max(250, options.connectionTimeout().toMillis() / 2)));
    config.setInitializationFailTimeout(options.connectionTimeout().toMillis());
    return config;
  }

  private static JdbcStorage openPool(String url, JdbcOptions options, HikariConfig config, Connection keeper) {
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      closeQuietly(keeper);
      throw connectFailure(url, e);
    }
    try {
      return open(pool, options, Urls.masked(url), pool, keeper, "HikariCP, " + options.poolSize() + " connections");
    } catch (RuntimeException e) {
      pool.close();
      closeQuietly(keeper);
      throw e;
    }
  }

  /** A pool that could not start: the SQLException in its cause chain says why. */
  private static CordonStorageException connectFailure(String url, RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        return Faults.of("connect", Urls.masked(url), s);
      }
    }
    return new CordonStorageException("Cordon could not connect to " + Urls.masked(url) + ": "
        + e.getClass().getSimpleName() + ".");
  }

  /**
   * Opens Cordon's storage in the database behind {@code dataSource}, your application's own (a
   * pool, usually). Cordon borrows connections and gives them back with their autocommit setting as
   * found; it never closes the data source. Tables are created in the connection's default schema.
   *
   * @param dataSource the data source
   * @param options the options
   * @return Cordon's storage in the database behind {@code dataSource}, your application's own (a pool, usually)
   * @throws CordonConfigurationException if the database is neither H2 nor PostgreSQL, or the schema
   *     is from a newer Cordon (or outdated, with migrations off)
   * @throws CordonStorageException if the database cannot be reached
   */
  public static JdbcStorage open(DataSource dataSource, JdbcOptions options) {
    return open(dataSource, options, null, null, null, "the application's DataSource");
  }

  private static JdbcStorage open(DataSource dataSource, JdbcOptions options, String knownUrl, AutoCloseable pool,
      Connection keeper, String connections) {
    String url = knownUrl;
    Dialect dialect;
    String product;
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      if (url == null) {
        url = Urls.masked(meta.getURL());
      }
      dialect = Dialect.of(meta.getDatabaseProductName());
      product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    } catch (SQLException e) {
      throw Faults.of("connect", url == null ? "the DataSource" : url, e);
    }
    String version = Schema.prepare(dataSource, dialect, options.migrate() && !options.readOnly(), url,
        !options.create() || options.readOnly(), options.readOnly());
    Database db = new Database(dataSource, dialect, options.zone(), url, options.batchSize(), options.fetchSize());
    Schema.checkZone(db, options.readOnly());
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("provider", JdbcStorageProvider.ID);
    facts.put("url", url);
    facts.put("schemaVersion", version);
    facts.put("database", product);
    facts.put("zone", options.zone().getId());
    facts.put("connections", connections);
    return new JdbcStorage(db, facts, pool, keeper);
  }

  private static Connection keeperFor(String url, JdbcOptions options) {
    Properties p = new Properties();
    options.user().ifPresent(u -> p.setProperty("user", u));
    options.password().ifPresent(pw -> p.setProperty("password", pw));
    try {
      return DriverManager.getConnection(url, p);
    } catch (SQLException e) {
      throw Faults.of("open the in-memory database", Urls.masked(url), e);
    }
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing is all that was left to do
      }
    }
  }

  /**
   * Day-by-day counts computed in SQL, for the daily reports.
   *
   * @return Day-by-day counts computed in SQL, for the daily reports
   */
  public JdbcReportQueries reports() {
    return reports;
  }

  @Override
  public <K extends Comparable<K>, V> RecordTable<K, V> table(RecordKind<K, V> kind) {
    db.checkOpen();
    return stores.table(kind);
  }

  /** Every query interface of {@code dev.cordon.core.storage}, answered in SQL. */
  @Override
  public <C> Optional<C> capability(Class<C> type) {
    db.checkOpen();
    return stores.capability(type);
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return db.inTransaction(work);
  }

  /** Runs {@code work} again, up to a few times, after a deadlock, serialisation failure or busy database. */
  @Override
  public <T> T inRetryableTransaction(Supplier<T> work) {
    return db.inRetryableTransaction(work);
  }

  /** A lock row ({@code SELECT … FOR UPDATE}, inserted if absent) held until the transaction ends. */
  @Override
  public void lock(LockKey key) {
    db.withTransaction("lock " + key.text(), c -> {
      stores.lock(c, key);
      return null;
    });
  }

  @Override
  public ZoneId zone() {
    return db.zone();
  }

  /**
   * {@code provider} ({@code jdbc}), {@code url} (password masked), {@code schemaVersion},
   * {@code database} (product and version), {@code zone} and {@code connections}.
   */
  @Override
  public Map<String, String> describe() {
    return facts;
  }

  /** Closes the pool Cordon opened (a user's DataSource stays open). Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    db.markClosed();
    try {
      if (ownedPool != null) {
        ownedPool.close();
      }
    } catch (Exception e) {
      throw new CordonStorageException("Cordon could not close its connection pool for " + db.url() + ".", e);
    } finally {
      closeQuietly(keeper);
    }
  }

  @Override
  public String toString() {
    return "JdbcStorage[" + db.url() + (closed ? ", closed" : "") + "]";
  }
}

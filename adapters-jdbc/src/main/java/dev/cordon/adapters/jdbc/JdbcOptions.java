package dev.cordon.adapters.jdbc;

import dev.cordon.core.CordonConfigurationException;
import dev.cordon.spi.storage.StorageOptions;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * How the JDBC storage opens and uses a database (JDBC 存儲選項). Immutable; start from
 * {@link #defaults()} and change what you need with the {@code with…} methods, or read them from the
 * settings of {@link StorageOptions} with {@link #from(StorageOptions)}.
 *
 * <p>Settings understood in {@link StorageOptions#settings()} (all optional):
 * <table>
 * <caption>Settings of the jdbc provider</caption>
 * <tr><th>key</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code migrate}</td><td>{@code true}</td><td>run the schema migrations on open; with
 *     {@code false} an outdated schema is refused instead</td></tr>
 * <tr><td>{@code user}, {@code password}</td><td>from the URL</td><td>database credentials
 *     (never logged or shown)</td></tr>
 * <tr><td>{@code poolSize}</td><td>10</td><td>connections in the pool Cordon creates for a URL</td></tr>
 * <tr><td>{@code connectionTimeoutMillis}</td><td>10000</td><td>how long to wait for a connection
 *     before failing with {@code CordonStorageException}</td></tr>
 * <tr><td>{@code batchSize}</td><td>500</td><td>rows per JDBC batch when writing</td></tr>
 * <tr><td>{@code fetchSize}</td><td>500</td><td>rows per page of a streamed query</td></tr>
 * <tr><td>{@code readOnly}</td><td>{@code false}</td><td>open for reading only: nothing is written on
 *     open and every write fails (see {@link #readOnly()})</td></tr>
 * <tr><td>{@code create}</td><td>{@code true}</td><td>create a missing embedded database file; with
 *     {@code false} a missing file is refused (see {@link #create()})</td></tr>
 * </table>
 */
public final class JdbcOptions {
  private static final JdbcOptions DEFAULTS = new JdbcOptions(ZoneId.of("Asia/Shanghai"), true, null, null, 10,
      Duration.ofSeconds(10), 500, 500, false, true);

  private final ZoneId zone;
  private final boolean migrate;
  private final String user;
  private final String password;
  private final int poolSize;
  private final Duration connectionTimeout;
  private final int batchSize;
  private final int fetchSize;
  private final boolean readOnly;
  private final boolean create;

  private JdbcOptions(ZoneId zone, boolean migrate, String user, String password, int poolSize,
      Duration connectionTimeout, int batchSize, int fetchSize, boolean readOnly, boolean create) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.migrate = migrate;
    this.user = user;
    this.password = password;
    this.poolSize = positive("poolSize", poolSize);
    this.connectionTimeout = Objects.requireNonNull(connectionTimeout, "connectionTimeout");
    if (connectionTimeout.toMillis() < 250) {
      throw new CordonConfigurationException("connectionTimeout must be at least 250 ms, not " + connectionTimeout);
    }
    this.batchSize = positive("batchSize", batchSize);
    this.fetchSize = positive("fetchSize", fetchSize);
    this.readOnly = readOnly;
    this.create = create;
  }

  /**
   * The defaults: zone Asia/Shanghai, migrations on, pool of 10, 10 s connection timeout, 500-row batches and pages.
   *
   * @return the defaults: zone Asia/Shanghai, migrations on, pool of 10, 10 s connection timeout, 500-row batches and pages
   */
  public static JdbcOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The options given by {@code options}: its zone and the settings listed in the class comment.
   *
   * @param options the options
   * @return the options given by {@code options}: its zone and the settings listed in the class comment
   * @throws CordonConfigurationException if a setting is not a valid value
   */
  public static JdbcOptions from(StorageOptions options) {
    JdbcOptions o = DEFAULTS.withZone(options.zone());
    o = o.withMigrate(flag(options, "migrate", o.migrate));
    o = o.withReadOnly(flag(options, "readOnly", o.readOnly));
    o = o.withCreate(flag(options, "create", o.create));
    o = o.withCredentials(options.setting("user").orElse(null), options.setting("password").orElse(null));
    o = o.withPoolSize(number(options, "poolSize", o.poolSize));
    o = o.withConnectionTimeout(Duration.ofMillis(number(options, "connectionTimeoutMillis",
        (int) o.connectionTimeout.toMillis())));
    o = o.withBatchSize(number(options, "batchSize", o.batchSize));
    return o.withFetchSize(number(options, "fetchSize", o.fetchSize));
  }

  private static boolean flag(StorageOptions options, String key, boolean fallback) {
    Optional<String> v = options.setting(key);
    if (v.isEmpty()) {
      return fallback;
    }
    String m = v.get().trim();
    if (!m.equalsIgnoreCase("true") && !m.equalsIgnoreCase("false")) {
      throw new CordonConfigurationException("The storage setting " + key + " must be true or false, not '" + m + "'.");
    }
    return Boolean.parseBoolean(m);
  }

  private static int number(StorageOptions options, String key, int fallback) {
    Optional<String> v = options.setting(key);
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.get().trim());
    } catch (NumberFormatException e) {
      throw new CordonConfigurationException("The storage setting " + key + " must be a whole number, not '"
          + v.get() + "'.", e);
    }
  }

  private static int positive(String name, int value) {
    if (value < 1) {
      throw new CordonConfigurationException(name + " must be at least 1, not " + value);
    }
    return value;
  }

  /**
   * The zone in which days are counted: the day columns and date queries use it.
   *
   * @return the zone in which days are counted: the day columns and date queries use it
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Whether the schema is migrated on open.
   *
   * @return whether the schema is migrated on open
   */
  public boolean migrate() {
    return migrate;
  }

  /**
   * The user name, if not in the URL.
   *
   * @return the user name, if not in the URL
   */
  public Optional<String> user() {
    return Optional.ofNullable(user);
  }

  /**
   * The password, if not in the URL. Never shown by {@link #toString()}.
   *
   * @return the password, if not in the URL
   */
  public Optional<String> password() {
    return Optional.ofNullable(password);
  }

  /**
   * Connections in the pool Cordon creates when it opens a URL (a user's DataSource is used as is).
   *
   * @return in the pool Cordon creates when it opens a URL (a user's DataSource is used as is)
   */
  public int poolSize() {
    return poolSize;
  }

  /**
   * How long to wait for a connection from the pool Cordon creates.
   *
   * @return how long to wait for a connection from the pool Cordon creates
   */
  public Duration connectionTimeout() {
    return connectionTimeout;
  }

  /**
   * Rows per JDBC batch.
   *
   * @return per JDBC batch
   */
  public int batchSize() {
    return batchSize;
  }

  /**
   * Rows per page of a streamed query (also the JDBC fetch size).
   *
   * @return per page of a streamed query (also the JDBC fetch size)
   */
  public int fetchSize() {
    return fetchSize;
  }

  /**
   * Whether the database is opened for reading only: nothing is written on open (no migration, no
   * metadata; an outdated schema is refused) and every write fails with a
   * {@link dev.cordon.core.CordonStorageException}. A read-only file or directory can be opened so.
   *
   * @return whether the database is opened for reading only: nothing is written on open (no migration, no metadata; an outdated schema is refused) and every write fails with a {@link dev.cordon.core.CordonStorageException}
   */
  public boolean readOnly() {
    return readOnly;
  }

  /**
   * Whether an embedded database file ({@code jdbc:sqlite:PATH}, {@code jdbc:h2:file:PATH}) that
   * does not exist is created (with its directories). With {@code false} a missing file is refused
   * with a {@link CordonConfigurationException} naming the path, so that a mistyped path never
   * silently opens a new, empty database.
   *
   * @return whether an embedded database file ({@code jdbc:sqlite:PATH}, {@code jdbc:h2:file:PATH}) that does not exist is created (with its directories)
   */
  public boolean create() {
    return create;
  }

  /**
   * These options opening the database for reading only (see {@link #readOnly()}).
   *
   * @param readOnly whether the storage only reads
   * @return These options opening the database for reading only (see {@link #readOnly()})
   */
  public JdbcOptions withReadOnly(boolean readOnly) {
    return new JdbcOptions(zone, migrate, user, password, poolSize, connectionTimeout, batchSize, fetchSize, readOnly,
        create);
  }

  /**
   * These options creating a missing embedded database file, or refusing it (see {@link #create()}).
   *
   * @param create whether to create what is missing
   * @return These options creating a missing embedded database file, or refusing it (see {@link #create()})
   */
  public JdbcOptions withCreate(boolean create) {
    return new JdbcOptions(zone, migrate, user, password, poolSize, connectionTimeout, batchSize, fetchSize, readOnly,
        create);
  }

  /**
   * These options with another zone.
   *
   * @param zone the zone days are counted in
   * @return These options with another zone
   */
  public JdbcOptions withZone(ZoneId zone) {
    return new JdbcOptions(zone, migrate, user, password, poolSize, connectionTimeout, batchSize, fetchSize, readOnly, create);
  }

  /**
   * These options with migrations on open switched on or off.
   *
   * @param migrate whether to run the migrations
   * @return These options with migrations on open switched on or off
   */
  public JdbcOptions withMigrate(boolean migrate) {
    return new JdbcOptions(zone, migrate, user, password, poolSize, connectionTimeout, batchSize, fetchSize, readOnly, create);
  }

  /**
   * These options with credentials (either may be null: taken from the URL).
   *
   * @param user the database user
   * @param password the database password
   * @return These options with credentials (either may be null: taken from the URL)
   */
  public JdbcOptions withCredentials(String user, String password) {
    return new JdbcOptions(zone, migrate, user, password, poolSize, connectionTimeout, batchSize, fetchSize, readOnly, create);
  }

  /**
   * These options with another pool size.
   *
   * @param poolSize the largest number of pooled connections
   * @return These options with another pool size
   */
  public JdbcOptions withPoolSize(int poolSize) {
    return new JdbcOptions(zone, migrate, user, password, poolSize, connectionTimeout, batchSize, fetchSize, readOnly, create);
  }

  /**
   * These options with another connection timeout (at least 250 ms).
   *
   * @param connectionTimeout the connection timeout
   * @return These options with another connection timeout (at least 250 ms)
   */
  public JdbcOptions withConnectionTimeout(Duration connectionTimeout) {
    return new JdbcOptions(zone, migrate, user, password, poolSize, connectionTimeout, batchSize, fetchSize, readOnly, create);
  }

  /**
   * These options with another batch size.
   *
   * @param batchSize the number of rows per batch
   * @return These options with another batch size
   */
  public JdbcOptions withBatchSize(int batchSize) {
    return new JdbcOptions(zone, migrate, user, password, poolSize, connectionTimeout, batchSize, fetchSize, readOnly, create);
  }

  /**
   * These options with another page (fetch) size.
   *
   * @param fetchSize the JDBC fetch size
   * @return These options with another page (fetch) size
   */
  public JdbcOptions withFetchSize(int fetchSize) {
    return new JdbcOptions(zone, migrate, user, password, poolSize, connectionTimeout, batchSize, fetchSize, readOnly, create);
  }

  @Override
  public String toString() {
    return "JdbcOptions{zone=" + zone + ", migrate=" + migrate + ", user=" + (user == null ? "(from URL)" : user)
        + ", password=" + (password == null ? "(none)" : "****") + ", poolSize=" + poolSize
        + ", connectionTimeout=" + connectionTimeout + ", batchSize=" + batchSize + ", fetchSize=" + fetchSize
        + ", readOnly=" + readOnly + ", create=" + create + "}";
  }
}

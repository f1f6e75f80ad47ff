package dev.cordon.adapters.jdbc.internal;

import dev.cordon.core.CordonConfigurationException;
import dev.cordon.core.CordonStorageException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Cordon's schema: versioned Flyway migrations in {@code db/cordon/<dialect>/}, their history in
 * {@code cordon_schema_history}. Opening a database refuses one written by a newer Cordon, migrates
 * an older one (unless migrations are switched off, in which case an outdated schema is refused
 * too), and records the zone in which the day columns are computed.
 *
 * <p>Opening a database whose history already records exactly the bundled migrations (the same
 * versions, scripts and checksums, every one successful) skips Flyway: starting Flyway costs about
 * as much as the rest of opening a database, and it would find nothing to do. Any difference at all
 * (a missing or extra version, a changed checksum, a failed or unknown row, a history that cannot
 * be read, migrations that cannot be listed) opens through Flyway as before, with the same checks
 * and refusals.
 */
public final class Schema {
  /** The Flyway history table. */
  public static final String HISTORY_TABLE = "cordon_schema_history";

  private Schema() {}

  /**
   * Checks and, if {@code migrate}, migrates the schema; returns the schema version now in force.
   *
   * @throws CordonConfigurationException for a database from a newer Cordon, or an outdated schema
   *     when {@code migrate} is false
   */
  public static String prepare(DataSource dataSource, Dialect dialect, boolean migrate, String url) {
    return prepare(dataSource, dialect, migrate, url, false);
  }

  /**
   * As {@link #prepare(DataSource, Dialect, boolean, String)}; with {@code mustExist}, a database
   * that holds no Cordon schema at all is refused as not a Cordon database instead of being given one.
   */
  public static String prepare(DataSource dataSource, Dialect dialect, boolean migrate, String url,
      boolean mustExist) {
    return prepare(dataSource, dialect, migrate, url, mustExist, false);
  }

  /**
   * As {@link #prepare(DataSource, Dialect, boolean, String, boolean)}; {@code readOnly} says why an
   * outdated schema is not migrated (the database was opened read-only), so the refusal says how to
   * migrate it.
   */
  public static String prepare(DataSource dataSource, Dialect dialect, boolean migrate, String url,
      boolean mustExist, boolean readOnly) {
    Optional<String> current = upToDate(dataSource, dialect);
    if (current.isPresent()) {
      return current.get();
    }
    return prepareWithFlyway(dataSource, dialect, migrate, url, mustExist, readOnly);
  }

  private static String prepareWithFlyway(DataSource dataSource, Dialect dialect, boolean migrate, String url,
      boolean mustExist, boolean readOnly) {
    Flyway flyway = Flyway.configure(Schema.class.getClassLoader())
        .dataSource(dataSource)
        // Flyway's own choice of logger may fall back to java.util.logging or stderr; Cordon logs through SLF4J only
        .loggers("slf4j")
        .locations(dialect.migrations())
        .table(HISTORY_TABLE)
        // a database that already holds the application's own tables gets Cordon's beside them
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load();
    try {
      MigrationInfoService info = flyway.info();
      MigrationVersion known = Arrays.stream(info.all())
          .filter(i -> i.getState().isResolved())
          .map(MigrationInfo::getVersion)
          .max(Comparator.naturalOrder())
          .orElseThrow(() -> new CordonConfigurationException("Cordon's migrations (" + dialect.migrations()
              + ") are missing from the class path; was the jar repackaged without its resources?"));
      Optional<MigrationVersion> current = Arrays.stream(info.applied())
          .filter(i -> i.getState().isApplied() && !i.getState().isFailed())
          .map(MigrationInfo::getVersion)
          .filter(v -> v != null)
          .max(Comparator.naturalOrder());
      if (mustExist && current.isEmpty()) {
        throw new CordonStorageException("The database at " + url + " is not a Cordon database: it holds no Cordon"
            + " schema. Check the path, or allow it to be created (the storage setting create=true; the CLI's"
            + " --create).", CordonStorageException.Fault.NOT_A_CORDON_DATABASE, null, null);
      }
      if (current.isPresent() && current.get().compareTo(known) > 0) {
        throw new CordonConfigurationException("The database at " + url + " holds Cordon schema version "
            + current.get() + ", written by a newer Cordon; this Cordon supports schema versions up to "
            + known + ". Upgrade Cordon (cordon-adapters-jdbc), or open a database of this version.");
      }
      if (migrate) {
        flyway.migrate();
        return known.toString();
      }
      if (readOnly && current.isPresent() && current.get().compareTo(known) < 0) {
        throw new CordonConfigurationException("The database at " + url + " holds Cordon schema version "
            + current.get() + " but this Cordon needs version " + known + ". It was opened read-only, so it"
            + " is not migrated: open it once for writing (readOnly=false; on the command line, any import or"
            + " check) and Cordon migrates it.");
      }
      if (current.isEmpty() || current.get().compareTo(known) < 0) {
        throw new CordonConfigurationException("The database at " + url + " holds Cordon schema version "
            + current.map(MigrationVersion::toString).orElse("(none)") + " but this Cordon needs version "
            + known + ", and migrations are switched off (migrate=false). Open it once with migrate=true,"
            + " or apply the scripts in " + dialect.migrations() + " yourself.");
      }
      return current.get().toString();
    } catch (FlywayException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof SQLException s) {
          throw Faults.of("check or migrate the schema", url, s);
        }
      }
      throw new CordonStorageException("Cordon could not check or migrate the schema of " + url + ": "
          + Faults.summary(e.getMessage()) + ".");
    }
  }

  /** A bundled versioned migration's file name: {@code V<version>__<description>.sql}. */
  private static final Pattern VERSIONED = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__.+\\.sql");

  /**
   * The schema version, when the history table records exactly the migrations bundled for
   * {@code dialect}: one successful {@code SQL} row per bundled script, with its version, file name
   * and Flyway checksum, and nothing else but Flyway's baseline row at version 0 and its marker of
   * the table's creation. Empty whenever anything differs or cannot be read; the caller then opens
   * through Flyway, which migrates, validates or refuses as usual. Reads only: it never creates the
   * history table.
   */
  static Optional<String> upToDate(DataSource dataSource, Dialect dialect) {
    try {
      return matchingHistory(dataSource, dialect);
    } catch (RuntimeException e) {
      return Optional.empty(); // e.g. a version Cordon cannot compare: Flyway decides
    }
  }

  private static Optional<String> matchingHistory(DataSource dataSource, Dialect dialect) {
    Map<String, Migration> bundled = bundled(dialect);
    if (bundled.isEmpty()) {
      return Optional.empty();
    }
    List<Row> history;
    try {
      history = history(dataSource);
    } catch (SQLException | RuntimeException e) {
      return Optional.empty(); // no history table yet, or one Cordon cannot read: Flyway decides
    }
    Map<String, Row> applied = new HashMap<>();
    for (Row r : history) {
      if ("BASELINE".equals(r.type) && "0".equals(r.version) && r.success) {
        continue;
      }
      if ("TABLE".equals(r.type) && r.version == null && r.success) {
        continue; // Flyway's marker that it created the history table (H2)
      }
      if (!"SQL".equals(r.type) || !r.success || r.version == null || r.checksum == null
          || applied.putIfAbsent(r.version, r) != null) {
        return Optional.empty();
      }
    }
    if (!applied.keySet().equals(bundled.keySet())) {
      return Optional.empty();
    }
    String latest = null;
    for (Migration m : bundled.values()) {
      Row r = applied.get(m.version);
      if (!m.script.equals(r.script) || checksum(m.url).filter(c -> c.equals(r.checksum)).isEmpty()) {
        return Optional.empty();
      }
      latest = m.version; // bundled is ordered by version
    }
    return Optional.ofNullable(latest);
  }

  /** A bundled migration: its version as Flyway records it, its file name and where it is. */
  record Migration(String version, String script, URL url) {}

  private record Row(String version, String type, String script, Integer checksum, boolean success) {}

  private static List<Row> history(DataSource dataSource) throws SQLException {
    // Flyway creates the table and its columns with quoted lower-case names on every supported database
    String sql = "SELECT \"version\", \"type\", \"script\", \"checksum\", \"success\" FROM \"" + HISTORY_TABLE + "\"";
    try (Connection c = dataSource.getConnection()) {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
        List<Row> rows = new java.util.ArrayList<>();
        while (rs.next()) {
          int checksum = rs.getInt(4);
          Integer sum = rs.wasNull() ? null : checksum;
          rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), sum, rs.getBoolean(5)));
        }
        return rows;
      } finally {
        if (!c.getAutoCommit()) {
          c.rollback(); // read only; leave no transaction open on a pooled connection
        }
      }
    }
  }

  /**
   * The versioned migrations bundled for {@code dialect}, by version in ascending order, with
   * versions written as Flyway records them ({@code 1_1} as {@code 1.1}); empty when the folder
   * cannot be listed or holds anything this check does not understand (Flyway then decides).
   */
  static Map<String, Migration> bundled(Dialect dialect) {
    String folder = dialect.migrations().substring("classpath:".length());
    Map<String, Migration> found = new TreeMap<>(Schema::compareVersions);
    try {
      Enumeration<URL> roots = Schema.class.getClassLoader().getResources(folder);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        for (String name : list(root, folder)) {
          if (name.equals("package-info.class")) {
            continue;
          }
          Matcher m = VERSIONED.matcher(name);
          if (!m.matches()) {
            return Map.of();
          }
          String version = m.group(1).replace('_', '.');
          URL url = Schema.class.getClassLoader().getResource(folder + "/" + name);
          if (url == null || found.put(version, new Migration(version, name, url)) != null) {
            return Map.of(); // the same version twice: Flyway refuses it
          }
        }
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return Map.of();
    }
    return found;
  }

  private static List<String> list(URL root, String folder) throws IOException, URISyntaxException {
    List<String> names = new java.util.ArrayList<>();
    if (root.getProtocol().equals("file")) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of(root.toURI()))) {
        for (Path f : files) {
          if (Files.isDirectory(f)) {
            throw new IOException("a sub-folder among the migrations");
          }
          names.add(f.getFileName().toString());
        }
      }
      return names;
    }
    URLConnection connection = root.openConnection();
    if (!(connection instanceof JarURLConnection jar)) {
      throw new IOException("migrations in a " + root.getProtocol() + " location");
    }
    // a JarFile of its own, closed here (a cached one would keep the jar open for the JVM's lifetime)
    jar.setUseCaches(false);
    try (JarFile file = jar.getJarFile()) {
      String prefix = folder + "/";
      for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
        String name = e.nextElement().getName();
        if (name.startsWith(prefix) && name.length() > prefix.length()) {
          String rest = name.substring(prefix.length());
          if (rest.indexOf('/') >= 0) {
            throw new IOException("a sub-folder among the migrations");
          }
          names.add(rest);
        }
      }
    }
    return names;
  }

  /**
   * Flyway's checksum of a SQL migration: CRC32 over the UTF-8 bytes of each line without its line
   * terminator, a byte-order mark dropped (Flyway's {@code ChecksumCalculator}). Should Flyway ever
   * compute it otherwise, the checksums differ and the database opens through Flyway, as before.
   */
  static Optional<Integer> checksum(URL script) {
    CRC32 crc = new CRC32();
    try (InputStream in = script.openStream();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 4096)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        crc.update(line.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of((int) crc.getValue());
  }

  private static int compareVersions(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      BigInteger p = i < x.length ? new BigInteger(x[i]) : BigInteger.ZERO;
      BigInteger q = i < y.length ? new BigInteger(y[i]) : BigInteger.ZERO;
      int c = p.compareTo(q);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /**
   * Records {@code zone} as the zone of the day columns on first open; refuses to open the database
   * in another zone later, since stored day columns would no longer match the queries.
   */
  public static void checkZone(Database db) {
    checkZone(db, false);
  }

  /** As {@link #checkZone(Database)}; {@code readOnly} reads the recorded zone and records nothing. */
  public static void checkZone(Database db, boolean readOnly) {
    String stored = readOnly
        ? db.read("read the storage zone", c -> storedZone(c).orElse(db.zone().getId()))
        : db.write("record the storage zone", c -> zoneOf(c, db));
    if (!stored.equals(db.zone().getId())) {
      throw new CordonConfigurationException("The database at " + db.url() + " counts days in " + stored
          + " but was opened with the zone " + db.zone().getId() + ". Open it with the zone " + stored
          + " (the policy's zone) so that day partitions and date queries agree.");
    }
  }

  private static String zoneOf(Connection c, Database db) throws SQLException {
    String insert = db.dialect().insertUnlessPresent("cordon_metadata", "name, setting_value", 2, "name");
    try (PreparedStatement ps = c.prepareStatement(insert)) {
      ps.setString(1, "zone");
      ps.setString(2, db.zone().getId());
      if (db.dialect().rebindsKey()) {
        ps.setString(3, "zone");
      }
      ps.executeUpdate();
    }
    return storedZone(c).orElseThrow();
  }

  private static Optional<String> storedZone(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM cordon_metadata WHERE name = ?")) {
      ps.setString(1, "zone");
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(ZoneId.of(rs.getString(1)).getId()) : Optional.empty();
      }
    }
  }
}

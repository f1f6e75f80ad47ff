package dev.cordon.adapters.jdbc.internal;

import dev.cordon.core.CordonConfigurationException;
import dev.cordon.core.CordonStorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
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

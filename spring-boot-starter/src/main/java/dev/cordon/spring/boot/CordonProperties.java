package dev.cordon.spring.boot;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The {@code cordon.*} properties from which the starter builds one {@link dev.cordon.Cordon}. Each
 * field's comment is its description in the configuration metadata (what an IDE shows).
 */
@ConfigurationProperties(prefix = "cordon")
public class CordonProperties {
  /** Where Cordon stores its records. */
  private final Storage storage = new Storage();

  /**
   * A JSON policy history (an array of PreventionPolicy versions, read with PolicyHistory.readFile),
   * e.g. classpath:cordon-policies.json or file:/etc/cordon/policies.json. Unset: the history stored in
   * the database, else the defaults of Baotou in October 2021.
   */
  private Resource policyFile;

  /**
   * Report formats the application needs (json, html, csv, ...). Start-up fails, naming the missing
   * ones and the formats available, if a writer for one of them is not on the class path.
   */
  private List<String> reportFormats = new ArrayList<>();

  /** Whether rule providers registered in META-INF/services are run beside the built-in rules. */
  private boolean discoverRules = true;

  /**
   * The storage settings.
   *
   * @return the storage settings
   */
  public Storage getStorage() {
    return storage;
  }

  /**
   * The policy file, if one is set.
   *
   * @return the policy file, if one is set
   */
  public Resource getPolicyFile() {
    return policyFile;
  }

  /**
   * Sets the policy file.
   *
   * @param policyFile the policy file
   */
  public void setPolicyFile(Resource policyFile) {
    this.policyFile = policyFile;
  }

  /**
   * The report formats that must be available.
   *
   * @return the report formats that must be available
   */
  public List<String> getReportFormats() {
    return reportFormats;
  }

  /**
   * Sets the report formats that must be available.
   *
   * @param reportFormats the report formats
   */
  public void setReportFormats(List<String> reportFormats) {
    this.reportFormats = reportFormats;
  }

  /**
   * Whether discovered rule providers run.
   *
   * @return whether discovered rule providers run
   */
  public boolean isDiscoverRules() {
    return discoverRules;
  }

  /**
   * Sets whether discovered rule providers run.
   *
   * @param discoverRules the discover rules
   */
  public void setDiscoverRules(boolean discoverRules) {
    this.discoverRules = discoverRules;
  }

  /** {@code cordon.storage.*}. */
  public static class Storage {
    /**
     * Storage URL: jdbc:postgresql://host/db, jdbc:h2:mem:name, jdbc:h2:file:PATH,
     * jdbc:sqlite:PATH or memory:. Unset: Cordon's tables go into the application's own DataSource.
     */
    private String url;

    /** User name for the storage URL (unused with the application's DataSource). */
    private String username;

    /** Password for the storage URL (unused with the application's DataSource). */
    private String password;

    /**
     * Whether Cordon's Flyway migrations run at start-up (history table cordon_schema_history). Off:
     * start-up fails if the schema is missing or outdated.
     */
    private boolean migrate = true;

    /**
     * The time zone in which Cordon's tables in the application's DataSource count days when no policy
     * file or PolicyHistory bean gives one (with one, its latest version's zone is used). A storage URL
     * takes the policies' zone.
     */
    private ZoneId zone = ZoneId.of("Asia/Shanghai");

    /**
     * Further settings passed to the storage provider as they are (for JDBC: poolSize,
     * connectionTimeoutMillis, batchSize, fetchSize, readOnly, create).
     */
    private Map<String, String> options = new LinkedHashMap<>();

    /**
     * The storage URL, if one is set.
     *
     * @return the storage URL, if one is set
     */
    public String getUrl() {
      return url;
    }

    /**
     * Sets the storage URL.
     *
     * @param url the storage URL
     */
    public void setUrl(String url) {
      this.url = url;
    }

    /**
     * The user name for the URL.
     *
     * @return the user name for the URL
     */
    public String getUsername() {
      return username;
    }

    /**
     * Sets the user name for the URL.
     *
     * @param username the username
     */
    public void setUsername(String username) {
      this.username = username;
    }

    /**
     * The password for the URL.
     *
     * @return the password for the URL
     */
    public String getPassword() {
      return password;
    }

    /**
     * Sets the password for the URL.
     *
     * @param password the database password
     */
    public void setPassword(String password) {
      this.password = password;
    }

    /**
     * Whether migrations run at start-up.
     *
     * @return whether migrations run at start-up
     */
    public boolean isMigrate() {
      return migrate;
    }

    /**
     * Sets whether migrations run at start-up.
     *
     * @param migrate whether to run the migrations
     */
    public void setMigrate(boolean migrate) {
      this.migrate = migrate;
    }

    /**
     * The zone in which days are counted.
     *
     * @return the zone in which days are counted
     */
    public ZoneId getZone() {
      return zone;
    }

    /**
     * Sets the zone in which days are counted.
     *
     * @param zone the zone days are counted in
     */
    public void setZone(ZoneId zone) {
      this.zone = zone;
    }

    /**
     * Further provider settings.
     *
     * @return Further provider settings
     */
    public Map<String, String> getOptions() {
      return options;
    }

    /**
     * Sets further provider settings.
     *
     * @param options the options
     */
    public void setOptions(Map<String, String> options) {
      this.options = options;
    }
  }
}

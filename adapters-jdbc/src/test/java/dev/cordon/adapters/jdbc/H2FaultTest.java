package dev.cordon.adapters.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;

/** {@link FaultBehaviour} on H2 file databases (which, unlike in-memory ones, can be made to vanish). */
class H2FaultTest extends FaultBehaviour {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @TempDir
  Path dir;

  @Override
  String newDatabase() {
    String file = dir.resolve("cordon-" + DATABASES.incrementAndGet()).toAbsolutePath().toString();
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file)) {
      // created now; the storage's URL then refuses to create it again once it is gone
      c.isValid(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return "jdbc:h2:file:" + file + ";IFEXISTS=TRUE";
  }

  @Override
  JdbcOptions options() {
    return TestStorages.small(JdbcOptions.defaults()).withConnectionTimeout(Duration.ofSeconds(1));
  }

  @Override
  Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url);
  }

  @Override
  DataSource plainDataSource(String url) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    return ds;
  }

  @Override
  void kill(Connection victim, String url) throws SQLException {
    victim.close();
  }

  @Override
  void destroy(String url) throws SQLException {
    try (Connection c = connect(url); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

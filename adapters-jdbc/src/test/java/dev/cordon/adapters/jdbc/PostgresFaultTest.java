package dev.cordon.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/** {@link FaultBehaviour} on PostgreSQL: backends terminated, databases dropped under the storage. */
class PostgresFaultTest extends FaultBehaviour {
  private final PostgresServer server = PostgresServer.get();

  @Override
  String newDatabase() {
    return server.newDatabase("fault");
  }

  @Override
  JdbcOptions options() {
    return TestStorages.small(server.options()).withConnectionTimeout(Duration.ofSeconds(1));
  }

  @Override
  Connection connect(String url) throws SQLException {
    return server.connect(url);
  }

  @Override
  DataSource plainDataSource(String url) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    JdbcOptions o = server.options();
    o.user().ifPresent(ds::setUser);
    o.password().ifPresent(ds::setPassword);
    return ds;
  }

  @Override
  void kill(Connection victim, String url) throws SQLException {
    int pid = victim.unwrap(PGConnection.class).getBackendPID();
    try (Connection admin = connect(url);
        PreparedStatement ps = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
      ps.setInt(1, pid);
      ps.execute();
    }
  }

  @Override
  void destroy(String url) throws SQLException {
    String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    String name = path.substring(path.lastIndexOf('/') + 1);
    try (Connection admin = connect(server.urlOf("postgres")); Statement s = admin.createStatement()) {
      s.execute("DROP DATABASE " + name + " WITH (FORCE)");
    }
  }
}

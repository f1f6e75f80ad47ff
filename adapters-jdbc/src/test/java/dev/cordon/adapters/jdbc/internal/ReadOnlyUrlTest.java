package dev.cordon.adapters.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.adapters.jdbc.JdbcOptions;
import dev.cordon.adapters.jdbc.JdbcStorage;
import dev.cordon.tck.TckData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading an SQLite file in a directory one may not write to: opened {@code immutable=1}, it is read
 * without the {@code -shm} file a WAL reader would otherwise have to create (the tests run as root,
 * for whom every directory is writable, so the directory's state is given rather than made).
 */
class ReadOnlyUrlTest {
  @TempDir
  Path tmp;

  @Test
  void aFileInADirectoryThatMayNotBeWrittenIsReadImmutableWithoutSideFiles() throws Exception {
    Path file = tmp.resolve("cordon.db");
    try (JdbcStorage s = JdbcStorage.open("jdbc:sqlite:" + file, JdbcOptions.defaults())) {
      s.units().put(TckData.unit("u1", "一"));
    }
    assertThat(tmp.resolve("cordon.db-shm")).doesNotExist();
    String url = EmbeddedFiles.readOnlyUrl(file, false);
    assertThat(url).startsWith("jdbc:sqlite:file:").endsWith("?immutable=1");
    org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
    config.setReadOnly(true);
    try (Connection c = config.createConnection(url); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM cordon_unit")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("cordon.db");
    }
    assertThat(EmbeddedFiles.readOnlyUrl(file, true)).isEqualTo("jdbc:sqlite:" + file);
  }
}

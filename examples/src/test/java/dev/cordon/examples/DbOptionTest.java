package dev.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What --db means: the URL opened, and the file whose existence is checked. */
class DbOptionTest {
  @Test
  void anH2PathEndingInTheFileSuffixLosesIt() {
    assertThat(DbOption.storageUrl("jdbc:h2:file:./data/cordon.mv.db")).isEqualTo("jdbc:h2:file:./data/cordon");
    assertThat(DbOption.storageUrl("jdbc:h2:./data/cordon.mv.db;MODE=LEGACY"))
        .isEqualTo("jdbc:h2:./data/cordon;MODE=LEGACY");
    assertThat(DbOption.storageUrl("jdbc:h2:file:./data/cordon")).isEqualTo("jdbc:h2:file:./data/cordon");
  }

  @Test
  void aPlainPathIsAnSqliteFileOrAnH2FileByItsSuffix() {
    assertThat(DbOption.storageUrl("./data/cordon.db")).isEqualTo("jdbc:sqlite:./data/cordon.db");
    assertThat(DbOption.storageUrl("/srv/cordon/cordon.mv.db")).isEqualTo("jdbc:h2:file:/srv/cordon/cordon");
    assertThat(DbOption.storageUrl("C:\\data\\cordon.db")).isEqualTo("jdbc:sqlite:C:\\data\\cordon.db");
  }

  @Test
  void aRelativeH2PathIsMadeExplicitlyRelativeAsH2Requires() {
    assertThat(DbOption.storageUrl("st/h2A.mv.db")).isEqualTo("jdbc:h2:file:./st/h2A");
    assertThat(DbOption.storageUrl("h2A.mv.db")).isEqualTo("jdbc:h2:file:./h2A");
    assertThat(DbOption.storageUrl("jdbc:h2:file:st/h2A")).isEqualTo("jdbc:h2:file:./st/h2A");
    assertThat(DbOption.storageUrl("jdbc:h2:file:st/h2A.mv.db;MODE=LEGACY")).isEqualTo("jdbc:h2:file:./st/h2A;MODE=LEGACY");
    assertThat(DbOption.storageUrl("jdbc:h2:st/h2A")).isEqualTo("jdbc:h2:./st/h2A");
    assertThat(DbOption.storageUrl("../st/h2A.mv.db")).isEqualTo("jdbc:h2:file:../st/h2A");
    assertThat(DbOption.storageUrl("jdbc:h2:~/st/h2A")).isEqualTo("jdbc:h2:~/st/h2A");
    assertThat(DbOption.storageUrl("jdbc:h2:nio:st/h2A")).isEqualTo("jdbc:h2:nio:st/h2A");
  }

  @Test
  void aRelativeH2PathOpens() throws Exception {
    // H2 refuses "st/h2A" (implicitly relative, SQLState 90011); the URL built from it opens
    String url = DbOption.storageUrl("target/h2-relative-" + System.nanoTime() + "/h2A.mv.db");
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url)) {
      assertThat(c.isValid(5)).isTrue();
    } finally {
      Path dir = Path.of(url.substring("jdbc:h2:file:".length())).getParent();
      try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
        for (Path p : files.toList()) {
          java.nio.file.Files.delete(p);
        }
      }
      java.nio.file.Files.delete(dir);
    }
  }

  @Test
  void theDatabaseFilesOfAUrlAreTheFileAndItsSideFiles() {
    assertThat(DbOption.databaseFiles("jdbc:sqlite:./d/c.db?journal_mode=WAL")).containsExactly(
        Path.of("./d/c.db"), Path.of("./d/c.db-wal"), Path.of("./d/c.db-shm"), Path.of("./d/c.db-journal"));
    assertThat(DbOption.databaseFiles("d/c.mv.db")).containsExactly(
        Path.of("./d/c.mv.db"), Path.of("./d/c.trace.db"), Path.of("./d/c.lock.db"));
    assertThat(DbOption.databaseFiles("memory:")).isEmpty();
    assertThat(DbOption.databaseFiles("jdbc:postgresql://h/db")).isEmpty();
  }

  @Test
  void otherUrlsAreKeptAsGiven() {
    for (String url : new String[] {"memory:", "jdbc:postgresql://db.example/cordon?user=u",
        "jdbc:sqlite:./data/cordon.db", "jdbc:h2:mem:cordon", "nosuch:thing"}) {
      assertThat(DbOption.storageUrl(url)).isEqualTo(url);
    }
  }

  @Test
  void theFileOfAnEmbeddedUrlIsChecked() {
    assertThat(DbOption.embeddedFile("jdbc:sqlite:./data/cordon.db?journal_mode=WAL"))
        .contains(Path.of("./data/cordon.db"));
    assertThat(DbOption.embeddedFile("jdbc:sqlite:file:/srv/cordon.db")).contains(Path.of("/srv/cordon.db"));
    assertThat(DbOption.embeddedFile("jdbc:h2:file:./data/cordon;AUTO_SERVER=TRUE"))
        .contains(Path.of("./data/cordon.mv.db"));
    assertThat(DbOption.embeddedFile("jdbc:h2:./data/cordon")).contains(Path.of("./data/cordon.mv.db"));
    assertThat(DbOption.embeddedFile("jdbc:h2:~/cordon"))
        .contains(Path.of(System.getProperty("user.home"), "cordon.mv.db"));
  }

  @Test
  void inMemoryAndServerStorageIsNotChecked() {
    for (String url : new String[] {"memory:", "jdbc:h2:mem:cordon", "jdbc:h2:tcp://localhost/~/cordon",
        "jdbc:h2:ssl://localhost/~/cordon", "jdbc:postgresql://localhost/cordon", "jdbc:sqlite::memory:",
        "jdbc:sqlite:", "jdbc:sqlite:file:cordon?mode=memory"}) {
      assertThat(DbOption.embeddedFile(url)).as(url).isEqualTo(Optional.empty());
    }
  }

  @Test
  void postgresqlsConnectTimeoutBoundsTheWaitForAConnection() {
    assertThat(DbOption.connectTimeoutSeconds("jdbc:postgresql://h/db?connectTimeout=2&user=u")).contains(2L);
    assertThat(DbOption.connectTimeoutSeconds("jdbc:postgresql://h/db?user=u&connectTimeout=3")).contains(3L);
    assertThat(DbOption.connectTimeoutSeconds("jdbc:postgresql://h/db?connectTimeout=0")).isEmpty();
    assertThat(DbOption.connectTimeoutSeconds("jdbc:postgresql://h/db?socketconnectTimeout=2")).isEmpty();
    assertThat(DbOption.connectTimeoutSeconds("jdbc:h2:file:./d;connectTimeout=2")).isEmpty();
  }
}

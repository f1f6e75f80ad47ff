package dev.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordon.core.CordonStorageException;
import dev.cordon.core.CordonStorageException.Fault;
import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A storage fault is one line that says what it is, not only "could not connect". */
class StorageFaultMessagesTest {
  @Test
  void aPostgreSqlServerThatIsNotThereSaysConnectionRefusedQuickly() {
    long start = System.nanoTime();
    Cli r = Cli.run("describe", "--db", "jdbc:postgresql://127.0.0.1:1/cordon?connectTimeout=1");
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(r.exit()).isEqualTo(CordonCli.UNAVAILABLE);
    assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
    assertThat(r.err()).startsWith("cordon: ").contains("127.0.0.1:1").contains("connection refused")
        .doesNotContain("\tat ");
    // connectTimeout=1 bounds the wait: not the pool's ten seconds of retries
    assertThat(took).isLessThan(Duration.ofSeconds(8));
  }

  @Test
  void theKindOfFaultIsFoundUnderTheWrappers() {
    CordonStorageException refused = new CordonStorageException("Cordon could not connect to jdbc:postgresql://h/db.",
        new RuntimeException("pool", new SQLException("driver text", "08001", new ConnectException("refused"))));
    assertThat(CordonCli.describe(refused))
        .isEqualTo("Cordon could not connect to jdbc:postgresql://h/db: connection refused.");

    CordonStorageException locked = new CordonStorageException("Cordon could not connect to jdbc:h2:file:./d.",
        new SQLException("Database may be already in use", "90020"));
    assertThat(CordonCli.describe(locked)).endsWith(": locked by another process.");

    CordonStorageException readOnly = new CordonStorageException("Cordon could not store 3 entries.",
        new SQLException("The database is read only", "90097"));
    assertThat(CordonCli.describe(readOnly)).endsWith(": read-only.");

    CordonStorageException unreachable = new CordonStorageException(
        "Cordon could not connect to jdbc:postgresql://h/db (SQLState 08006).", new SQLException("x", "08006"));
    assertThat(CordonCli.describe(unreachable))
        .isEqualTo("Cordon could not connect to jdbc:postgresql://h/db (SQLState 08006): server unreachable.");
  }

  @Test
  void theSqlStateNamedInTheMessageSaysTheKindWhenThereIsNoCause() {
    assertThat(CordonCli.describe(new CordonStorageException("Cordon could not open jdbc:h2:file:./d (SQLState 90020).")))
        .isEqualTo("Cordon could not open jdbc:h2:file:./d (SQLState 90020): locked by another process.");
    assertThat(CordonCli.describe(new CordonStorageException("Cordon could not connect to h (SQLState 08001).")))
        .isEqualTo("Cordon could not connect to h (SQLState 08001): server unreachable.");
  }

  @Test
  void aClassifiedFaultIsNamedUnlessItsMessageSaysItAlready() {
    assertThat(CordonCli.describe(new CordonStorageException("Cordon could not open the ledger.", Fault.LOCKED, null,
        null))).isEqualTo("Cordon could not open the ledger: locked by another process.");
    assertThat(CordonCli.describe(new CordonStorageException("Cordon could not open x: the file is not a Cordon "
        + "database (SQLState none).", Fault.NOT_A_CORDON_DATABASE, null, null)))
        .isEqualTo("Cordon could not open x: the file is not a Cordon database (SQLState none).");
  }

  @Test
  void aMessageThatSaysTheKindAlreadyIsNotRepeated() {
    CordonStorageException said = new CordonStorageException(
        "The database jdbc:h2:file:./d is locked by another process.", new SQLException("in use", "90020"));
    assertThat(CordonCli.describe(said)).isEqualTo("The database jdbc:h2:file:./d is locked by another process.");
  }

  @Test
  void aDriverMessageIsNeverQuoted() {
    CordonStorageException e = new CordonStorageException("Cordon could not store 1 entry.",
        new SQLException("Value 13800471234 too long", "22001"));
    assertThat(CordonCli.describe(e)).isEqualTo("Cordon could not store 1 entry.");
  }
}

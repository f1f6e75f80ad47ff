package dev.cordon.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cordon.core.storage.Storage;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.tck.internal.Streams;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;

/**
 * The root of every contract class of the kit: it opens a fresh storage before each test with
 * {@link #newStorage()} and closes it after. It holds no tests itself; extend the contract classes
 * that do — {@link RecordStoreContract}, {@link VersionedStoreContract}, {@link LedgerContract},
 * {@link RangeQueryContract}, {@link StockLedgerContract}, {@link ConcurrencyContract},
 * {@link TransactionContract}, {@link StreamingContract}, {@link LifecycleContract},
 * {@link DailyCountsContract}, {@link InspectionNoticeContract} and {@link DiningPlanContract}.
 *
 * <p>The kit assumes nothing a port's Javadoc does not say: in particular stores do not check
 * references between aggregates (an entry may name a site that was never stored), since ledgers are
 * imported as they were kept.
 */
public abstract class StorageContract {
  /** The storage under test, opened before each test and closed after it. */
  protected Storage storage;

  /**
   * Opens a new, empty storage of the provider under test. Called once before every test; the kit
   * closes what it returns. Each call must give a storage that holds no records.
   *
   * @return a new, empty storage of the provider under test
   */
  protected abstract Storage newStorage();

  /** Opens the storage under test. */
  @BeforeEach
  protected void openStorage() {
    storage = newStorage();
    assertThat(storage).as("newStorage()").isNotNull();
  }

  /** Closes the storage under test. */
  @AfterEach
  protected void closeStorage() {
    if (storage != null) {
      storage.close();
    }
  }

  /**
   * The elements of {@code stream}, in order; the stream is closed.
   *
   * @param <T> the type of the elements
   * @param stream the stream
   * @return the elements of {@code stream}, in order; the stream is closed
   */
  protected static <T> List<T> list(Stream<T> stream) {
    return Streams.list(stream);
  }

  /**
   * The validation exception {@code call} throws; fails the test if it throws none or another.
   *
   * @param call the call
   * @return the validation exception {@code call} throws; fails the test if it throws none or another
   */
  protected static CordonValidationException refusal(Executable call) {
    Throwable t = catchThrowable(() -> call.execute());
    assertThat(t).as("the call should be refused with a CordonValidationException")
        .isInstanceOf(CordonValidationException.class);
    return (CordonValidationException) t;
  }
}

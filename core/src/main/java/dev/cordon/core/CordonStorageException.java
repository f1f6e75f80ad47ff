package dev.cordon.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A fault in the storage behind Cordon (存儲錯誤): the database went away, is locked by another
 * process, is read-only, is not a Cordon database, a statement failed, the storage was already
 * closed. Nothing already stored is lost when this is thrown: the failed unit of work is rolled back.
 *
 * <p>The message says what happened in plain words ({@link #fault()} gives the same as a value) and,
 * for a database fault, its SQLState ({@link #sqlState()}). A driver's own exception is never the
 * cause: drivers quote row values in their messages (a PostgreSQL batch failure carries the whole
 * row), and an application that logs a cause chain must not leak a name or a phone number. The
 * message holds a masked summary of the driver's text instead. An {@code IOException} may be the
 * cause of a file fault; its message names only the file.
 */
public class CordonStorageException extends CordonException {
  private static final long serialVersionUID = 1L;

  /** What kind of fault a storage exception reports (存儲錯誤類別). */
  public enum Fault {
    /** The database cannot be reached: connection refused, unknown host, timed out, authentication failed. */
    UNREACHABLE,
    /** Another process or connection holds the database (or the rows) locked. */
    LOCKED,
    /** The database, its file or its directory is read-only, or the storage was opened read-only. */
    READ_ONLY,
    /** The file or database exists but is not a Cordon database. */
    NOT_A_CORDON_DATABASE,
    /** The database file is damaged. */
    CORRUPT,
    /** The disk or the database is full. */
    FULL,
    /** The storage was closed before the call. */
    CLOSED,
    /** Any other fault: a statement the database refused, an I/O error. */
    OTHER
  }

  private final Fault fault;
  private final String sqlState;

  /** A fault of kind {@link Fault#OTHER}. */
  public CordonStorageException(String message) {
    this(message, Fault.OTHER, null, null);
  }

  /** A fault of kind {@link Fault#OTHER} with a cause (never a driver exception that may quote data). */
  public CordonStorageException(String message, Throwable cause) {
    this(message, Fault.OTHER, null, cause);
  }

  /**
   * A fault of the given kind.
   *
   * @param message what happened, in plain words, with no personal value
   * @param fault its kind
   * @param sqlState the database's SQLState, or null
   * @param cause the cause, or null (never a driver exception that may quote data)
   */
  public CordonStorageException(String message, Fault fault, String sqlState, Throwable cause) {
    super(message, cause);
    this.fault = Objects.requireNonNull(fault, "fault");
    this.sqlState = sqlState;
  }

  /** What kind of fault this is. */
  public Fault fault() {
    return fault;
  }

  /** The SQLState the database reported, if the fault came from a database. */
  public Optional<String> sqlState() {
    return Optional.ofNullable(sqlState);
  }
}

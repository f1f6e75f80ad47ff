package dev.cordon.core;

/**
 * A fault in the storage behind Cordon (存儲錯誤): the database went away, a statement failed, the
 * storage was already closed. The underlying {@code SQLException} or {@code IOException} is the
 * cause. Nothing already stored is lost when this is thrown: the failed unit of work is rolled back.
 */
public class CordonStorageException extends CordonException {
  private static final long serialVersionUID = 1L;

  public CordonStorageException(String message) {
    super(message);
  }

  public CordonStorageException(String message, Throwable cause) {
    super(message, cause);
  }
}

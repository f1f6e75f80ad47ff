package dev.cordon.core;

/**
 * The root of every exception Cordon throws on purpose (unchecked).
 *
 * <p>Subclasses separate faults in the data ({@link dev.cordon.core.validation.CordonValidationException}),
 * in the configuration ({@link CordonConfigurationException}) and in the storage
 * ({@link CordonStorageException}). Messages never contain personal data unmasked.
 */
public class CordonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CordonException(String message) {
    super(message);
  }

  public CordonException(String message, Throwable cause) {
    super(message, cause);
  }
}

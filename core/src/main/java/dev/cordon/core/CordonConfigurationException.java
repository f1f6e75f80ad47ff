package dev.cordon.core;

/**
 * A fault in how Cordon was set up (配置錯誤): no storage provider for a URL, two providers claiming
 * it, an unreadable policy file, a database written by a newer Cordon version.
 */
public class CordonConfigurationException extends CordonException {
  private static final long serialVersionUID = 1L;

  public CordonConfigurationException(String message) {
    super(message);
  }

  public CordonConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}

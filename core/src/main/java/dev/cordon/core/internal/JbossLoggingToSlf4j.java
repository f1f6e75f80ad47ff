package dev.cordon.core.internal;

import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.logging.LoggerProvider;
import org.jboss.logging.Slf4jLoggerProvider;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLoggerFactory;

/**
 * Routes jboss-logging (through which Hibernate Validator logs, e.g. {@code HV000001}) to SLF4J when
 * the application has an SLF4J provider, so that nothing of Cordon's reaches java.util.logging.
 *
 * <p>Found by jboss-logging's {@code ServiceLoader} lookup of {@link LoggerProvider}
 * ({@code META-INF/services} and {@code provides} in {@code module-info}), which comes after the
 * {@code org.jboss.logging.provider} system property: an application that sets the property keeps
 * its choice, and no system property is set here. Without an SLF4J provider the constructor
 * declines (jboss-logging skips a provider that fails to load) and jboss-logging chooses as it
 * would without Cordon.
 */
public final class JbossLoggingToSlf4j implements LoggerProvider {
  private final Slf4jLoggerProvider delegate;

  /**
   * The provider, or a failure when SLF4J has no provider of its own.
   *
   * @throws IllegalStateException when SLF4J would log nowhere
   */
  public JbossLoggingToSlf4j() {
    if (LoggerFactory.getILoggerFactory() instanceof NOPLoggerFactory) {
      throw new IllegalStateException("no SLF4J provider: jboss-logging chooses its own logger");
    }
    this.delegate = new Slf4jLoggerProvider();
  }

  @Override
  public Logger getLogger(String name) {
    return delegate.getLogger(name);
  }

  @Override
  public void clearMdc() {
    delegate.clearMdc();
  }

  @Override
  public Object putMdc(String key, Object value) {
    return delegate.putMdc(key, value);
  }

  @Override
  public Object getMdc(String key) {
    return delegate.getMdc(key);
  }

  @Override
  public void removeMdc(String key) {
    delegate.removeMdc(key);
  }

  @Override
  public Map<String, Object> getMdcMap() {
    return delegate.getMdcMap();
  }

  @Override
  public void clearNdc() {
    delegate.clearNdc();
  }

  @Override
  public String getNdc() {
    return delegate.getNdc();
  }

  @Override
  public int getNdcDepth() {
    return delegate.getNdcDepth();
  }

  @Override
  public String popNdc() {
    return delegate.popNdc();
  }

  @Override
  public String peekNdc() {
    return delegate.peekNdc();
  }

  @Override
  public void pushNdc(String message) {
    delegate.pushNdc(message);
  }

  @Override
  public void setNdcMaxDepth(int maxDepth) {
    delegate.setNdcMaxDepth(maxDepth);
  }
}

package dev.cordon.adapters.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource that lets a test break the database at one moment — when the {@code n}-th
 * {@code executeBatch} of an armed fault is about to run, it runs the fault (which may throw, or kill
 * the connection so that the real call fails) — and records the SQL it was asked to prepare.
 */
final class FaultyDataSource implements DataSource {
  /** What happens instead of, or before, the chosen executeBatch. */
  @FunctionalInterface
  interface Fault {
    void strike(Connection connection) throws SQLException;
  }

  private final DataSource target;
  private final AtomicInteger batches = new AtomicInteger();
  private volatile int strikeAt = -1;
  private volatile Fault fault;
  private final java.util.List<String> prepared = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

  FaultyDataSource(DataSource target) {
    this.target = target;
  }

  /** Arms {@code fault} for the {@code n}-th executeBatch from now (1 = the next one). */
  void armAtBatch(int n, Fault fault) {
    this.fault = fault;
    this.strikeAt = batches.get() + n;
  }

  void disarm() {
    strikeAt = -1;
  }

  /** The SQL of every statement prepared so far, in order. */
  java.util.List<String> prepared() {
    synchronized (prepared) {
      return java.util.List.copyOf(prepared);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return wrap(target.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return wrap(target.getConnection(username, password));
  }

  private Connection wrap(Connection c) {
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          Object result = invoke(c, method, args);
          if (result instanceof PreparedStatement ps && method.getName().equals("prepareStatement")) {
            prepared.add((String) args[0]);
            return wrap(c, ps);
          }
          if (result instanceof java.sql.Statement st && method.getName().equals("createStatement")) {
            return wrap(c, st);
          }
          return result;
        });
  }

  /**
   * A plain statement: on PostgreSQL a batch of ledger records is one COPY into the staging table
   * and one set-based insert out of it; that insert counts as the batch's executeBatch.
   */
  private java.sql.Statement wrap(Connection c, java.sql.Statement st) {
    return (java.sql.Statement) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {java.sql.Statement.class}, (proxy, method, args) -> {
          if (method.getName().equals("executeQuery") && String.valueOf(args[0]).contains("DELETE FROM cordon_stage_")
              && batches.incrementAndGet() == strikeAt) {
            fault.strike(c);
          }
          return invoke(st, method, args);
        });
  }

  private PreparedStatement wrap(Connection c, PreparedStatement ps) {
    return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
          if (method.getName().equals("executeBatch") && batches.incrementAndGet() == strikeAt) {
            fault.strike(c);
          }
          return invoke(ps, method, args);
        });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return target.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return target.isWrapperFor(iface);
  }
}

package dev.cordon.adapters.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on one connection. */
@FunctionalInterface
public interface SqlWork<T> {
  /** Does the work. */
  T apply(Connection connection) throws SQLException;
}

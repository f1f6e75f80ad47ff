/**
 * Storage over JDBC: embedded SQLite by default, H2, and PostgreSQL (whose driver the user adds).
 * Exports {@code dev.cordon.adapters.jdbc}; {@code dev.cordon.adapters.jdbc.internal} is not
 * exported.
 */
module dev.cordon.adapters.jdbc {
  requires transitive dev.cordon.spi;
  requires transitive java.sql;
  requires com.zaxxer.hikari;
  // Flyway has no module name of its own; "flyway.core" is derived from its file name
  requires flyway.core;
  requires org.slf4j;
  requires org.xerial.sqlitejdbc;

  exports dev.cordon.adapters.jdbc;

  provides dev.cordon.spi.storage.StorageProvider with dev.cordon.adapters.jdbc.JdbcStorageProvider;
}

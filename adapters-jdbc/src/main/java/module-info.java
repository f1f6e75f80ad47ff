/**
 * Storage over JDBC: embedded SQLite by default, H2, and PostgreSQL (whose driver the user adds).
 * Exports {@code dev.cordon.adapters.jdbc}; {@code dev.cordon.adapters.jdbc.internal} is not
 * exported.
 */
module dev.cordon.adapters.jdbc {
  // only for javadoc and the compiler to read the Immutables style on core's types (CordonStyle); nothing at run time
  requires static org.immutables.value.annotations;
  requires transitive dev.cordon.spi;
  requires transitive java.sql;
  requires com.zaxxer.hikari;
  // Flyway has no module name of its own; "flyway.core" is derived from its file name
  requires flyway.core;
  requires org.slf4j;
  requires org.xerial.sqlitejdbc;

  exports dev.cordon.adapters.jdbc;

  // the SQL migrations: Flyway reads them with ClassLoader.getResourceAsStream, which finds a
  // resource of a named module only in a package opened to everyone; these packages hold no code
  opens db.cordon.h2;
  opens db.cordon.postgresql;
  opens db.cordon.sqlite;

  provides dev.cordon.spi.storage.StorageProvider with dev.cordon.adapters.jdbc.JdbcStorageProvider;
}

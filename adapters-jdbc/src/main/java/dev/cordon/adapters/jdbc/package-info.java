/**
 * The JDBC storage provider (API tier): {@link dev.cordon.adapters.jdbc.JdbcStorageProvider} for
 * {@code jdbc:h2:…} and {@code jdbc:postgresql://…} URLs, {@link dev.cordon.adapters.jdbc.JdbcStorage}
 * to open a storage from a URL or over your own {@code DataSource},
 * {@link dev.cordon.adapters.jdbc.JdbcOptions} and the SQL report aggregates of
 * {@link dev.cordon.adapters.jdbc.JdbcReportQueries}.
 */
package dev.cordon.adapters.jdbc;

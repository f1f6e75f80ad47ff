package dev.cordon.adapters.jdbc;

/** {@link ReportQueriesBehaviour} on SQLite files. */
class SqliteReportQueriesTest extends ReportQueriesBehaviour {
  @Override
  JdbcStorage open() {
    return TestStorages.sqlite();
  }
}

package dev.cordon.adapters.jdbc;

/** {@link ReportQueriesBehaviour} on H2. */
class H2ReportQueriesTest extends ReportQueriesBehaviour {
  @Override
  JdbcStorage open() {
    return TestStorages.h2();
  }
}

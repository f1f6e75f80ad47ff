package dev.cordon.adapters.jdbc;

import org.junit.jupiter.api.BeforeAll;

/** {@link ReportQueriesBehaviour} on PostgreSQL. */
class PostgresReportQueriesTest extends ReportQueriesBehaviour {
  private static String url;

  @BeforeAll
  static void createDatabase() {
    url = PostgresServer.get().newDatabase("reports");
  }

  @Override
  JdbcStorage open() {
    return TestStorages.postgres(url);
  }
}

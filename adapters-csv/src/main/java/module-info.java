/**
 * CSV import and export of ledgers and the {@code csv} report writer. Exports
 * {@code dev.cordon.adapters.csv}; {@code dev.cordon.adapters.csv.internal} is not exported.
 */
module dev.cordon.adapters.csv {
  // only for javadoc and the compiler to read the Immutables style on core's types (CordonStyle); nothing at run time
  requires static org.immutables.value.annotations;
  requires transitive dev.cordon.spi;
  requires de.siegmar.fastcsv;
  requires org.slf4j;

  exports dev.cordon.adapters.csv;

  provides dev.cordon.spi.report.ReportWriterProvider with dev.cordon.adapters.csv.CsvReportWriter;
}

/**
 * Excel workbooks: import of ledgers from {@code .xlsx} (streamed) with the CSV adapter's layouts
 * and rules, and the {@code xlsx} report writer. Exports {@code dev.cordon.adapters.xlsx};
 * {@code dev.cordon.adapters.xlsx.internal} is not exported.
 */
module dev.cordon.adapters.xlsx {
  // only for javadoc and the compiler to read the Immutables style on core's types (CordonStyle); nothing at run time
  requires static org.immutables.value.annotations;
  requires transitive dev.cordon.spi;
  requires transitive dev.cordon.adapters.csv;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires java.xml;
  requires org.slf4j;

  exports dev.cordon.adapters.xlsx;

  provides dev.cordon.spi.report.ReportWriterProvider with dev.cordon.adapters.xlsx.XlsxReportWriter;
}

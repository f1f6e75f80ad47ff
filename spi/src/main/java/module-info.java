/**
 * Cordon's runtime and plug-in contracts: the entry point {@code dev.cordon.Cordon}, the storage,
 * report-writer and risk-area SPIs, the {@code memory:} storage and the {@code json} and
 * {@code html} report writers.
 *
 * <p>Discovery is {@link java.util.ServiceLoader}: this module {@code uses} every plug-in contract,
 * so providers in named modules are found through their {@code provides}, and providers on the
 * class path through {@code META-INF/services}.
 */
module dev.cordon.spi {
  // only for javadoc and the compiler to read the Immutables style on core's types (CordonStyle); nothing at run time
  requires static org.immutables.value.annotations;
  requires transitive dev.cordon.core;
  requires org.slf4j;

  exports dev.cordon;
  exports dev.cordon.spi.memory;
  exports dev.cordon.spi.report;
  exports dev.cordon.spi.risk;
  exports dev.cordon.spi.storage;

  uses dev.cordon.spi.storage.StorageProvider;
  uses dev.cordon.spi.report.ReportWriterProvider;
  uses dev.cordon.spi.rules.RuleProvider;

  provides dev.cordon.spi.storage.StorageProvider with dev.cordon.spi.memory.MemoryStorageProvider;
  provides dev.cordon.spi.report.ReportWriterProvider with
      dev.cordon.spi.report.JsonReportWriter, dev.cordon.spi.report.HtmlReportWriter;
}

/**
 * A custom plug-in as an integrator would write it (SPI tier, by example):
 * {@link dev.cordon.examples.plugin.MarkdownReportWriter}, a {@code ReportWriterProvider} registered in
 * {@code META-INF/services}.
 */
package dev.cordon.examples.plugin;

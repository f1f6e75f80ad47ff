/**
 * Custom plug-ins as an integrator would write them (SPI tier, by example), each registered in
 * {@code META-INF/services}: {@link dev.cordon.examples.plugin.MarkdownReportWriter}, a {@code
 * ReportWriterProvider}, and {@link dev.cordon.examples.plugin.HeatingCompanyRules}, a {@code
 * RuleProvider} adding the organisation's own rule {@link dev.cordon.examples.plugin.HallAfterHours}.
 */
package dev.cordon.examples.plugin;

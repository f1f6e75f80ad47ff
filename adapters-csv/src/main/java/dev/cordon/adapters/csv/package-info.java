/**
 * CSV import and export (API tier): {@link dev.cordon.adapters.csv.CsvImporter} reads registration
 * ledgers (出入登記), travel sheets, stock books and master data from CSV files as people keep them
 * — UTF-8 or GB18030, Chinese headers, {@code 36.5℃}, {@code 绿码} — with per-row errors, stable
 * ids and bounded memory; {@link dev.cordon.adapters.csv.CsvExporter} writes the same layouts;
 * {@link dev.cordon.adapters.csv.CsvReportWriter} is the {@code csv} report writer.
 */
package dev.cordon.adapters.csv;

/**
 * API: Excel workbooks (Excel 工作簿). {@link dev.cordon.adapters.xlsx.XlsxImporter} imports a
 * ledger from {@code .xlsx} with the layouts, header aliases, value forms, per-row errors and
 * idempotence of the CSV importer; {@link dev.cordon.adapters.xlsx.XlsxReportWriter} is the
 * {@code xlsx} report writer.
 */
package dev.cordon.adapters.xlsx;

package dev.cordon.core.report;

/**
 * A report (報表): a value computed by core — the daily report, the findings report, the notice
 * list, the stock report — and written by a {@code ReportWriterProvider} in a format such as
 * {@code json}, {@code csv} or {@code html}. Personal data in a report is masked unless the report
 * was built with it revealed on the caller's explicit request.
 */
public interface Report {
  /** The kind of report, e.g. {@code daily}, {@code findings}; also the default file name stem. */
  String kind();
}

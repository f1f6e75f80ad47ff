package dev.cordon.core.report;

import java.util.List;

/**
 * A report (報表): a value computed by core — the daily report, the findings report, the notice
 * list, the stock report — and written by a {@code ReportWriterProvider} in a format such as
 * {@code json}, {@code csv} or {@code html}.
 *
 * <p>Every report offers its content as {@link #tables()}, so that tabular writers need no code per
 * report. Personal data in a report is masked unless the report was built with it revealed on the
 * caller's explicit request.
 */
public interface Report {
  /** The kind of report, e.g. {@code daily}, {@code findings}; also the default file name stem. */
  String kind();

  /** The report's title in English and Simplified Chinese. */
  Text title();

  /** The report's content as tables, in order. */
  List<ReportTable> tables();
}

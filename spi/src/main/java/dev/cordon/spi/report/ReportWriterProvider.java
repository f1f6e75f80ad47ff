package dev.cordon.spi.report;

import dev.cordon.core.report.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A report-writer plug-in (報表輸出): writes report values in one format — {@code json} (built in),
 * {@code csv} (cordon-adapters-csv), {@code html}, or your own. Register it in
 * {@code META-INF/services/dev.cordon.spi.report.ReportWriterProvider}; Cordon chooses by
 * {@link #format()}.
 */
public interface ReportWriterProvider {
  /**
   * The format name, lower case, e.g. {@code csv}.
   *
   * @return the format name, lower case, e.g. {@code csv}
   */
  String format();

  /**
   * The file extension, without the dot; the format name by default.
   *
   * @return the file extension, without the dot; the format name by default
   */
  default String fileExtension() {
    return format();
  }

  /**
   * Whether this writer can write reports of this kind; all kinds by default.
   *
   * @param report the report
   * @return whether this writer can write reports of this kind; all kinds by default
   */
  default boolean supports(Report report) {
    return true;
  }

  /**
   * Writes {@code report} to {@code out} (which the caller closes). Text formats are UTF-8.
   * Spreadsheet formats must defuse formulas (a cell starting with {@code =}, {@code +}, {@code -},
   * {@code @}, tab or CR).
   *
   * @param report the report
   * @param out the stream to write to; the writer does not close it
   * @param options the options
   * @throws IOException when reading or writing fails
   */
  void write(Report report, OutputStream out, ReportOptions options) throws IOException;

  /**
   * Writes {@code report} as files in {@code directory} whose names start with {@code stem}, and
   * returns them in order. By default one file, {@code stem.}{@link #fileExtension()}, written by
   * {@link #write}; a tabular format may write one file per table instead (the {@code csv} writer
   * does). The directory must exist; files of the same names are replaced.
   *
   * @param report the report
   * @param directory the directory
   * @param stem the file name without extension
   * @param options the options
   * @return {@code report} as files in {@code directory} whose names start with {@code stem}, and returns them in order
   * @throws IOException when reading or writing fails
   */
  default List<Path> writeFiles(Report report, Path directory, String stem, ReportOptions options)
      throws IOException {
    Path file = directory.resolve(stem + "." + fileExtension());
    try (OutputStream out = Files.newOutputStream(file)) {
      write(report, out, options);
    }
    return List.of(file);
  }
}

package dev.cordon.adapters.csv;

import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import java.io.IOException;
import java.util.List;

/**
 * An import fed row by row (逐行導入) by a reader of another file format, e.g. the Excel adapter:
 * the cells as strings, exactly as a CSV file would hold them, mapped, parsed, checked, stored in
 * batches and rejected to the error file as by {@link CsvImporter}. Obtained from
 * {@link CsvImporter#rows}. Not thread-safe: one reader feeds it.
 *
 * <p>Lines: the number a reader gives a row (a sheet's row number) is the line of its errors.
 */
public final class RowImport {
  private final CsvImporter.Run<?> run;
  private boolean finished;

  RowImport(CsvImporter.Run<?> run) {
    this.run = run;
  }

  /**
   * The header row.
   *
   * @param cells the cells
   * @param line the line number (1 for the header)
   * @throws CordonValidationException when it lacks a required column ({@code CORDON-CSV-001} /
   *     {@code CORDON-CSV-019}) or names one twice ({@code CORDON-CSV-002}); nothing is stored
   * @throws IOException when the error file cannot be created
   */
  public void header(List<String> cells, long line) throws IOException {
    run.header(cells, line);
  }

  /**
   * Whether the layout reads the header's column {@code index} (0-based); false before the header.
   *
   * @param index the index
   * @return whether the layout reads the header's column {@code index} (0-based); false before the header
   */
  public boolean reads(int index) {
    return run.reads(index);
  }

  /**
   * One data row: stored (in the next batch), or rejected with its line and reasons. A row of
   * blank cells is skipped (not counted).
   *
   * @param cells the cells as text, in the header's order
   * @param line the row's line (a sheet's row number), for messages
   * @param problems what the reader found wrong with the row's cells (a formula, say): the row is
   *     rejected with them and the importer's own findings on its cells; empty for none
   * @return false when the import has stopped early (the storage failed for every record): give
   *     no more rows, call {@link #finish()}
   * @throws IOException when the error file cannot be written
   */
  public boolean row(List<String> cells, long line, List<Violation> problems) throws IOException {
    return run.given(cells, line, problems);
  }

  /**
   * The input could not be read any more from {@code line} on: the import ends early with
   * {@code reason} (what was stored stays stored).
   *
   * @param line the line number (1 for the header)
   * @param reason the reason
   */
  public void stop(long line, String reason) {
    run.stopReading(line, reason);
  }

  /**
   * Stores the last batch, closes the error file and sums up. The summary's encoding is UTF-8
   * and its delimiter TAB, which mean nothing for a workbook.
   *
   * @return the last batch, closes the error file and sums up
   * @throws IOException when the error file cannot be written
   */
  public ImportSummary finish() throws IOException {
    if (finished) {
      throw new IllegalStateException("finished already");
    }
    finished = true;
    return run.end();
  }
}

package dev.cordon.adapters.xlsx;

import dev.cordon.Cordon;
import dev.cordon.adapters.csv.CsvImporter;
import dev.cordon.adapters.csv.ImportKind;
import dev.cordon.adapters.csv.ImportOptions;
import dev.cordon.adapters.csv.ImportSummary;
import dev.cordon.adapters.csv.RowImport;
import dev.cordon.adapters.xlsx.internal.SheetReader;
import dev.cordon.adapters.xlsx.internal.SharedStrings;
import dev.cordon.adapters.xlsx.internal.Workbook;
import dev.cordon.adapters.xlsx.internal.XlsxErrors;
import dev.cordon.core.validation.CordonValidationException;
import dev.cordon.core.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a ledger from an Excel workbook ({@code .xlsx}, 從 Excel 導入臺賬) with everything the
 * {@link CsvImporter} does — the same {@link ImportKind}s, header aliases, value forms, per-row
 * errors, error file (CSV, re-importable), batches and idempotent row ids — since the cells of
 * each row are handed to it as text ({@link CsvImporter#rows}).
 *
 * <pre>{@code
 * ImportSummary s = XlsxImporter.of(cordon).importFrom(ImportKind.ENTRIES,
 *     Path.of("entries-2021-10-25.xlsx"), ImportOptions.defaults().withErrorsFile(Path.of("errors.csv")));
 * }</pre>
 *
 * <p>Streamed: the sheet's XML is read with SAX, one row at a time; shared strings are kept in a
 * temporary file, not in the heap. The sheet is read twice: once to the end before anything is
 * stored (a truncated, malformed or over-large workbook is refused whole, nothing stored), then
 * to import it. Which sheet: the one {@link #sheet named}, else the first visible one (hidden
 * sheets are never read unless named). See the module's README for how cells become text.
 */
public final class XlsxImporter {
  private static final Logger LOG = LoggerFactory.getLogger(XlsxImporter.class);

  private final Cordon cordon;
  private final Optional<String> sheet;

  private XlsxImporter(Cordon cordon, Optional<String> sheet) {
    this.cordon = Objects.requireNonNull(cordon, "cordon");
    this.sheet = sheet;
  }

  /**
   * An importer into {@code cordon}'s storage, reading the first visible sheet.
   *
   * @param cordon the Cordon instance
   * @return an importer into {@code cordon}'s storage, reading the first visible sheet
   */
  public static XlsxImporter of(Cordon cordon) {
    return new XlsxImporter(cordon, Optional.empty());
  }

  /**
   * An importer reading the sheet named {@code name} (hidden or not).
   *
   * @param name the name
   * @return an importer reading the sheet named {@code name} (hidden or not)
   */
  public XlsxImporter sheet(String name) {
    return new XlsxImporter(cordon, Optional.of(name));
  }

  /**
   * Imports the workbook {@code file}; its file name is the source name unless the options give
   * one. Errors are written as CSV to {@link ImportOptions#errorsFile()}.
   *
   * @param kind the kind
   * @param file the file
   * @param options the options
   * @return the workbook {@code file}; its file name is the source name unless the options give one
   * @throws CordonValidationException when the workbook cannot be read ({@code CORDON-XLSX-001}),
   *     goes over a limit ({@code -004}), has no sheet to import ({@code -005}), or its header
   *     lacks or repeats a column ({@code CORDON-CSV-001}, {@code -002}, {@code -019}); nothing is
   *     stored
   * @throws IllegalArgumentException when the error file is a directory or a database file
   * @throws IOException when the file cannot be read or the error file written
   */
  public ImportSummary importFrom(ImportKind kind, Path file, ImportOptions options)
      throws IOException {
    ImportOptions o = options.sourceName().isPresent() ? options
        : options.withSourceName(file.getFileName().toString());
    if (o.errorsFile().isPresent() && Files.exists(file) && Files.exists(o.errorsFile().get())
        && Files.isSameFile(file, o.errorsFile().get())) {
      throw new IllegalArgumentException("the error file " + o.errorsFile().get()
          + " is the input file " + file + "; choose another error file");
    }
    if (!Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        return importFrom(kind, in, o);
      }
    }
    RowImport rows = CsvImporter.of(cordon).rows(kind, o.sourceName().get(), o);
    try (Workbook wb = Workbook.open(file)) {
      Workbook.Sheet chosen = wb.choose(sheet).orElseThrow(() -> new CordonValidationException(
          List.of(XlsxErrors.noSheet(sheet.map(n -> "there is no sheet named " + n)
              .orElse("every sheet is hidden")))));
      SheetReader reader = wb.sheetReader();
      // first pass: the whole sheet is well-formed and within the limits before a row is stored
      try (InputStream in = wb.open(chosen)) {
        reader.read(in, Workbook.parser(), (n, cells, notes) -> { });
      } catch (SharedStrings.LimitException e) {
        throw new CordonValidationException(List.of(XlsxErrors.tooLarge(e.getMessage())));
      } catch (IOException | RuntimeException e) {
        throw new CordonValidationException(List.of(XlsxErrors.unreadable(Workbook.why(e))));
      } catch (Exception e) {
        throw new CordonValidationException(List.of(XlsxErrors.unreadable(Workbook.why(e))));
      }
      Feed feed = new Feed(rows, reader.merged());
      try (InputStream in = wb.open(chosen)) {
        reader.read(in, Workbook.parser(), feed);
      } catch (Stopped s) {
        // the import stopped early; the summary says why
      } catch (CordonValidationException | IOException e) {
        throw e;
      } catch (Exception e) {
        rows.stop(feed.last + 1, "the workbook could not be read any more: " + Workbook.why(e));
      }
      if (!feed.headerSeen) {
        LOG.info("xlsx import of {}: the sheet {} is empty", o.sourceName().get(), chosen.name());
      }
      return rows.finish();
    }
  }

  /**
   * Imports the workbook read from {@code in} (which the caller closes), copied first to a
   * temporary file (owner-only, deleted afterwards): a workbook is a zip, read from its end.
   *
   * @param kind the kind
   * @param in the stream to read
   * @param options the options
   * @return the workbook read from {@code in} (which the caller closes), copied first to a temporary file (owner-only, deleted afterwards): a workbook is a zip, read from its end
   * @throws IOException when reading or writing fails
   */
  public ImportSummary importFrom(ImportKind kind, InputStream in, ImportOptions options)
      throws IOException {
    Path tmp = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        ? Files.createTempFile("cordon-import-", ".xlsx",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
        : Files.createTempFile("cordon-import-", ".xlsx");
    try {
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      ImportOptions o = options.sourceName().isPresent() ? options
          : options.withSourceName("input");
      return importFrom(kind, tmp, o);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The import stopped early (the storage failed): no more rows. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }

  /** Gives the rows of the second pass to the import. */
  private static final class Feed implements SheetReader.Rows {
    private final RowImport rows;
    /** Merged ranges not reached yet, by first row; those that cover the current row. */
    private final PriorityQueue<CellRangeAddress> ahead =
        new PriorityQueue<>(Comparator.comparingInt(CellRangeAddress::getFirstRow));
    private final List<CellRangeAddress> active = new ArrayList<>();
    private final List<CellRangeAddress> all;
    private List<String> header = List.of();
    private boolean headerSeen;
    private long last;

    Feed(RowImport rows, List<CellRangeAddress> merged) {
      this.rows = rows;
      this.all = List.copyOf(merged); // the reader clears its list when it reads again
      ahead.addAll(merged);
    }

    @Override
    public void row(long number, List<String> cells, List<SheetReader.Note> notes)
        throws IOException {
      last = number;
      int r = (int) number - 1;
      while (!ahead.isEmpty() && ahead.peek().getFirstRow() <= r) {
        active.add(ahead.poll());
      }
      active.removeIf(m -> m.getLastRow() < r);
      if (!headerSeen) {
        if (cells.stream().allMatch(String::isBlank)) {
          return;
        }
        if (isTitle(r, cells)) {
          return; // a title over the table (出入登记表), merged across it
        }
        for (SheetReader.Note n : notes) {
          if (n.kind() == SheetReader.NoteKind.BEYOND_COLUMNS) {
            throw new CordonValidationException(List.of(XlsxErrors.tooLarge(String.format(
                "a header of more than %,d columns", SheetReader.MAX_COLUMNS))));
          }
        }
        header = cells;
        headerSeen = true;
        rows.header(cells, number);
        return;
      }
      List<String> padded = cells;
      if (cells.size() < header.size()) {
        padded = new ArrayList<>(cells);
        while (padded.size() < header.size()) {
          padded.add("");
        }
      }
      List<Violation> problems = new ArrayList<>();
      for (SheetReader.Note n : notes) {
        String col = n.column() < header.size() ? header.get(n.column()) : n.ref();
        switch (n.kind()) {
          case FORMULA -> {
            if (rows.reads(n.column())) {
              problems.add(XlsxErrors.formula(col, n.ref()));
            }
          }
          case ERROR -> {
            if (rows.reads(n.column())) {
              problems.add(XlsxErrors.errorValue(col, n.ref(), n.detail()));
            }
          }
          case BEYOND_COLUMNS -> problems.add(XlsxErrors.beyondColumns(n.ref(), SheetReader.MAX_COLUMNS));
          default -> { }
        }
      }
      for (CellRangeAddress m : active) {
        for (int c = m.getFirstColumn(); c <= m.getLastColumn() && c < header.size(); c++) {
          if ((r != m.getFirstRow() || c != m.getFirstColumn()) && rows.reads(c)) {
            problems.add(XlsxErrors.merged(header.get(c),
                new CellReference(r, c).formatAsString(), m.formatAsString()));
          }
        }
      }
      if (!rows.row(padded, number, problems)) {
        throw new Stopped();
      }
    }

    /** One value, in the first cell of a range merged across two or more columns of this row. */
    private boolean isTitle(int r, List<String> cells) {
      int filled = -1;
      for (int i = 0; i < cells.size(); i++) {
        if (!cells.get(i).isBlank()) {
          if (filled >= 0) {
            return false;
          }
          filled = i;
        }
      }
      for (CellRangeAddress m : all) {
        if (m.getFirstRow() == r && m.getFirstColumn() == filled
            && m.getLastColumn() > m.getFirstColumn()) {
          return true;
        }
      }
      return false;
    }
  }
}

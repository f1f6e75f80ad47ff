package dev.cordon.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cordon.Cordon;
import dev.cordon.core.validation.CordonValidationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code src/test/resources/hostile} (described in its README.md) imported as
 * entries, with the outcome it must have; and every message they produce scanned for personal data.
 */
class HostileFilesTest {
  /**
   * What a hostile file must give.
   *
   * @param file the file name
   * @param headerError the code of the CordonValidationException the header gets, or null
   * @param rows rows read
   * @param imported rows imported
   * @param codes codes among the rejections (each must occur)
   * @param encoding the encoding it must be read in
   * @param dataLines physical data lines
   * @param inMessages text the rejections' reasons must contain
   * @param acceptedBreaks line breaks inside the quoted cells of imported rows
   */
  record Expected(String file, String headerError, long rows, long imported, List<String> codes,
      String encoding, long dataLines, List<String> inMessages, int acceptedBreaks) {
    Expected(String file, String headerError, long rows, long imported, List<String> codes,
        String encoding, long dataLines, List<String> inMessages) {
      this(file, headerError, rows, imported, codes, encoding, dataLines, inMessages, 0);
    }

    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Expected> files() {
    return Stream.of(
        new Expected("stray-quote.csv", null, 3, 2, List.of("CORDON-CSV-025"), "UTF-8", 5,
            List.of("lines 3–5")),
        new Expected("quoted-line-breaks.csv", null, 3, 2, List.of("CORDON-CSV-020"), "UTF-8", 5,
            List.of("lines 4–5"), 1),
        new Expected("utf8-bad-byte.csv", null, 32, 31, List.of("CORDON-CSV-013"), "UTF-8", 32,
            List.of("(line 3, byte offset 147: 0xFF)")),
        new Expected("gb18030-ascii-head.csv", null, 1004, 1004, List.of(), "GB18030", 1004, List.of()),
        new Expected("gb18030-valid-utf8.csv", null, 2, 2, List.of(), "GB18030", 2, List.of()),
        new Expected("headerless.csv", "CORDON-CSV-019", 0, 0, List.of(), null, 0,
            List.of("looks like data")),
        new Expected("personal-data-misplaced.csv", null, 3, 1, List.of("CORDON-CSV-004"), "UTF-8", 3,
            List.of("187****2111", "程*")),
        new Expected("personal-data-disguised.csv", null, 9, 1,
            List.of("CORDON-CSV-004", "CORDON-CSV-005", "CORDON-STORE-002"), "UTF-8", 9,
            List.of("temperature '187****2111'", "temperature '1502**********0010'", "site '程*'",
                "health_code '程*'", "no site with id 程*")),
        new Expected("headerless-latin.csv", "CORDON-CSV-019", 0, 0, List.of(), null, 0,
            List.of("looks like data", "C*********", "187****2111")),
        new Expected("too-many-fields.csv", null, 3, 2, List.of("CORDON-CSV-023"), "UTF-8", 3,
            List.of("more than 1,000 fields", "line 3")),
        new Expected("huge-header.csv", "CORDON-CSV-024", 0, 0, List.of(), null, 0,
            List.of("1,000 columns")),
        new Expected("long-value.csv", null, 2, 1, List.of("CORDON-CSV-004"), "UTF-8", 2,
            List.of("(9,000 characters)")),
        new Expected("long-ids.csv", null, 4, 1, List.of(), "UTF-8", 4,
            List.of("(9,002 characters)", "(9,000 characters)", "(9,007 characters)")),
        new Expected("invisible-characters.csv", null, 4, 1, List.of("CORDON-CSV-021"), "UTF-8", 4,
            List.of("id: ", "U+200B", "site", "U+202E", "purpose", "U+2066")));
  }

  private static final Pattern PHONE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
  private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{17}[0-9Xx]");
  /** Every name written in the hostile files. */
  private static final List<String> NAMES = List.of("王芳", "周杰", "张伟", "赵敏", "陈静", "程芳",
      "李娜", "其其格", "包头", "Wang Fang", "Li Na", "谢志强", "史伟", "叶萍", "Cheng Fang");
  /** Digits joined by the separators people write phone and ID numbers with, and a +86/0086 prefix. */
  private static final Pattern GROUPING = Pattern.compile("(?<=[0-9])[ ().\\-]{1,2}(?=[0-9(])|(?:\\+|\\b00)86[ \\-]?(?=[0-9(])");

  private final Cordon cordon = Fixtures.cordon();

  @AfterEach
  void close() {
    cordon.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void eachHostileFileHasItsDocumentedOutcome(Expected x) throws Exception {
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    Path file = hostile(x.file());
    if (x.headerError() != null) {
      CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
          () -> CsvImporter.of(cordon).importFrom(ImportKind.ENTRIES, file,
              ImportOptions.defaults().withErrorsTo(errors)));
      assertThat(e).as("a header error").isNotNull();
      assertThat(e.codes()).contains(x.headerError());
      for (String s : x.inMessages()) {
        assertThat(e.getMessage(Locale.ENGLISH)).contains(s);
      }
      assertThat(cordon.storage().entries().count()).isZero();
      assertNoPersonalData(e.getMessage(Locale.ENGLISH) + "\n" + e.getMessage(Locale.SIMPLIFIED_CHINESE));
      return;
    }
    ImportSummary s = CsvImporter.of(cordon).importFrom(ImportKind.ENTRIES, file,
        ImportOptions.defaults().withErrorsTo(errors));
    assertThat(s.complete()).as(s.toString()).isTrue();
    assertThat(s.encoding().name()).isEqualTo(x.encoding());
    assertThat(s.rowsRead()).as(s.toString()).isEqualTo(x.rows());
    assertThat(s.imported()).as(s.toString()).isEqualTo(x.imported());
    assertThat(s.rejected()).as(s.firstErrors().toString()).isEqualTo(x.rows() - x.imported());
    assertThat(s.dataLines()).isEqualTo(x.dataLines());
    long linesInRows = s.firstErrors().stream().mapToLong(r -> r.lastLine() - r.line() + 1).sum()
        + s.imported() + x.acceptedBreaks();
    assertThat(linesInRows).as("every data line in exactly one row").isEqualTo(s.dataLines());
    assertThat(s.firstErrors().stream().flatMap(r -> r.codes().stream())).containsAll(x.codes());
    String reasons = String.join("\n", s.firstErrors().stream().map(RowError::toString).toList());
    for (String m : x.inMessages()) {
      assertThat(reasons).contains(m);
    }
    // stored text never holds a replacement character: nothing decodable was replaced
    try (Stream<dev.cordon.core.entry.Entry> stored = cordon.storage().entries().all()) {
      stored.forEach(en -> assertThat(dev.cordon.core.json.CordonJson.write(en)).doesNotContain("\uFFFD"));
    }
    String errorFile = errors.toString(StandardCharsets.UTF_8);
    assertThat(errorFile.lines().count() > 1).isEqualTo(s.rejected() > 0);
    assertNoPersonalData(reasons + "\n" + s + "\n" + reasonColumn(errorFile));
    for (String reason : reasonColumn(errorFile).split("\n")) {
      assertThat(reason.length()).as("a reason with every value cut").isLessThan(2_000);
    }
  }

  @Test
  void aGb18030FileThatIsValidUtf8IsStoredWithItsNames() throws Exception {
    CsvImporter.of(cordon).importFrom(ImportKind.ENTRIES, hostile("gb18030-valid-utf8.csv"),
        ImportOptions.defaults());
    String stored;
    try (Stream<dev.cordon.core.entry.Entry> all = cordon.storage().entries().all()) {
      stored = String.join("\n", all.map(dev.cordon.core.json.CordonJson::write).toList());
    }
    assertThat(stored).contains("谢志强", "史伟", "叶萍").doesNotContain("л", "Ҷ");
  }

  @Test
  void aHundredThousandColumnHeaderIsAClearHeaderError() {
    StringBuilder header = new StringBuilder("site,at");
    for (int i = 0; i < 100_000; i++) {
      header.append(",c").append(i);
    }
    CordonValidationException e = catchThrowableOfType(CordonValidationException.class,
        () -> CsvImporter.of(cordon).importFrom(ImportKind.ENTRIES,
            new java.io.ByteArrayInputStream((header + "\n").getBytes(StandardCharsets.UTF_8)),
            ImportOptions.defaults()));
    assertThat(e.codes()).containsExactly("CORDON-CSV-024");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("more than 1,000 fields")
        .contains("at most 1,000 columns");
  }

  @Test
  void theHostileReadmeListsEveryFile() throws Exception {
    String readme = Files.readString(hostile("README.md"));
    try (Stream<Path> all = Files.list(hostile("README.md").getParent())) {
      List<String> csvs = all.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).toList();
      assertThat(csvs).hasSize((int) files().count());
      for (String f : csvs) {
        assertThat(readme).contains("`" + f + "`");
      }
    }
  }

  /** Fails when {@code text} holds a phone number, an ID number or a name of the hostile files. */
  static void assertNoPersonalData(String text) {
    assertThat(PHONE.matcher(text).find()).as("a phone number in:%n%s", text).isFalse();
    assertThat(ID_NUMBER.matcher(text).find()).as("an ID number in:%n%s", text).isFalse();
    // the same numbers written in groups: 187-9404-2111, +86 187 9404 2111, 150202 19520427 0010
    String ungrouped = GROUPING.matcher(text.replace("(", " ").replace(")", " ")).replaceAll("");
    assertThat(PHONE.matcher(ungrouped).find()).as("a phone number written in groups in:%n%s", text).isFalse();
    assertThat(ID_NUMBER.matcher(ungrouped).find()).as("an ID number written in groups in:%n%s", text).isFalse();
    for (String n : NAMES) {
      assertThat(text).as("a name").doesNotContain(n);
    }
  }

  /** The last cell of every line but the header: the reasons (they contain no quotes or commas split). */
  private static String reasonColumn(String errorFile) {
    List<String> out = new ArrayList<>();
    for (de.siegmar.fastcsv.reader.CsvRecord r : de.siegmar.fastcsv.reader.CsvReader.builder()
        .ofCsvRecord(errorFile.replace("\uFEFF", ""))) {
      out.add(r.getField(r.getFieldCount() - 1));
    }
    return String.join("\n", out.subList(Math.min(1, out.size()), out.size()));
  }

  static Path hostile(String name) throws URISyntaxException {
    return Path.of(HostileFilesTest.class.getResource("/hostile/" + name).toURI());
  }

  static byte[] bytes(String name) throws IOException, URISyntaxException {
    try (InputStream in = Files.newInputStream(hostile(name))) {
      return in.readAllBytes();
    }
  }
}

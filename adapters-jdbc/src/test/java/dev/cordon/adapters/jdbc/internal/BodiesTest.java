package dev.cordon.adapters.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.cordon.core.CordonStorageException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The compressed bodies of SQLite: lossless for any text, readable when stored as text, damage named. */
class BodiesTest {
  @Test
  void anyTextSurvivesCompression() {
    // JSON text is well-formed UTF-16 (no unpaired surrogates): the BMP below them, and beyond it
    qt().forAll(strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 2_000))
        .checkAssert(s -> assertThat(Bodies.decompress(Bodies.compress(s))).isEqualTo(s));
    // built from code points: QuickTheories' string lengths count chars and can split a surrogate pair
    qt().forAll(lists().of(integers().between(0xE000, 0x10FFFF)).ofSizeBetween(0, 300))
        .checkAssert(cps -> {
          StringBuilder sb = new StringBuilder();
          cps.forEach(sb::appendCodePoint);
          String s = sb.toString();
          assertThat(Bodies.decompress(Bodies.compress(s))).isEqualTo(s);
        });
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 20_000))
        .checkAssert(s -> assertThat(Bodies.decompress(Bodies.compress(s))).isEqualTo(s));
  }

  @Test
  void aLedgerRowShrinksToAQuarter() {
    String json = "{\"id\":\"E000001\",\"site\":\"S-HALL\",\"at\":\"2021-10-21T00:07:00Z\",\"entrant\":{\"category\":"
        + "\"VISITOR\",\"personId\":null,\"name\":\"杨先生\",\"phone\":\"13820246633\",\"residentId\":null,\"purpose\":"
        + "\"缴纳采暖费\",\"host\":\"赵敏\"},\"temperature\":36.6,\"healthCode\":\"GREEN\",\"itinerary\":{\"presented\":true,"
        + "\"starred\":false,\"citiesVisited\":[\"150200\"]},\"decision\":\"ADMITTED\",\"recordedBy\":null,\"source\":"
        + "\"big.csv:2\",\"supersedes\":null}";
    byte[] stored = Bodies.compress(json);
    assertThat(stored.length).isLessThan(json.getBytes(StandardCharsets.UTF_8).length / 3);
    assertThat(Bodies.decompress(stored)).isEqualTo(json);
  }

  @Test
  void textBodiesAreReadAsTheyAre() {
    assertThat(Bodies.decompress("{\"id\":\"u1\"}")).isEqualTo("{\"id\":\"u1\"}");
    assertThat(Bodies.decompress("{\"id\":\"u1\"}".getBytes(StandardCharsets.UTF_8))).isEqualTo("{\"id\":\"u1\"}");
  }

  @Test
  void aDamagedBodyIsACorruptStorageNotGarbage() {
    byte[] stored = Bodies.compress("{\"id\":\"u1\",\"name\":\"包头热力集团\"}");
    byte[] cut = Arrays.copyOf(stored, stored.length - 4);
    assertThatThrownBy(() -> Bodies.decompress(cut)).isInstanceOf(CordonStorageException.class)
        .satisfies(e -> assertThat(((CordonStorageException) e).fault()).isEqualTo(CordonStorageException.Fault.CORRUPT));
  }
}

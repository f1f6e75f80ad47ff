package dev.cordon.adapters.jdbc.internal;

import dev.cordon.core.CordonStorageException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The {@code body} column on SQLite: the record's JSON compressed with raw deflate and a preset
 * dictionary of Cordon's JSON (its keys and common values), one format byte first. A ledger row's
 * JSON of about 400 bytes becomes about 100, which keeps an embedded database within three times the
 * size of the CSV it was imported from (without it, seven times). Bodies stored as text are read as
 * they are. PostgreSQL and H2 keep plain JSON text (PostgreSQL compresses large values itself).
 *
 * <p>Format byte 1: deflate (RFC 1951) with {@link #DICTIONARY_V1}. The dictionary may never change:
 * a new one gets a new format byte, and old bodies stay readable.
 */
final class Bodies {
  private static final byte FORMAT_V1 = 1;

  /** Samples of Cordon's JSON, most frequent last (deflate reaches the end of the dictionary best). */
  private static final byte[] DICTIONARY_V1 = (""
      + "{\"id\":\"\",\"item\":\"\",\"kind\":\"RECEIPT\",\"at\":\"2021-10-01T00:00:00Z\",\"holder\":\"\",\"destination\":null,"
      + "\"quantity\":,\"lot\":null,\"expiry\":null,\"note\":null,\"source\":null,\"supersedes\":null}"
      + "{\"id\":\"\",\"ruleId\":\"\",\"severity\":\"MEDIUM\",\"status\":\"OPEN\",\"subject\":{\"kind\":\"SITE\",\"id\":\"\"},"
      + "\"date\":\"2021-10-\",\"unit\":\"\",\"messageEn\":\"\",\"messageZh\":\"\",\"evidence\":[\"\"],\"range\":null,"
      + "\"review\":null,\"history\":[]}"
      + "{\"id\":\"\",\"site\":\"\",\"at\":\"2021-10-\",\"by\":null,\"areas\":[],\"agent\":null,\"source\":null}"
      + "{\"id\":\"\",\"site\":\"\",\"at\":\"2021-10-21T00:00:00Z\",\"entrant\":{\"category\":\"EMPLOYEE\",\"personId\":\"\","
      + "\"name\":null,\"phone\":null,\"residentId\":null,\"purpose\":null,\"host\":null},\"temperature\":36.,"
      + "\"healthCode\":\"GREEN\",\"itinerary\":{\"presented\":true,\"starred\":false,\"citiesVisited\":[\"150200\"]},"
      + "\"decision\":\"ADMITTED\",\"recordedBy\":null,\"source\":\"entries-2021-10-.csv:\",\"supersedes\":null}"
      + "{\"id\":\"\",\"site\":\"\",\"at\":\"2021-10-21T00:00:00Z\",\"entrant\":{\"category\":\"VISITOR\",\"personId\":null,"
      + "\"name\":\"\",\"phone\":\"138\",\"residentId\":null,\"purpose\":\"\",\"host\":\"\"},\"temperature\":36.,"
      + "\"healthCode\":\"GREEN\",\"itinerary\":{\"presented\":true,\"starred\":false,\"citiesVisited\":[\"150200\"]},"
      + "\"decision\":\"ADMITTED\",\"recordedBy\":null,\"source\":\".csv:\",\"supersedes\":null}")
      .getBytes(StandardCharsets.UTF_8);

  private Bodies() {}

  /** The stored form of {@code json}. */
  static byte[] compress(String json) {
    byte[] input = json.getBytes(StandardCharsets.UTF_8);
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      deflater.setDictionary(DICTIONARY_V1);
      deflater.setInput(input);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 3 + 16);
      out.write(FORMAT_V1);
      byte[] buffer = new byte[Math.max(64, input.length)];
      while (!deflater.finished()) {
        int n = deflater.deflate(buffer);
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /** The JSON of a stored body: a compressed body decompressed, a text body as it is. */
  static String decompress(Object stored) {
    if (stored == null || stored instanceof String) {
      return (String) stored;
    }
    byte[] bytes = (byte[]) stored;
    if (bytes.length == 0 || bytes[0] != FORMAT_V1) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    Inflater inflater = new Inflater(true);
    try {
      // a raw deflate stream names no dictionary: it is set before inflating
      inflater.setDictionary(DICTIONARY_V1);
      // zlib needs one byte beyond a raw stream's end (java.util.zip.Inflater, "nowrap")
      byte[] input = Arrays.copyOfRange(bytes, 1, bytes.length + 1);
      inflater.setInput(input);
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 5);
      byte[] buffer = new byte[1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new DataFormatException("truncated");
        }
        out.write(buffer, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (DataFormatException e) {
      throw new CordonStorageException("A stored record body is damaged (" + e.getMessage() + "); restore the database"
          + " from a backup.", CordonStorageException.Fault.CORRUPT, null, null);
    } finally {
      inflater.end();
    }
  }
}
